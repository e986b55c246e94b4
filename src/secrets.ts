/**
 * The step's secrets (the Datadog keys). Each is masked in the runner's log the
 * moment it is read, and removed from every text this action writes itself
 * (outputs, job summary, annotations, log lines), since a provider or a proxy
 * may echo a request header back in an error.
 */
import * as core from '@actions/core'

const secrets = new Set<string>()

export function registerSecret(value: string | undefined): void {
  if (!value) return
  core.setSecret(value)
  secrets.add(value)
}

export function redact(text: string): string {
  let out = text
  for (const secret of secrets) out = out.split(secret).join('***')
  return out
}
