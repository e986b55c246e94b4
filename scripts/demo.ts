/**
 * `npm run demo`: the bundled action (dist/index.js), run as the GitHub
 * runner runs it, against the local provider emulator. No account, key or
 * network is needed.
 *
 * It seeds a running Greengrass deployment, a finished one, a Proton service
 * pipeline and a Datadog fleet deployment, then cancels each, and tries a
 * deployment that does not exist. One more Greengrass rollout is tracked as a
 * GitHub deployment (environment `production`, the emulator standing in for
 * GITHUB_API_URL): its cancel marks that deployment inactive. For every run it
 * prints the inputs, the outputs, the exit code, its own time and the job summary (as a
 * text table), then the requests it sent, and for the tracked rollout the GitHub
 * deployment's statuses as GitHub would list them. Each scenario runs against an emulator
 * of its own, so that the runs can go at the same time and each one's requests are its own.
 *
 * Two more show what a rollout reached (reach: counts, the default): a dry run of a firmware
 * rollout on 1,240 devices says how many have it and what a cancel would stop, and the cancel of
 * its twin says what it stopped; the job summary draws a bar of each.
 *
 * Last, the emergency brake: a preview (dry-run with in-flight-on a thing group)
 * writes its results file, a deployment starts on the group after it, and the
 * cancel, given the preview as targets-file, cancels exactly what was previewed.
 */
import { existsSync } from 'node:fs'
import { relative } from 'node:path'
import { DIST, ROOT, runAction, type ActionRun } from '../__fixtures__/run-action.js'
import { startEmulator, type Emulator } from '../emulator/server.js'
import type { RecordedRequest } from '../emulator/types.js'

/** Fake credentials: the emulator checks that requests are signed, not by whom. */
const DEMO_REPOSITORY = 'octo/firmware'
const AWS_ENV = {
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'demo-secret-access-key',
  // The emulator's region and account: the brake holds a place named by ARN to both.
  AWS_REGION: 'us-east-1'
}
const SECRET_INPUTS = new Set(['datadog-api-key', 'datadog-app-key', 'github-token'])
const GITHUB_OUTPUTS = ['github-deployment-status', 'github-deployment-id']

interface Scenario {
  title: string
  inputs: Record<string, string>
  /** Seeds the scenario's own emulator before its run. */
  seed?(emu: Emulator): void
  /** Lines to print after the run, read back from its emulator. */
  after?(emu: Emulator): string[]
}

/** What one scenario did: its run and the requests that reached its emulator. */
interface Played {
  run: ActionRun
  requests: readonly RecordedRequest[]
  after: string[]
  url: string
}

/** The tracked rollout's GitHub deployment, as its scenario seeds it. */
let trackedDeployment = 0

const PRODUCTION = 'arn:aws:iot:us-east-1:123456789012:thinggroup/production'

/** A fleet's core devices: `ok` have the rollout, `busy` are installing it, `waiting` have not started. */
function devices(prefix: string, ok: number, busy: number, waiting: number) {
  const fleet: Record<string, 'SUCCEEDED' | 'IN_PROGRESS' | 'QUEUED'> = {}
  for (let i = 0; i < ok + busy + waiting; i++) {
    fleet[`${prefix}-${String(i).padStart(4, '0')}`] =
      i < ok ? 'SUCCEEDED' : i < ok + busy ? 'IN_PROGRESS' : 'QUEUED'
  }
  return fleet
}

/** The brake: run one after the other, since the second takes the first's results file. */
const BRAKE: Scenario[] = [
  {
    title: 'Preview what is in flight on thinggroup/production (dry run, nothing is cancelled)',
    inputs: { provider: 'greengrass', 'in-flight-on': PRODUCTION, 'dry-run': 'true' }
  },
  {
    title:
      'Cancel exactly what the preview listed (its results-file as targets-file); a rollout started after the preview is not touched',
    inputs: { provider: 'greengrass', 'targets-file': "(the preview's results-file)" }
  }
]

const SCENARIOS: Scenario[] = [
  {
    title: 'Cancel a running Greengrass deployment, and wait for its final state',
    inputs: { provider: 'greengrass', 'deployment-id': 'rollout-2024-11-22', wait: 'true' },
    seed: (emu) =>
      emu.addGreengrassDeployment('rollout-2024-11-22', {
        status: 'ACTIVE',
        cancelDelayMs: 700,
        devices: devices('kiosk', 40, 2, 8)
      })
  },
  {
    title: 'The same on a deployment that already finished',
    inputs: { provider: 'greengrass', 'deployment-id': 'rollout-2024-11-01' },
    seed: (emu) => emu.addGreengrassDeployment('rollout-2024-11-01', { status: 'COMPLETED' })
  },
  {
    title: 'A deployment that does not exist (fails the step: not-found is in fail-on)',
    inputs: { provider: 'greengrass', 'deployment-id': 'no-such-deployment' }
  },
  {
    title: 'What a rollout reached: a dry run of firmware-5.0 on thinggroup/production-us',
    inputs: { provider: 'greengrass', 'deployment-id': 'firmware-5.0', 'dry-run': 'true' },
    seed: (emu) => seedFirmwareFleet(emu, 'firmware-5.0')
  },
  {
    title: 'The cancel of its twin firmware-5.1: what the cancel stopped, and what it had reached',
    inputs: { provider: 'greengrass', 'deployment-id': 'firmware-5.1' },
    seed: (emu) => seedFirmwareFleet(emu, 'firmware-5.1')
  },
  {
    title: 'A Proton service pipeline deployment',
    inputs: { provider: 'proton-service-pipeline', 'service-name': 'checkout' },
    seed: (emu) => emu.addProtonService('checkout', { status: 'IN_PROGRESS', cancelDelayMs: 5000 })
  },
  {
    title: 'A Datadog Fleet Automation deployment (the keys are masked)',
    inputs: {
      provider: 'datadog-fleet',
      'deployment-id': 'fleet-upgrade-7',
      'datadog-api-key': 'demo-api-key-0123456789',
      'datadog-app-key': 'demo-app-key-9876543210'
    },
    seed: (emu) => emu.addDatadogDeployment('fleet-upgrade-7', { status: 'running' })
  },
  {
    title: 'A rollout tracked as a GitHub deployment: the cancel marks it inactive',
    inputs: {
      provider: 'greengrass',
      'deployment-id': 'rollout-2024-11-23',
      wait: 'true',
      'github-environment': 'production',
      'github-token': 'demo-github-token-0123456789'
    },
    seed: (emu) => {
      emu.addGreengrassDeployment('rollout-2024-11-23', {
        status: 'ACTIVE',
        cancelDelayMs: 700,
        devices: devices('gateway', 9, 1, 2)
      })
      // The deploy job's GitHub deployment, and an older one already marked inactive.
      emu.github.addDeployment({ repository: DEMO_REPOSITORY, statuses: ['success', 'inactive'] })
      trackedDeployment = emu.github.addDeployment({
        repository: DEMO_REPOSITORY,
        statuses: ['in_progress', 'success']
      })
    },
    after: (emu) => [
      `GitHub deployment ${trackedDeployment} (environment production) in ${DEMO_REPOSITORY}, statuses newest first:`,
      ...[...emu.github.statuses(trackedDeployment)].reverse().map((status) => {
        const detail = [status.description, status.log_url].filter(Boolean).join('  ')
        return `  ${status.state.padEnd(11)} ${detail}`
      })
    ]
  }
]

export async function main(): Promise<number> {
  if (!existsSync(DIST)) {
    console.error(`${relative(ROOT, DIST)} is missing: run npm run bundle first.`)
    return 1
  }
  console.log(
    `Running ${relative(ROOT, DIST)} as the runner does, each scenario against a provider emulator of its own on 127.0.0.1.`
  )
  // The runs are independent: start them together, print them in order.
  const played = await Promise.all(SCENARIOS.map(play))
  SCENARIOS.forEach((scenario, i) => print(i + 1, scenario, played[i] as Played))
  const brakeRequests = await brake(SCENARIOS.length)
  const total = played.reduce((n, p) => n + p.requests.length, brakeRequests)
  console.log(`\n${total} requests in all reached the emulators.`)
  return 0
}

/** One scenario on its own emulator: seeded, run, and its requests kept. */
async function play(scenario: Scenario): Promise<Played> {
  const emu = await startEmulator()
  try {
    scenario.seed?.(emu)
    const run = await runAction(
      { ...scenario.inputs, 'endpoint-url': emu.url },
      {
        env: { ...AWS_ENV, GITHUB_REPOSITORY: DEMO_REPOSITORY, GITHUB_API_URL: emu.url },
        timeoutMs: 20_000
      }
    )
    return { run, requests: [...emu.requests], after: scenario.after?.(emu) ?? [], url: emu.url }
  } finally {
    await emu.close()
  }
}

/** The emergency brake: preview → (approval) → cancel exactly that. */
async function brake(before: number): Promise<number> {
  const emu = await startEmulator()
  try {
    return await brakeOn(emu, before)
  } finally {
    await emu.close()
  }
}

/** The two brake steps on one emulator, one after the other: each step's requests are its own. */
async function brakeOn(emu: Emulator, before: number): Promise<number> {
  emu.addGreengrassDeployment('firmware-4.2', {
    targetArn: PRODUCTION,
    devices: devices('core', 300, 10, 90)
  })
  emu.addGreengrassDeployment('config-push-9', {
    targetArn: `${PRODUCTION}-canary`,
    devices: devices('canary', 5, 0, 1)
  })
  emu.addThingGroup('production-eu')
  emu.addGreengrassDeployment('firmware-4.1', {
    targetArn: `${PRODUCTION}-eu`,
    status: 'COMPLETED'
  })
  const options = { env: AWS_ENV, timeoutMs: 20_000 }
  const [previewScenario, cancelScenario] = BRAKE as [Scenario, Scenario]
  const places = { 'in-flight-on': `${PRODUCTION}\n${PRODUCTION}-canary\n${PRODUCTION}-eu` }
  const previewInputs = { ...previewScenario.inputs, ...places }
  const preview = await runAction({ ...previewInputs, 'endpoint-url': emu.url }, options)
  const previewed = emu.requests.length
  print(
    before + 1,
    { ...previewScenario, inputs: previewInputs },
    { run: preview, requests: emu.requests.slice(0, previewed), after: [], url: emu.url }
  )
  emu.addGreengrassDeployment('hotfix-after-preview', { targetArn: `${PRODUCTION}-eu` })
  const file = preview.outputs['results-file'] ?? ''
  const cancel = await runAction(
    { provider: 'greengrass', 'targets-file': file, 'endpoint-url': emu.url },
    options
  )
  const hotfix = emu.statusOf({ kind: 'greengrass', id: 'hotfix-after-preview' })
  print(before + 2, cancelScenario, {
    run: cancel,
    requests: emu.requests.slice(previewed),
    after: [`hotfix-after-preview, started after the preview: ${hotfix}`],
    url: emu.url
  })
  return emu.requests.length
}

function print(n: number, { title, inputs }: Scenario, played: Played): void {
  const { run, url } = played
  const rule = '─'.repeat(78)
  const took = `${(run.elapsedMs / 1000).toFixed(1)} s`
  console.log(`\n${rule}\n${n}. ${title} [${took}]\n${rule}`)
  console.log('inputs:')
  const shown = { ...inputs, 'endpoint-url': `${url}  (the emulator)` }
  for (const [name, value] of Object.entries(shown)) {
    const text = SECRET_INPUTS.has(name) ? '*** (from a secret)' : value.replace(/\n/g, '\n    ')
    console.log(`  ${name}: ${text}`)
  }
  console.log(`outputs (exit code ${run.exitCode}, after ${took}: this run's own time):`)
  const githubNamed = 'github-deployment-id' in inputs || 'github-environment' in inputs
  for (const name of [
    'outcome',
    'status',
    'request-id',
    'message',
    ...(githubNamed ? GITHUB_OUTPUTS : [])
  ]) {
    console.log(`  ${name}: ${run.outputs[name] || '(empty)'}`)
  }
  const results = JSON.parse(run.outputs.results ?? '[]') as unknown[]
  console.log(`  results: ${results.length} entr${results.length === 1 ? 'y' : 'ies'} (JSON)`)
  const annotations = run.stdout.split('\n').filter((l) => /^::(error|warning)::/.test(l))
  for (const line of annotations) console.log(`annotation: ${line}`)
  console.log('job summary:')
  console.log(indent(summaryText(run.summary), '  '))
  printRequests(played.requests)
  for (const line of played.after) console.log(line)
}

/** The requests one scenario sent, in the order they arrived. */
function printRequests(requests: readonly RecordedRequest[]): void {
  console.log(`requests it sent (${requests.length}):`)
  const pathWidth = Math.max(0, ...requests.map((r) => r.path.length))
  for (const r of requests) {
    console.log(
      `  ${r.method.padEnd(4)} ${r.path.padEnd(pathWidth)}  → ${r.status ?? 'reset'}  ${r.operation ?? '(no route)'}`
    )
  }
}

const indent = (text: string, pad: string) =>
  text
    .split('\n')
    .map((l) => (l ? pad + l : l))
    .join('\n')

/** The job summary's HTML (a heading, a table, maybe a paragraph) as plain text. */
export function summaryText(html: string): string {
  const out: string[] = []
  const blocks = html.match(/<h\d>[\s\S]*?<\/h\d>|<table>[\s\S]*?<\/table>|<p>[\s\S]*?<\/p>/g)
  for (const block of blocks ?? []) {
    if (block.startsWith('<table>')) {
      const rows = [...block.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
        [...(row[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) =>
          plain(cell[1] ?? '')
        )
      )
      out.push(alignColumns(rows))
    } else if (block.startsWith('<h')) {
      out.push(`### ${plain(block)}`)
    } else {
      out.push(plain(block))
    }
  }
  return out.join('\n')
}

/** Columns padded to their widest cell; the last one is left ragged. A rule under the header. */
export function alignColumns(rows: string[][]): string {
  const columns = Math.max(0, ...rows.map((r) => r.length))
  const widths = Array.from({ length: columns }, (_, c) =>
    Math.max(0, ...rows.map((r) => (r[c] ?? '').length))
  )
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c === columns - 1 ? cell : cell.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd()
  const lines = rows.map((r) => line(r))
  if (lines.length > 1) {
    lines.splice(
      1,
      0,
      line(widths.map((w, c) => '-'.repeat(c === columns - 1 ? Math.min(w, 40) : w)))
    )
  }
  return lines.join('\n')
}

/** Tags removed, entities decoded, whitespace folded. */
function plain(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
}

const invoked = process.argv[1] !== undefined && /scripts[/\\]demo\.ts$/.test(process.argv[1])
if (invoked) {
  const started = Date.now()
  main().then(
    (code) => {
      if (code === 0)
        console.log(`\nDemo finished in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
      process.exit(code)
    },
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    }
  )
}

/** A firmware rollout on the production-us group: 1,100 of 1,240 devices have it. */
function seedFirmwareFleet(emu: Emulator, id: string): void {
  emu.addGreengrassDeployment(id, {
    targetArn: 'arn:aws:iot:us-east-1:123456789012:thinggroup/production-us',
    devices: devices(`${id}-core`, 1100, 12, 128)
  })
}
