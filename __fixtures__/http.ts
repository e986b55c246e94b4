/** A loopback HTTP server that answers from a script, for provider tests that need real HTTP. */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Scripted {
  status: number
  body?: unknown
  /** The body as it is, not as JSON (an HTML page); give its content-type in `headers`. */
  raw?: string
  headers?: Record<string, string>
  /** Announce the whole body's Content-Length, send half of it, then close the connection. */
  truncate?: boolean
}
export interface Recorded {
  method: string
  url: string
  headers: IncomingHttpHeaders
}

export interface ScriptedServer {
  url: string
  requests: Recorded[]
  /** Answers for `METHOD path` in order; the last one repeats. */
  on(route: string, ...answers: Scripted[]): void
  close(): Promise<void>
}

export async function scriptedServer(): Promise<ScriptedServer> {
  const routes = new Map<string, Scripted[]>()
  const requests: Recorded[] = []
  const server: Server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers })
    req.resume()
    const queue = routes.get(`${req.method} ${req.url}`) ?? []
    const next = (queue.length > 1 ? queue.shift() : queue[0]) ?? {
      status: 404,
      body: { errors: ['no route'] }
    }
    const body = next.raw ?? (next.body === undefined ? '' : JSON.stringify(next.body))
    res.writeHead(next.status, {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
      ...next.headers
    })
    if (next.truncate) {
      res.write(body.slice(0, body.length >> 1), () => res.socket?.destroy())
      return
    }
    res.end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    on: (route, ...answers) => void routes.set(route, answers),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
