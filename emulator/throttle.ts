// Token-bucket rate limiting, refilled lazily from the emulator clock.

import { z } from 'zod'
import type { ProviderName } from './types.js'

export const ThrottleSchema = z
  .object({
    /** Sustained requests per second. */
    ratePerSecond: z.number().positive(),
    /** Bucket size (requests allowed back to back); defaults to max(1, ratePerSecond). */
    burst: z.number().positive().optional(),
    /** One bucket for all routes ('global', default) or one per provider. */
    scope: z.enum(['global', 'provider']).optional(),
    /**
     * Later limits, each from `afterMs` after the first request the throttle sees: a limit
     * that drops or rises during a run. The bucket keeps its tokens, capped at the new burst.
     */
    schedule: z
      .array(
        z
          .object({
            afterMs: z.number().nonnegative(),
            ratePerSecond: z.number().positive(),
            burst: z.number().positive().optional()
          })
          .strict()
      )
      .optional()
  })
  .strict()

export type ThrottleConfig = z.input<typeof ThrottleSchema>

export type ThrottleVerdict = { ok: true } | { ok: false; retryAfterSeconds: number }

interface Limit {
  afterMs: number
  rate: number
  burst: number
}

/** One scope's rate limit, as a provider enforces it: a token bucket whose rate and burst follow a schedule. */
class EmulatedRateLimitBucket {
  private tokens: number
  private last: number
  private readonly start: number

  constructor(
    private readonly limits: readonly Limit[],
    now: number
  ) {
    this.tokens = limits[0]!.burst
    this.last = now
    this.start = now
  }

  take(now: number): ThrottleVerdict {
    const elapsed = Math.max(0, now - this.last) / 1000
    let limit = this.limits[0]!
    for (const l of this.limits) if (l.afterMs <= now - this.start) limit = l
    this.rate = limit.rate
    this.burst = limit.burst
    this.tokens = Math.min(this.burst, this.tokens + elapsed * this.rate)
    this.last = now
    if (this.tokens >= 1) {
      this.tokens -= 1
      return { ok: true }
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - this.tokens) / this.rate)) }
  }

  private rate = 0
  private burst = 0
}

export class Throttle {
  private config: z.output<typeof ThrottleSchema> | undefined
  private readonly buckets = new Map<string, EmulatedRateLimitBucket>()

  configure(config: ThrottleConfig | null): void {
    this.config = config === null ? undefined : ThrottleSchema.parse(config)
    this.buckets.clear()
  }

  check(provider: ProviderName, now: number): ThrottleVerdict {
    const cfg = this.config
    if (!cfg) return { ok: true }
    const key = cfg.scope === 'provider' ? provider : 'global'
    let bucket = this.buckets.get(key)
    if (!bucket) {
      const limit = (afterMs: number, rate: number, burst?: number): Limit => ({
        afterMs,
        rate,
        burst: burst ?? Math.max(1, rate)
      })
      bucket = new EmulatedRateLimitBucket(
        [
          limit(0, cfg.ratePerSecond, cfg.burst),
          ...(cfg.schedule ?? []).map((l) => limit(l.afterMs, l.ratePerSecond, l.burst))
        ],
        now
      )
      this.buckets.set(key, bucket)
    }
    return bucket.take(now)
  }
}
