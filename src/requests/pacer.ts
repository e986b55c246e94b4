/**
 * One send rate shared by every request of a step. Until a provider throttles,
 * requests go out as fast as max-concurrency allows. After that the pacer
 * sends just under the rate it measured, and probes upward while nothing is
 * throttled, so it follows a limit that falls or rises during the step.
 *
 * The measurement: a throttling answer proves the provider's bucket was empty
 * at that moment, so the answers it accepted between two throttles, divided
 * by the time between them, are its refill rate, whatever its burst, to within
 * one request. The first throttle has no earlier one: what was accepted until
 * then (the provider's burst, mostly) is spread over at least a second, a
 * first guess that the next window corrects.
 *
 * Why not the SDK's adaptive retry mode: it paces each client alone, starts
 * from a cubic guess rather than a measurement, and its retry quota drains
 * during a large throttled batch, failing targets that a wait would have saved.
 */
import { currentScope } from './scope.js'

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

/** Share of the measured rate to send at: a little under, so requests rarely meet an empty bucket. */
const HEADROOM = 0.97
/** The slowest pace: one request every 20 s. */
const MIN_RATE = 0.05
/** The first guess when the provider throttled before accepting anything (e.g. another job drained it). */
const START_RATE = 1
/** The first throttle spreads what was accepted until then over at least this long. */
const FIRST_SPREAD_MS = 1000
/**
 * A measurement spans at least this long, and this many answers at the current rate; an
 * older throttle no longer says anything about the provider's rate now.
 */
const MIN_WINDOW_MS = 500
const WINDOW_ANSWERS = 8
const MAX_WINDOW_MS = 15_000
/** A window with more throttles than this after its first kept the bucket empty throughout. */
const DENSE_THROTTLES = 2
/**
 * No probing this soon after a throttling answer (nor sooner than this many answers at the
 * rate); each probe that finds the same limit again doubles the wait, up to the longest.
 */
const QUIET_MS = 1000
const QUIET_LONGEST_MS = 2000
const QUIET_ANSWERS = 4
/**
 * While nothing is throttled, the rate grows every step (or every two answers at the rate),
 * by a share that doubles each step; from a first guess it starts big, as it may be far off.
 */
const PROBE_STEP_MS = 250
const PROBE_STEP_ANSWERS = 2
const PROBE_FIRST = 0.02
const PROBE_GUESSED = 0.5
const PROBE_MAX = 1
/** Once measured, gentler: an overshoot throttles many requests at once, each then waiting out its hint. */
const PROBE_MAX_MEASURED = 0.25

interface Waiter {
  resolve(): void
  reject(reason: unknown): void
  signal?: AbortSignal
  onAbort?: () => void
}

interface ThrottleMark {
  at: number
  /** Answers accepted before this throttle. */
  accepted: number
}

export class Pacer {
  /** Requests per second; undefined until the provider first throttles. */
  private rate: number | undefined
  /** The provider's rate as last measured (or first guessed). */
  private measured: number | undefined
  /** `measured` is the first throttle's guess, not yet a measurement. */
  private guessed = false
  private lastSend = -Infinity
  private previousSend = -Infinity
  private firstSend = Infinity
  private lastThrottle = -Infinity
  private lastProbe = -Infinity
  private probeShare = PROBE_FIRST
  private quietMs = QUIET_MS
  /** The rate before the latest probe step: the provider took it without throttling. */
  private beforeProbe: number | undefined
  private accepted = 0
  private marks: ThrottleMark[] = []
  /** Requests waiting for their turn; retries of throttled ones go first. */
  private queue: Waiter[] = []
  private wake: AbortController | undefined
  throttled = 0

  constructor(private readonly clock: Clock = realClock) {}

  /** The current rate, for logs and tests. */
  get currentRate(): number | undefined {
    return this.rate
  }

  /** Requests waiting for their turn now. */
  get waiting(): number {
    return this.queue.length
  }

  /**
   * Waits for this request's turn. A request retried after a throttling answer
   * (`retry`) goes to the front: the provider did nothing with it, and it has waited already.
   * Without a signal, the current request scope's is used; an aborted wait leaves no waiter.
   */
  acquire(signal: AbortSignal | undefined = currentScope()?.signal, retry = false): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason)
    const now = this.clock.now()
    this.firstSend = Math.min(this.firstSend, now)
    if (this.queue.length === 0 && this.earliest() <= now) {
      this.sent(now)
      return Promise.resolve()
    }
    // Waiting for the shared rate is the step pacing itself: the target's deadline stands still.
    const resume = currentScope()?.pauseDeadline?.()
    const turn = new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, signal }
      if (signal) {
        waiter.onAbort = () => {
          const index = this.queue.indexOf(waiter)
          if (index >= 0) this.queue.splice(index, 1)
          reject(signal.reason)
        }
        signal.addEventListener('abort', waiter.onAbort, { once: true })
      }
      if (retry) this.queue.unshift(waiter)
      else this.queue.push(waiter)
      this.pump()
    })
    return resume ? turn.finally(resume) : turn
  }

  /**
   * The turn of a request the provider throttled: not before its hint (Retry-After,
   * x-ratelimit-reset) has passed, then ahead of every request not yet sent.
   */
  async acquireRetry(hintMs?: number, signal = currentScope()?.signal): Promise<void> {
    if (hintMs !== undefined && hintMs > 0) await this.clock.sleep(hintMs, signal)
    await this.acquire(signal, true)
  }

  /** The provider answered without throttling (success or not): it spent one of its tokens. */
  onAccepted(): void {
    const now = this.clock.now()
    this.firstSend = Math.min(this.firstSend, now)
    this.accepted++
    // Probe only while requests are queued: otherwise the rate is not what limits the step.
    const rate = this.rate
    if (
      rate !== undefined &&
      this.queue.length > 0 &&
      now - this.lastThrottle >= Math.max(this.quietMs, (QUIET_ANSWERS * 1000) / rate) &&
      now - this.lastProbe >= Math.max(PROBE_STEP_MS, (PROBE_STEP_ANSWERS * 1000) / rate)
    ) {
      this.beforeProbe = rate
      this.rate = rate * (1 + this.probeShare)
      this.probeShare = Math.min(this.guessed ? PROBE_MAX : PROBE_MAX_MEASURED, this.probeShare * 2)
      this.lastProbe = now
      this.reschedule()
    }
  }

  /** The provider throttled a request: its bucket is empty now. */
  onThrottle(): void {
    const now = this.clock.now()
    this.firstSend = Math.min(this.firstSend, now)
    this.throttled++
    const scope = currentScope()
    if (scope) scope.throttles++
    this.lastThrottle = now
    this.marks = this.marks.filter((m) => m.at >= now - MAX_WINDOW_MS)
    const window = Math.max(MIN_WINDOW_MS, (WINDOW_ANSWERS * 1000) / (this.rate ?? Infinity))
    let since = -1
    this.marks.forEach((mark, i) => {
      if (mark.at <= now - window) since = i
    })
    this.marks.push({ at: now, accepted: this.accepted })
    const from = this.marks[since]
    const rate = from ? ((this.accepted - from.accepted) * 1000) / (now - from.at) : undefined
    const probing = this.beforeProbe !== undefined
    if (this.measured === undefined) {
      this.measured =
        this.accepted > 0
          ? (this.accepted * 1000) / Math.max(FIRST_SPREAD_MS, now - this.firstSend)
          : START_RATE
      this.guessed = true
    } else if (
      rate !== undefined &&
      (!probing || this.marks.length - since - 1 > DENSE_THROTTLES)
    ) {
      // Throttled at a steady pace, or again and again since: the provider takes less than
      // that pace, and its bucket was empty at both ends of the window: this is its rate.
      if (Math.abs(rate - this.measured) > this.measured * 0.1) this.quietMs = QUIET_MS
      this.measured = Math.max(MIN_RATE, rate)
      this.guessed = false
    } else if (probing) {
      // A probe step crossed the limit: the provider takes at least what the window
      // measured (less than its rate if the bucket was full a while), and after a first
      // guess, what it took before that step (later on, saved tokens may have paid for it).
      const before = this.measured
      this.measured = Math.max(this.measured, rate ?? 0, this.guessed ? (this.beforeProbe ?? 0) : 0)
      this.guessed = false
      // The same limit again: probe less often. A higher one: it may be rising.
      this.quietMs =
        this.measured < before * 1.1 ? Math.min(QUIET_LONGEST_MS, this.quietMs * 2) : QUIET_MS
    }
    this.rate = Math.max(MIN_RATE, Math.min(this.rate ?? Infinity, this.measured * HEADROOM))
    if (this.beforeProbe !== undefined) {
      // A probe just crossed the limit, sending one request a little early: the bucket is
      // nearly full again, so the retry goes one interval after the send before it.
      this.lastSend = Math.max(this.previousSend, this.lastSend - 1000 / this.rate)
    }
    this.beforeProbe = undefined
    this.probeShare = this.guessed ? PROBE_GUESSED : PROBE_FIRST
    this.reschedule()
  }

  private sent(now: number): void {
    this.previousSend = this.lastSend
    this.lastSend = now
  }

  /** When the next request may go: 1/rate after the last one. */
  private earliest(): number {
    return this.rate === undefined ? -Infinity : this.lastSend + 1000 / this.rate
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
      this.sent(now)
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

  /** The rate changed: the sleeping pump's wake-up time is stale. */
  private reschedule(): void {
    this.wake?.abort()
    this.wake = undefined
    this.pump()
  }
}
