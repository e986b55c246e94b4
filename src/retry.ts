/**
 * How every request of a step is retried, whatever the provider: server errors
 * and network failures back off exponentially with full jitter, at most
 * max-attempts attempts; a throttled request is not an attempt: it waits for
 * its hint, then goes first on the shared Pacer, until the target's deadline.
 * The AWS providers plug this in as the SDK's retry strategy (see aws.ts), the
 * Datadog provider as its client's fetch (see providers/datadog-fleet.ts).
 */
import { Pacer, realClock, type Clock } from './pacing.js'

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
