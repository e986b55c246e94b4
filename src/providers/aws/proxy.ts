/**
 * The AWS clients' transport behind the runner's proxy (requests/proxy.ts says which). A kept-alive
 * socket to a proxy would carry the next plain-HTTP request as the endpoint would get it (a relative
 * path, no Proxy-Authorization): the agent pools the proxy's socket, not the request's rewriting.
 * So NodeHttpHandler gets two agents: HTTPS keeps its tunnels, plain HTTP keeps no socket.
 */
import { NodeHttpHandler } from '@smithy/node-http-handler'
import { proxyConfigured } from '../../requests/proxy.js'

/** A request handler that goes through the proxy, or undefined when none is configured. */
export function proxyRequestHandler(
  env: NodeJS.ProcessEnv = process.env
): NodeHttpHandler | undefined {
  if (!proxyConfigured(env)) return undefined
  // proxy-agent (and its PAC support) loads on the first request, only behind a proxy. The
  // handler destroys both agents when the client is destroyed (the session's close).
  return new NodeHttpHandler(async () => {
    const { ProxyAgent } = await import('proxy-agent')
    return {
      httpsAgent: new ProxyAgent({ keepAlive: true, maxSockets: 50 }),
      httpAgent: new ProxyAgent({ keepAlive: false })
    }
  })
}
