/**
 * npm run bench [-- --only sizes,throughput,cold,datadog,fleet,brake,reach] [--runs N] [--fleet-runs N]
 *
 * Measures the bundled action against what users would otherwise run:
 * - sizes: the bytes of dist/ each provider's run loads;
 * - throughput: 1,000 IoT job executions against the emulator throttling at
 *   50 requests a second, wall time vs the ideal N/R and requests per target,
 *   with the SDK's own standard and adaptive retry modes as references;
 * - cold: node start to outputs written for one IoT cancel against moto, paired
 *   run by run with the AWS CLI and with the floor: a bundle of one IoT client,
 *   one request and @actions/core;
 * - datadog: the datadog-fleet path vs its floor (a bundle of FleetAutomationApi
 *   imported from its own module, one request and @actions/core) and vs a bundle
 *   importing the Datadog client from its package root, against the emulator;
 * Every node started (the action, the references) is the one running this script: in
 * `npm run bench`, the Node 24 that the node-linux-* dependency puts first on the PATH.
 * - fleet (or one of steady, drop, slow, big): batches at the provider's limit —
 *   1,000 targets at 50/s over --fleet-runs consecutive runs (20 by default; fewer
 *   for a quick check), a limit that drops from 40/s to 10/s after 5 s, 20
 *   targets against 1 request/s, and 100,000 targets from a targets-file at
 *   200/s, with peak memory and the sizes of what GitHub is given;
 * - brake: in-flight-on all over 5,000 Greengrass deployments at 50/s (bench/brake.ts).
 * - reach: what a rollout reached, read after the cancels, and reach: devices over 100,000
 *   things (bench/reach.ts).
 * Figures are medians; ratios are medians of per-pair ratios. Peak memory is
 * GNU time's maximum resident set size.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CreateJobCommand, CreateThingCommand, IoTClient } from '@aws-sdk/client-iot'
import { startEmulator, type Emulator } from '../emulator/server.js'
import { ROOT, distFilesLoaded, runAction } from '../__fixtures__/run-action.js'
import { compactBundle } from '../scripts/compact-bundle.js'
import { brake } from './brake.js'
import { reachBench } from './reach.js'

const args = process.argv.slice(2)
const option = (name: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : undefined
}
const only = new Set(
  (option('only') ?? 'sizes,throughput,cold,datadog,fleet,brake,reach')
    .split(',')
    .flatMap((part) => (part === 'fleet' ? ['steady', 'drop', 'slow', 'big'] : [part]))
)
const FLEET_RUNS = Number(option('fleet-runs') ?? 20)
const RUNS = Number(option('runs') ?? 5)
const BUILD = join(ROOT, 'bench', '.build')
const AWS_ENV = {
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'secret',
  AWS_REGION: 'us-east-1',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true'
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}
const fmt = (n: number, digits = 2) => n.toFixed(digits)
const results: Record<string, unknown> = {}
const lines: string[] = []
const say = (line = '') => {
  lines.push(line)
  console.log(line)
}

/** Builds a reference script into a bundle of its own, once per bench run. */
function bundle(name: string): string {
  const out = join(BUILD, name)
  const source = join(ROOT, 'bench', 'minimal', `${name}.ts`)
  // Type-checked as the action is (NodeNext): a transpile-only build is CommonJS, and
  // @actions/core, ESM-only, cannot be bundled into it.
  const result = spawnSync('npx', ['ncc', 'build', source, '-o', out, '-q'], {
    cwd: ROOT,
    stdio: 'inherit'
  })
  if (result.status !== 0) throw new Error(`could not bundle ${source}`)
  // The same step `npm run bundle` takes after ncc: the references are built as the action is.
  compactBundle(out)
  return join(out, 'index.js')
}

interface Timed {
  wallMs: number
  peakRssKb: number
  exitCode: number | null
  stdout: string
}

/** Runs a command under GNU time: wall time from spawn to exit, and peak memory. */
function timed(argv: string[], env: Record<string, string>): Promise<Timed> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'))
  const rss = join(dir, 'rss')
  const output = join(dir, 'output')
  writeFileSync(output, '')
  const started = performance.now()
  const child = spawn('/usr/bin/time', ['-f', '%M', '-o', rss, ...argv], {
    env: { PATH: process.env.PATH ?? '', HOME: dir, GITHUB_OUTPUT: output, ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.resume()
  return new Promise((resolve) =>
    child.on('close', (exitCode) =>
      resolve({
        wallMs: performance.now() - started,
        peakRssKb: Number(readFileSync(rss, 'utf8').trim().split('\n').pop()),
        exitCode,
        stdout
      })
    )
  )
}

async function sizes() {
  say('## Bytes of dist/ loaded per provider')
  say()
  say('| provider | files | bytes |')
  say('|---|---|---|')
  const runs: [string, Record<string, string>][] = [
    ['greengrass', { 'deployment-id': 'd' }],
    ['proton-service-pipeline', { 'service-name': 's' }],
    ['proton-environment', { 'environment-name': 'e' }],
    ['iot-job-execution', { 'thing-name': 't', 'job-id': 'j' }],
    ['iot-job', { 'job-id': 'j' }],
    ['datadog-fleet', { 'deployment-id': 'd', 'datadog-api-key': 'k', 'datadog-app-key': 'a' }]
  ]
  const table: Record<string, number> = {}
  for (const [provider, targets] of runs) {
    const { files } = await distFilesLoaded(
      { provider, ...targets, 'endpoint-url': 'http://127.0.0.1:9', 'max-attempts': '1' },
      { env: AWS_ENV }
    )
    const bytes = files.reduce((n, f) => n + f.bytes, 0)
    table[provider] = bytes
    say(`| ${provider} | ${files.length} | ${bytes.toLocaleString('en')} |`)
  }
  results.sizes = table
  say()
}

const BATCH = 1000
const RATE = 50

async function seedBatch(emu: Emulator) {
  emu.reset()
  for (let i = 0; i < BATCH; i++)
    emu.addIotJobExecution(`thing-${i}`, 'job-bench', { status: 'QUEUED' })
  emu.throttle({ ratePerSecond: RATE, burst: RATE })
}
const cancelsSent = (emu: Emulator) =>
  emu.requests.filter((r) => r.operation === 'iot.CancelJobExecution').length

async function throughput() {
  const emu = await startEmulator()
  const ideal = (BATCH / RATE) * 1000
  const things = Array.from({ length: BATCH }, (_, i) => `thing-${i}`).join('\n')
  const sdkBatch = bundle('sdk-batch')
  const rows: Record<string, { wall: number[]; perTarget: number[] }> = {
    action: { wall: [], perTarget: [] },
    'SDK standard': { wall: [], perTarget: [] },
    'SDK adaptive': { wall: [], perTarget: [] }
  }
  const runs = Math.max(3, Math.min(RUNS, 5))
  // (The fleet part below repeats this batch over 20 runs, with the goals of issue 11.)
  for (let i = 0; i < runs; i++) {
    await seedBatch(emu)
    const run = await runAction(
      {
        provider: 'iot-job-execution',
        'thing-name': things,
        'job-id': 'job-bench',
        'endpoint-url': emu.url,
        'max-concurrency': '10'
      },
      { env: AWS_ENV, timeoutMs: 300_000 }
    )
    const results = JSON.parse(run.outputs.results ?? '[]') as { outcome: string }[]
    const cancelled = results.filter((r) => r.outcome === 'cancelled').length
    if (cancelled !== BATCH)
      console.error(`action run ${i}: ${cancelled}/${BATCH} cancelled: ${run.outputs.message}`)
    rows.action!.wall.push(run.elapsedMs)
    rows.action!.perTarget.push(cancelsSent(emu) / BATCH)
    for (const mode of ['standard', 'adaptive'] as const) {
      await seedBatch(emu)
      const ref = await timed([process.execPath, sdkBatch, mode, String(BATCH), '10'], {
        ...AWS_ENV,
        BENCH_ENDPOINT: emu.url
      })
      rows[`SDK ${mode}`]!.wall.push(ref.wallMs)
      rows[`SDK ${mode}`]!.perTarget.push(cancelsSent(emu) / BATCH)
    }
  }
  await emu.close()
  say(
    `## Throughput: ${BATCH} IoT job executions, provider throttling at ${RATE}/s (ideal ${ideal / 1000} s), ${runs} runs`
  )
  say()
  say('| sender | wall time (median) | × ideal | requests per target | goal |')
  say('|---|---|---|---|---|')
  const table: Record<string, unknown> = {}
  for (const [name, row] of Object.entries(rows)) {
    const wall = median(row.wall)
    const per = median(row.perTarget)
    table[name] = { wallMs: wall, ratio: wall / ideal, requestsPerTarget: per }
    const goal =
      name === 'action'
        ? wall / ideal <= 1.1 && per <= 1.1
          ? 'met (≤1.10× and ≤1.10)'
          : 'MISSED'
        : 'reference'
    say(`| ${name} | ${fmt(wall / 1000)} s | ${fmt(wall / ideal)} | ${fmt(per, 3)} | ${goal} |`)
  }
  results.throughput = table
  say()
}

async function cold() {
  const { startMoto } = await import('../__fixtures__/moto.js')
  const moto = await startMoto()
  const iot = new IoTClient({
    endpoint: moto.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' }
  })
  const { thingArn } = await iot.send(new CreateThingCommand({ thingName: 'bench-thing' }))
  const minimal = bundle('iot')
  const awsCli = spawnSync('aws', ['--version']).status === 0
  const samples = { action: [] as Timed[], floor: [] as Timed[], cli: [] as Timed[] }
  let job = 0
  const freshJob = async () => {
    const jobId = `bench-${job++}`
    await iot.send(new CreateJobCommand({ jobId, targets: [thingArn!], document: '{}' }))
    return jobId
  }
  for (let i = 0; i < RUNS + 1; i++) {
    const actionJob = await freshJob()
    const run = await runAction(
      {
        provider: 'iot-job-execution',
        'thing-name': 'bench-thing',
        'job-id': actionJob,
        'endpoint-url': moto.url
      },
      { env: AWS_ENV, measureMemory: true }
    )
    if (run.outputs.outcome !== 'cancelled') console.error(`action: ${run.outputs.message}`)
    const minimalRun = await timed([process.execPath, minimal], {
      ...AWS_ENV,
      BENCH_ENDPOINT: moto.url,
      BENCH_THING: 'bench-thing',
      BENCH_JOB: await freshJob()
    })
    if (i === 0) continue // the first pair warms the disk cache and moto
    samples.action.push({
      wallMs: run.elapsedMs,
      peakRssKb: run.peakRssKb ?? 0,
      exitCode: run.exitCode,
      stdout: ''
    })
    samples.floor.push(minimalRun)
    if (awsCli) {
      samples.cli.push(
        await timed(
          [
            'aws',
            'iot',
            'cancel-job-execution',
            '--thing-name',
            'bench-thing',
            '--job-id',
            await freshJob(),
            '--endpoint-url',
            moto.url
          ],
          { ...AWS_ENV, AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null' }
        )
      )
    }
  }
  await moto.stop()
  say(
    `## Cold start to cancel: one IoT job execution against moto, ${RUNS} paired runs, node ${process.version}`
  )
  say()
  say('| run | wall time (median) | peak memory (median) |')
  say('|---|---|---|')
  for (const [name, list] of Object.entries(samples)) {
    if (!list.length) continue
    say(
      `| ${name} | ${fmt(median(list.map((s) => s.wallMs)), 0)} ms | ${fmt(median(list.map((s) => s.peakRssKb)) / 1024, 1)} MiB |`
    )
  }
  const ratio = (a: Timed[], b: Timed[]) => median(a.map((s, i) => s.wallMs / b[i]!.wallMs))
  const vsFloor = ratio(samples.action, samples.floor)
  say()
  say(
    `- action / floor (one IoT client, one request, @actions/core): **${fmt(vsFloor)}** (goal ≤ 1.10: ${vsFloor <= 1.1 ? 'met' : 'MISSED'})`
  )
  const table: Record<string, number> = { actionVsFloor: vsFloor }
  if (samples.cli.length) {
    const vsCli = ratio(samples.action, samples.cli)
    table.actionVsAwsCli = vsCli
    say(
      `- action / \`aws iot cancel-job-execution\`: **${fmt(vsCli)}** (goal ≤ 0.45: ${vsCli <= 0.45 ? 'met' : 'MISSED'})`
    )
  } else {
    say('- the AWS CLI is not installed here: no comparison with it')
  }
  results.cold = table
  say()
}

async function datadog() {
  const emu = await startEmulator()
  const root = bundle('datadog-root')
  const rootCore = bundle('datadog-root-core')
  const floor = bundle('datadog-floor')
  const samples = {
    action: [] as Timed[],
    floor: [] as Timed[],
    root: [] as Timed[],
    rootCore: [] as Timed[]
  }
  let n = 0
  const fresh = () => {
    const id = `dd-${n++}`
    emu.addDatadogDeployment(id, { status: 'running' })
    return id
  }
  for (let i = 0; i < RUNS + 1; i++) {
    const run = await runAction(
      {
        provider: 'datadog-fleet',
        'deployment-id': fresh(),
        'datadog-api-key': 'bench-api-key',
        'datadog-app-key': 'bench-app-key',
        'endpoint-url': emu.url,
        // The same work as the floors, one cancel: the reach read after it is measured in --only reach.
        reach: 'none'
      },
      { env: {}, measureMemory: true }
    )
    if (run.outputs.outcome !== 'cancelled') console.error(`action: ${run.outputs.message}`)
    const reference = (script: string) =>
      timed([process.execPath, script], {
        DD_API_KEY: 'bench-api-key',
        DD_APP_KEY: 'bench-app-key',
        BENCH_ENDPOINT: emu.url,
        BENCH_DEPLOYMENT: fresh()
      })
    const floorRun = await reference(floor)
    const rootRun = await reference(root)
    const rootCoreRun = await reference(rootCore)
    if (i === 0) continue
    samples.action.push({
      wallMs: run.elapsedMs,
      peakRssKb: run.peakRssKb ?? 0,
      exitCode: run.exitCode,
      stdout: ''
    })
    samples.floor.push(floorRun)
    samples.root.push(rootRun)
    samples.rootCore.push(rootCoreRun)
  }
  await emu.close()
  say(
    `## Cold start to cancel: datadog-fleet against the emulator, ${RUNS} paired runs, node ${process.version}`
  )
  say()
  say('| run | wall time (median) | peak memory (median) |')
  say('|---|---|---|')
  say(
    `| action (datadog-fleet) | ${fmt(median(samples.action.map((s) => s.wallMs)), 0)} ms | ${fmt(median(samples.action.map((s) => s.peakRssKb)) / 1024, 1)} MiB |`
  )
  say(
    `| floor: FleetAutomationApi from its module, one request, @actions/core | ${fmt(median(samples.floor.map((s) => s.wallMs)), 0)} ms | ${fmt(median(samples.floor.map((s) => s.peakRssKb)) / 1024, 1)} MiB |`
  )
  say(
    `| client imported from its root | ${fmt(median(samples.root.map((s) => s.wallMs)), 0)} ms | ${fmt(median(samples.root.map((s) => s.peakRssKb)) / 1024, 1)} MiB |`
  )
  say(
    `| the same, its output through @actions/core (context) | ${fmt(median(samples.rootCore.map((s) => s.wallMs)), 0)} ms | ${fmt(median(samples.rootCore.map((s) => s.peakRssKb)) / 1024, 1)} MiB |`
  )
  const vsFloor = median(samples.action.map((s, i) => s.wallMs / samples.floor[i]!.wallMs))
  const ratio = median(samples.action.map((s, i) => s.wallMs / samples.root[i]!.wallMs))
  const withCore = median(samples.action.map((s, i) => s.wallMs / samples.rootCore[i]!.wallMs))
  say()
  say(
    `- action / floor (FleetAutomationApi from its module, one request, @actions/core): **${fmt(vsFloor)}** (goal ≤ 1.10: ${vsFloor <= 1.1 ? 'met' : 'MISSED'})`
  )
  say(`- action / root import: **${fmt(ratio)}** (goal ≤ 0.70: ${ratio <= 0.7 ? 'met' : 'MISSED'})`)
  say(`- action / root import with @actions/core (context, no goal): ${fmt(withCore)}`)
  results.datadog = {
    actionVsFloor: vsFloor,
    actionVsRootImport: ratio,
    actionVsRootImportWithCore: withCore
  }
  say()
}

interface FleetRun {
  ratio: number
  perTarget: number
  failures: number
  peakMiB?: number
}

/** One batch against the emulator's token bucket: time against the ideal, requests, failures. */
async function fleetRun(
  emu: Emulator,
  {
    provider,
    targets,
    inputs,
    operation,
    idealMs,
    measureMemory = false
  }: {
    provider: 'iot-job-execution' | 'greengrass'
    targets: number
    inputs: Record<string, string>
    operation: string
    idealMs: number
    measureMemory?: boolean
  }
): Promise<FleetRun & { run: Awaited<ReturnType<typeof runAction>> }> {
  const run = await runAction(
    { provider, 'endpoint-url': emu.url, ...inputs },
    { env: AWS_ENV, timeoutMs: 1_800_000, measureMemory }
  )
  const sent = emu.requests.filter((r) => r.operation === operation).length
  const counts = /(\d+) cancelled/.exec(run.outputs.message ?? '')
  const cancelled =
    targets === 1 ? Number(run.outputs.outcome === 'cancelled') : Number(counts?.[1] ?? 0)
  return {
    run,
    ratio: run.elapsedMs / idealMs,
    perTarget: sent / targets,
    failures: targets - cancelled,
    peakMiB: run.peakRssKb !== undefined ? run.peakRssKb / 1024 : undefined
  }
}

function fleetRow(name: string, runs: FleetRun[], goal: { ratio: number; perTarget?: number }) {
  const worstRatio = Math.max(...runs.map((r) => r.ratio))
  const worstPer = Math.max(...runs.map((r) => r.perTarget))
  const failures = runs.reduce((n, r) => n + r.failures, 0)
  const met =
    worstRatio <= goal.ratio &&
    (goal.perTarget === undefined || worstPer <= goal.perTarget) &&
    failures === 0
  say(
    `| ${name} | ${runs.length} | ${fmt(median(runs.map((r) => r.ratio)))} | ${fmt(worstRatio)} | ${fmt(worstPer, 3)} | ${failures} | ≤${fmt(goal.ratio)}×${goal.perTarget ? `, ≤${fmt(goal.perTarget)}` : ''}, 0 failed: ${met ? 'met' : 'MISSED'} |`
  )
  return {
    runs: runs.length,
    medianRatio: median(runs.map((r) => r.ratio)),
    worstRatio,
    worstPerTarget: worstPer,
    failures,
    met,
    each: runs.map((r) => ({ ratio: r.ratio, requestsPerTarget: r.perTarget, failed: r.failures }))
  }
}

async function fleet() {
  const emu = await startEmulator()
  const table: Record<string, unknown> = {}
  say(
    "## Fleets at the provider's limit (emulator token bucket, Retry-After: 1 s on every throttle)"
  )
  say()
  say(
    'Ideal: the targets at exactly the limit, from the first request, its initial burst not counted.'
  )
  say()
  say(
    '| batch | runs | × ideal (median) | × ideal (worst) | requests per target (worst) | failed targets (all runs) | goal |'
  )
  say('|---|---|---|---|---|---|---|')
  if (only.has('steady')) {
    const things = Array.from({ length: 1000 }, (_, i) => `thing-${i}`).join('\n')
    const runs: FleetRun[] = []
    for (let i = 0; i < FLEET_RUNS; i++) {
      emu.reset()
      for (let t = 0; t < 1000; t++)
        emu.addIotJobExecution(`thing-${t}`, 'job-fleet', { status: 'QUEUED' })
      emu.throttle({ ratePerSecond: 50, burst: 50 })
      const r = await fleetRun(emu, {
        provider: 'iot-job-execution',
        targets: 1000,
        inputs: { 'thing-name': things, 'job-id': 'job-fleet', 'max-concurrency': '10' },
        operation: 'iot.CancelJobExecution',
        idealMs: 20_000
      })
      console.error(`steady run ${i}: ${fmt(r.ratio, 3)}× ideal, ${fmt(r.perTarget, 3)} per target`)
      if (r.failures) console.error(`steady run ${i}: ${r.run.outputs.message}`)
      runs.push(r)
    }
    table.steady = fleetRow('1,000 IoT executions at 50/s, 10 in flight', runs, {
      ratio: 1.1,
      perTarget: 1.05
    })
  }
  if (only.has('drop')) {
    const things = Array.from({ length: 500 }, (_, i) => `thing-${i}`).join('\n')
    const runs: FleetRun[] = []
    for (let i = 0; i < Math.max(1, Math.min(RUNS, 3)); i++) {
      emu.reset()
      for (let t = 0; t < 500; t++)
        emu.addIotJobExecution(`thing-${t}`, 'job-drop', { status: 'QUEUED' })
      emu.throttle({
        ratePerSecond: 40,
        burst: 40,
        schedule: [{ afterMs: 5000, ratePerSecond: 10, burst: 10 }]
      })
      const r = await fleetRun(emu, {
        provider: 'iot-job-execution',
        targets: 500,
        inputs: { 'thing-name': things, 'job-id': 'job-drop', 'max-concurrency': '25' },
        operation: 'iot.CancelJobExecution',
        // 200 in the first 5 s at 40/s, the other 300 at 10/s.
        idealMs: 5_000 + 30_000
      })
      if (r.failures) console.error(`drop run ${i}: ${r.run.outputs.message}`)
      runs.push(r)
    }
    table.drop = fleetRow(
      '500 IoT executions, 40/s dropping to 10/s after 5 s, 25 in flight',
      runs,
      {
        ratio: 1.15,
        perTarget: 1.15
      }
    )
  }
  if (only.has('slow')) {
    const ids = Array.from({ length: 20 }, (_, i) => `slow-${i}`)
    const runs: FleetRun[] = []
    for (let i = 0; i < Math.max(1, Math.min(RUNS, 3)); i++) {
      emu.reset()
      for (const id of ids) emu.addGreengrassDeployment(id)
      emu.throttle({ ratePerSecond: 1, burst: 1 })
      const r = await fleetRun(emu, {
        provider: 'greengrass',
        targets: 20,
        inputs: { 'deployment-id': ids.join('\n') },
        operation: 'greengrass.CancelDeployment',
        idealMs: 20_000
      })
      if (r.failures) console.error(`slow run ${i}: ${r.run.outputs.message}`)
      runs.push(r)
    }
    table.slow = fleetRow('20 Greengrass deployments against 1 request/s', runs, { ratio: 1.15 })
  }
  if (only.has('big')) {
    const count = 100_000
    emu.reset()
    const dir = mkdtempSync(join(tmpdir(), 'bench-fleet-'))
    const file = join(dir, 'deployments.txt')
    const ids = Array.from(
      { length: count },
      (_, i) => `0b1c2d3e-${String(i).padStart(8, '0')}-fleet`
    )
    for (const id of ids) emu.addGreengrassDeployment(id)
    writeFileSync(file, ids.join('\n') + '\n')
    emu.throttle({ ratePerSecond: 200, burst: 200 })
    const r = await fleetRun(emu, {
      provider: 'greengrass',
      targets: count,
      inputs: { 'targets-file': file, 'max-concurrency': '25' },
      operation: 'greengrass.CancelDeployment',
      idealMs: (count / 200) * 1000,
      measureMemory: true
    })
    const resultsBytes = Buffer.byteLength(r.run.outputs.results ?? '')
    const summaryBytes = Buffer.byteLength(r.run.summary)
    const fileEntries = r.run.outputs['results-file']
      ? (JSON.parse(readFileSync(r.run.outputs['results-file'], 'utf8')) as unknown[]).length
      : 0
    const largestOutput = Math.max(...Object.values(r.run.outputs).map((v) => Buffer.byteLength(v)))
    const fits = largestOutput <= 1_000_000 && summaryBytes < 1024 * 1024 && fileEntries === count
    const memoryMet = (r.peakMiB ?? Infinity) <= 250
    if (r.failures) console.error(`big run: ${r.run.outputs.message?.slice(0, 2000)}`)
    table.big = {
      ...fleetRow('100,000 Greengrass deployments from targets-file at 200/s, 25 in flight', [r], {
        ratio: 1.1
      }),
      peakMiB: r.peakMiB,
      resultsBytes,
      summaryBytes,
      largestOutputBytes: largestOutput,
      resultsFileEntries: fileEntries
    }
    say()
    say(
      `100,000 targets: peak memory **${fmt(r.peakMiB ?? NaN, 1)} MiB** (goal ≤ 250: ${memoryMet ? 'met' : 'MISSED'}); \`results\` ${resultsBytes.toLocaleString('en')} bytes, largest output ${largestOutput.toLocaleString('en')} bytes (≤ 1,000,000), job summary ${summaryBytes.toLocaleString('en')} bytes (< 1 MiB), results-file ${fileEntries.toLocaleString('en')} entries: ${fits ? 'met' : 'MISSED'}`
    )
  }
  await emu.close()
  results.fleet = table
  say()
}

if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
  console.error('dist/index.js is missing: run npm run bundle first')
  process.exit(1)
}
mkdirSync(BUILD, { recursive: true })
say(`# npm run bench (node ${process.version}, ${new Date().toISOString().slice(0, 10)})`)
say()
if (only.has('sizes')) await sizes()
if (only.has('throughput')) await throughput()
if (only.has('cold')) await cold()
if (only.has('datadog')) await datadog()
if (['steady', 'drop', 'slow', 'big'].some((part) => only.has(part))) await fleet()
if (only.has('brake')) results.brake = await brake(AWS_ENV, say)
if (only.has('reach')) results.reach = await reachBench(AWS_ENV, say)
mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true })
writeFileSync(join(ROOT, 'bench', 'results', 'latest.json'), JSON.stringify(results, null, 2))
writeFileSync(join(ROOT, 'bench', 'results', 'latest.md'), lines.join('\n') + '\n')
