/**
 * A forward proxy on loopback, as self-hosted runners sit behind: plain HTTP in
 * absolute form and HTTPS through CONNECT, recording what went through it. With
 * `credentials` it authenticates as corporate proxies do: every request (each
 * plain-HTTP one, each CONNECT) must carry them, else 407; a request in relative
 * form (what an endpoint gets, not a proxy) is refused with 400.
 */
import { createServer, request, type IncomingMessage, type Server } from 'node:http'
import { connect, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'

export interface ProxyRecord {
  method: string
  /** The absolute URL (plain HTTP) or host:port (CONNECT). */
  target: string
}

export interface ForwardProxy {
  /** With the credentials in it, when the proxy has some. */
  url: string
  records: ProxyRecord[]
  /** Requests refused: without the credentials (407) or in relative form (400). */
  refused: (ProxyRecord & { status: number })[]
  close(): Promise<void>
}

export interface ForwardProxyOptions {
  /** Host names the proxy resolves itself (e.g. a made-up API host → 127.0.0.1). */
  hosts?: Record<string, string>
  /** `user:password` every request must send as Proxy-Authorization (Basic). */
  credentials?: string
}

export async function startForwardProxy(options: ForwardProxyOptions = {}): Promise<ForwardProxy> {
  const resolve = (host: string) => options.hosts?.[host] ?? host
  const records: ProxyRecord[] = []
  const refused: ForwardProxy['refused'] = []
  const sockets = new Set<Socket>()
  const expected = options.credentials
    ? `Basic ${Buffer.from(options.credentials).toString('base64')}`
    : undefined
  /** The status refusing this request, or undefined to forward it. */
  const refusal = (req: IncomingMessage): number | undefined => {
    if (req.method !== 'CONNECT' && !/^https?:\/\//.test(req.url ?? '')) return 400
    if (expected && req.headers['proxy-authorization'] !== expected) return 407
    return undefined
  }
  const server: Server = createServer((req, res) => {
    const status = refusal(req)
    if (status) {
      refused.push({ method: req.method ?? '', target: req.url ?? '', status })
      req.resume()
      res.writeHead(status, status === 407 ? { 'proxy-authenticate': 'Basic' } : {}).end()
      return
    }
    records.push({ method: req.method ?? '', target: req.url ?? '' })
    const upstream = new URL(req.url ?? '')
    const headers = { ...req.headers }
    delete headers['proxy-authorization']
    const forwarded = request(
      {
        host: resolve(upstream.hostname),
        port: upstream.port,
        path: upstream.pathname + upstream.search,
        method: req.method,
        headers
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      }
    )
    forwarded.on('error', () => res.writeHead(502).end())
    req.pipe(forwarded)
  })
  server.on('connect', (req, client: Socket, head: Buffer) => {
    const status = refusal(req)
    if (status) {
      refused.push({ method: 'CONNECT', target: req.url ?? '', status })
      client.end(`HTTP/1.1 ${status} Refused\r\nProxy-Authenticate: Basic\r\n\r\n`)
      return
    }
    records.push({ method: 'CONNECT', target: req.url ?? '' })
    const [host, port] = (req.url ?? '').split(':')
    const upstream = connect(Number(port), resolve(host ?? ''), () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    for (const s of [client, upstream]) {
      sockets.add(s)
      s.on('close', () => sockets.delete(s))
      s.on('error', () => s.destroy())
    }
  })
  server.on('connection', (s) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening))
  const auth = options.credentials ? `${options.credentials}@` : ''
  return {
    url: `http://${auth}127.0.0.1:${(server.address() as AddressInfo).port}`,
    records,
    refused,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      })
  }
}
