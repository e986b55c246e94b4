/** Datadog's errors, by HTTP status (the client keeps the body but not the headers), in words. */
import { ApiException } from '@datadog/datadog-api-client/dist/packages/datadog-api-client-common/exception.js'
import { answer, type Answer } from '../../util/outcome.js'
import {
  AnswerCutShort,
  errorMessage,
  isTlsMismatch,
  NotTheProvidersAnswer,
  oneLine,
  RedirectRefused,
  TLS_MISMATCH_ADVICE
} from '../../util/errors.js'

/**
 * What Datadog said: its `errors` list. The client wraps statuses it does not
 * model as 'Unknown API Status Code!\nBody: "…"', with the JSON inside.
 */
function datadogErrorText(body: unknown): string {
  let value = body
  if (typeof value === 'string') {
    const inner = value.replace(/^Unknown API Status Code!\s*Body:\s*"?([\s\S]*?)"?$/, '$1')
    try {
      value = JSON.parse(inner) as unknown
    } catch {
      value = inner
    }
  }
  const errors = (value as { errors?: unknown } | undefined)?.errors
  return oneLine(Array.isArray(errors) ? errors.join('; ') : String(value ?? ''))
}

/** Datadog errors by HTTP status; the client keeps the body but not the headers. */
export function classifyDatadogError(
  error: unknown,
  what: string,
  permission: string,
  attempts: number
): Answer {
  if (
    error instanceof NotTheProvidersAnswer ||
    (error as Error)?.name === 'NotTheProvidersAnswer'
  ) {
    return answer(
      'failed',
      `Datadog's answer for ${what} could not be read (${errorMessage(error)}): is a proxy or captive portal answering instead? Nothing shows that Datadog acted on it.`
    )
  }
  if (error instanceof RedirectRefused) {
    return answer(
      'failed',
      `Datadog's endpoint answered ${what} with a redirect (${errorMessage(error)}): an answer reached through a redirect is not Datadog's, so it was not followed and the keys were sent nowhere else. Check endpoint-url and datadog-site.`
    )
  }
  if (error instanceof AnswerCutShort) {
    return answer(
      'failed',
      `Datadog's answer for ${what} was cut short after ${Math.max(1, attempts)} attempt(s) (${errorMessage(error)}): nothing shows what Datadog did; try again.`
    )
  }
  if (isTlsMismatch(error)) {
    return answer('failed', `Could not reach Datadog for ${what}: ${TLS_MISMATCH_ADVICE}.`)
  }
  if (!(error instanceof ApiException)) {
    const network =
      (error as { code?: unknown }).code ?? (error as { type?: unknown }).type === 'system'
    return answer(
      'failed',
      network
        ? `Could not reach Datadog for ${what}: ${errorMessage(error)}. Check datadog-site, endpoint-url and the network.`
        : `Datadog's answer for ${what} could not be read (${errorMessage(error)}): is a proxy or captive portal answering instead?`
    )
  }
  const code = error.code as number
  attempts = Math.max(1, attempts)
  const said = datadogErrorText(error.body).slice(0, 300)
  const detail = `HTTP ${code}${said ? `: ${said}` : ''}`
  if (code === 404)
    return answer(
      'not-found',
      `${what} was not found (${detail}). Check the deployment id and datadog-site.`
    )
  if (code === 401)
    return answer(
      'failed',
      `Datadog rejected the API key for ${what} (${detail}): check datadog-api-key and datadog-site.`
    )
  if (code === 403) {
    return answer(
      'failed',
      `Datadog denied ${what} (${detail}): the application key's user or service account needs the ${permission} permission(s).`
    )
  }
  if (code >= 500)
    return answer(
      'failed',
      `Datadog answered with a server error for ${what} after ${attempts} attempt(s) (${detail}); try again later.`
    )
  return answer('failed', `Datadog rejected the request for ${what} (${detail}).`)
}
