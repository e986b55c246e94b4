/**
 * End to end, through dist/index.js: what a user or an adversary can do to a
 * step, and what they must see. False outcomes (answers that are not the
 * provider's, lost first answers), credential errors, injected workflow
 * commands, lost output, signals early in the start-up.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { fileEmulator } from '../../__fixtures__/emulator.js'
import { ROOT } from '../../__fixtures__/run-action.js'
import {
  act,
  DD_INPUTS,
  PROVIDER_CASES,
  providerCase,
  results,
  sentFor,
  uid,
  type ProviderCase
} from './support.js'

const emu = await fileEmulator()

/** Lines as the runner reads them: any line break, a bare CR included, ends one. */
const runnerLines = (stdout: string) => stdout.split(/\r\n|\r|\n/)
/** The commands the action itself writes; only one of them has a title. */
const OWN_COMMANDS = /^::(error|warning|debug|add-mask|error title=Outputs not written)::/

describe('an answer that is not the provider’s is failed, never cancelled', () => {
  const cases: [string, ProviderCase, Record<string, unknown>][] = [
    [
      'Proton: a 200 with an empty JSON body (no pipeline), with a request id',
      providerCase('proton-service-pipeline'),
      {
        status: 200,
        body: '{}',
        contentType: 'application/x-amz-json-1.0',
        headers: { 'x-amzn-requestid': 'r-1' }
      }
    ],
    [
      'Proton environment: a 200 with an empty body and no request id',
      providerCase('proton-environment'),
      { status: 200, body: '', contentType: 'application/x-amz-json-1.0' }
    ],
    [
      'IoT CancelJobExecution: a captive portal’s HTML 200',
      providerCase('iot-job-execution'),
      { status: 200, body: '<html>Sign in</html>', contentType: 'text/html' }
    ],
    [
      'Greengrass: JSON 200 without AWS’s request id',
      providerCase('greengrass'),
      { status: 200, body: '{"message":"ok"}', contentType: 'application/json' }
    ],
    [
      'Datadog: JSON 200 without the deployment',
      providerCase('datadog-fleet'),
      { status: 200, body: '{}', contentType: 'application/json' }
    ],
    [
      'Datadog: a 200 that is not JSON by its content type, whatever the body',
      providerCase('datadog-fleet'),
      {
        status: 200,
        body: '{"data":{"id":"x","type":"deployment","attributes":{"status":"cancelled"}}}',
        contentType: 'text/html'
      }
    ]
  ]
  it.each(cases)('%s', async (_name, c, fault) => {
    const id = uid('unread')
    c.seed(emu, id)
    const before = c.statusIn(emu, id)
    emu.fault(c.cancelOp, [fault])
    const run = await act(emu, { provider: c.provider, ...c.inputs(id), ...c.extra })
    expect(run.outputs.outcome).toBe('failed')
    expect(run.outputs.message).toMatch(/could not be read/)
    expect(run.exitCode).toBe(1)
    // The target really is still in flight: nothing was cancelled.
    expect(c.statusIn(emu, id)).toBe(before)
  })
})

describe('a cancel whose first answer was lost', () => {
  // reset alone: the emulator cancels, then drops the connection instead of answering.
  it.each(PROVIDER_CASES.map((c) => [c.provider, c] as const))(
    '%s: the retry is refused, a read shows it cancelled: cancelled, and wait goes on',
    async (_n, c) => {
      const id = uid('lost')
      c.seed(emu, id)
      emu.fault(c.cancelOp, [{ reset: true }])
      const run = await act(emu, {
        provider: c.provider,
        ...c.inputs(id),
        ...c.extra,
        wait: 'true',
        'wait-timeout-seconds': '20'
      })
      expect(run.outputs.outcome).toBe('cancelled')
      expect(run.outputs.status).toBe(c.states.cancelled)
      expect(run.exitCode).toBe(0)
      expect(sentFor(emu, c.label(id), c.cancelOp).map((r) => r.status)).toEqual([
        null,
        expect.any(Number)
      ])
    }
  )
})

describe('credentials', () => {
  it.each([
    ['InvalidSignatureException', 403],
    ['UnrecognizedClientException', 403],
    ['ExpiredTokenException', 403]
  ])('%s says to fix the credentials, and names no IAM action', async (errorType, status) => {
    const id = uid('creds')
    emu.addGreengrassDeployment(id)
    emu.fault('greengrass.CancelDeployment', [{ status, errorType }])
    const run = await act(emu, { provider: 'greengrass', 'deployment-id': id })
    expect(run.outputs.outcome).toBe('failed')
    expect(run.outputs.message).toMatch(/configure-aws-credentials/)
    expect(run.outputs.message).toMatch(/AWS_ACCESS_KEY_ID/)
    expect(run.outputs.message).not.toMatch(/Access denied|grant /)
  })

  it('no credentials at all (the SDK’s provider chain finds none): says which to set', async () => {
    const run = await act(
      emu,
      { provider: 'greengrass', 'deployment-id': uid('nocreds') },
      { env: { AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '' } }
    )
    expect(run.outputs.outcome).toBe('failed')
    expect(run.outputs.message).toMatch(/No AWS credentials were found.*configure-aws-credentials/)
    expect(run.outputs.message).not.toMatch(/grant /)
  })
})

describe('workflow commands from outside text', () => {
  it.each([
    ['an annotation', '::error title=X::injected'],
    ['after a bare CR', 'ok\r::warning title=Y::injected'],
    ['stop-commands', '::stop-commands::injected'],
    ['the legacy form', '##[error]injected'],
    ['the legacy form mid-line', 'rollout ##[error]injected']
  ])('an id holding %s starts no command', async (_n, id) => {
    const run = await act(emu, {
      provider: 'greengrass',
      'deployment-id': id,
      'fail-on': 'none'
    })
    expect(run.outputs.outcome).toBe('not-found')
    const lines = runnerLines(run.stdout)
    // The runner reads `::` at a line's start and `##[` anywhere in it; the action writes
    // no `##[` of its own.
    for (const line of lines) {
      if (/^\s*::/.test(line)) expect(line).toMatch(OWN_COMMANDS)
      expect(line).not.toContain('##[')
    }
    expect(run.stdout).not.toMatch(/^::stop-commands::/m)
    // The id still shows, so the reader sees which target it was.
    expect(run.stdout).toContain('injected')
  })
})

describe('lost output', () => {
  it('an unwritable GITHUB_OUTPUT: an error annotation naming it, results in the log, exit 1', async () => {
    const id = uid('noout')
    emu.addGreengrassDeployment(id)
    const file = join(tmpdir(), `missing-${process.pid}`, 'folder', 'output')
    const run = await act(
      emu,
      { provider: 'greengrass', 'deployment-id': id },
      { env: { GITHUB_OUTPUT: file } }
    )
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      new RegExp(`^::error title=Outputs not written::.*GITHUB_OUTPUT.*`, 'm')
    )
    expect(run.stdout).toContain(file)
    expect(run.stdout).toMatch(new RegExp(`^${id}: cancelled\\.`, 'm'))
    expect(run.stderr).not.toMatch(/\n\s+at /)
    // The cancel was sent and accepted all the same.
    expect(emu.statusOf({ kind: 'greengrass', id })).toBe('CANCELED')
  })

  it.each([
    ['unwritable', () => join(tmpdir(), `missing-${process.pid}`, 'summary')],
    ['not set', () => '']
  ])('a GITHUB_STEP_SUMMARY that is %s is a warning', async (_n, file) => {
    const id = uid('nosum')
    emu.addGreengrassDeployment(id)
    const run = await act(
      emu,
      { provider: 'greengrass', 'deployment-id': id },
      { env: { GITHUB_STEP_SUMMARY: file() } }
    )
    expect(run.outputs.outcome).toBe('cancelled')
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(/^::warning::.*(job summary).*GITHUB_STEP_SUMMARY/m)
  })

  it('a slow reader of 3,000 failing targets still gets the final ::error::', async () => {
    const ids = Array.from({ length: 3000 }, (_, i) => `slow-${i}`)
    const run = await act(
      emu,
      {
        provider: 'greengrass',
        'deployment-id': ids.join('\n'),
        // Nothing listens there: every target fails at once, each with its own log line.
        'endpoint-url': 'http://127.0.0.1:9',
        'max-attempts': '1',
        'max-concurrency': '100'
      },
      {
        // The reader takes nothing until the action is done (its outcome written), so the
        // action's last lines wait on a full pipe.
        stdoutPauseMs: 20_000,
        stdoutResumeOnOutput: 'outcome',
        timeoutMs: 60_000,
        nodeArgs: ['--import', join(ROOT, '__fixtures__', 'nonblocking-stdout.mjs')]
      }
    )
    expect(run.exitCode).toBe(1)
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines.filter((l) => /^slow-\d+: failed\. /.test(l))).toHaveLength(3000)
    expect(lines.some((l) => l.startsWith('::error::3000 targets: 3000 failed.'))).toBe(true)
    expect(lines[lines.length - 1]).toBe('outcome=failed')
  }, 120_000)
})

describe('signals and listeners', () => {
  it('a batch of 12 waits leaves no MaxListenersExceededWarning', async () => {
    const ids = Array.from({ length: 12 }, () => uid('ml'))
    for (const id of ids) emu.addDatadogDeployment(id)
    const run = await act(emu, {
      provider: 'datadog-fleet',
      'deployment-id': ids.join('\n'),
      ...DD_INPUTS,
      wait: 'true',
      'max-concurrency': '12'
    })
    expect(run.outputs.outcome).toBe('cancelled')
    expect(run.stderr).not.toMatch(/MaxListenersExceededWarning/)
  })

  it('a SIGINT the moment a handler can take it, before the action’s code is loaded, still ends with outputs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cancel-deployment-sigint-'))
    const trace = join(dir, 'loads')
    const loaded = join(dir, 'loaded-before-handler')
    writeFileSync(trace, '')
    const id = uid('early')
    emu.addGreengrassDeployment(id)
    const run = await act(
      emu,
      { provider: 'greengrass', 'deployment-id': id },
      {
        env: { TRACE_LOADS_FILE: trace, SIGINT_LOADED_FILE: loaded },
        nodeArgs: ['--import', join(ROOT, '__fixtures__', 'sigint-at-handler.mjs')]
      }
    )
    expect(run.outputs.outcome).toBe('failed')
    expect(run.outputs.message).toMatch(/interrupted by SIGINT/)
    expect(run.exitCode).toBe(1)
    // The handler came before the action's code: what was loaded by then is small.
    const distDir = join(ROOT, 'dist') + '/'
    const bytes = readFileSync(loaded, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((url) => fileURLToPath(url))
      .filter((path) => path.startsWith(distDir))
      .reduce((n, path) => n + statSync(path).size, 0)
    expect(bytes).toBeGreaterThan(0)
    expect(bytes).toBeLessThan(64 * 1024)
  })
})

describe('rough edges', () => {
  it.each(['greengrass', 'datadog-fleet'] as const)(
    '%s: an https:// endpoint that speaks plain HTTP says so, not EPROTO',
    async (provider) => {
      const c = providerCase(provider)
      const id = uid('tls')
      c.seed(emu, id)
      const run = await act(emu, {
        provider,
        ...c.inputs(id),
        ...c.extra,
        'endpoint-url': emu.url.replace('http://', 'https://'),
        'max-attempts': '1'
      })
      expect(run.outputs.outcome).toBe('failed')
      expect(run.outputs.message).toMatch(/does not speak TLS.*use http:\/\//)
      expect(run.outputs.message).not.toMatch(/0A00010B|ssl3_get_record/)
    }
  )

  it('a message repeats at most the start of a very long id', async () => {
    const id = `long-${'x'.repeat(5000)}`
    const run = await act(emu, { provider: 'greengrass', 'deployment-id': id })
    expect(run.outputs.outcome).toBe('not-found')
    expect(run.outputs.message?.length).toBeLessThan(1000)
    expect(run.outputs.message).toMatch(/… \(5005 characters\)/)
    // The results still name the whole id.
    expect(results(run)[0]!.target).toBe(id)
  })

  it('an interrupted batch does not repeat each label in its message', async () => {
    const ids = [uid('svc'), uid('svc')]
    for (const id of ids) emu.addProtonService(id)
    emu.fault('proton.CancelServicePipelineDeployment', [{ delayMs: 30_000 }, { delayMs: 30_000 }])
    const run = await act(
      emu,
      { provider: 'proton-service-pipeline', 'service-name': ids.join('\n') },
      { onStart: (pid) => setTimeout(() => process.kill(pid, 'SIGINT'), 1500) }
    )
    expect(run.outputs.outcome).toBe('failed')
    for (const id of ids) {
      expect(run.outputs.message).not.toContain(`${id}: ${id}:`)
      expect(run.stdout).not.toContain(`${id}: ${id}:`)
    }
  })
})
