/**
 * `npm run demo` keeps working: it needs no account, key or network, exits 0
 * quickly, and shows each run's inputs, outputs and job summary as text.
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { expect, it } from '@jest/globals'
import { ROOT } from '../../__fixtures__/run-action.js'
import { alignColumns, summaryText } from '../../scripts/demo.js'

it('npm run demo (tsx scripts/demo.ts) exits 0 and shows every scenario', async () => {
  const env = { ...process.env }
  delete env.NODE_OPTIONS
  const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/demo.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let out = ''
  child.stdout.on('data', (d: Buffer) => (out += d.toString()))
  child.stderr.on('data', (d: Buffer) => (out += d.toString()))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))

  expect({ code, out }).toEqual({ code: 0, out: expect.any(String) })
  for (const outcome of ['cancelled', 'not-cancellable', 'not-found']) {
    expect(out).toContain(`outcome: ${outcome}`)
  }
  expect(out).toContain('status: CANCELED')
  // The brake: the preview lists, the cancel takes exactly the preview.
  expect(out).toMatch(/firmware-4\.2\s+would-cancel/)
  expect(out).toMatch(/firmware-4\.2\s+cancelled/)
  expect(out).toContain('hotfix-after-preview, started after the preview: ACTIVE')
  // What a rollout reached: the dry run and the cancel say it, the summary draws it.
  expect(out).toContain(
    'Dry run: firmware-5.0 (ACTIVE, thinggroup/production-us): 1,100 of 1,240 devices have it, 12 are installing it, 128 have not started; a cancel would stop it for those 128.'
  )
  expect(out).toContain('the cancel stopped it for 128 that had not started')
  expect(out).toMatch(/firmware-5\.0\s+█+▓░+/)
  expect(out).not.toContain('Reach not read')
  expect(out).toMatch(/Provider\s+Target\s+Outcome\s+Status\s+Message/)
  expect(out).not.toContain('<table>')
  // The Datadog keys and the GitHub token it passes are not printed.
  expect(out).not.toMatch(/demo-(api|app|github)-/)
  // The tracked rollout's GitHub deployment is marked, as read back from the emulator.
  expect(out).toContain('github-deployment-status: written')
  expect(out).toMatch(/^\s+inactive\s+Cancelled greengrass rollout-2024-11-23 \(CANCELED\)/m)
  // Each scenario names its own time, and lists the requests it sent, none of another's.
  const sections = out.split(/^─+\n(?=\d+\. )/m).slice(1)
  expect(sections).toHaveLength(10)
  for (const section of sections) {
    expect(section).toMatch(/^\d+\. .* \[\d+\.\d s\]\n/)
    expect(section).toMatch(/\nrequests it sent \(\d+\):\n/)
  }
  const requestsOf = (title: RegExp) =>
    (sections.find((s) => title.test(s)) ?? '').split('requests it sent')[1] ?? ''
  expect(requestsOf(/^\d+\. A Proton service pipeline/)).toContain(
    'proton.CancelServicePipelineDeployment'
  )
  expect(requestsOf(/^\d+\. A Proton/)).not.toMatch(/greengrass\.|datadog\.|github\./)
  expect(requestsOf(/^\d+\. A Datadog/)).toMatch(/^[^]*datadog\.CancelDeployment[^]*$/)
  expect(requestsOf(/^\d+\. A Datadog/)).not.toMatch(/greengrass\.|proton\.|github\./)
  expect(requestsOf(/^\d+\. A deployment that does not exist/)).toContain(
    'no-such-deployment/cancel  → 404'
  )
  expect(requestsOf(/^\d+\. A rollout tracked as a GitHub deployment/)).toContain(
    'github.CreateDeploymentStatus'
  )
}, 30_000)

/** Runs `tsx <args>` from the repository root; its exit code and what it printed. */
async function tsx(
  args: string[]
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env = { ...process.env }
  delete env.NODE_OPTIONS
  const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), args, {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return { code, stdout, stderr }
}

it('npm run emulator -- -h prints the usage, naming the demo, and exits 0', async () => {
  const { code, stdout, stderr } = await tsx(['emulator/cli.ts', '-h'])
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
  expect(stdout).toMatch(/^Usage: npm run emulator -- /)
  expect(stdout).toContain('-h, --help')
  expect(stdout).toContain('npm run demo')
  expect(stdout).not.toContain('listening')
}, 30_000)

it('a mistyped emulator option says which, then the usage, and exits 2', async () => {
  const { code, stderr } = await tsx(['emulator/cli.ts', '--prot', '4010'])
  expect(code).toBe(2)
  expect(stderr).toMatch(/^emulator: Unknown option '--prot'/)
  expect(stderr).toContain('Usage: npm run emulator --')
}, 30_000)

it('turns the summary table into aligned text', () => {
  const html =
    '<h3>Cancel deployment</h3>\n<table><tr><th>Provider</th><th>Target</th><th>Outcome</th></tr>' +
    '<tr><td>greengrass</td><td><code>a&#60;b&#62;&#38;c</code></td><td>cancelled</td></tr>' +
    '<tr><td>datadog-fleet</td><td><code>x</code></td><td>not-found</td></tr></table>\n' +
    '<p>2 targets, outcome <b>not-found</b>: 1 cancelled, 1 not-found.</p>\n'
  expect(summaryText(html)).toBe(
    [
      '### Cancel deployment',
      'Provider       Target  Outcome',
      '-------------  ------  ---------',
      'greengrass     a<b>&c  cancelled',
      'datadog-fleet  x       not-found',
      '2 targets, outcome not-found: 1 cancelled, 1 not-found.'
    ].join('\n')
  )
  expect(alignColumns([['a', 'b']])).toBe('a  b')
})
