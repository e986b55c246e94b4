/**
 * How every request of a step is sent, whatever the provider, decided here
 * once: each try waits its turn on the step's shared Pacer; server errors and
 * network failures back off exponentially with full jitter, at most
 * max-attempts tries; a throttled try is not an attempt: it waits for the
 * provider's hint (Retry-After, x-ratelimit-reset), then goes first on the
 * pacer, until the target's deadline ends it.
 *
 * Each SDK is adapted to this in its own file: the AWS SDK's retry strategy
 * (aws-retry-strategy.ts) and the Datadog client's HTTP library (datadog-http.ts).
 */
import { Pacer, realClock, type Clock } from './pacer.js'
import { currentScope } from './scope.js'

export interface RequestPolicy {
  maxAttempts: number
  pacer: Pacer
  clock: Clock
}

export function requestPolicy(maxAttempts: number, clock: Clock = realClock): RequestPolicy {
  return { maxAttempts, pacer: new Pacer(clock), clock }
}

const BACKOFF_BASE_MS = 200
const BACKOFF_MAX_MS = 20_000

/** The wait before retry number `retry` (0-based) after a server error or a network failure. */
export function backoffMs(retry: number, random: () => number = Math.random): number {
  return Math.round(random() * Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** retry))
}

/**
 * A wait the provider asked for: Retry-After (seconds or an HTTP date) or
 * Datadog's x-ratelimit-reset (seconds). Capped so a bad header cannot stall the step.
 */
export function hintMs(
  header: string | null | undefined,
  now: number = Date.now()
): number | undefined {
  if (!header) return undefined
  const seconds = Number(header)
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now
  if (!Number.isFinite(ms) || ms < 0) return undefined
  return Math.min(ms, 60_000)
}

/** What one try came to, as far as sending it again is concerned. */
export type TryResult =
  /** The provider did nothing with it: sent again, first in the queue, not counted. */
  | { kind: 'throttled'; hintMs?: number }
  /** A server error (`answered`) or a network failure: sent again while max-attempts allows. */
  | { kind: 'retryable'; answered: boolean }
  /** An answer that stands (a success or a refusal), or a failure no retry mends. */
  | { kind: 'final'; answered: boolean }

/** The first try's turn on the shared pacer. Without a signal, the request scope's ends the wait. */
export function firstTry({ pacer }: RequestPolicy, signal?: AbortSignal): Promise<void> {
  return signal ? pacer.acquire(signal) : pacer.acquire()
}

/**
 * After a try: tells the pacer what the provider did, and, when the request is
 * to be sent again, waits for that try's turn. `failures` counts the tries so
 * far that max-attempts bounds, this one not included. Resolves with the count
 * for the next try, or with undefined when this try's result is the request's.
 */
export async function nextTry(
  { pacer, clock, maxAttempts }: RequestPolicy,
  failures: number,
  result: TryResult,
  signal?: AbortSignal
): Promise<number | undefined> {
  if (result.kind === 'throttled') {
    pacer.onThrottle()
    await (signal ? pacer.acquireRetry(result.hintMs, signal) : pacer.acquireRetry(result.hintMs))
    return failures
  }
  // An answer spent one of the provider's tokens; a network failure never reached it.
  if (result.answered) pacer.onAccepted()
  if (result.kind === 'final') return undefined
  const until = signal ?? currentScope()?.signal
  if (until?.aborted || failures + 1 >= maxAttempts) return undefined
  await clock.sleep(backoffMs(failures), until)
  await pacer.acquire(until)
  return failures + 1
}
