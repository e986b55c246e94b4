/**
 * A virtual clock and a simulated throttling provider, to drive the Pacer
 * through whole batches in milliseconds of real time, deterministically.
 */
import { Pacer, type Clock } from '../src/requests/pacer.js'

/** Lets every pending promise chain run; nothing here waits on real I/O. */
export const flush = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * Virtual time. sleep() resolves only when run() or advance() moves the clock
 * to its wake time; run() does so whenever nothing else can make progress.
 */
export class FakeClock implements Clock {
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

  get pendingTimers(): number {
    return this.timers.length
  }

  /** Fires the earliest timer; false when none is left. */
  private step(until = Infinity): boolean {
    if (this.timers.length === 0) return false
    let next = this.timers[0]!
    for (const timer of this.timers)
      if (timer.at < next.at || (timer.at === next.at && timer.seq < next.seq)) next = timer
    if (next.at > until) return false
    this.timers.splice(this.timers.indexOf(next), 1)
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

/** A seeded random source (mulberry32), so every simulated run can be replayed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** One stretch of a provider's limit: from `fromMs` on, `rate` per second with a bucket of `burst`. */
export interface LimitPhase {
  fromMs: number
  rate: number
  burst: number
}

/** A token-bucket provider whose limit follows a schedule, as AWS's and the emulator's do. */
export class SimulatedProviderBucket {
  private tokens: number
  private last = 0
  accepted = 0
  throttled = 0
  constructor(
    private readonly schedule: readonly LimitPhase[],
    private readonly clock: Clock,
    full = true
  ) {
    this.tokens = full ? schedule[0]!.burst : 0
  }
  private phase(at: number): LimitPhase {
    let current = this.schedule[0]!
    for (const p of this.schedule) if (p.fromMs <= at) current = p
    return current
  }
  take(): boolean {
    const now = this.clock.now()
    const { rate, burst } = this.phase(now)
    this.tokens = Math.min(burst, this.tokens + ((now - this.last) * rate) / 1000)
    this.last = now
    if (this.tokens >= 1) {
      this.tokens -= 1
      this.accepted++
      return true
    }
    this.throttled++
    return false
  }
  /** The shortest time in which a sender could get `count` requests accepted. */
  static idealMs(schedule: readonly LimitPhase[], count: number): number {
    let left = count
    for (let i = 0; i < schedule.length; i++) {
      const { fromMs, rate } = schedule[i]!
      const end = schedule[i + 1]?.fromMs ?? Infinity
      const fits = ((end - fromMs) * rate) / 1000
      if (left <= fits) return fromMs + (left * 1000) / rate
      left -= fits
    }
    return Infinity
  }
}

export interface SimulatedBatch {
  targets: number
  concurrency: number
  schedule: LimitPhase[]
  seed: number
  /** Each answer's round trip: from `latencyMs` to twice it, at random. */
  latencyMs?: number
  /** The provider's Retry-After hint on a throttle, in ms (the emulator always says 1 s). */
  hintMs?: number
  /** The bucket starts empty (another job drained it). */
  drained?: boolean
}

export interface SimulatedRun {
  ms: number
  idealMs: number
  requests: number
  throttled: number
  finalRate: number | undefined
}

/** A batch through the pacer, each request sent again after a throttle as the providers do. */
export async function simulateBatch(batch: SimulatedBatch): Promise<SimulatedRun> {
  const clock = new FakeClock(0)
  const pacer = new Pacer(clock)
  const random = seeded(batch.seed)
  const provider = new SimulatedProviderBucket(batch.schedule, clock, !batch.drained)
  const latency = batch.latencyMs ?? 20
  let next = 0
  async function worker(): Promise<void> {
    while (next < batch.targets) {
      next++
      let retry = false
      for (;;) {
        if (retry) await pacer.acquireRetry(batch.hintMs)
        else await pacer.acquire()
        const trip = latency * (1 + random())
        await clock.sleep(trip / 2)
        const accepted = provider.take()
        await clock.sleep(trip / 2)
        if (accepted) {
          pacer.onAccepted()
          break
        }
        pacer.onThrottle()
        retry = true
      }
    }
  }
  await clock.run(Promise.all(Array.from({ length: batch.concurrency }, worker)))
  return {
    ms: clock.now(),
    idealMs: SimulatedProviderBucket.idealMs(batch.schedule, batch.targets),
    requests: provider.accepted + provider.throttled,
    throttled: provider.throttled,
    finalRate: pacer.currentRate
  }
}
