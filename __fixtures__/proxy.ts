/**
 * A forward proxy on loopback, as self-hosted runners sit behind: plain HTTP in
 * absolute form and HTTPS through CONNECT, recording what went through it.
 */
import { createServer, request, type Server } from 'node:http'
import { connect, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'

export interface ProxyRecord {
  method: string
  /** The absolute URL (plain HTTP) or host:port (CONNECT). */
  target: string
}

export interface ForwardProxy {
  url: string
  records: ProxyRecord[]
  close(): Promise<void>
}

export interface ForwardProxyOptions {
  /** Host names the proxy resolves itself (e.g. a made-up API host → 127.0.0.1). */
  hosts?: Record<string, string>
}

export async function startForwardProxy(options: ForwardProxyOptions = {}): Promise<ForwardProxy> {
  const resolve = (host: string) => options.hosts?.[host] ?? host
  const records: ProxyRecord[] = []
  const sockets = new Set<Socket>()
  const server: Server = createServer((req, res) => {
    records.push({ method: req.method ?? '', target: req.url ?? '' })
    const upstream = new URL(req.url ?? '')
    const forwarded = request(
      {
        host: resolve(upstream.hostname),
        port: upstream.port,
        path: upstream.pathname + upstream.search,
        method: req.method,
        headers: req.headers
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
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    records,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      })
  }
}
