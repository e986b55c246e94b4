/**
 * One send rate shared by every request of a step. Until a provider throttles,
 * requests go out as fast as max-concurrency allows. At the first throttling
 * answer the pacer measures what the provider actually accepted over the last
 * second and sends just under that; it then probes upward while nothing is
 * throttled, and cuts back to the measured rate when something is. A
 * Retry-After or x-ratelimit-reset hint pauses every send until it has passed.
 *
 * Why not the SDK's adaptive retry mode: it paces each client alone, starts
 * from a cubic guess rather than a measurement, and its retry quota drains
 * during a large throttled batch, failing targets that a wait would have saved.
 */

export interface Clock {
  now(): number
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason as Error)
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort)
        resolve()
      }, ms)
      const onAbort = () => {
        clearTimeout(timer)
        reject(signal?.reason as Error)
      }
      signal?.addEventListener('abort', onAbort, { once: true })
    })
}

/** Share of the measured rate to send at: a little under, so the provider's bucket refills. */
const HEADROOM = 0.95
/** Growth per probe step while nothing is throttled: fast far below the best rate seen, gentle near it. */
const PROBE_FAST = 1.5
const PROBE_GENTLE = 1.1
const PROBE_STEP_MS = 250
/** No probing this soon after a throttling answer; no second cut this soon after a cut. */
const QUIET_MS = 1000
const WINDOW_MS = 1000
const MIN_RATE = 1
/** The shortest pause after a throttle that could not be measured yet. */
const MIN_PAUSE_MS = 250

interface Waiter {
  resolve(): void
  reject(reason: unknown): void
  signal?: AbortSignal
  onAbort?: () => void
}

export class Pacer {
  /** Requests per second; undefined until the provider first throttles. */
  private rate: number | undefined
  /** The highest rate the provider was measured to accept while throttling. */
  private best = 0
  private lastSend = -Infinity
  private firstSend = Infinity
  private pausedUntil = 0
  private lastThrottle = -Infinity
  private lastCut = -Infinity
  private lastProbe = -Infinity
  /** Times of answers that were not throttling, oldest first, trimmed to the window. */
  private accepted: number[] = []
  private head = 0
  /** Requests waiting for their turn, first come first served. */
  private queue: Waiter[] = []
  private wake: AbortController | undefined
  throttled = 0

  constructor(private readonly clock: Clock = realClock) {}

  /** The current rate, for logs and tests. */
  get currentRate(): number | undefined {
    return this.rate
  }

  /** Waits for this request's turn. */
  acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason)
    const now = this.clock.now()
    this.firstSend = Math.min(this.firstSend, now)
    if (this.queue.length === 0 && this.earliest() <= now) {
      this.lastSend = now
      return Promise.resolve()
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, signal }
      if (signal) {
        waiter.onAbort = () => {
          this.queue = this.queue.filter((w) => w !== waiter)
          reject(signal.reason)
        }
        signal.addEventListener('abort', waiter.onAbort, { once: true })
      }
      this.queue.push(waiter)
      this.pump()
    })
  }

  /** The provider answered without throttling (success or not): it spent one of its tokens. */
  onAccepted(): void {
    const now = this.clock.now()
    this.firstSend = Math.min(this.firstSend, now)
    this.accepted.push(now)
    this.trim(now)
    // Probe only while requests are queued: otherwise the rate is not what limits the step.
    if (
      this.rate !== undefined &&
      this.queue.length > 0 &&
      now - this.lastThrottle >= QUIET_MS &&
      now - this.lastProbe >= PROBE_STEP_MS
    ) {
      this.rate *= this.rate < this.best * 0.8 || this.best === 0 ? PROBE_FAST : PROBE_GENTLE
      this.lastProbe = now
      this.reschedule()
    }
  }

  /** The provider throttled; `retryAfterMs` is its hint, if it gave one. */
  onThrottle(retryAfterMs?: number): void {
    const now = this.clock.now()
    this.firstSend = Math.min(this.firstSend, now)
    this.throttled++
    this.lastThrottle = now
    if (retryAfterMs !== undefined && retryAfterMs > 0) {
      this.pausedUntil = Math.max(this.pausedUntil, now + retryAfterMs)
    }
    if (now - this.lastCut >= QUIET_MS || this.rate === undefined) this.cut(now)
    // The next request keeps its distance from this throttled one.
    this.lastSend = Math.max(this.lastSend, now)
    this.reschedule()
  }

  private cut(now: number): void {
    this.trim(now)
    const measured = (this.accepted.length - this.head) * (1000 / WINDOW_MS)
    this.lastCut = now
    if (this.rate === undefined) {
      // Less than a second of history measures the provider's burst or its empty
      // bucket, not its rate: wait until a whole second can be measured.
      if (measured < 2 || now - this.firstSend < WINDOW_MS) {
        this.pausedUntil = Math.max(
          this.pausedUntil,
          this.firstSend + WINDOW_MS,
          now + MIN_PAUSE_MS
        )
        this.lastCut = -Infinity
        return
      }
      this.best = this.pausedUntil > now - WINDOW_MS ? 0 : measured
      this.rate = Math.max(MIN_RATE, measured * HEADROOM)
      return
    }
    // A window that includes a pause undercounts: the provider's rate is not known yet,
    // so the probes after this cut may climb fast.
    const partial = this.pausedUntil > now - WINDOW_MS
    this.best = partial ? 0 : Math.max(this.best * 0.9, Math.min(measured, this.rate))
    // Never below half the rate in one cut: a window spent paused measures nothing.
    this.rate = Math.max(MIN_RATE, this.rate / 2, Math.min(this.rate, measured) * HEADROOM)
  }

  /** When the next request may go: after any pause, and 1/rate after the last one. */
  private earliest(): number {
    const spaced = this.rate === undefined ? -Infinity : this.lastSend + 1000 / this.rate
    return Math.max(this.pausedUntil, spaced)
  }

  /** Releases every waiter whose turn has come, then sleeps until the next one's. */
  private pump(): void {
    const now = this.clock.now()
    while (this.queue.length > 0) {
      const at = this.earliest()
      if (at > now) {
        this.sleepUntil(at - now)
        return
      }
      const waiter = this.queue.shift()!
      if (waiter.onAbort) waiter.signal?.removeEventListener('abort', waiter.onAbort)
      this.lastSend = now
      waiter.resolve()
    }
  }

  private sleepUntil(ms: number): void {
    if (this.wake) return
    const wake = new AbortController()
    this.wake = wake
    this.clock.sleep(ms, wake.signal).then(
      () => {
        this.wake = undefined
        this.pump()
      },
      () => {} // rescheduled: a newer sleep took over
    )
  }

  /** The rate or a pause changed: the sleeping pump's wake-up time is stale. */
  private reschedule(): void {
    this.wake?.abort()
    this.wake = undefined
    this.pump()
  }

  private trim(now: number): void {
    while (this.head < this.accepted.length && this.accepted[this.head]! < now - WINDOW_MS)
      this.head++
    if (this.head > 1024) {
      this.accepted = this.accepted.slice(this.head)
      this.head = 0
    }
  }
}
