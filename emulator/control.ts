// Control API under /__emulator/..., so an emulator started in another process
// (`npm run emulator -- --port N`) can be seeded and scripted over HTTP:
//   GET  /__emulator/health
//   POST /__emulator/seed      {kind, id | name | thing+job, ...options}  (or an array of them)
//   POST /__emulator/fault     {operation, faults: [...], target?}
//   POST /__emulator/throttle  {ratePerSecond, burst?, scope?}  ({ratePerSecond: null} turns it off)
//   POST /__emulator/config    {cancelDelayMs}
//   POST /__emulator/advance   {ms}   (moves the emulator clock forward)
//   GET  /__emulator/status?kind=...&id=... | name=... | thing=...&job=...
//   GET  /__emulator/requests[?operation=...&target=...&since=<seq>]
//   POST /__emulator/reset

import { z } from 'zod'
import { FaultSchema, FaultTargetSchema } from './faults.js'
import { jsonReply } from './http.js'
import type { FaultScope, FaultSpec, FaultTarget } from './faults.js'
import { ThrottleSchema, type ThrottleConfig } from './throttle.js'
import type { RecordedRequest, Reply } from './types.js'

export const CONTROL_PREFIX = '/__emulator'

interface ControlRequest {
  query: Record<string, string>
  body: unknown
}

/**
 * What the control routes drive: the emulator as server.ts builds it. Declared here, not
 * imported, so that the server depends on its control routes and not the other way round;
 * seed specs and target references are checked by the emulator itself.
 */
export interface ControlledEmulator {
  seed(spec: unknown): void
  fault(operation: FaultTarget, faults: readonly FaultSpec[], scope?: FaultScope): void
  pendingFaults(operation?: FaultTarget, scope?: FaultScope): number
  throttle(config: ThrottleConfig | null): void
  configure(config: { cancelDelayMs?: number }): void
  advanceTime(ms: number): void
  now(): number
  statusOf(ref: unknown): string | undefined
  readonly requests: readonly RecordedRequest[]
  reset(): void
}

type ControlHandler = (emu: ControlledEmulator, req: ControlRequest) => Reply

const ok = (body: unknown = { ok: true }, status = 200) => jsonReply(status, body)

const FaultBody = z
  .object({
    operation: FaultTargetSchema,
    faults: z.array(FaultSchema),
    target: z.string().min(1).optional()
  })
  .strict()
const ThrottleBody = z.union([ThrottleSchema, z.object({ ratePerSecond: z.null() }), z.null()])
const ConfigBody = z.object({ cancelDelayMs: z.number().nonnegative() }).strict()
const AdvanceBody = z.object({ ms: z.number().nonnegative() }).strict()
const RequestsQuery = z.object({
  operation: z.string().optional(),
  target: z.string().optional(),
  since: z.coerce.number().int().nonnegative().optional()
})

const HANDLERS: Record<string, ControlHandler> = {
  'GET /health': () => ok(),
  'POST /seed': (emu, { body }) => {
    const specs = Array.isArray(body) ? body : [body]
    for (const spec of specs) emu.seed(spec)
    return ok({ seeded: specs.length }, 201)
  },
  'POST /fault': (emu, { body }) => {
    const { operation, faults, target } = FaultBody.parse(body)
    emu.fault(operation, faults, { target })
    return ok({ pending: emu.pendingFaults(operation, { target }) })
  },
  'POST /throttle': (emu, { body }) => {
    const cfg = ThrottleBody.parse(body ?? null)
    emu.throttle(cfg === null || cfg.ratePerSecond === null ? null : cfg)
    return ok()
  },
  'POST /config': (emu, { body }) => {
    emu.configure(ConfigBody.parse(body))
    return ok()
  },
  'POST /advance': (emu, { body }) => {
    emu.advanceTime(AdvanceBody.parse(body).ms)
    return ok({ now: emu.now() })
  },
  'GET /status': (emu, { query }) => {
    const status = emu.statusOf(query)
    return status === undefined ? jsonReply(404, { error: 'no such target' }) : ok({ status })
  },
  'GET /requests': (emu, { query }) => {
    const q = RequestsQuery.parse(query)
    const all = emu.requests.slice(q.since ?? 0)
    return ok(
      all.filter(
        (r) => (!q.operation || r.operation === q.operation) && (!q.target || r.target === q.target)
      )
    )
  },
  'POST /reset': (emu) => {
    emu.reset()
    return ok()
  }
}

export function handleControl(
  emu: ControlledEmulator,
  method: string,
  subPath: string,
  req: ControlRequest
): Reply {
  const handler = HANDLERS[`${method} ${subPath}`]
  if (!handler) return jsonReply(404, { error: `unknown control route ${method} ${subPath}` })
  try {
    return handler(emu, req)
  } catch (e) {
    const message = e instanceof z.ZodError ? z.prettifyError(e) : String(e)
    return jsonReply(400, { error: message })
  }
}
