// Low-level HTTP plumbing: request parsing and reply delivery, including the
// delivery faults (stall, drip, truncate, reset).

import type { IncomingMessage, ServerResponse } from 'node:http'
import { setTimeout as sleepTimer } from 'node:timers/promises'
import { gzipSync } from 'node:zlib'
import type { Reply } from './types.js'

const MAX_BODY_BYTES = 1 << 20

export function jsonReply(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
  contentType = 'application/json'
): Reply {
  return {
    status,
    headers: { 'content-type': contentType, ...headers },
    body: body === undefined ? '' : JSON.stringify(body)
  }
}

/** Splits a raw request target into its still-encoded path and query parts. */
export function splitTarget(url: string): { rawPath: string; rawQuery: string } {
  const target = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '') || '/'
  const q = target.indexOf('?')
  const hash = target.indexOf('#')
  const end = hash >= 0 ? hash : target.length
  return q >= 0 && q < end
    ? { rawPath: target.slice(0, q), rawQuery: target.slice(q + 1, end) }
    : { rawPath: target.slice(0, end), rawQuery: '' }
}

export function parseQuery(rawQuery: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of new URLSearchParams(rawQuery)) out[k] = v
  return out
}

export function lowerHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v
  }
  return out
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    const buf = chunk as Buffer
    size += buf.length
    if (size > MAX_BODY_BYTES) throw new Error('request body too large')
    chunks.push(buf)
  }
  return Buffer.concat(chunks)
}

export function parseBody(raw: Buffer, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined
  const text = raw.toString('utf8')
  if (contentType === undefined || /json/i.test(contentType)) {
    try {
      return JSON.parse(text) as unknown
    } catch {
      return text
    }
  }
  return text
}

/** Resolves true after `ms`, false if `signal` aborts first. Never keeps the process alive. */
export async function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  if (ms <= 0) return !signal.aborted
  try {
    await sleepTimer(ms, undefined, { signal, ref: false })
    return true
  } catch {
    return false
  }
}

export interface Delivery {
  delayMs?: number
  dripMs?: number
  dripChunks?: number
  truncate?: boolean
  reset?: boolean
  bloatMiB?: number
  gzip?: boolean
}

/** The body as the faults shape it: blanks before it (bloatMiB), gzip-compressed (gzip). */
function shapedBody(text: string, delivery: Delivery): Buffer {
  const body = Buffer.from(text, 'utf8')
  const bloated = delivery.bloatMiB
    ? Buffer.concat([Buffer.alloc(Math.round(delivery.bloatMiB * 1024 * 1024), 0x20), body])
    : body
  return delivery.gzip ? gzipSync(bloated) : bloated
}

function gone(res: ServerResponse, signal: AbortSignal): boolean {
  return signal.aborted || res.destroyed || res.socket === null || res.socket.destroyed
}

function resetSocket(res: ServerResponse): void {
  const socket = res.socket
  if (!socket) return
  if (typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy()
  else socket.destroy()
}

/** Writes `reply` honouring the delivery faults. Resolves when done or abandoned. */
export async function deliver(
  res: ServerResponse,
  reply: Reply,
  delivery: Delivery,
  signal: AbortSignal
): Promise<void> {
  if (delivery.delayMs && !(await sleep(delivery.delayMs, signal))) return
  if (gone(res, signal)) return
  if (delivery.reset) {
    resetSocket(res)
    return
  }
  const body = shapedBody(reply.body, delivery)
  const encoding: Record<string, string> = delivery.gzip ? { 'content-encoding': 'gzip' } : {}
  res.writeHead(reply.status, {
    ...reply.headers,
    ...encoding,
    'content-length': String(body.length)
  })
  if (delivery.truncate) {
    const half = body.subarray(0, Math.floor(body.length / 2))
    const socket = res.socket
    res.flushHeaders()
    if (half.length > 0) res.write(half, () => socket?.destroy())
    else socket?.end()
    return
  }
  if (delivery.dripMs !== undefined && body.length > 0) {
    const pieces = Math.min(body.length, delivery.dripChunks ?? 8)
    const size = Math.ceil(body.length / pieces)
    for (let off = 0; off < body.length; off += size) {
      if (off > 0 && !(await sleep(delivery.dripMs, signal))) return
      if (gone(res, signal)) return
      res.write(body.subarray(off, off + size))
    }
    res.end()
    return
  }
  res.end(body)
}
