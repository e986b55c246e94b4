/**
 * Everything the AWS providers share: how their clients are configured and how
 * an SDK error that is not specific to one service becomes an outcome.
 */
import { NodeHttpHandler } from '@smithy/node-http-handler'
import { BoundedHttpHandler } from './bounded-handler.js'
import { proxyRequestHandler } from './proxy.js'
import { PacedRetryStrategy, QUOTA_ERRORS } from './retry-strategy.js'
import { registerSecret } from '../../util/secrets.js'
import { StopReason } from '../../requests/deadlines.js'
import { answer, type Answer, type Outcome } from '../../util/outcome.js'
import {
  clip,
  errorMessage,
  isTlsMismatch,
  NotTheProvidersAnswer,
  required,
  oneLine,
  TLS_MISMATCH_ADVICE,
  withoutSdkHints
} from '../../util/errors.js'
import type { AwsSettings, Phase, ProviderContext, ReadResult } from '../types.js'
import { ListRefused, readList, type Page } from '../list-reader.js'
import { cancelledAfterLostAnswer } from '../lost-answer.js'

/** Client settings common to every AWS provider. */
export function awsClientConfig({ settings, userAgent, requests }: ProviderContext<AwsSettings>) {
  return {
    region: settings.region,
    // Without it the SDK still honours AWS_ENDPOINT_URL_<SERVICE> and AWS_ENDPOINT_URL.
    ...(settings.endpointUrl ? { endpoint: settings.endpointUrl } : {}),
    maxAttempts: requests.maxAttempts,
    retryStrategy: new PacedRetryStrategy(requests),
    customUserAgent: [[userAgent]] as [string][],
    // Every answer's body bounded, behind a proxy or not.
    requestHandler: new BoundedHttpHandler(proxyRequestHandler() ?? new NodeHttpHandler())
  }
}

/** What a provider says about the call whose error is being classified. */
export interface AwsCall {
  /** e.g. "Greengrass deployment abc" */
  what: string
  /** The IAM action the call needs, named when access is denied. */
  iamAction: string
  region: string | undefined
  /** This service's modeled error names → outcome (ResourceNotFoundException → not-found, …). */
  errors: Readonly<Record<string, Outcome>>
  /** Extra advice per error name, appended to the message. */
  hints?: Readonly<Record<string, string>>
}

interface SdkError {
  name?: string
  message?: string
  code?: string
  $fault?: 'client' | 'server'
  $metadata?: { httpStatusCode?: number; requestId?: string; attempts?: number }
}

const REQUEST_ID_HEADERS = ['x-amzn-requestid', 'x-amzn-request-id', 'x-amz-request-id']

/**
 * Checks each raw answer before the SDK parses it: every answer of these APIs,
 * errors included, carries AWS's request id, and a body is JSON. Anything else
 * (a captive portal's HTML 200, a proxy's own error page) is refused here, so
 * it can never be mistaken for an accepted cancel.
 */
/** The session token last registered: once per token, not once per request. */
let lastSessionToken: string | undefined

function answerCheck(next: (args: unknown) => Promise<{ response: unknown }>) {
  return async (args: unknown) => {
    // The signed request's session token, however the SDK found the credentials (a profile, a
    // web identity, a container): an endpoint or proxy that echoes it is redacted like the keys.
    const sent = (args as { request?: { headers?: Record<string, string> } }).request?.headers
    const token = sent?.['x-amz-security-token']
    if (token && token !== lastSessionToken) registerSecret((lastSessionToken = token))
    const result = await next(args)
    const response = result.response as {
      statusCode?: number
      headers?: Record<string, string | undefined>
    }
    const status = response?.statusCode
    const headers = response?.headers ?? {}
    const header = (name: string) =>
      Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1]
    const contentType = header('content-type') ?? ''
    const requestId = REQUEST_ID_HEADERS.map(header).find(Boolean)
    const problem = !requestId
      ? `no x-amzn-RequestId${contentType ? `, content type ${contentType}` : ''}`
      : contentType && !/json/i.test(contentType)
        ? `content type ${contentType} where AWS answers JSON`
        : undefined
    if (problem) throw new NotTheProvidersAnswer(`the answer is not AWS's (${problem})`, status)
    return result
  }
}

/**
 * Adds the answer check (and the session token's registration) to a client; every AWS provider
 * builds its client through this.
 */
export function withAnswerCheck<C extends { middlewareStack: { add: unknown } }>(client: C): C {
  const stack = client.middlewareStack as unknown as {
    add(middleware: unknown, options: Record<string, unknown>): void
  }
  // Low priority within the deserialize step: it sees the raw answer before the parser does.
  stack.add(answerCheck, { step: 'deserialize', priority: 'low', name: 'providerAnswerCheck' })
  return client
}

/** Errors that mean the credentials, not the permissions, are wrong: what to tell the user. */
const CREDENTIAL_ERRORS: Readonly<Record<string, string>> = {
  ExpiredTokenException: 'The AWS credentials have expired',
  ExpiredToken: 'The AWS credentials have expired',
  RequestExpired: 'AWS refused the request as expired (is the clock right?)',
  UnrecognizedClientException: 'AWS does not recognise the access key or session token',
  InvalidClientTokenId: 'AWS does not recognise the access key or session token',
  InvalidSignatureException:
    'AWS rejected the request signature (a wrong secret key, or a session token that belongs to other keys)',
  SignatureDoesNotMatch:
    'AWS rejected the request signature (a wrong secret key, or a session token that belongs to other keys)',
  IncompleteSignatureException: 'AWS rejected the request signature as incomplete',
  MissingAuthenticationTokenException: 'The request reached AWS unsigned'
}
const CREDENTIAL_FIX =
  'fix the credentials this step gets: run aws-actions/configure-aws-credentials before it (role-to-assume with id-token: write; a longer role-duration-seconds if they expire), or set AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and, for temporary credentials, AWS_SESSION_TOKEN'
/**
 * The SDK found no credentials at all, before sending anything: nothing expired or was refused,
 * so the fix is to give the step credentials, in one short sentence.
 */
const NO_CREDENTIALS = 'CredentialsProviderError'
const NO_CREDENTIALS_FIX =
  'run aws-actions/configure-aws-credentials before this step (role-to-assume, with the job permission id-token: write), or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY'
const DENIED_ERRORS = new Set(['AccessDeniedException', 'AccessDenied', 'UnauthorizedException'])
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH'
])

/** Turns anything an AWS SDK call threw into an outcome and a message a person can act on. */
export function classifyAwsError(error: unknown, call: AwsCall): Answer {
  const e = (error ?? {}) as SdkError
  const name = e.name ?? 'Error'
  const status = e.$metadata?.httpStatusCode
  const requestId = e.$metadata?.requestId ?? ''
  const attempts = e.$metadata?.attempts ?? 1
  const detail = clip(oneLine(`${name}${e.message ? `: ${withoutSdkHints(e.message)}` : ''}`))
  const What = call.what.charAt(0).toUpperCase() + call.what.slice(1)
  const where = call.region ? ` in ${call.region}` : ''
  const hint = call.hints?.[name] ? ` ${call.hints[name]}` : ''
  const fail = (message: string) => answer('failed', message, { requestId })

  const modeled = call.errors[name]
  if (modeled === 'not-found') {
    return answer('not-found', `${What} was not found${where} (${detail}).${hint}`, {
      requestId
    })
  }
  if (modeled === 'not-cancellable') {
    // A retried cancel refused as a conflict: the attempt whose answer was lost may have done it.
    const retried =
      attempts > 1
        ? ` This was attempt ${attempts}: an earlier attempt whose answer was lost may have cancelled it.`
        : ''
    return answer(
      'not-cancellable',
      `${What} cannot be cancelled in its current state (${detail}).${hint}${retried}`,
      { requestId }
    )
  }
  // Before access denied: a bad signature answers 403 too, and no IAM grant fixes it.
  const credentials = credentialProblem(name, status, call, detail)
  if (credentials) return fail(credentials)
  if (DENIED_ERRORS.has(name) || (status === 403 && name !== 'NotTheProvidersAnswer')) {
    return fail(
      `Access denied calling ${call.iamAction} for ${call.what}${where}: grant ${call.iamAction} to the role this job assumes (${detail}).`
    )
  }
  if (isTlsMismatch(error)) {
    return fail(`Could not reach the AWS endpoint for ${call.what}: ${TLS_MISMATCH_ADVICE}.`)
  }
  // Checked before TimeoutError: the SDK names a reset connection TimeoutError too.
  if (e.code && NETWORK_CODES.has(e.code)) {
    return fail(
      `Could not reach the AWS endpoint for ${call.what}${where} after ${attempts} attempt(s): ${clip(errorMessage(error))} (${e.code}). Check endpoint-url, the region and the network.`
    )
  }
  if (name === 'AbortError' || name === 'TimeoutError') {
    return fail(`Timed out calling ${call.iamAction} for ${call.what} (${detail}).`)
  }
  if ((status ?? 0) >= 500 || e.$fault === 'server') {
    return fail(
      `AWS answered with a server error for ${call.what} after ${attempts} attempt(s) (${detail}${status ? `, HTTP ${status}` : ''}); try again later.`
    )
  }
  if (
    name === 'NotTheProvidersAnswer' ||
    name === 'SyntaxError' ||
    (status !== undefined && status < 300)
  ) {
    const why = name === 'NotTheProvidersAnswer' ? oneLine(e.message ?? '') : detail
    return fail(
      `AWS's answer for ${call.what} could not be read (${why}${status ? `, HTTP ${status}` : ''}): is a proxy or captive portal answering instead? Nothing shows that AWS acted on it.`
    )
  }
  if (QUOTA_ERRORS.has(name)) {
    return fail(
      `AWS refused ${call.iamAction} for ${call.what}${where}: a service quota is full (${detail}). It is a limit on how many, not a rate, so it was not sent again; wait for other work to end or raise the quota.`
    )
  }
  if (modeled === 'failed' || e.$fault === 'client') {
    return fail(`AWS rejected the request for ${call.what} (${detail}).${hint}`)
  }
  return fail(`Calling ${call.iamAction} for ${call.what} failed: ${clip(errorMessage(error))}`)
}

/** What is wrong with the credentials, and the fix; undefined when the error is not about them. */
function credentialProblem(
  name: string,
  status: number | undefined,
  call: AwsCall,
  detail: string
): string | undefined {
  if (name === NO_CREDENTIALS) {
    // The step's environment, not the target: the same sentence for each, said once for a batch.
    return `No AWS credentials were found, so nothing was sent: ${NO_CREDENTIALS_FIX}.`
  }
  const credentials =
    CREDENTIAL_ERRORS[name] ?? (status === 401 ? 'AWS rejected the credentials' : undefined)
  return credentials
    ? `${credentials} calling ${call.iamAction} for ${call.what}: ${CREDENTIAL_FIX} (${detail}).`
    : undefined
}

/**
 * After a cancel that was sent more than once and then refused as a conflict:
 * the first attempt's answer was lost, so it may have been this step's own
 * cancel that took. A read of the target tells: cancelled (or, for Proton,
 * cancelling) is this step's cancel, reported as `cancelled` so `wait` goes on.
 */
export async function confirmAfterConflict(
  refused: Answer,
  attempts: number,
  read: () => Promise<ReadResult>,
  what: string,
  cancelling: readonly string[] = []
): Promise<Answer> {
  if (refused.outcome !== 'not-cancellable' || attempts < 2) return refused
  const state = await read()
  if (!state.ok) return refused
  if (state.phase === 'cancelled' || cancelling.includes(state.status)) {
    return cancelledAfterLostAnswer(
      what,
      state.status,
      attempts,
      state.requestId || refused.requestId
    )
  }
  return { ...refused, status: state.status || refused.status }
}

/** How many attempts the SDK made for the call that threw `error`. */
export function attemptsOf(error: unknown): number {
  return (error as SdkError | undefined)?.$metadata?.attempts ?? 1
}

/** The request id of a successful SDK answer. */
export function requestIdOf(output: { $metadata?: { requestId?: string } }): string {
  return output.$metadata?.requestId ?? ''
}

/**
 * Sends one SDK call; its answer or its error becomes an Answer. Never throws.
 * `onSuccess` may throw NotTheProvidersAnswer (see `required`). `afterError`
 * may look further at a refusal (e.g. confirmAfterConflict).
 */
export async function sendAws<T>(
  send: () => Promise<T>,
  onSuccess: (output: T) => Answer,
  call: AwsCall,
  afterError?: (refused: Answer, error: unknown) => Promise<Answer>
): Promise<Answer> {
  try {
    return onSuccess(await send())
  } catch (error) {
    const refused = classifyAwsError(error, call)
    return afterError ? afterError(refused, error) : refused
  }
}

/**
 * Reads a target's state: its status string mapped through the provider's
 * phase table. `statusOf` returns undefined when the answer lacks the state
 * the operation always returns: that answer could not be read.
 */
export async function readAws<T>(
  send: () => Promise<T>,
  statusOf: (output: T) => string | undefined,
  phases: Readonly<Record<string, Phase>>,
  call: AwsCall
): Promise<ReadResult> {
  try {
    const output = await send()
    const status = required(statusOf(output), 'state')
    return {
      ok: true,
      // A state this action does not know is treated as still in flight: a dry run says a
      // cancel would be sent, and a wait goes on until the state is one it knows or time is up.
      phase: phases[status] ?? 'in-flight',
      status,
      requestId: requestIdOf(output as { $metadata?: { requestId?: string } })
    }
  } catch (error) {
    return { ok: false, answer: classifyAwsError(error, call) }
  }
}

/**
 * Runs a provider's list of one place (in-flight-on): its SDK errors become the place's
 * answer, named by `call` (the list operation and its IAM action); a StopReason (the step's
 * deadline or interrupt, from the page sender) goes through for the step to report.
 */
export async function listAws<T>(work: () => Promise<T>, call: AwsCall): Promise<T | Answer> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof StopReason) throw error
    if (error instanceof ListRefused) return answer('failed', error.message)
    return classifyAwsError(error, call)
  }
}

/** One page of a nextToken-paginated AWS list, as the list reader takes it. */
export function tokenPage<I>(
  out: { nextToken?: string },
  items: readonly I[] | undefined
): Page<I> {
  return { items: items ?? [], next: out.nextToken || undefined }
}

/**
 * Every page of a nextToken-paginated AWS list whose items the caller reads itself: the list
 * reader's token rule (a token seen before ends the list as not read to its end) applies.
 */
export function allPages<P extends { nextToken?: string }>(
  send: (nextToken: string | undefined) => Promise<P>,
  each: (page: P) => void,
  what = 'the list'
): Promise<void> {
  return readList({
    what,
    page: async (cursor) => {
      const page = await send(cursor)
      each(page)
      return tokenPage(page, [])
    }
  })
}
