/**
 * npm run bench [-- --only sizes,throughput,cold,datadog] [--runs N]
 *
 * Measures the bundled action against what users would otherwise run:
 * - sizes: the bytes of dist/ each provider's run loads;
 * - throughput: 1,000 IoT job executions against the emulator throttling at
 *   50 requests a second, wall time vs the ideal N/R and requests per target,
 *   with the SDK's own standard and adaptive retry modes as references;
 * - cold: node start to outputs written for one IoT cancel against moto, paired
 *   run by run with the AWS CLI and with the floor: a bundle of one IoT client,
 *   one request and @actions/core;
 * - datadog: the datadog-fleet path vs a bundle importing the Datadog client
 *   from its package root, against the emulator.
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

const args = process.argv.slice(2)
const option = (name: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : undefined
}
const only = new Set((option('only') ?? 'sizes,throughput,cold,datadog').split(','))
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
      const ref = await timed(['node', sdkBatch, mode, String(BATCH), '10'], {
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
    const minimalRun = await timed(['node', minimal], {
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
  say(`## Cold start to cancel: one IoT job execution against moto, ${RUNS} paired runs`)
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
  const samples = { action: [] as Timed[], root: [] as Timed[] }
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
        'endpoint-url': emu.url
      },
      { env: {}, measureMemory: true }
    )
    if (run.outputs.outcome !== 'cancelled') console.error(`action: ${run.outputs.message}`)
    const rootRun = await timed(['node', root], {
      DD_API_KEY: 'bench-api-key',
      DD_APP_KEY: 'bench-app-key',
      BENCH_ENDPOINT: emu.url,
      BENCH_DEPLOYMENT: fresh()
    })
    if (i === 0) continue
    samples.action.push({
      wallMs: run.elapsedMs,
      peakRssKb: run.peakRssKb ?? 0,
      exitCode: run.exitCode,
      stdout: ''
    })
    samples.root.push(rootRun)
  }
  await emu.close()
  say(`## Cold start to cancel: datadog-fleet against the emulator, ${RUNS} paired runs`)
  say()
  say('| run | wall time (median) | peak memory (median) |')
  say('|---|---|---|')
  say(
    `| action (datadog-fleet) | ${fmt(median(samples.action.map((s) => s.wallMs)), 0)} ms | ${fmt(median(samples.action.map((s) => s.peakRssKb)) / 1024, 1)} MiB |`
  )
  say(
    `| client imported from its root | ${fmt(median(samples.root.map((s) => s.wallMs)), 0)} ms | ${fmt(median(samples.root.map((s) => s.peakRssKb)) / 1024, 1)} MiB |`
  )
  const ratio = median(samples.action.map((s, i) => s.wallMs / samples.root[i]!.wallMs))
  say()
  say(`- action / root import: **${fmt(ratio)}** (goal ≤ 0.70: ${ratio <= 0.7 ? 'met' : 'MISSED'})`)
  results.datadog = { actionVsRootImport: ratio }
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
mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true })
writeFileSync(join(ROOT, 'bench', 'results', 'latest.json'), JSON.stringify(results, null, 2))
writeFileSync(join(ROOT, 'bench', 'results', 'latest.md'), lines.join('\n') + '\n')
