/**
 * Why the step stops early: the request deadline (timeout-seconds), the wait
 * deadline (wait-timeout-seconds), or the workflow being cancelled (the runner
 * sends SIGINT, then SIGTERM). Each is an AbortSignal whose reason says which.
 */

export class StopReason extends Error {
  constructor(
    message: string,
    readonly kind: 'timeout' | 'interrupt'
  ) {
    super(message)
    this.name = 'StopReason'
  }
}

/** Aborts with a StopReason after `ms`, or when `parent` aborts; the timer never keeps node alive. */
export function deadline(ms: number, message: string, parent?: AbortSignal): AbortSignal {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(new StopReason(message, 'timeout')), ms)
  timer.unref()
  if (parent) {
    if (parent.aborted) controller.abort(parent.reason)
    else parent.addEventListener('abort', () => controller.abort(parent.reason), { once: true })
  }
  controller.signal.addEventListener('abort', () => clearTimeout(timer), { once: true })
  return controller.signal
}

export interface Deadline {
  signal: AbortSignal
  /** Stops the timer and lets go of the parent: a step makes one per target. */
  dispose(): void
}

/**
 * Like deadline(), for one target among many: disposing of it removes its
 * listener from the step's interrupt signal, so 100,000 targets leave none behind.
 */
export function targetDeadline(ms: number, message: string, parent: AbortSignal): Deadline {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(new StopReason(message, 'timeout')), ms)
  timer.unref()
  const onParent = () => controller.abort(parent.reason)
  if (parent.aborted) onParent()
  else parent.addEventListener('abort', onParent, { once: true })
  return {
    signal: controller.signal,
    dispose() {
      clearTimeout(timer)
      parent.removeEventListener('abort', onParent)
    }
  }
}

/** Aborts when the runner cancels the workflow. Returns the signal and a function removing the handlers. */
export function interruptSignal(): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController()
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
