/**
 * The Datadog client's HTTP library (its configuration's `httpApi`), on undici's
 * fetch (the bundled package's, already loaded by @actions/core) and the step's
 * request policy (policy.ts): every try waits its turn on the shared pacer; a 429 honours x-ratelimit-reset, else Retry-After; 5xx,
 * network failures and bodies cut short back off; at most max-attempts tries.
 *
 * The client's own library sends through node-fetch (cross-fetch), which
 * follows redirects with the keys and takes a body cut short for a whole one;
 * this one follows none (an answer reached through a redirect is not
 * Datadog's), reads every body to its end (at most MAX_ANSWER_BYTES, after
 * decompression) before the client sees it, and goes
 * through the runner's proxy with the same rules as the AWS providers.
 */
import {
  ResponseContext,
  type HttpLibrary,
  type RequestContext
} from '@datadog/datadog-api-client/dist/packages/datadog-api-client-common/http/http.js'
import {
  AnswerCutShort,
  AnswerTooLarge,
  NotTheProvidersAnswer,
  RedirectRefused
} from '../../util/errors.js'
import { readAnswerBody } from '../../requests/answer-body.js'
import type { ProxyDispatchers } from '../../requests/dispatchers.js'
// undici's own fetch, not Node's global one: @actions/core has loaded this undici already (its
// http-client's proxy agent), while the global fetch would start Node's internal copy on first use.
import { fetch, Headers, type RequestInit } from 'undici'
import { firstTry, hintMs, nextTry, type RequestPolicy } from '../../requests/policy.js'
import { currentCall } from '../../requests/scope.js'

interface DatadogHttpOptions {
  policy: RequestPolicy
  /** Names this action after the client's own user agent. */
  userAgent: string
  /** Set when the runner is behind a proxy. */
  proxies?: ProxyDispatchers
}

interface Answer {
  status: number
  headers: Record<string, string>
  /** Undefined when the connection ended before the body did. */
  body?: Buffer
  cut?: unknown
}

export class PacedFetchHttpLibrary implements HttpLibrary {
  constructor(private readonly options: DatadogHttpOptions) {}

  async send(request: RequestContext): Promise<ResponseContext> {
    const { policy } = this.options
    const url = request.getUrl()
    const signal = request.getHttpConfig().signal as AbortSignal | undefined
    const call = currentCall()
    await firstTry(policy, signal)
    for (let failures = 0; ;) {
      // Throttled tries are not attempts: Datadog did nothing with them.
      if (call) call.attempts = failures + 1
      let answer: Answer
      try {
        answer = await this.fetchOnce(request, url, signal)
      } catch (error) {
        // An answer too large to read is final: sent again, it would be as large.
        if (error instanceof AnswerTooLarge) {
          await nextTry(policy, failures, { kind: 'final', answered: true }, signal)
          throw error
        }
        const next = await nextTry(policy, failures, { kind: 'retryable', answered: false }, signal)
        if (next === undefined) throw signal?.aborted ? error : networkFailure(error)
        failures = next
        continue
      }
      const { status, headers } = answer
      if (status === 429) {
        // A 429 proves Datadog did nothing: sent again, first in the queue, until the deadline.
        const hint = hintMs(headers['x-ratelimit-reset'] ?? headers['retry-after'])
        failures = (await nextTry(policy, failures, { kind: 'throttled', hintMs: hint }, signal))!
        continue
      }
      if (answer.body === undefined || status >= 500) {
        const next = await nextTry(policy, failures, { kind: 'retryable', answered: true }, signal)
        if (next !== undefined) {
          failures = next
          continue
        }
        if (answer.body === undefined) throw new AnswerCutShort(status, answer.cut)
        return responseOf(answer, answer.body)
      }
      await nextTry(policy, failures, { kind: 'final', answered: true }, signal)
      if (status >= 300 && status < 400) throw new RedirectRefused(status, headers.location, url)
      // Datadog answers JSON, errors included: an HTML page is a proxy's or a portal's.
      const contentType = headers['content-type'] ?? ''
      if (!/json/i.test(contentType)) {
        throw new NotTheProvidersAnswer(
          `the answer is not Datadog's (${contentType ? `content type ${contentType}` : 'no content type'} where Datadog answers JSON, HTTP ${status})`,
          status
        )
      }
      return responseOf(answer, answer.body)
    }
  }

  private async fetchOnce(
    request: RequestContext,
    url: string,
    signal: AbortSignal | undefined
  ): Promise<Answer> {
    const headers = new Headers()
    for (const [name, value] of Object.entries(request.getHeaders())) headers.set(name, value)
    headers.set('user-agent', `${headers.get('user-agent') ?? ''} ${this.options.userAgent}`.trim())
    const body = request.getBody()
    const dispatcher = this.options.proxies?.for(url)
    const response = await fetch(url, {
      method: request.getHttpMethod(),
      headers,
      // The fleet API sends JSON text or nothing; the client compresses only when asked.
      body: typeof body === 'string' || Buffer.isBuffer(body) ? body : undefined,
      signal,
      redirect: 'manual',
      ...(dispatcher ? { dispatcher } : {})
    } satisfies RequestInit)
    const answerHeaders: Record<string, string> = {}
    response.headers.forEach((value, name) => (answerHeaders[name] = value))
    try {
      // Bounded after decompression: undici inflates gzip and deflate on its own.
      const body = await readAnswerBody(response.body, response.status)
      return { status: response.status, headers: answerHeaders, body }
    } catch (cut) {
      if (signal?.aborted || cut instanceof AnswerTooLarge) throw cut
      return { status: response.status, headers: answerHeaders, cut }
    }
  }
}

/**
 * fetch says only "fetch failed"; its cause says what (connect ECONNREFUSED
 * 127.0.0.1:9) and carries the system error's code, which the classifier reads.
 * Every fetch failure is one before any answer: the endpoint was not reached.
 */
function networkFailure(error: unknown): unknown {
  const cause = (error as { cause?: { message?: unknown; code?: unknown } } | undefined)?.cause
  if (!cause || typeof cause.message !== 'string') return error
  const message =
    cause.message === 'bad port'
      ? "bad port: fetch never connects to this port (the Fetch standard's blocked ports); use another one"
      : cause.message
  return Object.assign(new Error(message, { cause }), {
    code: typeof cause.code === 'string' ? cause.code : 'FETCH_FAILED'
  })
}

function responseOf(answer: Answer, body: Buffer): ResponseContext {
  return new ResponseContext(answer.status, answer.headers, {
    text: async () => body.toString('utf8'),
    binary: async () => body
  })
}
