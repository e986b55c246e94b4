/**
 * The one small interface every provider module implements, and the settings it
 * is given. It lives beside the shared parts, not in providers/, so that they
 * (the AWS client options, the flow) can speak of providers without importing one.
 */
import type { Answer, Outcome, Reach } from '../util/outcome.js'
import type { RequestPolicy } from '../requests/policy.js'
import type { Place, Target } from '../util/targets.js'
import type { ListBudget } from './list-reader.js'

export interface DatadogSettings {
  apiKey: string
  appKey: string
  site: string
}

/**
 * The step's inputs once read and checked (src/inputs/ builds them): what a
 * provider is given. Every default is already applied.
 */
export interface Settings {
  /** A name from the provider catalogue (the input parser refuses any other). */
  provider: string
  targets: Target[]
  force: boolean
  expectedVersion?: number
  statusDetails?: Record<string, string>
  /** Resolved from the input or the environment; set for AWS providers. */
  awsRegion?: string
  endpointUrl?: string
  /** Set for datadog-fleet. */
  datadog?: DatadogSettings
  failOn: ReadonlySet<Outcome>
  maxConcurrency: number
  /** After an accepted cancel, read the target until it leaves its in-flight state. */
  wait: boolean
  waitTimeoutSeconds: number
  /** Read only: report what a cancel would do. */
  dryRun: boolean
  /** iot-job: CancelJob's reasonCode and comment. */
  reasonCode?: string
  comment?: string
  /** The deadline for the step's requests (waiting has its own). */
  timeoutSeconds: number
  /** Attempts per request, retries included. */
  maxAttempts: number
  /** What to read of how far each rollout got, after every cancel (reach). */
  reach: ReachLevel
}

/** `counts`: how far each rollout got; `devices`: also which devices or hosts; `none`: nothing. */
export type ReachLevel = 'counts' | 'devices' | 'none'

/** How far one rollout got, or why that could not be read. */
export type ReachRead =
  | {
      ok: true
      reach: Reach
      /** The counts were read before the step's cancel of it (a dry run, iot-job's own read). */
      before: boolean
      /** What the counts count: `devices` or `hosts`. */
      unit: string
      /** Where it runs, said in messages: `thinggroup/production`, a host query. */
      where?: string
    }
  | { ok: false; answer: Answer }

/** One device or host a rollout reached, with its provider's status there. */
export interface ReachedDevice {
  device: string
  status: string
}

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
      /**
       * Why a cancel would be refused (in flight, with these inputs), or why there is nothing to
       * cancel (finished): said by a dry run and a wait instead of the state alone.
       */
      refusal?: string
    }
  | { ok: false; answer: Answer }

export interface ProviderContext {
  inputs: Settings
  /** Names this action and its version on every request. */
  userAgent: string
  /** Attempts, backoff and the send rate shared by every request of the step. */
  requests: RequestPolicy
}

/**
 * Sends one page request of a list: in a concurrency slot, at the step's shared send rate,
 * within timeout-seconds and the interrupt. It throws a StopReason when stopped; a provider
 * lets that through (listAws does) so the step can say why the list ended.
 */
export type PageSender = <T>(send: (signal: AbortSignal) => Promise<T>) => Promise<T>

/** What a list found in flight at one place, or why the place could not be listed. */
export type ListResult =
  | {
      ok: true
      /** Each is settled as if its id had been given. */
      found: Target[]
      /** Found there but not to be cancelled this way, each with why (never sent). */
      refused: { target: Target; answer: Answer }[]
    }
  | { ok: false; answer: Answer }

/** One provider's client for a whole step: built once, used for every target. */
export interface ProviderSession {
  /** Sends the cancel for one target and classifies the answer; never throws. */
  cancel(target: Target, signal: AbortSignal): Promise<Answer>
  /** Reads the target's state with the provider's own read operation; never throws. */
  read(target: Target, signal: AbortSignal): Promise<ReadResult>
  /**
   * Lists what is in flight at a place (in-flight-on), every page; never throws but for a
   * StopReason from `page`. Only providers the catalogue gives an in-flight-on rule have it.
   * Its pages are read with readList (list-reader.ts), counted in the step's `budget`.
   */
  list?(place: Place, page: PageSender, budget: ListBudget): Promise<ListResult>
  /**
   * How far the rollout the target names got, every request through `page` (the step's rate,
   * deadlines and interrupt); a read this session already made for the target is not sent
   * again. Never throws but for a StopReason from `page`. Only providers with reach have it.
   */
  reach?(target: Target, page: PageSender): Promise<ReachRead>
  /**
   * Every device or host the rollout reached (any status but queued or cancelled), each handed
   * to `add` as its page arrives; read to the end, or an answer saying why not.
   */
  reachedDevices?(
    target: Target,
    page: PageSender,
    add: (device: ReachedDevice) => void
  ): Promise<Answer | undefined>
  /** Releases the client's sockets once every target is settled, so node can end on its own. */
  close?(): void
}

export interface ProviderModule {
  createSession(context: ProviderContext): ProviderSession
}
