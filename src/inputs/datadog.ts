/** The Datadog provider's settings: its keys and its site, from the inputs or the environment. */
import * as z from 'zod/mini'
import { log } from '../util/log.js'
import { headerUnsafe, MIN_SECRET_LENGTH } from '../util/secrets.js'
import type { DatadogSettings } from '../providers/types.js'
import { isLoopback } from './endpoint.js'
import type { InputName } from './names.js'
import { firstSet, once, type InputContext } from './schema.js'

/**
 * The site as Datadog's docs name it. A value copied from the browser (the web
 * app's https://app.datadoghq.eu/…) or the API host (api.datadoghq.eu) names
 * the same site: keep the host, drop an app. or api. label.
 */
function datadogSiteOf(text: string): string {
  const host = text
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/\.$/, '')
  return host.replace(/^(app|api)\.(?=[^.]+\.[^.]+)/, '')
}

/**
 * Datadog's sites, as its API client lists them (its servers' `site` variable) and its
 * docs name them. The keys go to `api.<site>`, so the site is taken only from this list:
 * a look-alike or a URL that merely mentions a site would send them elsewhere.
 */
const DATADOG_SITES = [
  'datadoghq.com',
  'us3.datadoghq.com',
  'us5.datadoghq.com',
  'datadoghq.eu',
  'ap1.datadoghq.com',
  'ap2.datadoghq.com',
  'uk1.datadoghq.com',
  'ddog-gov.com',
  'us2.ddog-gov.com'
] as const

const datadogSite = once(() =>
  z.string().check(
    z.refine((site) => (DATADOG_SITES as readonly string[]).includes(site), {
      error: `must be a Datadog site host name: one of ${DATADOG_SITES.join(', ')} (or its app. or api. host, or a URL on it); any other host goes through endpoint-url`
    })
  )
)

/**
 * The keys (input, else DD_API_KEY / DD_APP_KEY) and the site (input, else DD_SITE, else
 * datadoghq.com); undefined, with the problems recorded, when any of them is unusable.
 */
export function readDatadog(
  ctx: InputContext,
  endpointUrl: string | undefined
): DatadogSettings | undefined {
  const { raw, env, check } = ctx
  const apiKey = datadogKey(ctx, 'datadog-api-key', 'DD_API_KEY')
  const appKey = datadogKey(ctx, 'datadog-app-key', 'DD_APP_KEY')
  const [siteSource, siteText] = firstSet([
    ['datadog-site', raw('datadog-site')],
    ['DD_SITE', env.DD_SITE]
  ])
  const checkedSite =
    siteText === undefined
      ? 'datadoghq.com'
      : check(
          siteSource === 'datadog-site' ? siteSource : `datadog-site (from ${siteSource})`,
          datadogSite,
          datadogSiteOf(siteText)
        )
  if (siteText !== undefined && checkedSite && siteText !== checkedSite) {
    log.info(
      `datadog-site ${siteText} names the web app or the API host; using the site ${checkedSite}`
    )
  }
  if (endpointUrl?.startsWith('http://') && !isLoopback(endpointUrl)) {
    log.warning(
      `endpoint-url is plain http:// to ${new URL(endpointUrl).host}: the Datadog keys travel unencrypted to it. Use https:// unless it is a relay inside your own network.`
    )
  }
  return apiKey && appKey && checkedSite ? { apiKey, appKey, site: checkedSite } : undefined
}

/** A Datadog key from its input, else its variable: trimmed, and refused if no header can carry it. */
function datadogKey(
  { raw, env, problems }: InputContext,
  input: InputName,
  variable: string
): string {
  const [source, key] = firstSet([
    [input, raw(input)],
    [variable, env[variable]]
  ])
  if (!key) {
    problems.push(`${input} is not set: give the input (from a secret) or set ${variable}`)
    return ''
  }
  const named = source === input ? input : `${input} (from ${variable})`
  const unsafe = headerUnsafe(key)
  if (unsafe) {
    problems.push(`${named} ${unsafe}`)
    return ''
  }
  if (key.length < MIN_SECRET_LENGTH) {
    log.warning(
      `${named} has fewer than ${MIN_SECRET_LENGTH} characters, so it is not masked in the log; Datadog keys are 32 (API) and 40 (application) characters`
    )
  }
  return key
}
