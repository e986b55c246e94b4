import { truncate } from './text.js'

/** One line a person can read, whatever was thrown. */
export function errorMessage(error: unknown): string {
  // An error from another realm (a VM context, a worker) is not `instanceof Error`, but has its message.
  const errorLike = error instanceof Error || (isObject(error) && typeof error.message === 'string')
  const text = errorLike
    ? (error as Error).message || (error as Error).name
    : typeof error === 'string'
      ? error
      : (JSON.stringify(error) ?? String(error))
  return oneLine(withoutSdkHints(text))
}

/** Outputs and annotations are single lines: fold newlines and runs of space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * The AWS SDK appends advice meant for programmers ("inspect the hidden field
 * {error}.$response"); a workflow's reader cannot act on it.
 */
export function withoutSdkHints(text: string): string {
  return text.replace(/\s*Deserialization error: to see the raw response[^\n]*/g, '')
}

/** How much of an id a message repeats: ids such as deployment-id have no length bound. */
const SHOWN_ID_CHARS = 200

/** An id as a message repeats it: whole up to SHOWN_ID_CHARS, else its start and its length. */
export function shortId(id: string): string {
  if (id.length <= SHOWN_ID_CHARS) return id
  return `${truncate(id, SHOWN_ID_CHARS + 1)} (${[...id].length} characters)`
}

/** A provider's own text, quoted in a message: at most `max` characters (it may echo an id in full). */
export function clip(text: string, max = 400): string {
  return truncate(text, max + 1)
}

/** `label: message`, unless the message already starts with the label. */
export function labelled(label: string, message: string): string {
  const shown = shortId(label)
  if (!label || message.startsWith(`${label}:`) || message.startsWith(`${shown}:`)) return message
  return `${shown}: ${message}`
}

/**
 * An https:// endpoint whose server speaks plain HTTP: OpenSSL reports it as
 * EPROTO, "wrong version number", which says nothing to most readers.
 */
export function isTlsMismatch(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined
  if (!e || typeof e !== 'object') return false
  const text = `${String(e.code ?? '')} ${typeof e.message === 'string' ? e.message : ''}`
  if (
    /EPROTO|ERR_SSL_WRONG_VERSION_NUMBER|wrong version number|packet length too long/i.test(text)
  ) {
    return true
  }
  return e.cause !== undefined && e.cause !== error ? isTlsMismatch(e.cause) : false
}

export const TLS_MISMATCH_ADVICE =
  'the endpoint does not speak TLS (OpenSSL: wrong version number): endpoint-url says https:// but the server answers plain HTTP; use http:// for it, or the port that serves HTTPS'

/**
 * An answer that is not the provider's: no AWS request id, a content type the
 * API never sends, or a body without what the operation always returns. A
 * captive portal, a proxy or a misdirected endpoint-url answers like this; it
 * proves nothing about the target, so it is never taken for an accepted cancel.
 */
export class NotTheProvidersAnswer extends Error {
  readonly $metadata: { httpStatusCode?: number; requestId?: string; attempts?: number }
  constructor(why: string, httpStatusCode?: number) {
    super(why)
    this.name = 'NotTheProvidersAnswer'
    this.$metadata = { httpStatusCode }
  }
}

/**
 * The most of one answer's body that is read, counted after decompression: a few MiB above
 * any answer of these APIs (a page of a list is tens of KiB), far below what would strain the
 * runner. A gzip bomb or an endless body stops here, with memory close to a plain answer's.
 */
export const MAX_ANSWER_BYTES = 8 * 1024 * 1024

/** An answer whose body passed MAX_ANSWER_BYTES: not the provider's, and not read further. */
export class AnswerTooLarge extends NotTheProvidersAnswer {
  constructor(status: number | undefined, limit = MAX_ANSWER_BYTES) {
    super(
      `the answer is larger than ${limit / (1024 * 1024)} MiB after decompression, more than any answer of this API; it was not read further`,
      status
    )
  }
}

/** The member an operation always returns, or NotTheProvidersAnswer when it is missing. */
export function required<T>(value: T | undefined | null, member: string): T {
  if (value === undefined || value === null) {
    throw new NotTheProvidersAnswer(
      `the answer has no ${member}, which the API always returns`,
      200
    )
  }
  return value
}

/** The message without a leading `label: `, for a line that names the target already. */
export function withoutLabel(label: string, message: string): string {
  for (const prefix of [`${label}: `, `${shortId(label)}: `]) {
    if (label && message.startsWith(prefix)) return message.slice(prefix.length)
  }
  return message
}

/**
 * A redirect where the provider's own answer was expected. It is never
 * followed: the request's credentials would go to the host it names, and
 * whatever answers there is not the provider. Only the target's host is kept,
 * never its path or query, which may echo what was sent.
 */
export class RedirectRefused extends Error {
  readonly $metadata: { httpStatusCode?: number }
  /** The host the redirect names, or '' when its Location is missing or not a URL. */
  readonly host: string
  constructor(
    readonly status: number,
    location: string | null | undefined,
    base: string
  ) {
    let host: string
    try {
      host = location ? new URL(location, base).host : ''
    } catch {
      host = ''
    }
    super(`HTTP ${status}, a redirect ${host ? `to ${host}` : 'without a usable Location'}`)
    this.name = 'RedirectRefused'
    this.host = host
    this.$metadata = { httpStatusCode: status }
  }
}

/** An answer whose connection ended before its body did: what it said is not known. */
export class AnswerCutShort extends Error {
  readonly $metadata: { httpStatusCode?: number }
  constructor(
    readonly status: number,
    readonly reason?: unknown
  ) {
    super(`HTTP ${status}, the connection closed before the answer's body ended`)
    this.name = 'AnswerCutShort'
    this.$metadata = { httpStatusCode: status }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}
