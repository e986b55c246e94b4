/**
 * Which proxy the runner names for a URL. HTTPS_PROXY, HTTP_PROXY, ALL_PROXY and NO_PROXY are
 * honoured in either case, as proxy-from-env reads them, for every provider; without any of them
 * each provider's transport sends directly and keeps its SDK's defaults. How a request travels
 * through the proxy is its transport's business (providers/aws/proxy.ts, providers/datadog/proxy.ts):
 * every request to a proxy is sent in absolute form with the proxy's credentials, HTTPS through a
 * CONNECT tunnel, plain HTTP as a proxy request of its own each time.
 */
import { getProxyForUrl } from 'proxy-from-env'

const PROXY_VARIABLES = [
  'HTTPS_PROXY',
  'https_proxy',
  'HTTP_PROXY',
  'http_proxy',
  'ALL_PROXY',
  'all_proxy'
]

export function proxyConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return PROXY_VARIABLES.some((name) => env[name])
}

/** The proxy's URL for a request to `url`, or '' to send it directly (NO_PROXY, or none set). */
export function proxyFor(url: string): string {
  return getProxyForUrl(url)
}
