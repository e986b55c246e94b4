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
    scope: z.enum(['global', 'provider']).optional()
  })
  .strict()

export type ThrottleConfig = z.input<typeof ThrottleSchema>

export type ThrottleVerdict = { ok: true } | { ok: false; retryAfterSeconds: number }

class TokenBucket {
  private tokens: number
  private last: number

  constructor(
    private readonly rate: number,
    private readonly burst: number,
    now: number
  ) {
    this.tokens = burst
    this.last = now
  }

  take(now: number): ThrottleVerdict {
    const elapsed = Math.max(0, now - this.last) / 1000
    this.tokens = Math.min(this.burst, this.tokens + elapsed * this.rate)
    this.last = now
    if (this.tokens >= 1) {
      this.tokens -= 1
      return { ok: true }
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - this.tokens) / this.rate)) }
  }
}

export class Throttle {
  private config: z.output<typeof ThrottleSchema> | undefined
  private readonly buckets = new Map<string, TokenBucket>()

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
      bucket = new TokenBucket(cfg.ratePerSecond, cfg.burst ?? Math.max(1, cfg.ratePerSecond), now)
      this.buckets.set(key, bucket)
    }
    return bucket.take(now)
  }
}
