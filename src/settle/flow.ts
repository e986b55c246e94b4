/**
 * What happens to one target: a dry-run read, or a cancel, then (with `wait`)
 * reads until it leaves its in-flight state. Nothing here knows a provider by
 * name: it speaks to a ProviderSession and maps phases onto outcomes.
 *
 * Every provider call is bounded by its signal here, so a target ends at its
 * deadline or at an interrupt with its own outcome, even if its provider does
 * not listen; and once a signal has fired, no further call is started.
 *
 * A target's deadline (timeout-seconds) runs only while it has a slot and none of its requests
 * waits for the step's shared send rate (the pacer pauses it): it measures the provider, not the
 * step's own pacing. The wait a throttling answer asks for (Retry-After) counts, so a provider that
 * throttles without end still ends the target. A target that waits holds no slot between its
 * reads: the cancels of a batch go out first, then the accepted ones are waited for in parallel.
 */
import { quotedIdNote, type Target } from '../util/targets.js'
import { answer, type Answer } from '../util/outcome.js'
import type { Clock } from '../requests/pacer.js'
import { inRequestScope, type RequestScope } from '../requests/scope.js'
import type { Phase, ProviderSession, ReadResult } from '../providers/types.js'
import type { Outcome, TargetResult } from '../util/outcome.js'
import { errorMessage, shortId } from '../util/errors.js'
import { log } from '../util/log.js'
import { mapWithConcurrency, Slots } from './batch.js'
import { previewSentence } from './reach.js'
import {
  POLL_INTERVALS_MS,
  StopReason,
  untilAborted,
  type Deadline
} from '../requests/deadlines.js'

export interface FlowOptions {
  dryRun: boolean
  wait: boolean
  waitTimeoutSeconds: number
  /** The step's interrupt (the workflow was cancelled): no target starts after it. */
  interrupt: AbortSignal
  /** Makes a target's own deadline (timeout-seconds) under the interrupt, when it takes its slot. */
  requestDeadline?: (parent: AbortSignal) => Deadline
  /** Makes the wait's own deadline; aborts on interrupts. */
  waitSignal: () => Deadline
  clock: Clock
  /** Shared by every request of the step (max-concurrency); a target alone needs none. */
  slots?: Slots
}

/**
 * Every target of a step: `concurrency` are sent at a time, each accepted cancel
 * that is to be waited for is waited for alongside, and `onResult` hears of each
 * target as it ends. The results keep the targets' order.
 */
export async function settleBatch(
  session: ProviderSession,
  targets: readonly Target[],
  options: FlowOptions & { concurrency: number },
  onResult: (result: TargetResult) => void = () => {}
): Promise<TargetResult[]> {
  const slots = options.slots ?? new Slots(options.concurrency)
  const flow = { ...options, slots }
  const results = new Array<TargetResult>(targets.length)
  const record = (index: number, target: Target, settled: Answer) => {
    results[index] = resultOf(target, settled)
    onResult(results[index])
  }
  const guarded = (target: Target, work: Promise<Answer>) =>
    work.catch((error: unknown) =>
      answer('failed', `Unexpected error for ${shortId(target.label)}: ${errorMessage(error)}`)
    )
  const waits: Promise<void>[] = []
  await mapWithConcurrency(targets, options.concurrency, async (target, index) => {
    const sent = await guarded(target, sendTarget(session, target, flow))
    if (!flow.wait || flow.dryRun || sent.outcome !== 'cancelled')
      return record(index, target, sent)
    waits.push(
      guarded(target, waitForEnd(session, target, sent, flow)).then((end) =>
        record(index, target, end)
      )
    )
  })
  await Promise.all(waits)
  return results
}

/**
 * A target's result: its answer, its ids, and for a target in-flight-on found, where it was
 * found and what the list said a cancel of it does.
 */
export function resultOf(target: Target, settled: Answer): TargetResult {
  const where = target.foundOn ? ` Found in flight on ${target.foundOn}.` : ''
  const note = target.note ? ` ${target.note}` : ''
  const quoted = settled.outcome === 'not-found' ? quotedIdNote(target) : ''
  return {
    target: target.label,
    ...settled,
    message: `${settled.message}${quoted}${where}${note}`,
    ids: target.ids as Record<string, string>
  }
}

/** The cancel, or the dry-run read, in a slot and within the target's own deadline. */
async function sendTarget(
  session: ProviderSession,
  target: Target,
  options: FlowOptions
): Promise<Answer> {
  const { interrupt } = options
  const run = async (): Promise<Answer> => {
    if (interrupt.aborted) return notAttempted(target, interrupt.reason)
    const deadline = options.requestDeadline?.(interrupt)
    const scope: RequestScope = {
      signal: deadline?.signal ?? interrupt,
      throttles: 0,
      // Here the deadline learns to stand still: the pacer pauses it while a request of this
      // target waits for the step's shared send rate (requests/pacer.ts), and resumes it after.
      ...(deadline?.pause ? { pauseDeadline: deadline.pause } : {})
    }
    try {
      return await inRequestScope(scope, () =>
        options.dryRun
          ? preview(session, target, scope)
          : boundedCancel(target, session.cancel(target, scope.signal), scope)
      )
    } finally {
      deadline?.dispose()
    }
  }
  if (interrupt.aborted) return notAttempted(target, interrupt.reason)
  return options.slots ? options.slots.use(run) : run()
}

/** Reads only: what a cancel would do now. */
async function preview(
  session: ProviderSession,
  target: Target,
  scope: RequestScope
): Promise<Answer> {
  const state = await boundedRead(target, session.read(target, scope.signal), scope)
  if (!state.ok) return state.answer
  const extra = { status: state.status, requestId: state.requestId }
  if (state.refusal && (state.phase === 'in-flight' || state.phase === 'finished')) {
    return answer('not-cancellable', `Dry run: ${shortId(target.label)} ${state.refusal}`, extra)
  }
  return state.phase === 'in-flight'
    ? answer('would-cancel', previewSentence(target.label, state.status), extra)
    : answer(
        'not-cancellable',
        `Dry run: ${shortId(target.label)} is ${state.status || 'finished'}; there is nothing to cancel.`,
        extra
      )
}

/**
 * The answer for a target its deadline or an interrupt stopped; for a deadline,
 * whether the provider was throttling it (the request waited for the step's rate).
 */
function stoppedAnswer(target: Target, reason: unknown, scope?: RequestScope): Answer {
  const why = reason instanceof StopReason ? reason.message : errorMessage(reason)
  const throttled =
    scope?.throttles && reason instanceof StopReason && reason.kind === 'timeout'
      ? `, throttled by the provider ${scope.throttles} time(s): give more timeout-seconds, or lower the step's load with a smaller max-concurrency (the provider's rate limit is the account's, shared by every target of the step and by every job and shard, so splitting the list with shard does not help)`
      : ''
  return answer('failed', `${shortId(target.label)}: ${why}${throttled}.`)
}

/** A target the step was stopped before it took its turn (an interrupt says so). */
function notAttempted(target: Target, reason: unknown): Answer {
  if (!(reason instanceof StopReason) || reason.kind !== 'interrupt') {
    return stoppedAnswer(target, reason)
  }
  return answer(
    'failed',
    `${shortId(target.label)}: not attempted, nothing was sent: ${reason.message}.`
  )
}

/**
 * Provider calls end when their signal does, even if the provider does not
 * listen: the step's deadlines hold whatever a provider or its SDK does.
 */
function boundedCancel(target: Target, work: Promise<Answer>, scope: RequestScope) {
  return untilAborted(work, scope.signal, (reason) => stoppedAnswer(target, reason, scope))
}
function boundedRead(target: Target, work: Promise<ReadResult>, scope: RequestScope) {
  return untilAborted(work, scope.signal, (reason): ReadResult => ({
    ok: false,
    answer: stoppedAnswer(target, reason, scope)
  }))
}

/** How a wait ends on each phase a read reports that is not in flight: one row a phase. */
const WAIT_ENDS: Record<
  Exclude<Phase, 'in-flight'>,
  (label: string, status: string, state: { refusal?: string }) => [Outcome, string]
> = {
  cancelled: (label, status) => ['cancelled', `Cancelled ${label}: it is now ${status}.`],
  finished: (label, status, { refusal }) =>
    refusal
      ? ['not-cancellable', `${label} ${refusal}`]
      : ['not-cancellable', `The cancel of ${label} was accepted, but it ended ${status} first.`],
  failed: (label, status) => ['failed', `The cancel of ${label} did not complete: it is ${status}.`]
}

/** Reads until the target leaves its in-flight state or the wait times out. */
async function waitForEnd(
  session: ProviderSession,
  target: Target,
  accepted: Answer,
  { waitSignal, waitTimeoutSeconds, clock, slots }: FlowOptions
): Promise<Answer> {
  const deadline = waitSignal()
  try {
    return await pollUntilEnd(session, target, accepted, deadline.signal, {
      waitTimeoutSeconds,
      clock,
      slots
    })
  } finally {
    deadline.dispose()
  }
}

async function pollUntilEnd(
  session: ProviderSession,
  target: Target,
  accepted: Answer,
  signal: AbortSignal,
  { waitTimeoutSeconds, clock, slots }: Pick<FlowOptions, 'waitTimeoutSeconds' | 'clock' | 'slots'>
): Promise<Answer> {
  let status = accepted.status
  let lastProblem = ''
  let pause: number = POLL_INTERVALS_MS.first
  const scope: RequestScope = { signal, throttles: 0 }
  const read = () =>
    inRequestScope(scope, () => boundedRead(target, session.read(target, signal), scope))
  for (;;) {
    if (signal.aborted) break
    // Each read takes a slot of its own: between reads the target holds none.
    const state = slots ? await slots.use(read) : await read()
    if (signal.aborted && !state.ok) break
    if (state.ok) {
      lastProblem = ''
      if (state.status !== status) log.info(`${shortId(target.label)}: ${state.status}`)
      status = state.status
      if (state.phase !== 'in-flight') {
        const [outcome, message] = WAIT_ENDS[state.phase](shortId(target.label), status, state)
        return answer(outcome, message, {
          status,
          requestId: state.requestId || accepted.requestId
        })
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
    pause = Math.min(POLL_INTERVALS_MS.max, pause * 2)
  }
  const reason: unknown = signal.reason
  const seen = status ? ` (${status} at the last read)` : ''
  if (reason instanceof StopReason && reason.kind === 'interrupt') {
    const stopped = stoppedAnswer(target, reason)
    return {
      ...stopped,
      message: `${stopped.message} The cancel had been accepted${seen}, but the interrupt cut the wait short, so its end is not known: a dry-run step reads its state (if the job's timeout-minutes ended it, give a wait-timeout-seconds that fits within them).`,
      status,
      requestId: accepted.requestId
    }
  }
  return answer(
    'failed',
    `${shortId(target.label)} is still ${status || 'in flight'} after waiting ${waitTimeoutSeconds} s.${lastProblem} The cancel was accepted${seen}, but it had not ended: give more wait-timeout-seconds to wait for its end.`,
    { status, requestId: accepted.requestId }
  )
}
