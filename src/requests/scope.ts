/**
 * The request being made, wherever the code that sends it runs: an SDK's retry
 * loop or a client's HTTP layer is given no signal of ours, yet its waits must
 * end with the target's deadline, and what happened to the request (throttles,
 * attempts) must reach the message that reports it.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

/** A target's requests: set by the flow around each provider call. */
export interface RequestScope {
  /** The target's deadline and the step's interrupt. */
  signal: AbortSignal
  /** Throttling answers this target's requests received. */
  throttles: number
  /**
   * Stops the target's deadline while one of its requests waits for the step's shared send rate
   * (the pacer calls it); the returned function starts it again.
   */
  pauseDeadline?: () => () => void
}

/** One API call of a provider: the tries max-attempts counts (throttled tries are not among them). */
export interface CallTally {
  attempts: number
}

interface Store {
  scope?: RequestScope
  call?: CallTally
}
const store = new AsyncLocalStorage<Store>()

export function inRequestScope<T>(scope: RequestScope, work: () => Promise<T>): Promise<T> {
  return store.run({ scope }, work)
}

export function currentScope(): RequestScope | undefined {
  return store.getStore()?.scope
}

/**
 * Runs one API call with its own tally, inside the target's scope: a refusal
 * after a retry may answer this step's own first attempt, whose answer was lost.
 */
export function countingAttempts<T>(tally: CallTally, work: () => Promise<T>): Promise<T> {
  return store.run({ scope: currentScope(), call: tally }, work)
}

export function currentCall(): CallTally | undefined {
  return store.getStore()?.call
}
