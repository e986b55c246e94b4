/**
 * src/main.ts: run() end to end — inputs, the chosen provider (mocked), the
 * report — as a workflow sees it through outputs, failure and annotations.
 */
import { jest } from '@jest/globals'
import * as core from '../__fixtures__/core.js'
import type { Answer } from '../src/util/outcome.js'
import type { Target } from '../src/util/targets.js'
import type { ProviderContext, ProviderSession, ReadResult } from '../src/providers/types.js'

/** What the mocked provider answers for one target; a test replaces it. */
let cancelImpl: (target: Target, signal: AbortSignal) => Promise<Answer>
let readImpl: (target: Target) => Promise<ReadResult>

const IN_FLIGHT: ReadResult = { ok: true, phase: 'in-flight', status: 'ACTIVE', requestId: 'r-get' }

const cancel = jest.fn<ProviderSession['cancel']>((target, signal) => cancelImpl(target, signal))
const read = jest.fn<ProviderSession['read']>((target) => readImpl(target))
const createSession = jest.fn((_context: ProviderContext): ProviderSession => ({ cancel, read }))

jest.unstable_mockModule('@actions/core', () => core)
// The registry loads the provider with import('./greengrass.js'); mocking the
// module itself keeps the registry (and its PROVIDERS table) real.
jest.unstable_mockModule('../src/providers/aws/greengrass.js', () => ({ createSession }))

const { run } = await import('../src/main.js')
const { Pacer } = await import('../src/requests/pacer.js')

const GREENGRASS = { provider: 'greengrass', 'deployment-id': 'd-1', 'aws-region': 'us-east-1' }

function setInputs(values: Record<string, string>): void {
  core.resetCore()
  Object.assign(core.inputs, values)
}

function cancelled(target: Target): Answer {
  const id = target.ids['deployment-id']
  return {
    outcome: 'cancelled',
    message: `Cancelled Greengrass deployment ${id}.`,
    status: 'CANCELING',
    requestId: `req-${id}`
  }
}

function results(): Record<string, string>[] {
  return JSON.parse(core.output('results') ?? 'null')
}

/**
 * Runs run() on jest's fake clock (timers and Date), moving it on 100 ms at a time until the
 * step has reported, then `afterMs` more. Resolves with the virtual ms the step took.
 */
async function runOnFakeClock(afterMs = 0): Promise<number> {
  jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] })
  try {
    const started = Date.now()
    let done = false
    const running = run().finally(() => (done = true))
    while (!done) {
      if (Date.now() - started > 600_000) throw new Error('run() did not end in 10 virtual minutes')
      await jest.advanceTimersByTimeAsync(100)
    }
    await running
    const took = Date.now() - started
    await jest.advanceTimersByTimeAsync(afterMs)
    return took
  } finally {
    jest.useRealTimers()
  }
}

/** The concurrency a cancel saw: how many were in flight at most. */
function countInFlight(delayMs: (target: Target) => number = () => 2) {
  const seen = { now: 0, most: 0 }
  cancelImpl = async (target) => {
    seen.now++
    seen.most = Math.max(seen.most, seen.now)
    await new Promise((resolve) => setTimeout(resolve, delayMs(target)))
    seen.now--
    return cancelled(target)
  }
  return seen
}

describe('main.ts', () => {
  // run() reads process.env: keep the runner's own AWS/Datadog settings out of these tests.
  const ENV_NAMES = [
    'AWS_REGION',
    'AWS_DEFAULT_REGION',
    'DD_API_KEY',
    'DD_APP_KEY',
    'DD_SITE',
    'HTTPS_PROXY',
    'https_proxy',
    'HTTP_PROXY',
    'http_proxy',
    'ALL_PROXY',
    'all_proxy'
  ]
  const savedEnv = Object.fromEntries(ENV_NAMES.map((name) => [name, process.env[name]]))

  beforeEach(() => {
    core.resetCore()
    for (const name of ENV_NAMES) delete process.env[name]
    cancelImpl = async (target) => cancelled(target)
    readImpl = async () => IN_FLIGHT
  })

  afterAll(() => {
    for (const [name, value] of Object.entries(savedEnv)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  })

  it('loads the mocked provider through the real registry', async () => {
    const { PROVIDERS } = await import('../src/providers/registry.js')
    const module = await PROVIDERS.greengrass.load()
    expect(module.createSession).toBe(createSession)
  })

  describe('input errors', () => {
    it('fails naming the input, and sends nothing', async () => {
      setInputs({ provider: 'greengrass', 'aws-region': 'us-east-1' })
      await run()
      expect(core.output('outcome')).toBe('failed')
      expect(core.output('message')).toMatch(/deployment-id is required/)
      expect(core.output('message')).toMatch(/Nothing was sent\.$/)
      expect(core.setFailed).toHaveBeenCalledTimes(1)
      expect(core.setFailed.mock.calls[0]![0]).toMatch(/deployment-id/)
      expect(createSession).not.toHaveBeenCalled()
      expect(cancel).not.toHaveBeenCalled()
    })

    it('fails even with fail-on none, and sets outputs first', async () => {
      setInputs({ ...GREENGRASS, 'fail-on': 'none', 'max-concurrency': '1000' })
      await run()
      expect(core.output('outcome')).toBe('failed')
      expect(core.output('message')).toMatch(/max-concurrency/)
      expect(core.setFailed).toHaveBeenCalledTimes(1)
      const failedAt = core.setFailed.mock.invocationCallOrder[0]!
      for (const order of core.setOutput.mock.invocationCallOrder)
        expect(order).toBeLessThan(failedAt)
      expect(cancel).not.toHaveBeenCalled()
    })

    it('fails on an unknown provider, listing the valid ones', async () => {
      setInputs({ ...GREENGRASS, provider: 'gcp' })
      await run()
      expect(core.output('outcome')).toBe('failed')
      expect(core.output('message')).toMatch(/provider "gcp" is not one of .*greengrass/)
      expect(core.setFailed).toHaveBeenCalledTimes(1)
      expect(createSession).not.toHaveBeenCalled()
    })

    it('reports every problem in the message', async () => {
      setInputs({ provider: 'greengrass', 'fail-on': 'sometimes', 'endpoint-url': 'ftp://x' })
      await run()
      const message = core.output('message')!
      for (const name of ['deployment-id', 'fail-on', 'endpoint-url', 'aws-region']) {
        expect(message).toContain(name)
      }
      expect(message).not.toContain('\n')
    })
  })

  describe('one target', () => {
    it('sets the outputs of a cancelled target and does not fail', async () => {
      setInputs(GREENGRASS)
      await run()
      expect(createSession).toHaveBeenCalledTimes(1)
      const context = createSession.mock.calls[0]![0]
      expect(context.settings).toMatchObject({ cloud: 'aws', region: 'us-east-1' })
      expect(context.userAgent).toMatch(/cancel-deployment/)
      expect(cancel).toHaveBeenCalledTimes(1)
      expect(cancel.mock.calls[0]![0]).toEqual({ label: 'd-1', ids: { 'deployment-id': 'd-1' } })
      expect(core.output('outcome')).toBe('cancelled')
      expect(core.output('message')).toBe('Cancelled Greengrass deployment d-1.')
      expect(core.output('status')).toBe('CANCELING')
      expect(core.output('request-id')).toBe('req-d-1')
      expect(results()).toEqual([
        {
          target: 'd-1',
          outcome: 'cancelled',
          status: 'CANCELING',
          message: 'Cancelled Greengrass deployment d-1.',
          'request-id': 'req-d-1',
          ids: { 'deployment-id': 'd-1' },
          provider: 'greengrass'
        }
      ])
      expect(core.setFailed).not.toHaveBeenCalled()
      expect(core.warning).not.toHaveBeenCalled()
      expect(core.summaryWrites).toHaveLength(1)
      // Without wait and dry-run: nothing is read, and the summary calls it no dry run.
      expect(read).not.toHaveBeenCalled()
      expect(core.summaryWrites[0]).not.toContain('dry run')
    })

    it.each([
      ['not-cancellable', '', 'req-409', false],
      ['not-cancellable', 'failed,not-cancellable', '', true],
      ['not-found', '', '', true]
    ] as const)(
      '%s under fail-on %p: fails the step with its message, or warns',
      async (outcome, failOn, requestId, fails) => {
        const message = `Greengrass deployment d-1: ${outcome}.`
        cancelImpl = async () => ({ outcome, message, status: '', requestId })
        setInputs({ ...GREENGRASS, 'fail-on': failOn })
        await run()
        expect(core.output('outcome')).toBe(outcome)
        expect(core.output('request-id')).toBe(requestId)
        if (fails) {
          expect(core.setFailed).toHaveBeenCalledWith(message)
        } else {
          expect(core.setFailed).not.toHaveBeenCalled()
          expect(core.warning).toHaveBeenCalledWith(`${outcome}: ${message}`)
        }
      }
    )

    it('turns a provider that throws into failed, "Unexpected error for <target>"', async () => {
      cancelImpl = async () => {
        throw new Error('socket hang up')
      }
      setInputs(GREENGRASS)
      await run()
      expect(core.output('outcome')).toBe('failed')
      expect(core.output('message')).toBe('Unexpected error for d-1: socket hang up')
      expect(core.setFailed).toHaveBeenCalledWith('Unexpected error for d-1: socket hang up')
      expect(results()).toEqual([
        {
          target: 'd-1',
          outcome: 'failed',
          status: '',
          message: 'Unexpected error for d-1: socket hang up',
          'request-id': '',
          ids: { 'deployment-id': 'd-1' },
          provider: 'greengrass'
        }
      ])
    })

    it('turns a session that cannot be created into failed, "Unexpected error"', async () => {
      createSession.mockImplementationOnce(() => {
        throw new Error('bad config')
      })
      setInputs(GREENGRASS)
      await run()
      expect(core.output('outcome')).toBe('failed')
      expect(core.output('message')).toBe('Unexpected error: bad config')
      expect(core.setFailed).toHaveBeenCalledTimes(1)
      expect(cancel).not.toHaveBeenCalled()
    })
  })

  describe('several targets', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `d-${i}`)

    it.each([
      ['3', 12, 3],
      ['', 25, 10]
    ])(
      'keeps at most max-concurrency (%p; 10 by default) cancels in flight',
      async (max, n, most) => {
        const seen = countInFlight()
        setInputs({ ...GREENGRASS, 'deployment-id': ids(n).join('\n'), 'max-concurrency': max })
        await run()
        expect(cancel).toHaveBeenCalledTimes(n)
        expect(seen).toEqual({ now: 0, most })
      }
    )

    it('sends each target once and gives each its own result, in input order', async () => {
      // Later targets answer first: results must still follow the input order.
      cancelImpl = async (target) => {
        const id = target.ids['deployment-id']!
        const n = Number(id.slice(2))
        await new Promise((resolve) => setTimeout(resolve, 10 - n))
        if (id === 'd-2')
          return {
            outcome: 'not-found',
            message: 'No deployment d-2.',
            status: '',
            requestId: 'req-d-2'
          }
        return cancelled(target)
      }
      setInputs({
        ...GREENGRASS,
        'deployment-id': 'd-0\nd-1, d-2\nd-3,d-1',
        'max-concurrency': '4'
      })
      await run()
      const sent = cancel.mock.calls.map(([target]) => target.label)
      expect(sent.sort()).toEqual(['d-0', 'd-1', 'd-2', 'd-3'])
      expect(results().map((r) => [r.target, r.outcome, r['request-id']])).toEqual([
        ['d-0', 'cancelled', 'req-d-0'],
        ['d-1', 'cancelled', 'req-d-1'],
        ['d-2', 'not-found', 'req-d-2'],
        ['d-3', 'cancelled', 'req-d-3']
      ])
      expect(core.output('outcome')).toBe('not-found')
      expect(core.output('message')).toBe(
        '4 targets: 1 not-found, 3 cancelled. First: d-2: No deployment d-2.'
      )
      expect(core.setFailed).toHaveBeenCalledTimes(1)
    })

    it('does not fail when every target is cancelled', async () => {
      setInputs({ ...GREENGRASS, 'deployment-id': 'a,b,c' })
      await run()
      expect(core.output('outcome')).toBe('cancelled')
      expect(core.output('message')).toBe('3 targets: 3 cancelled.')
      expect(results()).toHaveLength(3)
      expect(core.setFailed).not.toHaveBeenCalled()
    })

    it('keeps every target’s own result when one cancel throws', async () => {
      cancelImpl = async (target) => {
        if (target.label === 'd-1') throw new Error('boom')
        return cancelled(target)
      }
      setInputs({ ...GREENGRASS, 'deployment-id': ids(4).join(','), 'max-concurrency': '1' })
      await run()
      expect(results().map((r) => [r.target, r.outcome])).toEqual([
        ['d-0', 'cancelled'],
        ['d-1', 'failed'],
        ['d-2', 'cancelled'],
        ['d-3', 'cancelled']
      ])
      expect(results()[1]!.message).toBe('Unexpected error for d-1: boom')
      expect(core.output('message')).toBe(
        '4 targets: 1 failed, 3 cancelled. First: d-1: Unexpected error for d-1: boom'
      )
    })

    it('sends every cancel before reporting, and none after', async () => {
      cancelImpl = async (target) => {
        const fails = target.label === 'd-0'
        await new Promise((resolve) => setTimeout(resolve, fails ? 1 : 5))
        if (fails) throw new Error('boom')
        return cancelled(target)
      }
      setInputs({ ...GREENGRASS, 'deployment-id': ids(6).join(','), 'max-concurrency': '2' })
      await run()
      expect(cancel).toHaveBeenCalledTimes(6)
      expect(results().map((r) => r.outcome)).toEqual([
        'failed',
        'cancelled',
        'cancelled',
        'cancelled',
        'cancelled',
        'cancelled'
      ])
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(cancel).toHaveBeenCalledTimes(6)
    })
  })
  describe('the provider context', () => {
    it.each([
      ['3', 3],
      ['', 5]
    ])(
      'gives the provider a request policy with max-attempts %p (%p) and a shared pacer',
      async (text, attempts) => {
        setInputs({ ...GREENGRASS, 'max-attempts': text })
        await run()
        const context = createSession.mock.calls[0]![0]
        expect(context.requests.maxAttempts).toBe(attempts)
        expect(context.requests.pacer).toBeInstanceOf(Pacer)
        expect(typeof context.requests.clock.sleep).toBe('function')
      }
    )
  })

  describe('dry-run', () => {
    it('reads instead of cancelling, and says so in the summary', async () => {
      setInputs({ ...GREENGRASS, 'dry-run': 'true' })
      await run()
      expect(cancel).not.toHaveBeenCalled()
      expect(read).toHaveBeenCalledTimes(1)
      expect(core.output('outcome')).toBe('would-cancel')
      expect(core.output('message')).toBe('Dry run: d-1 is ACTIVE; a cancel would be sent.')
      expect(core.output('status')).toBe('ACTIVE')
      expect(core.setFailed).not.toHaveBeenCalled()
      expect(core.warning).not.toHaveBeenCalled()
      expect(core.summaryWrites).toHaveLength(1)
      expect(core.summaryWrites[0]).toContain('dry run, nothing was cancelled')
    })

    it('reports each target of a batch as it would go', async () => {
      readImpl = async (target) =>
        target.label === 'done'
          ? { ok: true, phase: 'finished', status: 'COMPLETED', requestId: '' }
          : target.label === 'gone'
            ? {
                ok: false,
                answer: { outcome: 'not-found', message: 'No gone.', status: '', requestId: '' }
              }
            : IN_FLIGHT
      setInputs({ ...GREENGRASS, 'deployment-id': 'live,done,gone', 'dry-run': 'true' })
      await run()
      expect(cancel).not.toHaveBeenCalled()
      expect(results().map((r) => [r.target, r.outcome, r.status])).toEqual([
        ['live', 'would-cancel', 'ACTIVE'],
        ['done', 'not-cancellable', 'COMPLETED'],
        ['gone', 'not-found', '']
      ])
      expect(core.output('outcome')).toBe('not-found')
      expect(core.setFailed).toHaveBeenCalledTimes(1)
    })
  })

  describe('wait', () => {
    it('reports the final state after an accepted cancel', async () => {
      readImpl = async () => ({ ok: true, phase: 'cancelled', status: 'CANCELED', requestId: '' })
      setInputs({ ...GREENGRASS, wait: 'true' })
      await run()
      expect(cancel).toHaveBeenCalledTimes(1)
      expect(read).toHaveBeenCalledTimes(1)
      expect(core.output('outcome')).toBe('cancelled')
      expect(core.output('status')).toBe('CANCELED')
      expect(core.output('message')).toBe('Cancelled d-1: it is now CANCELED.')
    })
  })

  describe('timeout-seconds', () => {
    /** A provider that never answers, whatever the signal says. */
    const stalled = () => new Promise<Answer>(() => {})

    it.each(['false', 'true'])(
      'ends a stalled provider as failed, "timed out", at the deadline (wait: %s)',
      async (wait) => {
        cancelImpl = stalled
        setInputs({ ...GREENGRASS, 'timeout-seconds': '1', wait })
        const took = await runOnFakeClock()
        expect(took).toBeGreaterThanOrEqual(1_000)
        expect(took).toBeLessThanOrEqual(1_100)
        expect(core.output('outcome')).toBe('failed')
        expect(core.output('message')).toBe('d-1: timed out after 1 s (timeout-seconds).')
        expect(core.setFailed).toHaveBeenCalledWith('d-1: timed out after 1 s (timeout-seconds).')
        // The provider's own request is aborted too, so a real SDK call stops.
        expect(cancel.mock.calls[0]![1].aborted).toBe(true)
      }
    )

    it('counts from when each target takes its slot: a stalled target does not time out the next ones', async () => {
      cancelImpl = async (target) => (target.label === 'd-0' ? stalled() : cancelled(target))
      setInputs({
        ...GREENGRASS,
        'deployment-id': 'd-0,d-1,d-2',
        'max-concurrency': '1',
        'timeout-seconds': '1'
      })
      await runOnFakeClock()
      expect(results().map((r) => [r.target, r.outcome, r.message])).toEqual([
        ['d-0', 'failed', 'd-0: timed out after 1 s (timeout-seconds).'],
        ['d-1', 'cancelled', 'Cancelled Greengrass deployment d-1.'],
        ['d-2', 'cancelled', 'Cancelled Greengrass deployment d-2.']
      ])
      // Each target had its own signal: only the stalled one's was aborted.
      expect(cancel.mock.calls.map(([, signal]) => signal.aborted)).toEqual([true, false, false])
    })

    it('says when the provider was throttling the target that timed out', async () => {
      const { currentScope } = await import('../src/requests/scope.js')
      cancelImpl = () => {
        const scope = currentScope()!
        scope.throttles = 7
        return stalled()
      }
      setInputs({ ...GREENGRASS, 'timeout-seconds': '1' })
      await runOnFakeClock()
      expect(core.output('message')).toMatch(
        /^d-1: timed out after 1 s \(timeout-seconds\), throttled by the provider 7 time\(s\): .*shard/
      )
    })
  })

  describe('wait with several targets', () => {
    it('sends every cancel before the waits end: a waiting target holds no slot', async () => {
      // 4 targets, 2 slots, slow cancels, and targets that stay in flight for a while.
      const events: string[] = []
      cancelImpl = async (target) => {
        await new Promise((resolve) => setTimeout(resolve, 50))
        events.push(`cancel ${target.label}`)
        return cancelled(target)
      }
      const readsOf = new Map<string, number>()
      readImpl = async (target) => {
        const n = (readsOf.get(target.label) ?? 0) + 1
        readsOf.set(target.label, n)
        if (n < 2) return IN_FLIGHT
        events.push(`end ${target.label}`)
        return { ok: true, phase: 'cancelled', status: 'CANCELED', requestId: '' }
      }
      setInputs({
        ...GREENGRASS,
        'deployment-id': 'd-1,d-2,d-3,d-4',
        'max-concurrency': '2',
        wait: 'true',
        'timeout-seconds': '1'
      })
      await runOnFakeClock()
      expect(results().map((r) => r.outcome)).toEqual(Array(4).fill('cancelled'))
      // Every cancel went out before the first wait ended (the first poll is 500 ms after it).
      const firstEnd = events.findIndex((e) => e.startsWith('end'))
      expect(events.slice(0, firstEnd).filter((e) => e.startsWith('cancel'))).toHaveLength(4)
    })
  })

  describe('shard and results-file', () => {
    it.each([['false'], ['true']])(
      'a shard that holds no target ends not-cancellable, saying so in the outputs, summary and log (dry-run %s)',
      async (dryRun) => {
        setInputs({ ...GREENGRASS, 'deployment-id': 'd-1,d-2', shard: '3/4', 'dry-run': dryRun })
        await run()
        const said = 'Shard 3/4 holds none of the 2 targets: nothing to do.'
        expect(cancel).not.toHaveBeenCalled()
        expect(core.output('outcome')).toBe('not-cancellable')
        expect(core.output('message')).toBe(said)
        expect(core.summaryWrites.join('')).toContain(said)
        expect(core.warning.mock.calls.map(([m]) => String(m))).toContain(
          `not-cancellable: ${said}`
        )
        expect(core.setFailed).not.toHaveBeenCalled()
      }
    )

    it('cancels only its shard of the list', async () => {
      setInputs({ ...GREENGRASS, 'deployment-id': 'd-1,d-2,d-3,d-4,d-5', shard: '2/2' })
      await run()
      expect(cancel.mock.calls.map(([t]) => t.label)).toEqual(['d-2', 'd-4'])
    })

    it('writes every result to results-file under RUNNER_TEMP', async () => {
      const { mkdtempSync, readFileSync } = await import('node:fs')
      const { tmpdir } = await import('node:os')
      const { join } = await import('node:path')
      const saved = process.env.RUNNER_TEMP
      process.env.RUNNER_TEMP = mkdtempSync(join(tmpdir(), 'runner-temp-'))
      try {
        setInputs({ ...GREENGRASS, 'deployment-id': 'd-1,d-2' })
        await run()
        const file = core.output('results-file')!
        expect(file.startsWith(process.env.RUNNER_TEMP)).toBe(true)
        expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(results())
      } finally {
        if (saved === undefined) delete process.env.RUNNER_TEMP
        else process.env.RUNNER_TEMP = saved
      }
    })
  })

  describe('interrupts (the workflow is cancelled)', () => {
    const signalNames = ['SIGINT', 'SIGTERM'] as const

    /** Emits the signal only while run() listens for it, so jest itself never sees it alone. */
    function emitWhileListening(name: (typeof signalNames)[number], before: number): void {
      expect(process.listenerCount(name)).toBe(before + 1)
      process.emit(name, name)
    }

    it.each(signalNames)(
      '%s during a wait ends unsettled targets failed, "interrupted", keeping the others',
      async (name) => {
        const before = process.listenerCount(name)
        let emitted = false
        readImpl = async (target) => {
          if (target.label === 'done')
            return { ok: true, phase: 'cancelled', status: 'CANCELED', requestId: '' }
          if (!emitted) {
            emitted = true
            setTimeout(() => emitWhileListening(name, before), 20)
          }
          return IN_FLIGHT
        }
        setInputs({ ...GREENGRASS, 'deployment-id': 'done,waiting', wait: 'true' })
        // It ends at the interrupt (20 ms in), not at the next poll (500 ms in).
        expect(await runOnFakeClock()).toBeLessThan(500)
        expect(emitted).toBe(true)
        expect(results().map((r) => [r.target, r.outcome, r.message])).toEqual([
          ['done', 'cancelled', 'Cancelled done: it is now CANCELED.'],
          [
            'waiting',
            'failed',
            `waiting: interrupted by ${name}: the workflow was cancelled. The cancel had been accepted (ACTIVE at the last read), but the interrupt cut the wait short, so its end is not known: a dry-run step reads its state (if the job's timeout-minutes ended it, give a wait-timeout-seconds that fits within them).`
          ]
        ])
        expect(core.output('outcome')).toBe('failed')
        expect(core.setFailed).toHaveBeenCalledTimes(1)
        // The handlers are gone once the step has reported.
        expect(process.listenerCount(name)).toBe(before)
      }
    )

    it('says which targets were never attempted because the workflow was cancelled', async () => {
      const before = process.listenerCount('SIGTERM')
      cancelImpl = async (target) => {
        if (target.label === 'd-0') {
          setTimeout(() => emitWhileListening('SIGTERM', before), 20)
          return new Promise<Answer>(() => {})
        }
        return cancelled(target)
      }
      setInputs({ ...GREENGRASS, 'deployment-id': 'd-0,d-1,d-2', 'max-concurrency': '1' })
      await runOnFakeClock()
      expect(results().map((r) => [r.target, r.message])).toEqual([
        ['d-0', 'd-0: interrupted by SIGTERM: the workflow was cancelled.'],
        [
          'd-1',
          'd-1: not attempted, nothing was sent: interrupted by SIGTERM: the workflow was cancelled.'
        ],
        [
          'd-2',
          'd-2: not attempted, nothing was sent: interrupted by SIGTERM: the workflow was cancelled.'
        ]
      ])
      expect(cancel).toHaveBeenCalledTimes(1)
    })

    it('stops polling once interrupted', async () => {
      const before = process.listenerCount('SIGINT')
      readImpl = async () => {
        if (read.mock.calls.length === 1) setTimeout(() => emitWhileListening('SIGINT', before), 20)
        return IN_FLIGHT
      }
      setInputs({ ...GREENGRASS, wait: 'true' })
      // Polls come 0.5, 1.5 and 3.5 s after the cancel: none follows the interrupt.
      await runOnFakeClock(5_000)
      expect(read).toHaveBeenCalledTimes(1)
    })

    it.each(signalNames)(
      'removes its %s handler after every run, failed ones too',
      async (name) => {
        const before = process.listenerCount(name)
        setInputs({ provider: 'greengrass' })
        await run()
        expect(core.output('outcome')).toBe('failed')
        expect(process.listenerCount(name)).toBe(before)
        setInputs(GREENGRASS)
        await run()
        expect(process.listenerCount(name)).toBe(before)
      }
    )
  })
})
