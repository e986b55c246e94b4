/**
 * The Datadog keys reach Datadog (as headers) and nowhere else: not in any
 * stdout or stderr line but the runner's own `::add-mask::` commands, not in
 * the outputs, not in the job summary; in successful and failed runs alike,
 * with debug logging on, and even when the provider echoes a key back.
 */
import { describe, expect, it } from '@jest/globals'
import type { ActionRun } from '../../__fixtures__/run-action.js'
import { fileEmulator } from '../../__fixtures__/emulator.js'
import {
  act,
  AWS_ENV,
  DD_API_KEY,
  DD_APP_KEY,
  DD_INPUTS,
  publicText,
  sentFor,
  uid
} from './support.js'

const emu = await fileEmulator()

/** Debug logging on, as when a workflow is re-run with debug logging. */
const DEBUG = { RUNNER_DEBUG: '1' }

function expectNoSecrets(run: ActionRun): void {
  const masks = run.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'))
  expect(masks.sort()).toEqual([`::add-mask::${DD_API_KEY}`, `::add-mask::${DD_APP_KEY}`].sort())
  for (const text of publicText(run)) {
    expect(text).not.toContain(DD_API_KEY)
    expect(text).not.toContain(DD_APP_KEY)
  }
}

/** The keys were really used: Datadog received them as headers. */
function expectKeysSent(id: string): void {
  const sent = sentFor(emu, id)
  expect(sent.length).toBeGreaterThan(0)
  for (const r of sent) {
    expect(r.headers['dd-api-key']).toBe(DD_API_KEY)
    expect(r.headers['dd-application-key']).toBe(DD_APP_KEY)
  }
}

const datadog = (id: string, extra: Record<string, string> = {}) => ({
  provider: 'datadog-fleet',
  'deployment-id': id,
  ...DD_INPUTS,
  ...extra
})

describe('runs without faults', () => {
  it.concurrent('cancelled', async () => {
    const id = uid('ok')
    emu.addDatadogDeployment(id)
    const run = await act(emu, datadog(id), { env: DEBUG })
    expect(run.outputs.outcome).toBe('cancelled')
    expectNoSecrets(run)
    expectKeysSent(id)
  })

  it.concurrent('not-cancellable (a 400, then a read)', async () => {
    const id = uid('done')
    emu.addDatadogDeployment(id, { status: 'succeeded' })
    const run = await act(emu, datadog(id), { env: DEBUG })
    expect(run.outputs.outcome).toBe('not-cancellable')
    expectNoSecrets(run)
    expectKeysSent(id)
  })

  it.concurrent('not-found', async () => {
    const id = uid('missing')
    const run = await act(emu, datadog(id), { env: DEBUG })
    expect(run.outputs.outcome).toBe('not-found')
    expect(run.exitCode).toBe(1)
    expectNoSecrets(run)
    expectKeysSent(id)
  })

  it.concurrent('wait, to the final state', async () => {
    const id = uid('wait')
    emu.addDatadogDeployment(id, { cancelDelayMs: 300 })
    const run = await act(emu, datadog(id, { wait: 'true' }), { env: DEBUG })
    expect(run.outputs.outcome).toBe('cancelled')
    expectNoSecrets(run)
    expectKeysSent(id)
  })

  it.concurrent('wait, timed out', async () => {
    const id = uid('slow')
    emu.addDatadogDeployment(id, { cancelDelayMs: 60_000 })
    const run = await act(emu, datadog(id, { wait: 'true', 'wait-timeout-seconds': '1' }))
    expect(run.outputs.outcome).toBe('failed')
    expectNoSecrets(run)
  })

  it.concurrent('dry run', async () => {
    const id = uid('preview')
    emu.addDatadogDeployment(id)
    const run = await act(emu, datadog(id, { 'dry-run': 'true' }), { env: DEBUG })
    expect(run.outputs.outcome).toBe('would-cancel')
    expectNoSecrets(run)
    expectKeysSent(id)
  })

  it.concurrent('keys from DD_API_KEY / DD_APP_KEY instead of inputs', async () => {
    const id = uid('env-keys')
    emu.addDatadogDeployment(id)
    const run = await act(
      emu,
      { provider: 'datadog-fleet', 'deployment-id': id },
      { env: { ...DEBUG, DD_API_KEY, DD_APP_KEY } }
    )
    expect(run.outputs.outcome).toBe('cancelled')
    expectNoSecrets(run)
    expectKeysSent(id)
  })

  it.concurrent('several targets, some failing', async () => {
    const ok = uid('ok')
    const missing = uid('missing')
    emu.addDatadogDeployment(ok)
    const run = await act(emu, datadog(`${ok}\n${missing}`), { env: DEBUG })
    expect(run.outputs.outcome).toBe('not-found')
    expectNoSecrets(run)
  })

  it.concurrent('Datadog unreachable (connection refused)', async () => {
    const run = await act(
      emu,
      { ...datadog(uid('offline'), { 'max-attempts': '2' }), 'endpoint-url': 'http://127.0.0.1:9' },
      { env: DEBUG }
    )
    expect(run.outputs.outcome).toBe('failed')
    expect(run.outputs.message).toMatch(/Could not reach Datadog/)
    expectNoSecrets(run)
  })
})

// Each test scripts faults for its own target.
describe('failed runs', () => {
  it.concurrent.each([
    ['403 denied', [{ status: 403 }], {}],
    ['401 bad key', [{ status: 401 }], {}],
    ['persistent 500', [{ status: 500 }, { status: 500 }], { 'max-attempts': '2' }],
    [
      // Throttling is not an attempt: it fails only at the target's deadline.
      'throttled until its deadline',
      Array.from({ length: 5 }, () => ({ status: 429, rateLimitReset: 1 })),
      { 'timeout-seconds': '2' }
    ],
    [
      'an HTML error page',
      [{ status: 502, body: '<html>Bad gateway</html>', contentType: 'text/html' }],
      {}
    ]
  ])('%s', async (_name, faults, extra: Record<string, string>) => {
    const id = uid('fail')
    emu.addDatadogDeployment(id)
    emu.fault('datadog.CancelDeployment', faults, { target: id })
    const run = await act(emu, datadog(id, { 'max-attempts': '1', ...extra }), { env: DEBUG })
    expect(run.outputs.outcome).toBe('failed')
    expect(run.exitCode).toBe(1)
    expectNoSecrets(run)
    expectKeysSent(id)
    if (!extra['timeout-seconds']) {
      expect(emu.pendingFaults('datadog.CancelDeployment', { target: id })).toBe(0)
    }
  })

  it.concurrent(
    'the provider echoes both keys in its error: they are redacted everywhere',
    async () => {
      const id = uid('echo')
      emu.addDatadogDeployment(id)
      emu.fault(
        'datadog.CancelDeployment',
        [{ status: 400, message: `Invalid key pair ${DD_API_KEY} / ${DD_APP_KEY}` }],
        { target: id }
      )
      const run = await act(emu, datadog(id), { env: DEBUG })
      expect(run.outputs.outcome).toBe('failed')
      expect(run.outputs.message).toContain('Invalid key pair')
      expectNoSecrets(run)
    }
  )
})

describe('AWS credentials', () => {
  const SESSION_TOKEN = 'IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKENforTheEchoTest0123456789'
  it.concurrent(
    'an endpoint that echoes the secret key and the session token gets them redacted everywhere',
    async () => {
      const id = uid('aws-echo')
      emu.addGreengrassDeployment(id)
      emu.fault(
        'greengrass.CancelDeployment',
        [
          {
            status: 400,
            errorType: 'ValidationException',
            message: `Bad credentials ${AWS_ENV.AWS_SECRET_ACCESS_KEY} with ${SESSION_TOKEN}`
          }
        ],
        { target: id }
      )
      const run = await act(
        emu,
        { provider: 'greengrass', 'deployment-id': id },
        { env: { ...DEBUG, AWS_SESSION_TOKEN: SESSION_TOKEN } }
      )
      expect(run.outputs.outcome).toBe('failed')
      expect(run.outputs.message).toContain('Bad credentials *** with ***')
      for (const text of publicText(run)) {
        expect(text).not.toContain(AWS_ENV.AWS_SECRET_ACCESS_KEY)
        expect(text).not.toContain(SESSION_TOKEN)
      }
    }
  )
})
