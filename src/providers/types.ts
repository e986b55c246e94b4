/**
 * The one small interface every provider module implements, the step's settings, and the part
 * of them a provider is given (its cloud's, ProviderSettings).
 */
import type { Answer, Outcome, Reach } from '../util/outcome.js'
import type { RequestPolicy } from '../requests/policy.js'
import type { Place, Target } from '../util/targets.js'
import type { ListBudget } from './list-reader.js'

/** The Datadog keys and site, as the inputs read them (inputs/datadog.ts). */
export interface DatadogSettings {
  apiKey: string
  appKey: string
  site: string
}

/**
 * The inputs only one cloud's providers read: the AWS region, or the Datadog keys and site.
 * The input parser gives exactly one, by the catalogue's `cloud`; the type says which is there.
 */
export type CloudInputs =
  { awsRegion: string; datadog?: undefined } | { datadog: DatadogSettings; awsRegion?: undefined }

/** The step's inputs once read and checked, but for the cloud's: every default is already applied. */
export interface StepSettings {
  /** A name from the provider catalogue (the input parser refuses any other). */
  provider: string
  targets: Target[]
  force: boolean
  expectedVersion?: number
  statusDetails?: Record<string, string>
  endpointUrl?: string
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

/**
 * The step's inputs once read and checked (src/inputs/ builds them). A provider is given only
 * its cloud's part of them (ProviderSettings, picked by providers/settings.ts).
 */
export type Settings = StepSettings & CloudInputs

/** What every AWS provider reads of the inputs: no step option, no other cloud's. */
export interface AwsSettings {
  cloud: 'aws'
  region: string
  endpointUrl?: string
  /** iot-job-execution and iot-job. */
  force: boolean
  /** iot-job-execution: CancelJobExecution's expectedVersion and statusDetails. */
  expectedVersion?: number
  statusDetails?: Record<string, string>
  /** iot-job: CancelJob's reasonCode and comment. */
  reasonCode?: string
  comment?: string
}

/** What the Datadog provider reads of the inputs: its keys and site are always there. */
export interface DatadogFleetSettings extends DatadogSettings {
  cloud: 'datadog'
  endpointUrl?: string
  /** Which reads to keep for reach: none, the counts, or the hosts too. */
  reach: ReachLevel
}

/** One cloud's settings, by the catalogue's `cloud`. */
export type ProviderSettings = AwsSettings | DatadogFleetSettings

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

export interface ProviderContext<S extends ProviderSettings = ProviderSettings> {
  /** Only what a provider of this cloud reads of the inputs. */
  settings: S
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

export interface ProviderModule<S extends ProviderSettings = ProviderSettings> {
  createSession(context: ProviderContext<S>): ProviderSession
}
