/**
 * How a list page or a reach read is sent: in a concurrency slot, at the step's shared send rate,
 * within its own deadline (timeout-seconds, paused while it waits for the rate) and the interrupt.
 */
import { inRequestScope, type RequestScope } from '../requests/scope.js'
import type { Deadline } from '../requests/deadlines.js'
import type { PageSender } from '../providers/types.js'
import type { Slots } from './batch.js'

interface PageOptions {
  slots: Slots
  interrupt: AbortSignal
  /** Each request's own deadline (timeout-seconds), under the interrupt. */
  requestDeadline: (parent: AbortSignal) => Deadline
}

export function pageSender({ slots, interrupt, requestDeadline }: PageOptions): PageSender {
  return (send) =>
    slots.use(async () => {
      if (interrupt.aborted) throw interrupt.reason as Error
      const deadline = requestDeadline(interrupt)
      const scope: RequestScope = {
        signal: deadline.signal,
        throttles: 0,
        // The pacer pauses the deadline while this request waits for the shared send rate.
        ...(deadline.pause ? { pauseDeadline: deadline.pause } : {})
      }
      try {
        return await inRequestScope(scope, () => boundedBy(scope.signal, send))
      } finally {
        deadline.dispose()
      }
    })
}

/** A request ends when its signal does (with the signal's reason), even if its client does not listen. */
function boundedBy<T>(signal: AbortSignal, send: (signal: AbortSignal) => Promise<T>): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error)
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error)
    signal.addEventListener('abort', onAbort, { once: true })
    send(signal).then(
      (value) => {
        signal.removeEventListener('abort', onAbort)
        resolve(value)
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort)
        reject(signal.aborted ? (signal.reason as Error) : (error as Error))
      }
    )
  })
}
