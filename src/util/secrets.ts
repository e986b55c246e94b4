/**
 * The step's secrets (the Datadog keys, the GitHub token when used, the AWS secret key and
 * session token). Each is masked in the runner's log the
 * moment it is read, and removed from every text this action writes itself
 * (outputs, job summary, annotations, log lines), since a provider or a proxy
 * may echo a request header back in an error.
 */
import * as core from '@actions/core'

/**
 * Shorter values are not masked: masking "c" would turn every "cancelled" in
 * the log into "***ancelled", and no credential is that short (Datadog's API
 * keys have 32 characters, application keys 40). A key shorter than this is
 * still sent; the provider will refuse it.
 */
export const MIN_SECRET_LENGTH = 8

const secrets = new Set<string>()

/**
 * A secret as it will be sent: trimmed, as every input is, wherever it came
 * from (an environment variable keeps the newline a `echo` or a file left).
 * Every line of it is masked, since a multi-line value can be printed line by line.
 */
export function registerSecret(value: string | undefined): string {
  const trimmed = (value ?? '').trim()
  for (const part of new Set([trimmed, ...trimmed.split(/[\r\n]+/).map((l) => l.trim())])) {
    if (part.length < MIN_SECRET_LENGTH) continue
    core.setSecret(part)
    secrets.add(part)
  }
  return trimmed
}

/** Why a secret cannot be sent as an HTTP header value, without showing it; undefined when it can. */
export function headerUnsafe(value: string): string | undefined {
  // Visible ASCII only: a header value cannot hold line breaks or control characters, and
  // Node would quote any other character back in its error, printing the key.
  const bad = [...value].find((c) => c < '!' || c > '~')
  if (bad === undefined) return undefined
  const code = bad.codePointAt(0)!
  const what =
    code < 0x20 || code === 0x7f
      ? `a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`
      : code === 0x20
        ? 'a space'
        : 'a character outside visible ASCII'
  return `contains ${what}, which cannot be sent in an HTTP header (the value is not shown)`
}

export function redact(text: string): string {
  let out = text
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join('***')
  return out
}

/** Every string in `value` redacted, in arrays and objects (their keys too), whatever the depth. */
export function redactDeep(value: unknown): unknown {
  if (secrets.size === 0) return value
  if (typeof value === 'string') return redact(value)
  if (Array.isArray(value)) return value.map(redactDeep)
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [redact(key), redactDeep(inner)])
    )
  }
  return value
}
