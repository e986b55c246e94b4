/**
 * Retries on the wire: throttling answers in each provider's own dialect
 * (Greengrass 429, Proton's and IoT's ThrottlingException with HTTP 400, Datadog 429
 * with x-ratelimit-reset or Retry-After) end cancelled after exactly the
 * expected number of requests, waiting as long as the provider asked; a
 * persistent 5xx is tried exactly max-attempts times.
 *
 * Faults are scripted for the test's own target, so the tests run at the same
 * time. Every queued fault must be consumed.
 */
import { describe, expect, it } from '@jest/globals'
import { type FaultSpec, type OperationName, type RecordedRequest } from '../../emulator/server.js'
import { fileEmulator } from '../../__fixtures__/emulator.js'
import {
  act,
  expectExitPerFailOn,
  operations,
  providerCase,
  results,
  sentFor,
  uid,
  withEmulator,
  type ProviderName
} from './support.js'

const emu = await fileEmulator()

/** Milliseconds between consecutive requests. */
const gaps = (requests: readonly RecordedRequest[]) =>
  requests.slice(1).map((r, i) => r.time - (requests[i] as RecordedRequest).time)

/** A wait the provider asked for, measured between arrivals (a little slack for timer rounding). */
const HONOURED_MS = 950

interface ThrottleCase {
  name: string
  provider: ProviderName
  /** Faults per operation. */
  faults: Partial<Record<OperationName, FaultSpec[]>>
  extraInputs?: Record<string, string>
  outcome?: string
  /** Every request for the target, in order, with its status. */
  expected: [OperationName, number][]
  /** Indexes of gaps that must honour a 1 s hint. */
  honoured: number[]
}

/** Requests of one operation answered with these statuses, in order. */
const answered = (op: OperationName, ...statuses: number[]): [OperationName, number][] =>
  statuses.map((status) => [op, status])
const hinted: FaultSpec = { throttle: true, retryAfter: 1 }
const ddHinted: FaultSpec = { throttle: true, rateLimitReset: 1 }
// A plain 429 page with only Retry-After (no x-ratelimit-* headers).
const ddPage: FaultSpec = {
  status: 429,
  body: '{"errors":["Too many requests"]}',
  contentType: 'application/json',
  retryAfter: 1
}

// prettier-ignore
const throttleCases: ThrottleCase[] = [
  { name: 'greengrass: two 429 ThrottlingException with Retry-After: 1', provider: 'greengrass',
    faults: { 'greengrass.CancelDeployment': [hinted, hinted] },
    expected: answered('greengrass.CancelDeployment', 429, 429, 200), honoured: [0, 1] },
  { name: 'proton-service-pipeline: ThrottlingException with HTTP 400 and Retry-After: 1', provider: 'proton-service-pipeline',
    faults: { 'proton.CancelServicePipelineDeployment': [hinted] },
    expected: answered('proton.CancelServicePipelineDeployment', 400, 200), honoured: [0] },
  { name: 'proton-environment: a bare ThrottlingException with HTTP 400 (no hint)', provider: 'proton-environment',
    faults: { 'proton.CancelEnvironmentDeployment': [{ status: 400, errorType: 'ThrottlingException' }] },
    expected: answered('proton.CancelEnvironmentDeployment', 400, 200), honoured: [] },
  { name: 'iot-job-execution: ThrottlingException with HTTP 400, twice', provider: 'iot-job-execution',
    faults: { 'iot.CancelJobExecution': [hinted, hinted] },
    expected: answered('iot.CancelJobExecution', 400, 400, 200), honoured: [0, 1] },
  { name: 'iot-job: the read and the cancel each throttled once (HTTP 400)', provider: 'iot-job',
    faults: { 'iot.DescribeJob': [hinted], 'iot.CancelJob': [hinted] },
    expected: [...answered('iot.DescribeJob', 400, 200), ...answered('iot.CancelJob', 400, 200)], honoured: [0, 2] },
  { name: 'datadog-fleet: 429 with x-ratelimit-reset: 1, twice', provider: 'datadog-fleet',
    faults: { 'datadog.CancelDeployment': [{ status: 429, rateLimitReset: 1 }, ddHinted] },
    expected: answered('datadog.CancelDeployment', 429, 429, 200), honoured: [0, 1] },
  { name: 'datadog-fleet: 429 with only Retry-After: 1 (dry-run read)', provider: 'datadog-fleet',
    faults: { 'datadog.GetDeployment': [ddPage] }, extraInputs: { 'dry-run': 'true' }, outcome: 'would-cancel',
    expected: answered('datadog.GetDeployment', 429, 200), honoured: [0] }
]

describe('throttling is retried until it passes, honouring the hints', () => {
  it.concurrent.each(throttleCases.map((c) => [c.name, c] as const))('%s', async (_n, tc) => {
    const c = providerCase(tc.provider)
    const id = uid('throttled')
    c.seed(emu, id)
    for (const [op, faults] of Object.entries(tc.faults)) {
      emu.fault(op as OperationName, faults as FaultSpec[], { target: c.label(id) })
    }
    const run = await act(emu, {
      provider: tc.provider,
      ...c.inputs(id),
      ...c.extra,
      ...tc.extraInputs
    })

    const outcome = tc.outcome ?? 'cancelled'
    expect(run.outputs.outcome).toBe(outcome)
    expectExitPerFailOn(run)
    const sent = sentFor(emu, c.label(id))
    expect(sent.map((r) => [r.operation, r.status])).toEqual(tc.expected)
    for (const op of Object.keys(tc.faults)) {
      expect(emu.pendingFaults(op as OperationName, { target: c.label(id) })).toBe(0)
    }
    const between = gaps(sent)
    for (const i of tc.honoured) expect(between[i]).toBeGreaterThanOrEqual(HONOURED_MS)
    if (outcome === 'cancelled') expect(c.statusIn(emu, id)).toBe(c.states.cancelled)
    // Sent once it was accepted, never again.
    expect(sent.filter((r) => r.operation === c.cancelOp && r.status === 200).length).toBe(
      outcome === 'cancelled' ? 1 : 0
    )
  })
})

interface ServerErrorCase {
  provider: ProviderName
  op: OperationName
  status: number
}

const serverErrorCases: ServerErrorCase[] = [
  { provider: 'greengrass', op: 'greengrass.CancelDeployment', status: 500 },
  // Proton answers its server errors (InternalServerException) with HTTP 500.
  {
    provider: 'proton-service-pipeline',
    op: 'proton.CancelServicePipelineDeployment',
    status: 500
  },
  { provider: 'proton-environment', op: 'proton.CancelEnvironmentDeployment', status: 500 },
  { provider: 'iot-job-execution', op: 'iot.CancelJobExecution', status: 503 },
  { provider: 'iot-job', op: 'iot.DescribeJob', status: 500 },
  { provider: 'datadog-fleet', op: 'datadog.CancelDeployment', status: 502 }
]

/**
 * Exactly `attempts` faults are queued: a request beyond max-attempts would
 * be answered normally and the target cancelled, so the outcome and the count
 * both catch an extra attempt.
 */
async function persistentServerError(sc: ServerErrorCase, attempts: number): Promise<void> {
  const c = providerCase(sc.provider)
  const id = uid('5xx')
  c.seed(emu, id)
  emu.fault(
    sc.op,
    Array.from({ length: attempts }, () => ({ status: sc.status })),
    { target: c.label(id) }
  )
  const run = await act(emu, {
    provider: sc.provider,
    ...c.inputs(id),
    ...c.extra,
    'max-attempts': String(attempts)
  })

  expect(run.outputs.outcome).toBe('failed')
  expect(run.outputs.message).toContain('server error')
  expect(run.outputs.message).toContain(`after ${attempts} attempt(s)`)
  expectExitPerFailOn(run)
  const sent = sentFor(emu, c.label(id))
  expect(operations(sent)).toEqual(Array.from({ length: attempts }, () => sc.op))
  expect(sent.every((r) => r.status === sc.status)).toBe(true)
  expect(emu.pendingFaults(sc.op, { target: c.label(id) })).toBe(0)
  expect(c.statusIn(emu, id)).not.toBe(c.states.cancelled)
  expect(results(run)).toHaveLength(1)
}

// Every AWS client retries through the one PacedRetryStrategy, Datadog through its own transport:
// max-attempts 3 on each provider, 1 on one of each kind.
describe.each([
  [3, serverErrorCases],
  [1, serverErrorCases.filter((sc) => ['greengrass', 'datadog-fleet'].includes(sc.provider))]
])('a persistent 5xx with max-attempts: %i', (attempts, cases) => {
  it.concurrent.each(cases.map((sc) => [sc.provider, sc] as const))(
    '%s: exactly that many requests, then failed',
    (_n, sc) => persistentServerError(sc, attempts)
  )
})

describe('defaults and recoveries', () => {
  it.concurrent('without max-attempts, a persistent 5xx is tried 5 times (the default)', () =>
    persistentServerError(
      { provider: 'greengrass', op: 'greengrass.CancelDeployment', status: 500 },
      5
    )
  )

  it.concurrent(
    'throttled more often than max-attempts: still cancelled, throttling is not an attempt',
    async () => {
      const c = providerCase('iot-job-execution')
      const id = uid('often-throttled')
      c.seed(emu, id)
      emu.fault(
        'iot.CancelJobExecution',
        Array.from({ length: 3 }, () => ({ throttle: true, retryAfter: 0 })),
        { target: c.label(id) }
      )
      const run = await act(emu, { provider: c.provider, ...c.inputs(id), 'max-attempts': '1' })
      expect(run.outputs.outcome).toBe('cancelled')
      expectExitPerFailOn(run)
      expect(sentFor(emu, c.label(id)).map((r) => r.status)).toEqual([400, 400, 400, 200])
      expect(emu.pendingFaults('iot.CancelJobExecution', { target: c.label(id) })).toBe(0)
    }
  )

  it.concurrent('a 5xx, then an answer: cancelled after 2 requests', async () => {
    const id = uid('flaky')
    emu.addProtonEnvironment(id)
    emu.fault('proton.CancelEnvironmentDeployment', [{ status: 500 }], { target: id })
    const run = await act(emu, { provider: 'proton-environment', 'environment-name': id })
    expect(run.outputs.outcome).toBe('cancelled')
    expect(sentFor(emu, id).map((r) => r.status)).toEqual([500, 200])
    expect(emu.pendingFaults('proton.CancelEnvironmentDeployment', { target: id })).toBe(0)
  })

  it.concurrent(
    'a connection dropped before the provider acted, then an answer: cancelled',
    async () => {
      const id = uid('reset')
      emu.addDatadogDeployment(id)
      // status + reset: the normal answer is replaced (nothing happens), then the socket is reset.
      emu.fault('datadog.CancelDeployment', [{ status: 500, reset: true }], { target: id })
      const run = await act(emu, {
        provider: 'datadog-fleet',
        'deployment-id': id,
        ...providerCase('datadog-fleet').extra
      })
      expect(run.outputs.outcome).toBe('cancelled')
      expect(sentFor(emu, id).map((r) => r.status)).toEqual([null, 200])
      expect(emu.pendingFaults('datadog.CancelDeployment', { target: id })).toBe(0)
    }
  )

  it.concurrent(
    'an answer lost after the cancel took effect: the retry finds it cancelled',
    async () => {
      const id = uid('lost-answer')
      emu.addProtonService(id)
      // reset alone: the emulator cancels, then drops the connection instead of answering.
      emu.fault('proton.CancelServicePipelineDeployment', [{ reset: true }], { target: id })
      const run = await act(emu, { provider: 'proton-service-pipeline', 'service-name': id })
      // The retry meets a ConflictException (HTTP 400, as Proton answers it); the read after it
      // shows the pipeline cancelled, by this step's own first attempt.
      expect(emu.statusOf({ kind: 'proton-service', name: id })).toBe('CANCELLED')
      expect(
        sentFor(emu, id, 'proton.CancelServicePipelineDeployment').map((r) => r.status)
      ).toEqual([null, 400])
      expect(sentFor(emu, id, 'proton.GetService').map((r) => r.status)).toEqual([200])
      expect(run.outputs.outcome).toBe('cancelled')
      expect(run.exitCode).toBe(0)
    }
  )
})

describe('a provider-wide rate limit over a batch', () => {
  // A throttle holds for every request: this test has an emulator of its own.
  it.concurrent('every target ends cancelled, each cancel accepted exactly once', () =>
    withEmulator(async (own) => {
      const ids = Array.from({ length: 8 }, () => uid('batch'))
      for (const id of ids) own.addGreengrassDeployment(id)
      own.throttle({ ratePerSecond: 4, burst: 2 })
      const run = await act(own, {
        provider: 'greengrass',
        'deployment-id': ids.join('\n'),
        'max-concurrency': '8'
      })

      expect(run.outputs.outcome).toBe('cancelled')
      expect(run.exitCode).toBe(0)
      expect(results(run).map((r) => [r.target, r.outcome])).toEqual(
        ids.map((id) => [id, 'cancelled'])
      )
      const sent = sentFor(own, ids)
      expect(sent.some((r) => r.status === 429)).toBe(true)
      for (const id of ids) {
        expect(sent.filter((r) => r.params.deploymentId === id && r.status === 200)).toHaveLength(1)
        expect(own.statusOf({ kind: 'greengrass', id })).toBe('CANCELED')
      }
    })
  )
})
