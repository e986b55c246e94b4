// In-process provider emulator: one HTTP server on 127.0.0.1 speaking the real
// wire protocols of AWS IoT Greengrass V2, AWS Proton, AWS IoT Jobs and Datadog
// Fleet Automation, with seedable targets whose state moves over time,
// scripted faults, a token-bucket throttle and a request log.
//
// Request pipeline: route → scripted fault → auth → throttle → handler.
// A fault that only changes delivery (delayMs, dripMs, truncate, reset, bloatMiB, gzip) wraps
// whatever the normal pipeline answers.

import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import { awsJson1_0, restJson1 } from './aws.js'
import { CONTROL_PREFIX, handleControl } from './control.js'
import { DatadogProvider, type DatadogOptions, type DatadogSeed } from './datadog.js'
import {
  describeFault,
  FaultQueues,
  mergeAnswer,
  replacesAnswer,
  type Fault,
  type FaultScope,
  type FaultSpec,
  type FaultTarget
} from './faults.js'
import { GithubProvider, type GithubSeed } from './github.js'
import { GreengrassProvider, type GreengrassOptions, type GreengrassSeed } from './greengrass.js'
import {
  deliver,
  jsonReply,
  lowerHeaders,
  parseBody,
  parseQuery,
  readBody,
  splitTarget
} from './http.js'
import {
  IotProvider,
  type IotExecutionOptions,
  type IotExecutionSeed,
  type IotJobOptions,
  type IotJobSeed
} from './iot.js'
import {
  ProtonProvider,
  type ProtonEnvironmentSeed,
  type ProtonOptions,
  type ProtonServiceSeed,
  type ProtonStatus
} from './proton.js'
import { Throttle, type ThrottleConfig } from './throttle.js'
import {
  ServiceError,
  type CallContext,
  type KindHandler,
  type Provider,
  type RecordedRequest,
  type Reply
} from './types.js'
import { Router, targetOf, type RouteMatch } from './router.js'

export type { FaultScope, FaultSpec, FaultTarget } from './faults.js'
export type { ThrottleConfig } from './throttle.js'
export type { OperationName, RecordedRequest } from './types.js'
export { OPERATIONS } from './types.js'
export type { CancelOutcome } from './lifecycle.js'
export type { GreengrassOptions, GreengrassStatus } from './greengrass.js'
export type { ProtonOptions, ProtonStatus } from './proton.js'
export type { IotExecutionOptions, IotExecutionStatus, IotJobOptions, IotJobStatus } from './iot.js'
export type { DatadogOptions, DatadogStatus } from './datadog.js'
export type { GithubDeploymentOptions, GithubStatus, GithubStatusState } from './github.js'

export type SeedSpec =
  | GreengrassSeed
  | ProtonServiceSeed
  | ProtonEnvironmentSeed
  | IotExecutionSeed
  | IotJobSeed
  | DatadogSeed
  | GithubSeed

export type TargetKind = SeedSpec['kind']

export type TargetRef =
  | { kind: 'greengrass' | 'iot-job' | 'datadog'; id: string }
  | { kind: 'proton-service' | 'proton-environment'; name: string }
  | { kind: 'iot-job-execution'; thing: string; job: string }
  | { kind: 'github-deployment'; id: number | string }

export interface EmulatorOptions {
  /** Port to bind on 127.0.0.1; 0 (default) picks a free one. */
  port?: number
  /** Default delay between an accepted cancel and the terminal state (default 0). */
  cancelDelayMs?: number
}

/** Answers for requests no route matched, chosen by the shape of the request. */
const UNMATCHED: ReadonlyArray<{
  test(path: string, headers: Record<string, string>): boolean
  reply(requestId: string): Reply
}> = [
  {
    test: (path) => path.startsWith('/api/'),
    reply: () => jsonReply(404, { errors: ['Not found'] })
  },
  {
    test: (path) => path.startsWith('/repos/'),
    reply: () => jsonReply(404, { message: 'Not Found', status: '404' })
  },
  {
    test: (_path, headers) => headers['x-amz-target'] !== undefined,
    reply: (id) =>
      awsJson1_0('com.amazonaws.proton').error(
        new ServiceError(
          400,
          'com.amazon.coral.service#UnknownOperationException',
          'Unknown operation'
        ),
        id
      )
  },
  {
    test: () => true,
    reply: (id) =>
      restJson1.error(new ServiceError(404, 'UnknownOperationException', 'Unknown operation'), id)
  }
]

function unmatched(path: string, headers: Record<string, string>, requestId: string): Reply {
  const entry = UNMATCHED.find((u) => u.test(path, headers)) as (typeof UNMATCHED)[number]
  return entry.reply(requestId)
}

export class Emulator {
  private server: Server | undefined
  private readonly sockets = new Set<Socket>()
  private readonly abort = new AbortController()
  private readonly log: RecordedRequest[] = []
  private offsetMs = 0
  private cancelDelay: number

  private readonly env = { cancelDelayMs: () => this.cancelDelay }
  private readonly iot: IotProvider = new IotProvider(this.env, () => this.greengrass.targetArns())
  private readonly greengrass: GreengrassProvider = new GreengrassProvider(this.env, {
    addJob: (jobId, options, now) =>
      this.iot.addJob(jobId, options as Parameters<IotProvider['addJob']>[1], now),
    cancelJobOf: (jobId, now) => this.iot.cancelJobOf(jobId, now),
    executionStatus: (thing, jobId, now) => this.iot.executionStatus(thing, jobId, now)
  })
  private readonly proton = new ProtonProvider(this.env)
  private readonly datadog = new DatadogProvider(this.env)
  /** GitHub's deployments API (for GITHUB_API_URL): addDeployment, statuses, acceptTokens. */
  readonly github = new GithubProvider()
  private readonly providers: readonly Provider[] = [
    this.greengrass,
    this.proton,
    this.iot,
    this.datadog,
    this.github
  ]
  private readonly router = new Router(this.providers)
  private readonly kinds = new Map<string, KindHandler>(
    this.providers.flatMap((p) => Object.entries(p.kinds))
  )
  private readonly faults = new FaultQueues()
  private readonly throttler = new Throttle()

  /** `http://127.0.0.1:PORT` once listening. */
  url = ''
  port = 0

  constructor(private readonly options: EmulatorOptions = {}) {
    this.cancelDelay = options.cancelDelayMs ?? 0
  }

  async listen(port = this.options.port ?? 0): Promise<this> {
    const server = createServer((req, res) => void this.handle(req, res))
    server.keepAliveTimeout = 65_000
    server.headersTimeout = 66_000
    server.on('connection', (socket) => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, '127.0.0.1', () => resolve())
    })
    const address = server.address()
    if (address === null || typeof address === 'string') throw new Error('no TCP address')
    this.server = server
    this.port = address.port
    this.url = `http://127.0.0.1:${address.port}`
    return this
  }

  /** Stops listening, aborts stalled answers and destroys every open socket. */
  async close(): Promise<void> {
    const server = this.server
    if (!server) return
    this.server = undefined
    this.abort.abort()
    const closed = new Promise<void>((resolve) => server.close(() => resolve()))
    for (const socket of this.sockets) socket.destroy()
    server.closeAllConnections()
    await closed
  }

  // ---- clock and configuration -------------------------------------------

  /** Emulator clock: wall time plus whatever `advanceTime` added. */
  now(): number {
    return Date.now() + this.offsetMs
  }

  /** Moves the emulator clock forward (timed transitions and token refill). */
  advanceTime(ms: number): void {
    this.offsetMs += ms
  }

  configure(config: { cancelDelayMs?: number }): void {
    if (config.cancelDelayMs !== undefined) this.cancelDelay = config.cancelDelayMs
  }

  // ---- targets -------------------------------------------------------------

  /** Seeds any target kind from a plain object (also what POST /__emulator/seed does). */
  seed(spec: SeedSpec): void {
    this.kind(spec).seed(spec, this.now())
  }

  /** Current status of a seeded target, or undefined if there is none. */
  statusOf(ref: TargetRef): string | undefined {
    return this.kind(ref).statusOf(ref, this.now())
  }

  addGreengrassDeployment(id: string, options: GreengrassOptions = {}): void {
    this.greengrass.add(id, options, this.now())
  }

  addProtonService(name: string, statusOrOptions: ProtonStatus | ProtonOptions = {}): void {
    this.proton.addService(name, asOptions(statusOrOptions), this.now())
  }

  addProtonEnvironment(name: string, statusOrOptions: ProtonStatus | ProtonOptions = {}): void {
    this.proton.addEnvironment(name, asOptions(statusOrOptions), this.now())
  }

  addIotJobExecution(thing: string, job: string, options: IotExecutionOptions = {}): void {
    this.iot.addExecution(thing, job, options, this.now())
  }

  addIotJob(jobId: string, options: IotJobOptions = {}): void {
    this.iot.addJob(jobId, options, this.now())
  }

  /** A thing that exists for DescribeThing (one named by an execution exists already). */
  addThing(name: string): void {
    this.iot.things.add(name)
  }

  /** A thing group that exists for DescribeThingGroup (one a job targets exists already). */
  addThingGroup(name: string): void {
    this.iot.thingGroups.add(name)
  }

  addDatadogDeployment(id: string, options: DatadogOptions = {}): void {
    this.datadog.add(id, options, this.now())
  }

  private kind(ref: { kind: string }): KindHandler {
    const handler = this.kinds.get(ref.kind)
    if (!handler) {
      throw new Error(
        `unknown target kind '${ref.kind}' (known: ${[...this.kinds.keys()].join(', ')})`
      )
    }
    return handler
  }

  // ---- faults, throttle, log -----------------------------------------------

  /**
   * Queues scripted faults for an operation ('*' = any); each request consumes
   * one. With `{ target }` only requests naming that target consume them (and
   * before any operation-wide fault), so concurrent tests cannot take each other's.
   */
  fault(operation: FaultTarget, faults: readonly FaultSpec[], scope: FaultScope = {}): void {
    this.faults.add(operation, faults, scope)
  }

  /** Faults left for an operation (for one target with `{ target }`), or in all if none given. */
  pendingFaults(operation?: FaultTarget, scope: FaultScope = {}): number {
    return this.faults.pending(operation, scope)
  }

  /** Enables (or with null disables) the token-bucket throttle. */
  throttle(config: ThrottleConfig | null): void {
    this.throttler.configure(config)
  }

  /** Every request received since the last reset, in arrival order. */
  get requests(): readonly RecordedRequest[] {
    return this.log
  }

  /** Clears targets, faults, throttle, request log, clock offset and configuration. */
  reset(): void {
    for (const p of this.providers) p.clear()
    this.faults.clear()
    this.throttler.configure(null)
    this.log.length = 0
    this.offsetMs = 0
    this.cancelDelay = this.options.cancelDelayMs ?? 0
  }

  // ---- request pipeline ----------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    req.on('error', () => undefined)
    res.on('error', () => undefined)
    try {
      const { rawPath, rawQuery } = splitTarget(req.url ?? '/')
      const headers = lowerHeaders(req)
      const raw = await readBody(req)
      const query = parseQuery(rawQuery)
      const body = parseBody(raw, headers['content-type'])
      const method = req.method ?? 'GET'

      if (rawPath === CONTROL_PREFIX || rawPath.startsWith(`${CONTROL_PREFIX}/`)) {
        // Control bodies are JSON whatever the content-type (curl -d sends a form type).
        const reply = handleControl(this, method, rawPath.slice(CONTROL_PREFIX.length), {
          query,
          body: parseBody(raw, undefined)
        })
        await deliver(res, reply, {}, this.abort.signal)
        return
      }

      const requestId = randomUUID()
      const match = this.router.match(method, rawPath, headers)
      const target = match && targetOf(match, body, query)
      const record: RecordedRequest = {
        seq: this.log.length,
        operation: match?.def.operation ?? null,
        method,
        path: rawPath,
        params: match?.params ?? {},
        ...(target === undefined ? {} : { target }),
        query,
        headers,
        body,
        status: null,
        time: this.now()
      }
      this.log.push(record)

      if (!match) {
        const reply = unmatched(rawPath, headers, requestId)
        record.status = reply.status
        await deliver(res, reply, {}, this.abort.signal)
        return
      }

      const fault = this.faults.take(match.def.operation, target)
      if (fault) record.fault = describeFault(fault)
      const ctx: CallContext = {
        operation: match.def.operation,
        params: match.params,
        query: { ...query, ...fault?.query },
        headers,
        body,
        now: record.time,
        requestId
      }
      const reply =
        fault && replacesAnswer(fault)
          ? this.faultReply(match.provider, fault, requestId)
          : this.answer(match, ctx)
      if (fault?.merge !== undefined && reply.status < 300) {
        reply.body = mergeAnswer(reply.body, fault.merge)
      }
      if (fault) reply.headers = { ...reply.headers, ...faultHeaders(fault) }
      record.status = fault?.reset ? null : reply.status
      await deliver(res, reply, fault ?? {}, this.abort.signal)
    } catch (e) {
      if (!res.headersSent && !res.destroyed) {
        res.writeHead(500, { 'content-type': 'text/plain' })
        res.end(`emulator error: ${String(e)}`)
      }
    }
  }

  private answer({ provider, def }: RouteMatch, ctx: CallContext): Reply {
    try {
      const denied = provider.authenticate(ctx.headers)
      if (denied) throw denied
      const verdict = this.throttler.check(provider.name, ctx.now)
      if (!verdict.ok) throw provider.throttleError(verdict.retryAfterSeconds)
      return def.handle(ctx)
    } catch (e) {
      if (e instanceof ServiceError) return provider.renderError(e, ctx.requestId)
      throw e
    }
  }

  private faultReply(provider: Provider, fault: Fault, requestId: string): Reply {
    if (fault.body !== undefined) {
      return {
        status: fault.status ?? 200,
        headers: { 'content-type': fault.contentType ?? 'text/plain' },
        body: fault.body
      }
    }
    if (fault.throttle) {
      return provider.renderError(
        provider.throttleError(fault.retryAfter ?? fault.rateLimitReset ?? 1),
        requestId
      )
    }
    const status = fault.status ?? 500
    if (status < 300) return { status, headers: {}, body: '' }
    const base = provider.errorForStatus(status)
    const error = new ServiceError(
      status,
      fault.errorType ?? base.code,
      fault.message ?? base.message,
      base.extra,
      base.headers
    )
    return provider.renderError(error, requestId)
  }
}

function faultHeaders(fault: Fault): Record<string, string> {
  const headers: Record<string, string> = {}
  if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter)
  if (fault.rateLimitReset !== undefined)
    headers['x-ratelimit-reset'] = String(fault.rateLimitReset)
  if (fault.contentType !== undefined) headers['content-type'] = fault.contentType
  for (const [k, v] of Object.entries(fault.headers ?? {})) headers[k.toLowerCase()] = v
  return headers
}

function asOptions(statusOrOptions: ProtonStatus | ProtonOptions): ProtonOptions {
  return typeof statusOrOptions === 'string' ? { status: statusOrOptions } : statusOrOptions
}

/** Starts an emulator on 127.0.0.1 (a free port unless `port` is given). */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  return new Emulator(options).listen()
}
