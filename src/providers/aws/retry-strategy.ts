/**
 * The AWS SDK's retry middleware, driven by the step's request policy
 * (policy.ts): the SDK still classifies each error (throttling, transient,
 * server, client) and reads Retry-After; whether and when to send again is
 * the policy's, and the waiting happens on the pacer shared by the whole step.
 * The SDK's middleware is given no signal of ours: the flow's request scope
 * carries the target's, so a throttled request waits at most until its deadline.
 */
import type { RetryErrorInfo, RetryStrategyV2, RetryToken } from '@smithy/types'
import { firstTry, nextTry, type RequestPolicy, type TryResult } from '../../requests/policy.js'

/** `failures` counts the retries max-attempts bounds: server errors and network failures. */
interface PacedToken extends RetryToken {
  readonly failures: number
}
const token = (failures: number): PacedToken => ({
  failures,
  // The SDK reports this + 1 as the request's attempts: throttled tries are not among them.
  getRetryCount: () => failures,
  getRetryDelay: () => 0
})

/**
 * Quotas the SDK files under throttling: a count of things that is full, not a rate. Sending again
 * changes nothing until something else ends, so they are final (AWS's own answer, with its limit).
 */
export const QUOTA_ERRORS: ReadonlySet<string> = new Set([
  'LimitExceededException',
  'ServiceQuotaExceededException'
])

function tryResult(info: RetryErrorInfo, now: number): TryResult {
  const name = (info.error as { name?: string } | undefined)?.name ?? ''
  if (QUOTA_ERRORS.has(name)) return { kind: 'final', answered: true }
  if (info.errorType === 'THROTTLING') {
    return {
      kind: 'throttled',
      hintMs: info.retryAfterHint ? info.retryAfterHint.getTime() - now : undefined
    }
  }
  const answered = Boolean((info.error as { $response?: unknown } | undefined)?.$response)
  return info.errorType === 'CLIENT_ERROR'
    ? { kind: 'final', answered }
    : { kind: 'retryable', answered }
}

export class PacedRetryStrategy implements RetryStrategyV2 {
  readonly mode = 'paced'
  constructor(private readonly policy: RequestPolicy) {}

  async acquireInitialRetryToken(): Promise<RetryToken> {
    await firstTry(this.policy)
    return token(0)
  }

  async refreshRetryTokenForRetry(previous: RetryToken, info: RetryErrorInfo): Promise<RetryToken> {
    const failures = (previous as Partial<PacedToken>).failures ?? previous.getRetryCount()
    const next = await nextTry(this.policy, failures, tryResult(info, this.policy.clock.now()))
    // The middleware rethrows the request's own error, with its attempt count.
    if (next === undefined) throw info.error ?? new Error('not retried')
    return token(next)
  }

  recordSuccess(): void {
    this.policy.pacer.onAccepted()
  }
}
