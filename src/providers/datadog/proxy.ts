/** undici's dispatchers behind the runner's proxy (requests/proxy.ts says which), for Datadog. */
import { ProxyAgent as UndiciProxyAgent, type Dispatcher } from 'undici'
import { proxyConfigured, proxyFor } from '../../requests/proxy.js'

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
