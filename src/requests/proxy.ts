/**
 * How requests go through the runner's proxy. HTTPS_PROXY, HTTP_PROXY,
 * ALL_PROXY and NO_PROXY are honoured in either case, as proxy-from-env reads
 * them, for every provider; without any of them nothing is made, and each
 * SDK keeps its own defaults.
 *
 * Every request to a proxy is sent in absolute form with the proxy's
 * credentials: HTTPS through a CONNECT tunnel (kept alive: what travels inside
 * is the endpoint's), plain HTTP as a proxy request of its own each time.
 */
import type { Agent, ClientRequest } from 'node:http'
import { getProxyForUrl } from 'proxy-from-env'
import { ProxyAgent as UndiciProxyAgent, type Dispatcher } from 'undici'

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

/**
 * A proxy-aware agent for the AWS SDK, or undefined when no proxy is configured.
 * A kept-alive socket to a proxy would carry the next plain-HTTP request as the
 * endpoint would get it (a relative path, no Proxy-Authorization): the agent
 * pools the proxy's socket, not the request's rewriting. So plain HTTP goes
 * through an agent that keeps none; HTTPS keeps its tunnels.
 */
export async function proxyAgentFromEnv(
  env: NodeJS.ProcessEnv = process.env
): Promise<Agent | undefined> {
  if (!proxyConfigured(env)) return undefined
  const { ProxyAgent } = await import('proxy-agent')
  const agent = new ProxyAgent({ keepAlive: true, maxSockets: 50 })
  const plainHttp = new ProxyAgent({ keepAlive: false })
  // Node's Agent hands each request to addRequest, which its typings leave out.
  const routed = agent as unknown as RoutedAgent
  const tunnelled = routed.addRequest.bind(agent)
  const plain = (plainHttp as unknown as RoutedAgent).addRequest.bind(plainHttp)
  routed.addRequest = (request, options) =>
    (options.secureEndpoint ?? options.protocol === 'https:')
      ? tunnelled(request, options)
      : plain(request, options)
  const destroy = agent.destroy.bind(agent)
  agent.destroy = () => {
    plainHttp.destroy()
    destroy()
  }
  return agent
}

interface RoutedAgent {
  addRequest(request: ClientRequest, options: { secureEndpoint?: boolean; protocol?: string }): void
}

/** The dispatcher for each URL undici's fetch sends to: a proxy's, or none (direct). */
export class ProxyDispatchers {
  private readonly byProxy = new Map<string, Dispatcher>()

  for(url: string): Dispatcher | undefined {
    const proxy = getProxyForUrl(url)
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
