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
/** How the rate grows per step while nothing is throttled. */
const PROBE_FACTOR = 1.1
const PROBE_STEP_MS = 250
/** No probing this soon after a throttling answer; no second cut this soon after a cut. */
const QUIET_MS = 1000
const WINDOW_MS = 1000
const MIN_RATE = 1

export class Pacer {
  /** Requests per second; undefined until the provider first throttles. */
  private rate: number | undefined
  private nextSlot = 0
  private pausedUntil = 0
  private lastThrottle = -Infinity
  private lastCut = -Infinity
  private lastProbe = -Infinity
  /** Times of answers that were not throttling, newest last, trimmed to the window. */
  private accepted: number[] = []
  private head = 0
  throttled = 0

  constructor(private readonly clock: Clock = realClock) {}

  /** The current rate, for logs and tests. */
  get currentRate(): number | undefined {
    return this.rate
  }

  /** Waits for this request's turn. */
  async acquire(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const now = this.clock.now()
      let slot = Math.max(now, this.pausedUntil)
      if (this.rate !== undefined) {
        slot = Math.max(slot, this.nextSlot)
        this.nextSlot = slot + 1000 / this.rate
      }
      if (slot <= now) return
      await this.clock.sleep(slot - now, signal)
      // A pause that began while this request slept moves it behind the pause.
      if (this.clock.now() >= this.pausedUntil) return
    }
  }

  /** The provider answered without throttling (success or not): it spent one of its tokens. */
  onAccepted(): void {
    const now = this.clock.now()
    this.accepted.push(now)
    this.trim(now)
    if (
      this.rate !== undefined &&
      now - this.lastThrottle >= QUIET_MS &&
      now - this.lastProbe >= PROBE_STEP_MS
    ) {
      this.rate *= PROBE_FACTOR
      this.lastProbe = now
    }
  }

  /** The provider throttled; `retryAfterMs` is its hint, if it gave one. */
  onThrottle(retryAfterMs?: number): void {
    const now = this.clock.now()
    this.throttled++
    this.lastThrottle = now
    if (retryAfterMs !== undefined && retryAfterMs > 0) {
      this.pausedUntil = Math.max(this.pausedUntil, now + retryAfterMs)
    }
    if (now - this.lastCut < QUIET_MS && this.rate !== undefined) return
    this.trim(now)
    const measured = (this.accepted.length - this.head) * (1000 / WINDOW_MS)
    const cut = measured * HEADROOM
    // Never below half the rate in one cut: a window spent paused measures nothing.
    this.rate = Math.max(
      MIN_RATE,
      this.rate === undefined ? cut : Math.max(this.rate / 2, Math.min(this.rate * HEADROOM, cut))
    )
    this.lastCut = now
    this.nextSlot = Math.max(this.nextSlot, now + 1000 / this.rate)
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
