/**
 * What happens to one target: a dry-run read, or a cancel, then (with `wait`)
 * reads until it leaves its in-flight state. Nothing here knows a provider by
 * name: it speaks to a ProviderSession and maps phases onto outcomes.
 *
 * Every provider call is bounded by its signal here, so a target ends at its
 * deadline or at an interrupt with its own outcome, even if its provider does
 * not listen; and once a signal has fired, no further call is started.
 */
import type { Target } from './targets.js'
import { answer, type Answer } from './outcome.js'
import type { Clock } from './pacing.js'
import type { ProviderSession, ReadResult } from './providers/types.js'
import { errorMessage, shortId } from './errors.js'
import { log } from './log.js'
import { release, StopReason, untilAborted } from './stop.js'

export interface FlowOptions {
  dryRun: boolean
  wait: boolean
  waitTimeoutSeconds: number
  /** Aborts the cancel and dry-run reads (timeout-seconds, interrupts). */
  requestSignal: AbortSignal
  /** Makes the wait's own deadline; aborts on interrupts. */
  waitSignal: () => AbortSignal
  clock: Clock
}

export async function settleTarget(
  session: ProviderSession,
  target: Target,
  options: FlowOptions
): Promise<Answer> {
  const { requestSignal } = options
  if (requestSignal.aborted) return stoppedAnswer(target, requestSignal.reason)
  if (options.dryRun) return preview(session, target, requestSignal)
  const accepted = await boundedCancel(
    target,
    session.cancel(target, options.requestSignal),
    options.requestSignal
  )
  if (!options.wait || accepted.outcome !== 'cancelled') return accepted
  return waitForEnd(session, target, accepted, options)
}

/** Reads only: what a cancel would do now. */
async function preview(
  session: ProviderSession,
  target: Target,
  signal: AbortSignal
): Promise<Answer> {
  const state = await boundedRead(target, session.read(target, signal), signal)
  if (!state.ok) return state.answer
  const extra = { status: state.status, requestId: state.requestId }
  if (state.phase === 'in-flight' && state.refusal) {
    return answer('not-cancellable', `Dry run: ${shortId(target.label)} ${state.refusal}`, extra)
  }
  return state.phase === 'in-flight'
    ? answer(
        'would-cancel',
        `Dry run: ${shortId(target.label)} is ${state.status}; a cancel would be sent.`,
        extra
      )
    : answer(
        'not-cancellable',
        `Dry run: ${shortId(target.label)} is ${state.status || 'finished'}; there is nothing to cancel.`,
        extra
      )
}

/** The answer for a target its deadline or an interrupt stopped. */
export function stoppedAnswer(target: Target, reason: unknown): Answer {
  const why = reason instanceof StopReason ? reason.message : errorMessage(reason)
  return answer('failed', `${shortId(target.label)}: ${why}.`)
}

/**
 * Provider calls end when their signal does, even if the provider does not
 * listen: the step's deadlines hold whatever a provider or its SDK does.
 */
function boundedCancel(target: Target, work: Promise<Answer>, signal: AbortSignal) {
  return untilAborted(work, signal, (reason) => stoppedAnswer(target, reason))
}
function boundedRead(target: Target, work: Promise<ReadResult>, signal: AbortSignal) {
  return untilAborted(work, signal, (reason): ReadResult => ({
    ok: false,
    answer: stoppedAnswer(target, reason)
  }))
}

const FIRST_POLL_MS = 500
const MAX_POLL_MS = 10_000

/** Reads until the target leaves its in-flight state or the wait times out. */
async function waitForEnd(
  session: ProviderSession,
  target: Target,
  accepted: Answer,
  options: FlowOptions
): Promise<Answer> {
  const signal = options.waitSignal()
  try {
    return await pollUntilEnd(session, target, accepted, options, signal)
  } finally {
    // The wait's deadline listens on the interrupt: one per wait unless released.
    release(signal)
  }
}

async function pollUntilEnd(
  session: ProviderSession,
  target: Target,
  accepted: Answer,
  { waitTimeoutSeconds, clock }: FlowOptions,
  signal: AbortSignal
): Promise<Answer> {
  let status = accepted.status
  let lastProblem = ''
  let pause = FIRST_POLL_MS
  for (;;) {
    if (signal.aborted) break
    const state = await boundedRead(target, session.read(target, signal), signal)
    if (state.ok) {
      lastProblem = ''
      if (state.status !== status) log.info(`${shortId(target.label)}: ${state.status}`)
      status = state.status
      const extra = { status, requestId: state.requestId || accepted.requestId }
      if (state.phase === 'cancelled') {
        return answer(
          'cancelled',
          `Cancelled ${shortId(target.label)}: it is now ${status}.`,
          extra
        )
      }
      if (state.phase === 'finished') {
        return answer(
          'not-cancellable',
          `The cancel of ${shortId(target.label)} was accepted, but it ended ${status} first.`,
          extra
        )
      }
      if (state.phase === 'failed') {
        return answer(
          'failed',
          `The cancel of ${shortId(target.label)} did not complete: it is ${status}.`,
          extra
        )
      }
    } else if (state.answer.outcome === 'not-found') {
      return state.answer
    } else if (!signal.aborted) {
      // A read that failed after its own retries: keep waiting, say why if it lasts.
      lastProblem = ` The last read failed: ${state.answer.message}`
    }
    try {
      await clock.sleep(pause, signal)
    } catch {
      break
    }
    pause = Math.min(MAX_POLL_MS, pause * 2)
  }
  const reason: unknown = signal.reason
  if (reason instanceof StopReason && reason.kind === 'interrupt') {
    return { ...stoppedAnswer(target, reason), status, requestId: accepted.requestId }
  }
  return answer(
    'failed',
    `${shortId(target.label)} is still ${status || 'in flight'} after waiting ${waitTimeoutSeconds} s.${lastProblem}`,
    { status, requestId: accepted.requestId }
  )
}
