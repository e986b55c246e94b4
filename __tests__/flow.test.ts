/**
 * src/settle/flow.ts: what happens to one target — a dry-run read, or a cancel, then
 * with `wait` reads until it leaves its in-flight state. A scripted provider
 * session and a virtual clock: a ten-minute wait takes milliseconds.
 */
import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import * as core from '../__fixtures__/core.js'
import { never, target } from '../__fixtures__/inputs.js'
import type { Answer } from '../src/util/outcome.js'
import { FakeClock, flush } from '../__fixtures__/pacer-sim.js'
import type { ProviderSession, ReadResult } from '../src/providers/types.js'
import { table } from '../__fixtures__/each.js'

jest.unstable_mockModule('@actions/core', () => core)

const { settleBatch } = await import('../src/settle/flow.js')
const { settleOne: settleTarget } = await import('../__fixtures__/settle.js')
const { StopReason } = await import('../src/requests/deadlines.js')

/** A signal that aborts `ms` from now on the virtual clock, as main's wait deadline does. */
function deadline(clock: FakeClock, ms: number): AbortSignal {
  const controller = new AbortController()
  void clock.sleep(ms).then(() => controller.abort(new StopReason('wait deadline', 'timeout')))
  return controller.signal
}

const deployment = target({ 'deployment-id': 'd-1' })

const ACCEPTED: Answer = {
  outcome: 'cancelled',
  message: 'Cancelled Greengrass deployment d-1.',
  status: '',
  requestId: 'req-cancel'
}
const state = (
  phase: 'in-flight' | 'cancelled' | 'finished' | 'failed',
  status: string,
  requestId = ''
): ReadResult => ({ ok: true, phase, status, requestId })
const unreadable = (outcome: Answer['outcome'], message: string): ReadResult => ({
  ok: false,
  answer: { outcome, message, status: '', requestId: 'req-read' }
})

/**
 * A provider session that answers the cancel with `cancelAnswer` and each read
 * with the next of `reads` (the last one repeats), noting when it was read.
 */
function scripted(clock: FakeClock, reads: ReadResult[], cancelAnswer: Answer = ACCEPTED) {
  const readTimes: number[] = []
  const session = {
    cancel: jest.fn<ProviderSession['cancel']>(async () => cancelAnswer),
    read: jest.fn<ProviderSession['read']>(async () => {
      readTimes.push(clock.now())
      return reads.length > 1 ? reads.shift()! : reads[0]!
    })
  }
  return { session, readTimes }
}

function options(
  clock: FakeClock,
  overrides: Partial<{ dryRun: boolean; wait: boolean; waitTimeoutSeconds: number }> = {}
) {
  const waitTimeoutSeconds = overrides.waitTimeoutSeconds ?? 600
  return {
    dryRun: false,
    wait: false,
    waitTimeoutSeconds,
    interrupt: never,
    waitSignal: jest.fn(() => ({
      signal: deadline(clock, waitTimeoutSeconds * 1000),
      dispose() {}
    })),
    clock,
    ...overrides
  }
}

function infos(): string[] {
  return core.info.mock.calls.map(([message]) => String(message))
}

describe('flow.ts', () => {
  let clock: FakeClock
  beforeEach(() => {
    core.resetCore()
    clock = new FakeClock()
  })

  describe('dry run', () => {
    const refused = {
      ...state('in-flight', 'IN_PROGRESS', 'req-get'),
      refusal: 'is IN_PROGRESS: set force.'
    }
    it.each(
      table([
        [
          'in flight, refused by the provider',
          refused as ReadResult,
          'not-cancellable',
          'is IN_PROGRESS: set force.'
        ],
        [
          'in flight',
          state('in-flight', 'ACTIVE', 'req-get'),
          'would-cancel',
          'is ACTIVE; a cancel would be sent.'
        ],
        [
          'finished',
          state('finished', 'COMPLETED', 'req-get'),
          'not-cancellable',
          'is COMPLETED; there is nothing to cancel.'
        ],
        [
          'cancelled',
          state('cancelled', 'CANCELED', 'req-get'),
          'not-cancellable',
          'is CANCELED; there is nothing to cancel.'
        ],
        [
          'failed',
          state('failed', 'FAILED', 'req-get'),
          'not-cancellable',
          'is FAILED; there is nothing to cancel.'
        ],
        [
          'finished, no status',
          state('finished', '', 'req-get'),
          'not-cancellable',
          'is finished; there is nothing to cancel.'
        ]
      ] as const)
    )('reports a target %s as %s, and sends no cancel', async (_, read, outcome, said) => {
      const { session } = scripted(clock, [read])
      const result = await clock.run(
        settleTarget(session, deployment, options(clock, { dryRun: true }))
      )
      expect(result).toEqual({
        outcome,
        message: `Dry run: d-1 ${said}`,
        status: read.ok ? read.status : '',
        requestId: 'req-get'
      })
      expect(session.cancel).not.toHaveBeenCalled()
      expect(session.read).toHaveBeenCalledTimes(1)
    })

    it.each(
      table([
        ['not-found', 'Greengrass deployment d-1 was not found in us-east-1.'],
        ['failed', 'Access denied calling greengrass:GetDeployment: grant it.']
      ] as const)
    )('passes a %s read through unchanged', async (outcome, message) => {
      const read = unreadable(outcome, message)
      const { session } = scripted(clock, [read])
      const result = await settleTarget(session, deployment, options(clock, { dryRun: true }))
      expect(result).toEqual({ outcome, message, status: '', requestId: 'req-read' })
      expect(session.cancel).not.toHaveBeenCalled()
    })

    it('reads with the request signal, once, and never waits', async () => {
      const interrupt = new AbortController().signal
      const { session } = scripted(clock, [state('in-flight', 'ACTIVE')])
      const opts = { ...options(clock, { dryRun: true, wait: true }), interrupt }
      await clock.run(settleTarget(session, deployment, opts))
      expect(session.read).toHaveBeenCalledTimes(1)
      expect(session.read.mock.calls[0]![1]).toBe(interrupt)
      expect(session.cancel).not.toHaveBeenCalled()
      expect(opts.waitSignal).not.toHaveBeenCalled()
      expect(clock.now()).toBe(0)
    })
  })

  describe('cancel without wait', () => {
    it('returns the cancel’s answer and reads nothing', async () => {
      const interrupt = new AbortController().signal
      const { session } = scripted(clock, [state('in-flight', 'ACTIVE')])
      const opts = { ...options(clock), interrupt }
      await expect(settleTarget(session, deployment, opts)).resolves.toEqual(ACCEPTED)
      expect(session.cancel).toHaveBeenCalledWith(deployment, interrupt)
      expect(session.read).not.toHaveBeenCalled()
      expect(opts.waitSignal).not.toHaveBeenCalled()
    })

    it.each([false, true])(
      'starts no call once the step is out of time or interrupted (dry run: %p)',
      async (dryRun) => {
        const stop = new AbortController()
        stop.abort(new StopReason('timed out after 5 s (timeout-seconds)', 'timeout'))
        const { session } = scripted(clock, [state('in-flight', 'ACTIVE')])
        const result = await settleTarget(session, deployment, {
          ...options(clock, { dryRun }),
          interrupt: stop.signal
        })
        expect(result).toMatchObject({
          outcome: 'failed',
          message: 'd-1: timed out after 5 s (timeout-seconds).'
        })
        expect(session.cancel).not.toHaveBeenCalled()
        expect(session.read).not.toHaveBeenCalled()
      }
    )
  })

  describe('wait', () => {
    it.each<Answer>([
      {
        outcome: 'not-cancellable',
        message: 'Already finished.',
        status: 'COMPLETED',
        requestId: 'r'
      },
      { outcome: 'not-found', message: 'No such deployment.', status: '', requestId: 'r' },
      { outcome: 'failed', message: 'Access denied.', status: '', requestId: 'r' }
    ])('does not wait when the cancel was not accepted ($outcome)', async (refused) => {
      const { session } = scripted(clock, [state('in-flight', 'ACTIVE')], refused)
      const opts = options(clock, { wait: true })
      await expect(clock.run(settleTarget(session, deployment, opts))).resolves.toEqual(refused)
      expect(session.read).not.toHaveBeenCalled()
      expect(opts.waitSignal).not.toHaveBeenCalled()
    })

    const gone = unreadable('not-found', 'Greengrass deployment d-1 was not found.')
    it.each(
      table([
        [
          'reads until the target is cancelled, and reports its final status',
          [
            state('in-flight', 'ACTIVE'),
            state('in-flight', 'ACTIVE'),
            state('cancelled', 'CANCELED', 'req-get')
          ],
          {
            outcome: 'cancelled',
            message: 'Cancelled d-1: it is now CANCELED.',
            status: 'CANCELED',
            requestId: 'req-get'
          }
        ],
        [
          'keeps the cancel’s request id when the read gives none',
          [state('cancelled', 'CANCELED')],
          {
            outcome: 'cancelled',
            message: 'Cancelled d-1: it is now CANCELED.',
            status: 'CANCELED',
            requestId: 'req-cancel'
          }
        ],
        [
          'reports not-cancellable when the target finished first',
          [state('in-flight', 'ACTIVE'), state('finished', 'COMPLETED')],
          {
            outcome: 'not-cancellable',
            message: 'The cancel of d-1 was accepted, but it ended COMPLETED first.',
            status: 'COMPLETED',
            requestId: 'req-cancel'
          }
        ],
        [
          'reports failed when the cancel itself failed (Proton FAILED)',
          [state('in-flight', 'CANCELLING'), state('failed', 'FAILED')],
          {
            outcome: 'failed',
            message: 'The cancel of d-1 did not complete: it is FAILED.',
            status: 'FAILED',
            requestId: 'req-cancel'
          }
        ],
        [
          'reports not-found when the target disappears',
          [state('in-flight', 'ACTIVE'), gone],
          {
            outcome: 'not-found',
            message: 'Greengrass deployment d-1 was not found.',
            status: '',
            requestId: 'req-read'
          }
        ],
        [
          'keeps waiting through reads that fail',
          [
            unreadable('failed', 'Throttled by AWS after 5 attempt(s).'),
            unreadable('failed', 'AWS answered with a server error.'),
            state('in-flight', 'ACTIVE'),
            state('cancelled', 'CANCELED')
          ],
          {
            outcome: 'cancelled',
            message: 'Cancelled d-1: it is now CANCELED.',
            status: 'CANCELED',
            requestId: 'req-cancel'
          }
        ]
      ] as const)
    )('%s', async (_, reads, expected) => {
      const { session } = scripted(clock, [...reads])
      const result = await clock.run(
        settleTarget(session, deployment, options(clock, { wait: true }))
      )
      expect(result).toEqual(expected)
      expect(session.read).toHaveBeenCalledTimes(reads.length)
    })

    it('fails at the wait deadline, naming the status it is still in', async () => {
      const { session } = scripted(clock, [state('in-flight', 'ACTIVE', 'req-get')])
      const result = await clock.run(
        settleTarget(session, deployment, options(clock, { wait: true, waitTimeoutSeconds: 60 }))
      )
      expect(result).toEqual({
        outcome: 'failed',
        message: 'd-1 is still ACTIVE after waiting 60 s.',
        status: 'ACTIVE',
        requestId: 'req-cancel'
      })
      expect(clock.now()).toBe(60_000)
    })

    it('says "in flight" at the deadline when no read ever succeeded, and why', async () => {
      const { session } = scripted(clock, [
        unreadable('failed', 'Throttled by AWS after 5 attempt(s).')
      ])
      const result = await clock.run(
        settleTarget(session, deployment, options(clock, { wait: true, waitTimeoutSeconds: 30 }))
      )
      expect(result).toMatchObject({
        outcome: 'failed',
        status: '',
        message:
          'd-1 is still in flight after waiting 30 s. The last read failed: Throttled by AWS after 5 attempt(s).'
      })
    })

    // One failed read early in a wait is not reported as "the last read" at the deadline.
    it('does not blame a read failure that later reads recovered from', async () => {
      const { session } = scripted(clock, [
        unreadable('failed', 'Throttled by AWS after 5 attempt(s).'),
        state('in-flight', 'ACTIVE')
      ])
      const result = await clock.run(
        settleTarget(session, deployment, options(clock, { wait: true, waitTimeoutSeconds: 60 }))
      )
      expect(result.message).toBe('d-1 is still ACTIVE after waiting 60 s.')
    })

    it('polls after 0.5 s, doubling up to every 10 s', async () => {
      const { session, readTimes } = scripted(clock, [state('in-flight', 'ACTIVE')])
      await clock.run(
        settleTarget(session, deployment, options(clock, { wait: true, waitTimeoutSeconds: 60 }))
      )
      expect(readTimes).toEqual([0, 500, 1500, 3500, 7500, 15_500, 25_500, 35_500, 45_500, 55_500])
    })

    it('reads with the wait’s own signal, made after the cancel was accepted', async () => {
      const { session } = scripted(clock, [state('cancelled', 'CANCELED')])
      const opts = options(clock, { wait: true })
      await clock.run(settleTarget(session, deployment, opts))
      expect(opts.waitSignal).toHaveBeenCalledTimes(1)
      const waitSignal = opts.waitSignal.mock.results[0]!.value
      expect(session.read.mock.calls[0]![1]).toBe((waitSignal as { signal: AbortSignal }).signal)
      expect(session.cancel.mock.invocationCallOrder[0]!).toBeLessThan(
        opts.waitSignal.mock.invocationCallOrder[0]!
      )
    })

    it('stops at once when the wait is interrupted', async () => {
      const interrupted = new AbortController()
      const { session } = scripted(clock, [state('in-flight', 'ACTIVE')])
      const opts = {
        ...options(clock, { wait: true }),
        waitSignal: () => ({ signal: interrupted.signal, dispose() {} })
      }
      const settling = settleTarget(session, deployment, opts)
      await flush()
      interrupted.abort(new StopReason('interrupted by SIGINT', 'interrupt'))
      await expect(settling).resolves.toMatchObject({ outcome: 'failed', status: 'ACTIVE' })
      expect(session.read).toHaveBeenCalledTimes(1)
      expect(clock.now()).toBe(0)
    })

    it('logs each change of state once, not every poll', async () => {
      const { session } = scripted(clock, [
        state('in-flight', 'ACTIVE'),
        state('in-flight', 'ACTIVE'),
        state('in-flight', 'ACTIVE'),
        unreadable('failed', 'Throttled.'),
        state('in-flight', 'CANCELLING'),
        state('in-flight', 'CANCELLING'),
        state('cancelled', 'CANCELED')
      ])
      await clock.run(settleTarget(session, deployment, options(clock, { wait: true })))
      expect(session.read).toHaveBeenCalledTimes(7)
      expect(infos()).toEqual(['d-1: ACTIVE', 'd-1: CANCELLING', 'd-1: CANCELED'])
    })

    it('does not log the status the cancel already reported', async () => {
      const { session } = scripted(
        clock,
        [state('in-flight', 'CANCELLING'), state('cancelled', 'CANCELLED')],
        { ...ACCEPTED, status: 'CANCELLING' }
      )
      await clock.run(settleTarget(session, deployment, options(clock, { wait: true })))
      expect(infos()).toEqual(['d-1: CANCELLED'])
    })
  })

  describe('settleBatch', () => {
    it('keeps max-concurrency requests in flight at most, cancels and wait reads alike, and waits hold no slot', async () => {
      let inFlight = 0
      let most = 0
      const events: string[] = []
      const busy = async <T>(ms: number, value: T): Promise<T> => {
        inFlight++
        most = Math.max(most, inFlight)
        await clock.sleep(ms)
        inFlight--
        return value
      }
      const reads = new Map<string, number>()
      const session = {
        cancel: jest.fn<ProviderSession['cancel']>(async (t) => {
          const answer = await busy(300, ACCEPTED)
          events.push(`cancel ${t.label}`)
          return answer
        }),
        read: jest.fn<ProviderSession['read']>(async (t) => {
          const n = (reads.get(t.label) ?? 0) + 1
          reads.set(t.label, n)
          const answer = await busy(
            100,
            n < 3 ? state('in-flight', 'ACTIVE') : state('cancelled', 'CANCELED')
          )
          if (n >= 3) events.push(`end ${t.label}`)
          return answer
        })
      }
      const targets = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => target({ 'deployment-id': id }))
      const results = await clock.run(
        settleBatch(session, targets, { ...options(clock, { wait: true }), concurrency: 2 })
      )
      expect(results.map((r) => [r.target, r.outcome])).toEqual(
        targets.map((t) => [t.label, 'cancelled'])
      )
      expect(most).toBe(2)
      // Slow cancels, 2 slots: every cancel is sent before the first wait ends.
      expect(events.slice(0, 6).every((e) => e.startsWith('cancel'))).toBe(true)
    })

    it('says which targets were not attempted once interrupted, and sends nothing for them', async () => {
      const controller = new AbortController()
      controller.abort(
        new StopReason('interrupted by SIGINT: the workflow was cancelled', 'interrupt')
      )
      const { session } = scripted(clock, [state('in-flight', 'ACTIVE')])
      const results = await settleBatch(session, [deployment], {
        ...options(clock),
        interrupt: controller.signal,
        concurrency: 1
      })
      expect(results[0]!.message).toBe(
        'd-1: not attempted, nothing was sent: interrupted by SIGINT: the workflow was cancelled.'
      )
      expect(session.cancel).not.toHaveBeenCalled()
    })
  })
})
