/**
 * Why the step stops early: the request deadline (timeout-seconds), the wait
 * deadline (wait-timeout-seconds), or the workflow being cancelled (the runner
 * sends SIGINT, then SIGTERM). Each is an AbortSignal whose reason says which.
 */
import { setMaxListeners } from 'node:events'

export class StopReason extends Error {
  constructor(
    message: string,
    readonly kind: 'timeout' | 'interrupt'
  ) {
    super(message)
    this.name = 'StopReason'
  }
}

/**
 * A step's shared signals (its deadline, the interrupt) are listened to by
 * every call in flight: at most max-concurrency (100) targets at once, each
 * with a few listeners (the bound, the SDK's request, the pacer). Node warns
 * past 10; this bound still catches a real leak.
 */
const SIGNAL_LISTENER_LIMIT = 1000

/** A signal that follows `parent`; `dispose` removes its listener there. */
function linkedSignal(parent?: AbortSignal): {
  controller: AbortController
  signal: AbortSignal
  dispose: () => void
} {
  const controller = new AbortController()
  setMaxListeners(SIGNAL_LISTENER_LIMIT, controller.signal)
  let dispose = () => {}
  if (parent) {
    if (parent.aborted) controller.abort(parent.reason)
    else {
      const follow = () => controller.abort(parent.reason)
      parent.addEventListener('abort', follow, { once: true })
      dispose = () => parent.removeEventListener('abort', follow)
      // Once aborted, for whatever reason, it no longer needs the parent.
      controller.signal.addEventListener('abort', dispose, { once: true })
    }
  }
  return { controller, signal: controller.signal, dispose }
}

/** Aborts with a StopReason after `ms`, or when `parent` aborts; the timer never keeps node alive. */
export function deadline(ms: number, message: string, parent?: AbortSignal): AbortSignal {
  return targetDeadline(ms, message, parent).signal
}

export interface Deadline {
  signal: AbortSignal
  /** Stops the timer and lets go of the parent: a step makes one per target and per wait. */
  dispose(): void
  /**
   * Stops the clock until the returned function is called: time the target spends waiting for
   * the step's shared send rate is the step pacing itself, not the provider stalling. Pauses nest.
   */
  pause?: () => () => void
}

/**
 * A deadline one can be done with before it fires: disposing of it clears its
 * timer and removes its listener from the parent (the step's interrupt), so
 * 100,000 targets or 10,000 waits leave none behind. It also lets go of the
 * parent by itself once it has aborted. Its clock can be paused (see Deadline.pause);
 * the parent (the interrupt) ends it at once, paused or not.
 */
export function targetDeadline(ms: number, message: string, parent?: AbortSignal): Deadline {
  const { controller, signal, dispose: unlink } = linkedSignal(parent)
  const nothing = () => {}
  if (signal.aborted) return { signal, dispose: unlink, pause: () => nothing }
  let remaining = ms
  let startedAt = Date.now()
  let pauses = 0
  let timer: NodeJS.Timeout | undefined
  const start = () => {
    startedAt = Date.now()
    timer = setTimeout(() => controller.abort(new StopReason(message, 'timeout')), remaining)
    timer.unref()
  }
  const stop = () => {
    clearTimeout(timer)
    timer = undefined
  }
  start()
  const dispose = () => {
    stop()
    unlink()
  }
  signal.addEventListener('abort', dispose, { once: true })
  const pause = () => {
    if (signal.aborted) return nothing
    if (pauses++ === 0) {
      stop()
      remaining = Math.max(0, remaining - (Date.now() - startedAt))
    }
    let resumed = false
    return () => {
      if (resumed) return
      resumed = true
      if (--pauses === 0 && !signal.aborted) start()
    }
  }
  return { signal, dispose, pause }
}

/** The step's times, from its inputs (timeout-seconds, wait-timeout-seconds). */
interface StepTimes {
  timeoutSeconds: number
  waitTimeoutSeconds: number
}

/** How often a wait reads the target: from the first interval, doubling up to the last. */
export const POLL_INTERVALS_MS = { first: 500, max: 10_000 } as const

/**
 * Every deadline a step makes, each with the words that say which input ran out: this is the
 * one place that turns the step's times into timers and messages.
 * - `requestDeadline`: a target's (or a list page's) own timeout-seconds, under the interrupt,
 *   paused while its requests wait for the shared send rate (the flow hands `pause` to the
 *   request scope; the pacer calls it).
 * - `waitSignal`: a wait's wait-timeout-seconds, under the interrupt.
 * - `stepSignal`: one bound for a request that belongs to no target (the GitHub deployment mark).
 */
export function stepDeadlines(times: StepTimes, interrupt: AbortSignal) {
  const timedOut = `timed out after ${times.timeoutSeconds} s (timeout-seconds)`
  return {
    requestDeadline: (parent: AbortSignal): Deadline =>
      targetDeadline(times.timeoutSeconds * 1000, timedOut, parent),
    waitSignal: (): Deadline =>
      targetDeadline(
        times.waitTimeoutSeconds * 1000,
        `still in flight after ${times.waitTimeoutSeconds} s (wait-timeout-seconds)`,
        interrupt
      ),
    stepSignal: (): AbortSignal => deadline(times.timeoutSeconds * 1000, timedOut, interrupt)
  }
}

/** Aborts when the runner cancels the workflow. Returns the signal and a function removing the handlers. */
export function interruptSignal(): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController()
  setMaxListeners(SIGNAL_LISTENER_LIMIT, controller.signal)
  const onSignal = (name: NodeJS.Signals) => () =>
    controller.abort(
      new StopReason(`interrupted by ${name}: the workflow was cancelled`, 'interrupt')
    )
  const handlers = (['SIGINT', 'SIGTERM'] as const).map((name) => [name, onSignal(name)] as const)
  for (const [name, handler] of handlers) process.on(name, handler)
  return {
    signal: controller.signal,
    dispose: () => {
      for (const [name, handler] of handlers) process.off(name, handler)
    }
  }
}

/** Resolves with `fn`'s answer, or with `onAbort(reason)` as soon as `signal` aborts, whichever is first. */
export async function untilAborted<T>(
  work: Promise<T>,
  signal: AbortSignal,
  onAbort: (reason: unknown) => T
): Promise<T> {
  if (signal.aborted) return onAbort(signal.reason)
  let remove = () => {}
  const aborted = new Promise<T>((resolve) => {
    const listener = () => resolve(onAbort(signal.reason))
    signal.addEventListener('abort', listener, { once: true })
    remove = () => signal.removeEventListener('abort', listener)
  })
  try {
    return await Promise.race([work, aborted])
  } finally {
    remove()
  }
}
