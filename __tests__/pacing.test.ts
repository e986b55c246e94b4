/**
 * src/requests/pacer.ts: the one send rate a step shares. Everything runs on a virtual
 * clock, so a simulated minute-long batch takes milliseconds, and a seeded
 * provider, so every run replays exactly: a regression fails, it does not flake.
 */
import { describe, expect, it, jest } from '@jest/globals'
import { Pacer, realClock } from '../src/requests/pacer.js'
import { inRequestScope } from '../src/requests/scope.js'
import { FakeClock, simulateBatch, type LimitPhase } from '../__fixtures__/pacer-sim.js'

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

/** `count` answers the provider accepted, spread evenly over `ms`. */
async function accepted(pacer: Pacer, clock: FakeClock, count: number, ms: number) {
  for (let i = 0; i < count; i++) {
    await clock.advance(ms / count)
    pacer.onAccepted()
  }
}

describe('pacing.ts', () => {
  describe('realClock', () => {
    it("sleeps on node's timers, and rejects at once when aborted", async () => {
      jest.useFakeTimers()
      try {
        let woke = false
        const sleeping = realClock.sleep(30).then(() => (woke = true))
        await jest.advanceTimersByTimeAsync(29)
        expect(woke).toBe(false)
        await jest.advanceTimersByTimeAsync(1)
        await sleeping
        expect(woke).toBe(true)
      } finally {
        jest.useRealTimers()
      }
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

    it('does not take the initial burst for the rate: it is spread over at least a second', async () => {
      const clock = new FakeClock(0)
      const pacer = new Pacer(clock)
      // 50 answers within 40 ms: the provider's bucket, not 1,250 a second.
      await accepted(pacer, clock, 50, 40)
      pacer.onThrottle()
      expect(pacer.currentRate).toBeCloseTo(50 * 0.97, 6)
    })

    it('measures the provider between two throttling answers, whatever came before', async () => {
      const clock = new FakeClock(0)
      const pacer = new Pacer(clock)
      await accepted(pacer, clock, 200, 100) // a big burst
      pacer.onThrottle()
      // Then throttled again and again while 20 a second were accepted.
      for (let i = 0; i < 10; i++) {
        await accepted(pacer, clock, 2, 100)
        pacer.onThrottle()
      }
      expect(pacer.currentRate).toBeCloseTo(20 * 0.97, 0)
    })

    it('handles limits below 2 a second: one accepted, then throttled, is about one a second', async () => {
      const clock = new FakeClock(0)
      const pacer = new Pacer(clock)
      pacer.onAccepted()
      pacer.onThrottle()
      expect(pacer.currentRate).toBeCloseTo(0.97, 6)
      const times = await acquireTimes(pacer, clock, 3)
      const gap = 1000 / 0.97
      expect(times[1]! - times[0]!).toBeCloseTo(gap, 6)
      expect(times[2]! - times[1]!).toBeCloseTo(gap, 6)
    })

    it('throttled before anything was accepted, starts at one a second', async () => {
      const clock = new FakeClock(0)
      const pacer = new Pacer(clock)
      pacer.onThrottle()
      expect(pacer.currentRate).toBeCloseTo(0.97, 6)
    })

    it('sends a throttled request again ahead of the requests that have not been sent yet', async () => {
      const clock = new FakeClock(0)
      const pacer = new Pacer(clock)
      await accepted(pacer, clock, 10, 1000)
      pacer.onThrottle()
      await pacer.acquire() // the slot now is taken: the others queue
      const order: string[] = []
      const fresh = [1, 2, 3].map((n) => pacer.acquire().then(() => order.push(`new-${n}`)))
      const retry = pacer.acquireRetry().then(() => order.push('retry'))
      await clock.run(Promise.all([...fresh, retry]))
      expect(order[0]).toBe('retry')
    })

    it('holds only the throttled request for its Retry-After hint, and keeps the learned rate', async () => {
      const clock = new FakeClock(0)
      const pacer = new Pacer(clock)
      await accepted(pacer, clock, 10, 1000)
      pacer.onThrottle()
      const rate = pacer.currentRate
      let retried = -1
      const retry = pacer.acquireRetry(3_000).then(() => (retried = clock.now()))
      const others = await acquireTimes(pacer, clock, 5)
      await clock.run(retry)
      expect(Math.max(...others)).toBeLessThan(1000 + 3_000)
      expect(retried).toBeGreaterThanOrEqual(1000 + 3_000)
      expect(pacer.currentRate).toBe(rate)
    })

    it('leaves no waiter behind when a request is aborted, given its signal or through its scope', async () => {
      const clock = new FakeClock(0)
      const pacer = new Pacer(clock)
      pacer.onAccepted()
      pacer.onThrottle() // about one a second: later acquires wait
      await pacer.acquire()
      const direct = new AbortController()
      const scoped = new AbortController()
      const a = pacer.acquire(direct.signal)
      const b = inRequestScope({ signal: scoped.signal, throttles: 0 }, () => pacer.acquire())
      const c = inRequestScope({ signal: scoped.signal, throttles: 0 }, () =>
        pacer.acquireRetry(5_000)
      )
      expect(pacer.waiting).toBe(2)
      direct.abort(new Error('timed out'))
      scoped.abort(new Error('interrupted'))
      await expect(a).rejects.toThrow('timed out')
      await expect(b).rejects.toThrow('interrupted')
      await expect(c).rejects.toThrow('interrupted')
      expect(pacer.waiting).toBe(0)
      expect(clock.pendingTimers).toBeLessThanOrEqual(1) // the pump's own wake-up at most
    })

    it('counts the throttles of the request in scope, for its message', async () => {
      const clock = new FakeClock(0)
      const pacer = new Pacer(clock)
      const scope = { signal: new AbortController().signal, throttles: 0 }
      await inRequestScope(scope, async () => {
        pacer.onThrottle()
        pacer.onThrottle()
      })
      expect(scope.throttles).toBe(2)
      expect(pacer.throttled).toBe(2)
    })

    it('probes upward while requests wait and nothing is throttled', async () => {
      const clock = new FakeClock(0)
      const pacer = new Pacer(clock)
      await accepted(pacer, clock, 20, 1000)
      pacer.onThrottle()
      const rate = pacer.currentRate!
      const controller = new AbortController()
      for (let i = 0; i < 100; i++) pacer.acquire(controller.signal).catch(() => {})
      await accepted(pacer, clock, 40, 2000)
      expect(pacer.currentRate).toBeGreaterThan(rate * 1.05)
      controller.abort()
    })

    it('does not probe while no request waits for its turn', async () => {
      const clock = new FakeClock(0)
      const pacer = new Pacer(clock)
      await accepted(pacer, clock, 20, 1000)
      pacer.onThrottle()
      const rate = pacer.currentRate!
      await accepted(pacer, clock, 10, 5000)
      expect(pacer.currentRate).toBe(rate)
    })
  })

  describe('a batch against a throttling provider (simulation, seeded)', () => {
    const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8]
    const steady = (rate: number, burst = rate): LimitPhase[] => [{ fromMs: 0, rate, burst }]

    // [name, targets, in flight, limit over time, Retry-After ms, × ideal at most, requests per target at most]
    const cases: [string, number, number, LimitPhase[], number | undefined, number, number][] = [
      ['1,000 at 50/s, Retry-After 1 s', 1000, 10, steady(50), 1000, 1.05, 1.05],
      ['1,000 at 50/s, no hint', 1000, 10, steady(50), undefined, 1.05, 1.05],
      [
        '500 as 40/s drops to 10/s after 5 s, 25 in flight',
        500,
        25,
        [
          { fromMs: 0, rate: 40, burst: 40 },
          { fromMs: 5000, rate: 10, burst: 10 }
        ],
        1000,
        1.0,
        1.12
      ],
      [
        '800 as 10/s rises to 40/s after 5 s, 25 in flight',
        800,
        25,
        [
          { fromMs: 0, rate: 10, burst: 10 },
          { fromMs: 5000, rate: 40, burst: 40 }
        ],
        undefined,
        1.1,
        1.1
      ],
      ['20 at 1/s', 20, 10, steady(1), 1000, 1.05, 1.75],
      ['10 at one per 2 s', 10, 10, steady(0.5, 1), undefined, 1.15, 2.5],
      ['1,000 at 20/s with a burst of 200', 1000, 10, steady(20, 200), undefined, 0.9, 1.2],
      ['4,000 at 200/s, 100 in flight', 4000, 100, steady(200), undefined, 1.05, 1.05]
    ]

    it.each(cases)(
      '%s: within its time and requests, every seed',
      async (_name, targets, concurrency, schedule, hintMs, maxRatio, maxPerTarget) => {
        const misses: string[] = []
        for (const seed of SEEDS) {
          const run = await simulateBatch({ targets, concurrency, schedule, hintMs, seed })
          const ratio = run.ms / run.idealMs
          const perTarget = run.requests / targets
          if (ratio > maxRatio || perTarget > maxPerTarget)
            misses.push(
              `seed ${seed}: ${ratio.toFixed(3)}× ideal, ${perTarget.toFixed(3)} requests per target`
            )
        }
        expect(misses).toEqual([])
      },
      60_000
    )

    it('settles just under a steady limit', async () => {
      const run = await simulateBatch({
        targets: 1000,
        concurrency: 10,
        schedule: steady(50),
        seed: 9
      })
      expect(run.finalRate).toBeGreaterThan(45)
      expect(run.finalRate).toBeLessThan(55)
    })

    it('follows a limit that drops: at the end it sends at the new one', async () => {
      const run = await simulateBatch({
        targets: 500,
        concurrency: 25,
        schedule: [
          { fromMs: 0, rate: 40, burst: 40 },
          { fromMs: 5000, rate: 10, burst: 10 }
        ],
        seed: 3
      })
      expect(run.finalRate).toBeGreaterThan(8)
      expect(run.finalRate).toBeLessThan(12)
    })
  })
})
