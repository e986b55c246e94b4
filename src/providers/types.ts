import type { Agent } from 'node:http'
import type { Answer } from '../outcome.js'
import type { RequestPolicy } from '../retry.js'
import type { ActionInputs, Target } from '../inputs.js'

/**
 * Where a read found the target. `in-flight` is the provider's own running
 * states; `finished` is any end other than cancelled (e.g. SUCCEEDED).
 */
export type Phase = 'in-flight' | 'cancelled' | 'finished' | 'failed'

/** A read of the target's state, or the answer explaining why it could not be read. */
export type ReadResult =
  | {
      ok: true
      phase: Phase
      status: string
      requestId: string
      /** In flight, but a cancel with these inputs would be refused: why (for dry runs). */
      refusal?: string
    }
  | { ok: false; answer: Answer }

export interface ProviderContext {
  inputs: ActionInputs
  /** Names this action and its version on every request. */
  userAgent: string
  /** Attempts, backoff and the send rate shared by every request of the step. */
  requests: RequestPolicy
  /** Set when the runner is behind a proxy. */
  agent?: Agent
}

/** One provider's client for a whole step: built once, used for every target. */
export interface ProviderSession {
  /** Sends the cancel for one target and classifies the answer; never throws. */
  cancel(target: Target, signal: AbortSignal): Promise<Answer>
  /** Reads the target's state with the provider's own read operation; never throws. */
  read(target: Target, signal: AbortSignal): Promise<ReadResult>
}

export interface ProviderModule {
  createSession(context: ProviderContext): ProviderSession
}
