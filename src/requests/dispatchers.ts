/**
 * undici's dispatchers behind the runner's proxy (proxy.ts says which), for the transports on
 * undici's fetch: Datadog's and GitHub's.
 */
import { fetch, ProxyAgent as UndiciProxyAgent, type Dispatcher } from 'undici'
import { proxyConfigured, proxyFor } from './proxy.js'

/** The dispatcher for each URL undici's fetch sends to: a proxy's, or none (direct). */
export class ProxyDispatchers {
  private readonly byProxy = new Map<string, Dispatcher>()

  for(url: string): Dispatcher | undefined {
    const proxy = proxyFor(url)
    if (!proxy) return undefined
    let dispatcher = this.byProxy.get(proxy)
    if (!dispatcher) {
      // proxyTunnel false: plain HTTP in absolute form, credentials on every request.
      dispatcher = new UndiciProxyAgent({ uri: proxy, proxyTunnel: false })
      this.byProxy.set(proxy, dispatcher)
    }
    return dispatcher
  }

  close(): void {
    for (const dispatcher of this.byProxy.values()) void dispatcher.destroy().catch(() => {})
    this.byProxy.clear()
  }
}

/** Proxy dispatchers for undici's fetch, or undefined when no proxy is configured. */
export function proxyDispatchersFromEnv(): ProxyDispatchers | undefined {
  return proxyConfigured() ? new ProxyDispatchers() : undefined
}

/**
 * undici's fetch, through the runner's proxy for each URL it is given (NO_PROXY honoured per
 * request), for a client that takes a fetch of its own (Octokit).
 */
export function proxiedFetch(): typeof fetch {
  const proxies = proxyDispatchersFromEnv()
  if (!proxies) return fetch
  return (url, init) => {
    const href = typeof url === 'string' ? url : url instanceof URL ? url.href : url.url
    const dispatcher = proxies.for(href)
    return fetch(url, dispatcher ? { ...init, dispatcher } : init)
  }
}
