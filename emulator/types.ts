// Shared vocabulary of the provider emulator: operation names, replies, errors,
// the Provider contract every wire-protocol module implements, and the
// recorded-request shape.

export const PROVIDERS = ['greengrass', 'proton', 'iot', 'datadog', 'github'] as const
export type ProviderName = (typeof PROVIDERS)[number]

export const OPERATIONS = [
  'greengrass.CancelDeployment',
  'greengrass.GetDeployment',
  'greengrass.ListDeployments',
  'greengrass.ListEffectiveDeployments',
  'proton.CancelServicePipelineDeployment',
  'proton.CancelEnvironmentDeployment',
  'proton.GetService',
  'proton.GetEnvironment',
  'iot.CancelJobExecution',
  'iot.DescribeJobExecution',
  'iot.CancelJob',
  'iot.DescribeJob',
  'iot.ListJobs',
  'iot.ListJobExecutionsForThing',
  'iot.ListJobExecutionsForJob',
  'iot.DescribeThing',
  'iot.DescribeThingGroup',
  'datadog.CancelDeployment',
  'datadog.GetDeployment',
  'datadog.ListDeployments',
  'github.ListDeployments',
  'github.ListDeploymentStatuses',
  'github.CreateDeploymentStatus'
] as const
export type OperationName = (typeof OPERATIONS)[number]

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE'

/** A complete HTTP answer. Header names are lower-case. */
export interface Reply {
  status: number
  headers: Record<string, string>
  body: string
}

/**
 * A modeled service error. Handlers throw it; the provider's protocol turns it
 * into the exact wire format its SDK parses.
 */
export class ServiceError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra members of the error shape (e.g. resourceId) put in the JSON body. */
    readonly extra: Readonly<Record<string, unknown>> = {},
    /** Extra response headers (e.g. retry-after). */
    readonly headers: Readonly<Record<string, string>> = {}
  ) {
    super(message)
    this.name = code
  }
}

/** What a route handler sees. */
export interface CallContext {
  operation: OperationName
  /** Path parameters, each segment percent-decoded exactly once. */
  params: Record<string, string>
  query: Record<string, string>
  headers: Record<string, string>
  body: unknown
  /** Emulator clock (ms since epoch). */
  now: number
  requestId: string
}

export interface RouteDef {
  operation: OperationName
  method: HttpMethod
  /** Path template such as `/jobs/{jobId}/cancel`; `{name}` matches exactly one segment. */
  path: string
  /** For awsJson protocols: the exact `X-Amz-Target` header value. */
  target?: string
  /**
   * The target a request names, for target-scoped faults and `RecordedRequest.target`.
   * Without it: the path parameters in template order, joined by '/'
   * (`/things/{thingName}/jobs/{jobId}` → `thing/job`); undefined when there are none.
   */
  targetOf?(request: {
    params: Record<string, string>
    body: unknown
    query: Record<string, string>
  }): string | undefined
  handle(ctx: CallContext): Reply
}

/** A REST route in one line: `restRoute('iot.DescribeJob', 'GET /jobs/{jobId}', handle)`. */
export function restRoute(
  operation: OperationName,
  methodAndPath: `${HttpMethod} /${string}`,
  handle: RouteDef['handle'],
  targetOf?: RouteDef['targetOf']
): RouteDef {
  const [method, path] = methodAndPath.split(' ') as [HttpMethod, string]
  return { operation, method, path, handle, ...(targetOf ? { targetOf } : {}) }
}

/** Per-kind seeding hooks a provider contributes to the generic seed/status API. */
export interface KindHandler {
  /** Validates `{kind, <ref fields>, ...options}`; throws on bad input. */
  seed(spec: unknown, now: number): void
  /** Current status of the target named by `ref` (same ref fields as seeding). */
  statusOf(ref: unknown, now: number): string | undefined
}

export interface Provider {
  readonly name: ProviderName
  readonly routes: readonly RouteDef[]
  readonly kinds: Readonly<Record<string, KindHandler>>
  /** Returns an error when the request lacks the provider's credentials. */
  authenticate(headers: Record<string, string>): ServiceError | undefined
  /** The provider's native throttling error. */
  throttleError(retryAfterSeconds: number): ServiceError
  /** A representative error for an arbitrary status code (used by scripted faults). */
  errorForStatus(status: number): ServiceError
  /** Serialises an error in the provider's wire format. */
  renderError(error: ServiceError, requestId: string): Reply
  /** Drops every seeded target. */
  clear(): void
}

/** Environment the emulator core lends to providers. */
export interface ProviderEnv {
  /** Default delay between an accepted cancel and the terminal state. */
  cancelDelayMs(): number
}

export interface RecordedRequest {
  /** Sequence number, starting at 0 after each reset. */
  seq: number
  /** Matched operation, or null when no route matched. */
  operation: OperationName | null
  method: string
  /** Raw request target path, exactly as received (still percent-encoded). */
  path: string
  params: Record<string, string>
  /** The target the request names (see `RouteDef.targetOf`), when it names one. */
  target?: string
  query: Record<string, string>
  headers: Record<string, string>
  /** Parsed JSON when the body is JSON, the raw text otherwise, undefined when empty. */
  body: unknown
  /** Status answered, or null when the socket was reset without an answer. */
  status: number | null
  /** Emulator clock when the request arrived (ms since epoch). */
  time: number
  /** Short description of the scripted fault applied, if any. */
  fault?: string
}
