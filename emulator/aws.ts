// Wire-format pieces shared by the AWS providers: restJson1 and awsJson1_0
// success/error encodings (as @aws-sdk/core's AwsRestJsonProtocol and
// AwsJson1_0Protocol parse them), the SigV4-presence check, ARNs and
// timestamps.
//
// How the SDK finds the error name: restJson1 looks at the `x-amzn-errortype`
// header first, then a `code` body key, then `__type`; awsJson1_0 looks at
// `__type` first. Everything after ':' and before '#' is stripped, so both
// `ConflictException` and `com.amazonaws.proton#ConflictException` work. The
// name is then looked up in the client's error registry; unknown names
// become the client's base ServiceException with that `name`.

import { jsonReply } from './http.js'
import { ServiceError, type Reply } from './types.js'

export const ACCOUNT_ID = '123456789012'
export const REGION = 'us-east-1'

export function arn(service: string, resource: string): string {
  return `arn:aws:${service}:${REGION}:${ACCOUNT_ID}:${resource}`
}

/** AWS JSON protocols default to epoch-seconds timestamps (numbers). */
export function epochSeconds(ms: number): number {
  return Math.round(ms) / 1000
}

export interface AwsProtocol {
  ok(body: unknown, requestId: string): Reply
  error(error: ServiceError, requestId: string): Reply
}

function errorHeaders(error: ServiceError, requestId: string): Record<string, string> {
  return { 'x-amzn-requestid': requestId, 'x-amzn-errortype': error.code, ...error.headers }
}

/** restJson1: error name in the `x-amzn-ErrorType` header, message (and members) in the body. */
export const restJson1: AwsProtocol = {
  ok: (body, requestId) => jsonReply(200, body, { 'x-amzn-requestid': requestId }),
  error: (error, requestId) =>
    jsonReply(
      error.status,
      { __type: error.code, message: error.message, ...error.extra },
      errorHeaders(error, requestId)
    )
}

/** awsJson1_0: error name as a shape id in `__type`. */
export function awsJson1_0(namespace: string): AwsProtocol {
  const contentType = 'application/x-amz-json-1.0'
  return {
    ok: (body, requestId) =>
      jsonReply(200, body ?? {}, { 'x-amzn-requestid': requestId }, contentType),
    error: (error, requestId) =>
      jsonReply(
        error.status,
        {
          __type: error.code.includes('#') ? error.code : `${namespace}#${error.code}`,
          message: error.message,
          ...error.extra
        },
        errorHeaders(error, requestId),
        contentType
      )
  }
}

/** Requests must carry a SigV4 Authorization header (the signature itself is not verified). */
export function requireSigV4(headers: Record<string, string>): ServiceError | undefined {
  const auth = headers['authorization']
  if (auth === undefined) {
    return new ServiceError(403, 'UnrecognizedClientException', 'Missing Authentication Token')
  }
  if (!auth.startsWith('AWS4-HMAC-SHA256 ')) {
    return new ServiceError(
      403,
      'UnrecognizedClientException',
      'The security token included in the request is invalid.'
    )
  }
  return undefined
}

/**
 * Builds `errorForStatus` from a status → error-name table; statuses not in
 * the table fall back to the nearest class (4xx → `clientDefault`, 5xx →
 * `serverDefault`).
 */
export function statusErrors(
  table: Readonly<Record<number, string>>,
  clientDefault: string,
  serverDefault: string
): (status: number) => ServiceError {
  return (status) => {
    const code = table[status] ?? (status >= 500 ? serverDefault : clientDefault)
    return new ServiceError(status, code, `Injected ${status} ${code}`)
  }
}

/** Shared throttling error; `status` is 429 for most services, 400 for IoT. */
/** The errors Greengrass and Proton answer for a scripted status: AWS's common set. */
export const commonAwsErrors = statusErrors(
  {
    400: 'ValidationException',
    402: 'ServiceQuotaExceededException',
    403: 'AccessDeniedException',
    404: 'ResourceNotFoundException',
    409: 'ConflictException',
    429: 'ThrottlingException'
  },
  'ValidationException',
  'InternalServerException'
)

export function throttling(status: number, retryAfterSeconds: number): ServiceError {
  return new ServiceError(
    status,
    'ThrottlingException',
    'Rate exceeded',
    {},
    { 'retry-after': String(retryAfterSeconds) }
  )
}

/** Reads an optional string member from a JSON body. */
export function member(body: unknown, name: string): unknown {
  return typeof body === 'object' && body !== null
    ? (body as Record<string, unknown>)[name]
    : undefined
}

export function requiredString(body: unknown, name: string): string {
  const value = member(body, name)
  if (typeof value !== 'string' || value === '') {
    throw new ServiceError(
      400,
      'ValidationException',
      `1 validation error detected: '${name}' is required`
    )
  }
  return value
}

/**
 * One page of a nextToken-paginated list: the token is the offset, opaque to the client.
 * `maxResults` above `max` is the service's ValidationException (IoT: InvalidRequestException).
 */
export function awsPage<T>(
  items: readonly T[],
  query: Record<string, string>,
  { fallback, max, invalid }: { fallback: number; max: number; invalid: string }
): { page: T[]; nextToken?: string } {
  const size = query['maxResults'] === undefined ? fallback : Number(query['maxResults'])
  if (!Number.isInteger(size) || size < 1 || size > max) {
    throw new ServiceError(400, invalid, `maxResults must be between 1 and ${max}`)
  }
  const token = query['nextToken']
  const offset = token === undefined ? 0 : Number(Buffer.from(token, 'base64url').toString())
  if (!Number.isInteger(offset) || offset < 0) {
    throw new ServiceError(400, invalid, 'The nextToken is not valid')
  }
  const page = items.slice(offset, offset + size)
  const next = offset + size
  return next < items.length
    ? { page, nextToken: Buffer.from(String(next)).toString('base64url') }
    : { page }
}
