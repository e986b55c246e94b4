/**
 * src/pacing.ts: the one send rate a step shares. Everything runs on a virtual
 * clock, so a simulated 20-second batch takes milliseconds.
 */
import { describe, expect, it } from '@jest/globals'
import type { RetryErrorInfo, RetryToken } from '@smithy/types'
import { Pacer, realClock, type Clock } from '../src/pacing.js'
import { PacedRetryStrategy } from '../src/aws.js'

/** Lets every pending promise chain run; nothing here waits on real I/O. */
const flush = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * Virtual time. sleep() resolves only when run() or advance() moves the clock
 * to its wake time; run() does so whenever nothing else can make progress.
 */
class FakeClock implements Clock {
  private t: number
  private seq = 0
  private timers: { at: number; seq: number; fire: () => void }[] = []
  readonly sleeps: number[] = []

  constructor(start = 0) {
    this.t = start
  }

  now = (): number => this.t

  sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      this.sleeps.push(ms)
      if (signal?.aborted) return reject(signal.reason as Error)
      const onAbort = () => {
        this.timers = this.timers.filter((timer) => timer !== entry)
        reject(signal?.reason as Error)
      }
      const entry = {
        at: this.t + Math.max(0, ms),
        seq: this.seq++,
        fire: () => {
          signal?.removeEventListener('abort', onAbort)
          resolve()
        }
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      this.timers.push(entry)
    })

  /** Fires the earliest timer; false when none is left. */
  private step(until = Infinity): boolean {
    if (this.timers.length === 0) return false
    const next = this.timers.reduce((a, b) =>
      b.at < a.at || (b.at === a.at && b.seq < a.seq) ? b : a
    )
    if (next.at > until) return false
    this.timers = this.timers.filter((timer) => timer !== next)
    this.t = Math.max(this.t, next.at)
    next.fire()
    return true
  }

  /** Moves time forward by `ms`, firing timers in order. */
  async advance(ms: number): Promise<void> {
    const until = this.t + ms
    await flush()
    while (this.step(until)) await flush()
    this.t = until
    await flush()
  }

  /** Settles `work`, moving time on whenever everything else waits for the clock. */
  async run<T>(work: Promise<T>): Promise<T> {
    let settled = false
    work.then(
      () => (settled = true),
      () => (settled = true)
    )
    await flush()
    while (!settled) {
      if (!this.step()) throw new Error('stuck: the work waits for something other than the clock')
      await flush()
    }
    return work
  }
}

/** When each of these acquires returned, on the virtual clock. */
async function acquireTimes(pacer: Pacer, clock: FakeClock, count: number): Promise<number[]> {
  const times: number[] = []
  await clock.run(
    Promise.all(
      Array.from({ length: count }, () => pacer.acquire().then(() => times.push(clock.now())))
    )
  )
  return times
}

describe('pacing.ts', () => {
  describe('realClock', () => {
    it('sleeps for real, and rejects at once when aborted', async () => {
      const started = Date.now()
      await realClock.sleep(30)
      expect(Date.now() - started).toBeGreaterThanOrEqual(25)
      const controller = new AbortController()
      const sleeping = realClock.sleep(60_000, controller.signal)
      controller.abort(new Error('stop'))
      await expect(sleeping).rejects.toThrow('stop')
      await expect(realClock.sleep(10, controller.signal)).rejects.toThrow('stop')
    })
  })

  describe('Pacer', () => {
    it('never waits while the provider has not throttled', async () => {
      const clock = new FakeClock(5_000)
      const pacer = new Pacer(clock)
      for (let i = 0; i < 50; i++) pacer.onAccepted()
      const times = await acquireTimes(pacer, clock, 200)
      expect(times).toEqual(Array(200).fill(5_000))
      expect(clock.sleeps).toEqual([])
      expect(pacer.currentRate).toBeUndefined()
    })

    it('after a throttle, sends at 95% of what was accepted over the last second', async () => {
      const clock = new FakeClock(0)
      const pacer = new Pacer(clock)
      // 30 answers long ago, which no longer count…
      for (let i = 0; i < 30; i++) pacer.onAccepted()
      await clock.advance(5_000)
      // …then 40 over the last second.
      for (let i = 0; i < 40; i++) {
        await clock.advance(25)
        pacer.onAccepted()
      }
      pacer.onThrottle()
      expect(pacer.throttled).toBe(1)
      expect(pacer.currentRate).toBeCloseTo(38, 6)
    })

    it('spaces requests 1/rate apart once it has a rate', async () => {
      const clock = new FakeClock(0)
      const pacer = new Pacer(clock)
      for (let i = 0; i < 20; i++) pacer.onAccepted()
      await clock.advance(1000) // a whole second of history
      pacer.onThrottle()
      expect(pacer.currentRate).toBeCloseTo(19, 6)
      const times = await acquireTimes(pacer, clock, 10)
      const gap = 1000 / 19
      times.forEach((time, i) => expect(time).toBeCloseTo(1000 + (i + 1) * gap, 6))
    })

    it('throttled before anything was accepted, pauses 1 s for the budget to refill, then measures', async () => {
      const clock = new FakeClock(0)
      const pacer = new Pacer(clock)
      pacer.onThrottle()
      expect(pacer.currentRate).toBeUndefined()
      const times = await acquireTimes(pacer, clock, 3)
      expect(times).toEqual([1000, 1000, 1000])
    })

    it('pauses every request until a Retry-After hint has passed, sleeping ones too', async () => {
      const clock = new FakeClock(0)
      const pacer = new Pacer(clock)
      for (let i = 0; i < 10; i++) pacer.onAccepted()
      await clock.advance(1000) // a whole second of history
      pacer.onThrottle()
      expect(pacer.currentRate).toBeCloseTo(9.5, 6)
      const times: number[] = []
      const acquires = Array.from({ length: 4 }, () =>
        pacer.acquire().then(() => times.push(clock.now()))
      )
      // The first request's slot is 105 ms away: at 50 ms the provider asks for 3 s.
      await clock.advance(50)
      expect(times).toEqual([])
      pacer.onThrottle(3_000)
      const late = pacer.acquire().then(() => times.push(clock.now()))
      await clock.run(Promise.all([...acquires, late]))
      expect(times).toHaveLength(5)
      for (const time of times) expect(time).toBeGreaterThanOrEqual(3_050)
      // Still spaced at the rate after the pause.
      const sorted = [...times].sort((a, b) => a - b)
      for (let i = 1; i < sorted.length; i++)
        expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(1000 / 9.5 - 1e-6)
    })

    it('waits out a hint longer than the rate’s own spacing', async () => {
      const clock = new FakeClock(0)
      const pacer = new Pacer(clock)
      for (let i = 0; i < 100; i++) pacer.onAccepted()
      await clock.advance(1000) // a whole second of history
      pacer.onThrottle(2_000)
      const times = await acquireTimes(pacer, clock, 3)
      expect(Math.min(...times)).toBeGreaterThanOrEqual(2_000)
    })

    it.each([0, -5_000, undefined])('ignores a hint of %p ms', async (hint) => {
      const clock = new FakeClock(0)
      const pacer = new Pacer(clock)
      for (let i = 0; i < 100; i++) pacer.onAccepted()
      await clock.advance(1000) // a whole second of history
      pacer.onThrottle(hint)
      const [first] = await acquireTimes(pacer, clock, 1)
      expect(first).toBeCloseTo(1000 + 1000 / 95, 6)
    })

    /** A request waiting its turn: probing only happens while the rate is what holds requests back. */
    const waiting = (pacer: Pacer) => {
      const controller = new AbortController()
      for (let i = 0; i < 500; i++) pacer.acquire(controller.signal).catch(() => {})
      return () => controller.abort()
    }

    it('probes upward ×1.1 per 250 ms near the measured rate, only after 1 s without throttling', async () => {
      const clock = new FakeClock(0)
      const pacer = new Pacer(clock)
      for (let i = 0; i < 20; i++) pacer.onAccepted()
      await clock.advance(1000) // a whole second of history
      pacer.onThrottle()
      const rate = pacer.currentRate!
      expect(rate).toBeCloseTo(19, 6)
      const stop = waiting(pacer)
      await clock.advance(999)
      pacer.onAccepted()
      expect(pacer.currentRate).toBe(rate)
      await clock.advance(1)
      pacer.onAccepted()
      expect(pacer.currentRate).toBeCloseTo(rate * 1.1, 6)
      await clock.advance(249)
      pacer.onAccepted()
      pacer.onAccepted()
      expect(pacer.currentRate).toBeCloseTo(rate * 1.1, 6)
      await clock.advance(1)
      pacer.onAccepted()
      expect(pacer.currentRate).toBeCloseTo(rate * 1.21, 6)
      stop()
    })

    it('does not probe while no request waits for its turn', async () => {
      const clock = new FakeClock(0)
      const pacer = new Pacer(clock)
      for (let i = 0; i < 20; i++) pacer.onAccepted()
      await clock.advance(1000) // a whole second of history
      pacer.onThrottle()
      const rate = pacer.currentRate!
      for (let i = 0; i < 10; i++) {
        await clock.advance(500)
        pacer.onAccepted()
      }
      expect(pacer.currentRate).toBe(rate)
    })

    it('probes ×1.5 while far below the best rate measured', async () => {
      const clock = new FakeClock(0)
      const pacer = new Pacer(clock)
      for (let i = 0; i < 100; i++) pacer.onAccepted()
      await clock.advance(1000) // a whole second of history
      pacer.onThrottle() // 95/s, best 100
      await clock.advance(1500)
      pacer.onThrottle() // nothing accepted for 1.5 s: halved to 47.5
      expect(pacer.currentRate).toBeCloseTo(47.5, 6)
      const stop = waiting(pacer)
      await clock.advance(1000)
      pacer.onAccepted()
      expect(pacer.currentRate).toBeCloseTo(47.5 * 1.5, 6)
      stop()
    })

    it('starts probing again only 1 s after the latest throttle', async () => {
      const clock = new FakeClock(0)
      const pacer = new Pacer(clock)
      for (let i = 0; i < 20; i++) pacer.onAccepted()
      await clock.advance(1000) // a whole second of history
      pacer.onThrottle()
      const rate = pacer.currentRate!
      const stop = waiting(pacer)
      await clock.advance(600)
      pacer.onThrottle() // within 1 s of the cut: no second cut…
      expect(pacer.currentRate).toBe(rate)
      await clock.advance(600)
      pacer.onAccepted() // …but it restarts the quiet second
      expect(pacer.currentRate).toBe(rate)
      await clock.advance(400)
      pacer.onAccepted()
      expect(pacer.currentRate).toBeCloseTo(rate * 1.1, 6)
      stop()
    })

    it('does not cut again for a second throttle within 1 s of a cut', async () => {
      const clock = new FakeClock(0)
      const pacer = new Pacer(clock)
      for (let i = 0; i < 40; i++) pacer.onAccepted()
      await clock.advance(1000) // a whole second of history
      pacer.onThrottle()
      expect(pacer.currentRate).toBeCloseTo(38, 6)
      for (let i = 0; i < 5; i++) {
        await clock.advance(199)
        pacer.onThrottle()
      }
      expect(pacer.throttled).toBe(6)
      expect(pacer.currentRate).toBeCloseTo(38, 6)
      // Over 1 s after the cut, a throttle cuts again: nothing was accepted since, so by half.
      await clock.advance(6)
      pacer.onThrottle()
      expect(pacer.currentRate).toBeCloseTo(19, 6)
    })

    it('cuts to 95% of the current rate at most, even when more was accepted', async () => {
      const clock = new FakeClock(0)
      const pacer = new Pacer(clock)
      for (let i = 0; i < 20; i++) pacer.onAccepted()
      await clock.advance(1000) // a whole second of history
      pacer.onThrottle()
      await clock.advance(1000)
      for (let i = 0; i < 100; i++) pacer.onAccepted()
      const before = pacer.currentRate!
      pacer.onThrottle()
      expect(pacer.currentRate).toBeCloseTo(before * 0.95, 6)
    })

    it('never more than halves the rate in one cut', async () => {
      const clock = new FakeClock(0)
      const pacer = new Pacer(clock)
      for (let i = 0; i < 100; i++) pacer.onAccepted()
      await clock.advance(1000) // a whole second of history
      pacer.onThrottle()
      expect(pacer.currentRate).toBeCloseTo(95, 6)
      // A second spent paused measures nothing: the cut stops at half.
      await clock.advance(1500)
      pacer.onThrottle()
      expect(pacer.currentRate).toBeCloseTo(47.5, 6)
      await clock.advance(1500)
      pacer.onThrottle()
      expect(pacer.currentRate).toBeCloseTo(23.75, 6)
    })
  })

  describe('a batch against a throttling provider (simulation)', () => {
    /** A provider that accepts `rate` requests per second, with a burst of one second's worth. */
    class TokenBucket {
      private tokens: number
      private last = 0
      accepted = 0
      throttled = 0
      constructor(
        private readonly rate: number,
        private readonly clock: Clock,
        full: boolean
      ) {
        this.tokens = full ? rate : 0
      }
      take(): boolean {
        const now = this.clock.now()
        this.tokens = Math.min(this.rate, this.tokens + ((now - this.last) * this.rate) / 1000)
        this.last = now
        if (this.tokens >= 1) {
          this.tokens -= 1
          this.accepted++
          return true
        }
        this.throttled++
        return false
      }
    }

    interface Run {
      seconds: number
      requests: number
      throttled: number
      failed: number
      finalRate: number | undefined
    }

    /** 1,000 targets, 10 at a time, each request 20 ms, retried through the AWS retry strategy. */
    async function simulate({
      full,
      rate = 50,
      targets = 1000,
      concurrency = 10
    }: {
      full: boolean
      rate?: number
      targets?: number
      concurrency?: number
    }): Promise<Run> {
      const clock = new FakeClock(0)
      const pacer = new Pacer(clock)
      const strategy = new PacedRetryStrategy({ maxAttempts: 5, pacer, clock })
      const provider = new TokenBucket(rate, clock, full)
      const latencyMs = 20
      let next = 0
      let failed = 0
      const throttling = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' })
      const info: RetryErrorInfo = {
        errorType: 'THROTTLING',
        error: throttling as RetryErrorInfo['error']
      }
      async function worker(): Promise<void> {
        while (next < targets) {
          next++
          let token: RetryToken = await strategy.acquireInitialRetryToken()
          for (;;) {
            await clock.sleep(latencyMs / 2)
            const accepted = provider.take()
            await clock.sleep(latencyMs / 2)
            if (accepted) {
              strategy.recordSuccess()
              break
            }
            try {
              token = await strategy.refreshRetryTokenForRetry(token, info)
            } catch {
              failed++
              break
            }
          }
        }
      }
      await clock.run(Promise.all(Array.from({ length: concurrency }, worker)))
      if (process.env.PACER_DEBUG)
        console.log({
          rate,
          targets,
          full,
          seconds: clock.now() / 1000,
          requests: provider.accepted + provider.throttled,
          failed
        })
      return {
        seconds: clock.now() / 1000,
        requests: provider.accepted + provider.throttled,
        throttled: provider.throttled,
        failed,
        finalRate: pacer.currentRate
      }
    }

    it('sends 1,000 cancels at 50/s in at most 1.10 × 20 s, with at most 1.10 requests per target', async () => {
      const run = await simulate({ full: true })
      expect(run.failed).toBe(0)
      expect(run.seconds).toBeLessThanOrEqual(1.1 * 20)
      expect(run.requests / 1000).toBeLessThanOrEqual(1.1)
      // It settles just under the provider's rate.
      expect(run.finalRate).toBeGreaterThan(40)
      expect(run.finalRate).toBeLessThan(60)
    })

    it('sends 1,000 cancels at 50/s in at most 1.10 × 20 s when the provider starts drained', async () => {
      const run = await simulate({ full: false })
      expect(run.failed).toBe(0)
      expect(run.seconds).toBeLessThanOrEqual(1.1 * 20)
      expect(run.requests / 1000).toBeLessThanOrEqual(1.1)
    })

    it('keeps every target within its attempts at 200/s with 100 in flight, starting drained', async () => {
      const run = await simulate({ full: false, rate: 200, targets: 4000, concurrency: 100 })
      expect(run.failed).toBe(0)
      expect(run.seconds).toBeLessThanOrEqual(1.1 * 20)
      expect(run.requests / 4000).toBeLessThanOrEqual(1.1)
    })
  })
})
