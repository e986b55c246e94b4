// Scripted faults: a FIFO queue per operation (plus '*', consumed by any
// operation once the operation's own queue is empty), optionally narrowed to
// one target (a deployment id, a service name, `thing/job`, ...), so tests that
// share an emulator and an operation can run at the same time. Each matching
// request consumes one entry; afterwards normal behaviour resumes.

import { z } from 'zod'
import { OPERATIONS, type OperationName } from './types.js'

export const FaultSchema = z
  .object({
    /** Answer this status instead of the normal answer (provider-style error body unless `body`). */
    status: z.number().int().min(100).max(599).optional(),
    /** Override the error name (x-amzn-ErrorType / __type) of a status fault. */
    errorType: z.string().min(1).optional(),
    /** Override the error message of a status fault. */
    message: z.string().optional(),
    /** Answer the provider's native throttling error (IoT: 400, others: 429). */
    throttle: z.boolean().optional(),
    /** Raw body to answer (status defaults to 200), e.g. an HTML error page. */
    body: z.string().optional(),
    contentType: z.string().optional(),
    headers: z.record(z.string(), z.string()).optional(),
    /** Adds `Retry-After: <seconds>`. */
    retryAfter: z.number().nonnegative().optional(),
    /** Adds `x-ratelimit-reset: <seconds>` (Datadog style). */
    rateLimitReset: z.number().nonnegative().optional(),
    /** Destroy the socket without answering. */
    reset: z.boolean().optional(),
    /** Answer (normal or faulted) only after this many ms: a stall. */
    delayMs: z.number().nonnegative().optional(),
    /** Write the body in `dripChunks` pieces with this pause between them. */
    dripMs: z.number().nonnegative().optional(),
    dripChunks: z.number().int().positive().optional(),
    /** Announce the full Content-Length, send half the body, then drop the connection. */
    truncate: z.boolean().optional(),
    /**
     * Put this many MiB of blanks before the answer's JSON (still valid JSON, so a reader
     * without a bound takes it whole). With `gzip`, a gzip bomb: a few hundred KiB on the wire.
     */
    bloatMiB: z.number().positive().max(1024).optional(),
    /** Send the body gzip-compressed, with Content-Encoding: gzip, asked for or not. */
    gzip: z.boolean().optional(),
    /**
     * Answer as if the request's query held these values too: a service that ignores
     * `page_number` (`{page_number: '0'}`), or answers a short page (`{page_size: '1'}`).
     */
    query: z.record(z.string(), z.string()).optional(),
    /**
     * Merged into the normal JSON answer (see `mergeAnswer`): a hostile answer the service's
     * own logic would never give. A repeated token (`{nextToken: 'MA'}`, twice), a listed item of
     * another place or with the id `..` (`{deployments: [{targetArn: …}]}`), a total that the
     * pages never reach (`{meta: {page: {total_filtered_count: 500}}}`), a place in another
     * account (`{thingGroupArn: 'arn:aws:iot:us-east-1:999999999999:thinggroup/g'}`), a job
     * without targets (`{job: {targets: null}}`).
     */
    merge: z.unknown().optional()
  })
  .strict()

export type FaultSpec = z.input<typeof FaultSchema>
export type Fault = z.output<typeof FaultSchema>

export type FaultTarget = OperationName | '*'
export const FaultTargetSchema = z.enum([...OPERATIONS, '*'])

/** True when the fault replaces the normal answer rather than only changing its delivery. */
export function replacesAnswer(f: Fault): boolean {
  return (
    f.status !== undefined ||
    f.body !== undefined ||
    f.throttle === true ||
    f.errorType !== undefined
  )
}

/**
 * The JSON answer `body` with `patch` merged in: objects member by member, arrays element by
 * element (index 0 of the patch onto index 0 of the answer; longer patches append), `null`
 * deletes a member, anything else replaces.
 */
export function mergeAnswer(body: string, patch: unknown): string {
  return JSON.stringify(mergeValue(body ? (JSON.parse(body) as unknown) : {}, patch))
}

function mergeValue(value: unknown, patch: unknown): unknown {
  if (Array.isArray(patch)) {
    const base = Array.isArray(value) ? [...(value as unknown[])] : []
    patch.forEach((item, i) => (base[i] = mergeValue(base[i], item)))
    return base
  }
  if (patch === null || typeof patch !== 'object') return patch
  const base: Record<string, unknown> =
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? { ...(value as Record<string, unknown>) }
      : {}
  for (const [key, member] of Object.entries(patch)) {
    if (member === null) delete base[key]
    else base[key] = mergeValue(base[key], member)
  }
  return base
}

export function describeFault(f: Fault): string {
  return Object.entries(f)
    .filter(([k]) => k !== 'body')
    .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join(' ')
}

/** Narrows a fault queue to the requests naming one target (see `RouteDef.targetOf`). */
export interface FaultScope {
  target?: string
}

export const FaultScopeSchema = z.object({ target: z.string().min(1).optional() }).strict()

export class FaultQueues {
  private readonly queues = new Map<string, Fault[]>()

  add(operation: FaultTarget, faults: readonly FaultSpec[], scope: FaultScope = {}): void {
    const key = queueKey(FaultTargetSchema.parse(operation), FaultScopeSchema.parse(scope).target)
    const parsed = faults.map((f) => FaultSchema.parse(f))
    const queue = this.queues.get(key) ?? []
    queue.push(...parsed)
    this.queues.set(key, queue)
  }

  /** The next fault for this request: its target's queues first, then the operation-wide ones. */
  take(operation: OperationName, target?: string): Fault | undefined {
    const keys = [queueKey(operation), queueKey('*')]
    if (target !== undefined) keys.unshift(queueKey(operation, target), queueKey('*', target))
    for (const key of keys) {
      const queue = this.queues.get(key)
      if (queue && queue.length > 0) return queue.shift()
    }
    return undefined
  }

  /**
   * Faults still queued: for one operation (operation-wide queue, or the
   * target's queue when a scope is given), or in total when no operation is given.
   */
  pending(operation?: FaultTarget, scope: FaultScope = {}): number {
    if (operation !== undefined)
      return this.queues.get(queueKey(operation, scope.target))?.length ?? 0
    let n = 0
    for (const q of this.queues.values()) n += q.length
    return n
  }

  clear(): void {
    this.queues.clear()
  }
}

function queueKey(operation: FaultTarget, target?: string): string {
  return target === undefined ? operation : JSON.stringify([operation, target])
}
