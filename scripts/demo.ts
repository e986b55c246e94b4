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
 * prints the inputs, the outputs, the exit code and the job summary (as a
 * text table), then the GitHub deployment's statuses as GitHub would list them.
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
import { startEmulator } from '../emulator/server.js'

/** Fake credentials: the emulator checks that requests are signed, not by whom. */
const DEMO_REPOSITORY = 'octo/firmware'
const AWS_ENV = {
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'demo-secret-access-key',
  AWS_REGION: 'eu-west-1'
}
const SECRET_INPUTS = new Set(['datadog-api-key', 'datadog-app-key', 'github-token'])
const GITHUB_OUTPUTS = ['github-deployment-status', 'github-deployment-id']

interface Scenario {
  title: string
  inputs: Record<string, string>
}

const PRODUCTION = 'arn:aws:iot:eu-west-1:123456789012:thinggroup/production'

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
    inputs: { provider: 'greengrass', 'deployment-id': 'rollout-2024-11-22', wait: 'true' }
  },
  {
    title: 'The same on a deployment that already finished',
    inputs: { provider: 'greengrass', 'deployment-id': 'rollout-2024-11-01' }
  },
  {
    title: 'A deployment that does not exist (fails the step: not-found is in fail-on)',
    inputs: { provider: 'greengrass', 'deployment-id': 'no-such-deployment' }
  },
  {
    title: 'What a rollout reached: a dry run of firmware-5.0 on thinggroup/production-us',
    inputs: { provider: 'greengrass', 'deployment-id': 'firmware-5.0', 'dry-run': 'true' }
  },
  {
    title: 'The cancel of its twin firmware-5.1: what the cancel stopped, and what it had reached',
    inputs: { provider: 'greengrass', 'deployment-id': 'firmware-5.1' }
  },
  {
    title: 'A Proton service pipeline deployment',
    inputs: { provider: 'proton-service-pipeline', 'service-name': 'checkout' }
  },
  {
    title: 'A Datadog Fleet Automation deployment (the keys are masked)',
    inputs: {
      provider: 'datadog-fleet',
      'deployment-id': 'fleet-upgrade-7',
      'datadog-api-key': 'demo-api-key-0123456789',
      'datadog-app-key': 'demo-app-key-9876543210'
    }
  },
  {
    title: 'A rollout tracked as a GitHub deployment: the cancel marks it inactive',
    inputs: {
      provider: 'greengrass',
      'deployment-id': 'rollout-2024-11-23',
      wait: 'true',
      'github-environment': 'production',
      'github-token': 'demo-github-token-0123456789'
    }
  }
]

export async function main(): Promise<number> {
  if (!existsSync(DIST)) {
    console.error(`${relative(ROOT, DIST)} is missing: run npm run bundle first.`)
    return 1
  }
  const emu = await startEmulator()
  try {
    emu.addGreengrassDeployment('rollout-2024-11-22', {
      status: 'ACTIVE',
      cancelDelayMs: 700,
      devices: devices('kiosk', 40, 2, 8)
    })
    for (const id of ['firmware-5.0', 'firmware-5.1']) {
      emu.addGreengrassDeployment(id, {
        targetArn: 'arn:aws:iot:eu-west-1:123456789012:thinggroup/production-us',
        devices: devices(`${id}-core`, 1100, 12, 128)
      })
    }
    emu.addGreengrassDeployment('rollout-2024-11-01', { status: 'COMPLETED' })
    emu.addProtonService('checkout', { status: 'IN_PROGRESS', cancelDelayMs: 5000 })
    emu.addDatadogDeployment('fleet-upgrade-7', { status: 'running' })
    emu.addGreengrassDeployment('rollout-2024-11-23', {
      status: 'ACTIVE',
      cancelDelayMs: 700,
      devices: devices('gateway', 9, 1, 2)
    })
    // The deploy job's GitHub deployment, and an older one already marked inactive.
    emu.github.addDeployment({ repository: DEMO_REPOSITORY, statuses: ['success', 'inactive'] })
    const tracked = emu.github.addDeployment({
      repository: DEMO_REPOSITORY,
      statuses: ['in_progress', 'success']
    })

    console.log(
      `Provider emulator on ${emu.url}; running ${relative(ROOT, DIST)} as the runner does.`
    )
    // The runs are independent: start them together, print them in order.
    const runs = await Promise.all(
      SCENARIOS.map((s) =>
        runAction(
          { ...s.inputs, 'endpoint-url': emu.url },
          {
            env: { ...AWS_ENV, GITHUB_REPOSITORY: DEMO_REPOSITORY, GITHUB_API_URL: emu.url },
            timeoutMs: 20_000
          }
        )
      )
    )
    SCENARIOS.forEach((scenario, i) => print(i + 1, scenario, runs[i] as ActionRun, emu.url))
    await brake(emu, SCENARIOS.length)
    console.log(
      `\nGitHub deployment ${tracked} (environment production) in ${DEMO_REPOSITORY}, statuses newest first:`
    )
    for (const status of [...emu.github.statuses(tracked)].reverse()) {
      const detail = [status.description, status.log_url].filter(Boolean).join('  ')
      console.log(`  ${status.state.padEnd(11)} ${detail}`)
    }
    console.log(`\n${emu.requests.length} requests reached the emulator:`)
    const pathWidth = Math.max(...emu.requests.map((r) => r.path.length))
    for (const r of emu.requests) {
      console.log(
        `  ${r.method.padEnd(4)} ${r.path.padEnd(pathWidth)}  → ${r.status}  ${r.operation}`
      )
    }
    return 0
  } finally {
    await emu.close()
  }
}

/** The emergency brake: preview → (approval) → cancel exactly that. */
async function brake(emu: Awaited<ReturnType<typeof startEmulator>>, before: number) {
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
  print(before + 1, { ...previewScenario, inputs: previewInputs }, preview, emu.url)
  emu.addGreengrassDeployment('hotfix-after-preview', { targetArn: `${PRODUCTION}-eu` })
  const file = preview.outputs['results-file'] ?? ''
  const cancel = await runAction(
    { provider: 'greengrass', 'targets-file': file, 'endpoint-url': emu.url },
    options
  )
  print(before + 2, cancelScenario, cancel, emu.url)
  console.log(
    `  hotfix-after-preview, started after the preview: ${emu.statusOf({ kind: 'greengrass', id: 'hotfix-after-preview' })}`
  )
}

function print(n: number, { title, inputs }: Scenario, run: ActionRun, url: string): void {
  const rule = '─'.repeat(78)
  console.log(`\n${rule}\n${n}. ${title}\n${rule}`)
  console.log('inputs:')
  const shown = { ...inputs, 'endpoint-url': `${url}  (the emulator)` }
  for (const [name, value] of Object.entries(shown)) {
    const text = SECRET_INPUTS.has(name) ? '*** (from a secret)' : value.replace(/\n/g, '\n    ')
    console.log(`  ${name}: ${text}`)
  }
  console.log(`outputs (exit code ${run.exitCode}, ${run.elapsedMs} ms):`)
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
  const annotations = run.stdout.split('\n').filter((l) => /^::(error|warning)( [^:]*)?::/.test(l))
  for (const line of annotations) console.log(`annotation: ${line}`)
  console.log('job summary:')
  console.log(indent(summaryText(run.summary), '  '))
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
