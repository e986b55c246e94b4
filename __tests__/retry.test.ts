/**
 * src/requests/policy.ts: how long a retry waits after a server error, and how a
 * provider's Retry-After / x-ratelimit-reset hint becomes a wait.
 */
import { describe, expect, it } from '@jest/globals'
import { backoffMs, hintMs, requestPolicy } from '../src/requests/policy.js'
import { Pacer, realClock, type Clock } from '../src/requests/pacer.js'

describe('request policy', () => {
  describe('backoffMs', () => {
    const caps = [200, 400, 800, 1600, 3200, 6400, 12_800, 20_000, 20_000, 20_000]

    it.each(caps.map((cap, retry) => [retry, cap]))(
      'retry %p waits from 0 to %p ms (full jitter)',
      (retry, cap) => {
        expect(backoffMs(retry, () => 0)).toBe(0)
        expect(backoffMs(retry, () => 0.5)).toBe(Math.round(cap / 2))
        expect(backoffMs(retry, () => 1 - Number.EPSILON)).toBe(cap)
      }
    )

    it('never waits more than 20 s, however many retries', () => {
      expect(backoffMs(60, () => 1 - Number.EPSILON)).toBe(20_000)
      expect(backoffMs(2000, () => 1 - Number.EPSILON)).toBe(20_000)
    })

    it('stays within 0..cap with Math.random, and spreads over the range', () => {
      for (const [retry, cap] of [
        [0, 200],
        [3, 1600],
        [9, 20_000]
      ] as const) {
        const waits = Array.from({ length: 2000 }, () => backoffMs(retry))
        for (const wait of waits) {
          expect(Number.isInteger(wait)).toBe(true)
          expect(wait).toBeGreaterThanOrEqual(0)
          expect(wait).toBeLessThanOrEqual(cap)
        }
        // Full jitter: the waits cover the range rather than bunch at the cap.
        expect(Math.min(...waits)).toBeLessThan(cap * 0.1)
        expect(Math.max(...waits)).toBeGreaterThan(cap * 0.9)
      }
    })
  })

  describe('hintMs', () => {
    const now = Date.UTC(2026, 0, 15, 12, 0, 0)

    it.each([
      ['0', 0],
      ['1', 1000],
      ['2.5', 2500],
      ['30', 30_000],
      ['60', 60_000]
    ])('reads %p seconds as %p ms', (header, ms) => {
      expect(hintMs(header, now)).toBe(ms)
    })

    it.each(['61', '3600', '1e9'])('caps %p seconds at 60 s', (header) => {
      expect(hintMs(header, now)).toBe(60_000)
    })

    it('reads an HTTP date as the time until then', () => {
      expect(hintMs(new Date(now + 5_000).toUTCString(), now)).toBe(5_000)
      expect(hintMs('Thu, 15 Jan 2026 12:00:07 GMT', now)).toBe(7_000)
    })

    it('caps an HTTP date far ahead at 60 s', () => {
      expect(hintMs(new Date(now + 3_600_000).toUTCString(), now)).toBe(60_000)
    })

    it('ignores an HTTP date already past', () => {
      expect(hintMs(new Date(now - 5_000).toUTCString(), now)).toBeUndefined()
    })

    it.each(['-1', '-0.5', 'soon', 'abc123', 'Infinity', 'NaN', '1 2'])(
      'ignores the garbage or negative %p',
      (header) => {
        expect(hintMs(header, now)).toBeUndefined()
      }
    )

    it.each([undefined, null, ''])('gives no hint for %p', (header) => {
      expect(hintMs(header, now)).toBeUndefined()
    })

    it('measures a date against the current time by default', () => {
      const ms = hintMs(new Date(Date.now() + 10_000).toUTCString())!
      expect(ms).toBeGreaterThan(8_000)
      expect(ms).toBeLessThanOrEqual(10_000)
    })
  })

  describe('requestPolicy', () => {
    it('gives one pacer on the real clock, and max-attempts', () => {
      const policy = requestPolicy(4)
      expect(policy.maxAttempts).toBe(4)
      expect(policy.pacer).toBeInstanceOf(Pacer)
      expect(policy.clock).toBe(realClock)
    })

    it('paces on the clock it is given', async () => {
      let now = 0
      const slept: number[] = []
      const clock: Clock = {
        now: () => now,
        sleep: async (ms) => {
          slept.push(ms)
          now += ms
        }
      }
      const { pacer } = requestPolicy(3, clock)
      for (let i = 0; i < 10; i++) pacer.onAccepted()
      pacer.onThrottle()
      await pacer.acquireRetry(4_000)
      expect(slept).toEqual([4_000])
    })
  })
})
