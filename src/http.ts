/**
 * The HTTP agent every provider uses when the runner sits behind a proxy.
 * HTTPS_PROXY, HTTP_PROXY and NO_PROXY are honoured in either case, as
 * proxy-from-env reads them; without any of them no agent is made, and each
 * SDK keeps its own defaults.
 */
import type { Agent } from 'node:http'

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

/** A proxy-aware agent, or undefined when no proxy is configured. */
export async function proxyAgentFromEnv(
  env: NodeJS.ProcessEnv = process.env
): Promise<Agent | undefined> {
  if (!proxyConfigured(env)) return undefined
  const { ProxyAgent } = await import('proxy-agent')
  return new ProxyAgent({ keepAlive: true, maxSockets: 50 })
}
