// AWS IoT Jobs (restJson1), as @aws-sdk/client-iot sends and parses it:
//   PUT /things/{thingName}/jobs/{jobId}/cancel?force=  {expectedVersion?, statusDetails?} → 200, empty
//   GET /things/{thingName}/jobs/{jobId}                → {execution: JobExecution}
//   PUT /jobs/{jobId}/cancel?force=                     {reasonCode?, comment?} → {jobArn, jobId, description}
//   GET /jobs/{jobId}                                   → {job: Job}
//   GET /jobs?status&thingGroupName&maxResults&nextToken → {jobs: JobSummary[], nextToken}
//   GET /things/{thingName}/jobs?status&maxResults&nextToken → {executionSummaries, nextToken}
//   GET /things/{thingName}, GET /thing-groups/{thingGroupName} → DescribeThing(Group)
//   GET /jobs/{jobId}/things?status&maxResults&nextToken → ListJobExecutionsForJob
//        {executionSummaries: [{thingArn, jobExecutionSummary}], nextToken} (maxResults 1-250)
// A thing exists once seeded (addThing) or named by an execution; a thing group once seeded
// (addThingGroup) or targeted by a job (its `groups`).
// Rules (as the real service): cancelling an IN_PROGRESS execution without force, or an
// execution that is already terminal → 409 InvalidStateTransitionException; expectedVersion
// mismatch → 409 VersionConflictException; unknown → 404 ResourceNotFoundException.
// CancelJob on a job that is not IN_PROGRESS/SCHEDULED → 409 InvalidStateTransitionException.
// Throttling is HTTP 400 ThrottlingException (that is how the IoT model declares it).

import { z } from 'zod'
import {
  arn,
  awsPage,
  epochSeconds,
  member,
  requireSigV4,
  restJson1,
  statusErrors,
  throttling
} from './aws.js'
import {
  defineKind,
  IdRef,
  TargetKind,
  targetOptionsSchema,
  type Lifecycle,
  type Target
} from './lifecycle.js'
import {
  ServiceError,
  type CallContext,
  type KindHandler,
  type Provider,
  type ProviderEnv,
  type Reply,
  type RouteDef,
  restRoute
} from './types.js'

export const IOT_EXECUTION_STATUSES = [
  'QUEUED',
  'IN_PROGRESS',
  'SUCCEEDED',
  'FAILED',
  'TIMED_OUT',
  'REJECTED',
  'REMOVED',
  'CANCELED'
] as const
export type IotExecutionStatus = (typeof IOT_EXECUTION_STATUSES)[number]

export const IOT_JOB_STATUSES = [
  'IN_PROGRESS',
  'CANCELED',
  'DELETION_IN_PROGRESS',
  'COMPLETED',
  'SCHEDULED'
] as const
export type IotJobStatus = (typeof IOT_JOB_STATUSES)[number]

const EXECUTION_LIFECYCLE: Lifecycle<IotExecutionStatus> = {
  initial: 'IN_PROGRESS',
  cancellable: ['QUEUED', 'IN_PROGRESS'],
  cancelling: null,
  natural: 'SUCCEEDED',
  outcomes: { cancelled: 'CANCELED', succeeded: 'SUCCEEDED', failed: 'FAILED' }
}

const JOB_LIFECYCLE: Lifecycle<IotJobStatus> = {
  initial: 'IN_PROGRESS',
  cancellable: ['IN_PROGRESS', 'SCHEDULED'],
  cancelling: null,
  natural: 'COMPLETED',
  outcomes: { cancelled: 'CANCELED', succeeded: 'COMPLETED', failed: 'COMPLETED' }
}

/** Execution status a job's executions finish with when the job finishes on its own. */
const EXECUTION_FINISH_FOR_JOB: Partial<Record<IotJobStatus, IotExecutionStatus>> = {
  COMPLETED: 'SUCCEEDED',
  CANCELED: 'CANCELED'
}

/** JobProcessDetails counter per execution status. */
const PROCESS_COUNTERS: Record<IotExecutionStatus, string> = {
  QUEUED: 'numberOfQueuedThings',
  IN_PROGRESS: 'numberOfInProgressThings',
  SUCCEEDED: 'numberOfSucceededThings',
  FAILED: 'numberOfFailedThings',
  TIMED_OUT: 'numberOfTimedOutThings',
  REJECTED: 'numberOfRejectedThings',
  REMOVED: 'numberOfRemovedThings',
  CANCELED: 'numberOfCanceledThings'
}

const ExecutionStatus = z.enum(IOT_EXECUTION_STATUSES)

export const IotExecutionOptionsSchema = targetOptionsSchema(IOT_EXECUTION_STATUSES).extend({
  versionNumber: z.number().int().nonnegative().optional(),
  executionNumber: z.number().int().nonnegative().optional(),
  statusDetails: z.record(z.string(), z.string()).optional()
})
export type IotExecutionOptions = z.input<typeof IotExecutionOptionsSchema>

export const IotJobOptionsSchema = targetOptionsSchema(IOT_JOB_STATUSES).extend({
  /** Things targeted by the job; their executions are created too (default IN_PROGRESS). */
  things: z.union([z.array(z.string().min(1)), z.record(z.string(), ExecutionStatus)]).optional(),
  /** Thing groups the job targets (ListJobs' thingGroupName filter finds it by them). */
  groups: z.array(z.string().min(1)).optional(),
  /** A job namespace, e.g. Greengrass's `aws-gg-deployment`. */
  namespaceId: z.string().optional(),
  description: z.string().optional()
})
export type IotJobOptions = z.input<typeof IotJobOptionsSchema>

export const IotExecutionSeedSchema = IotExecutionOptionsSchema.extend({
  kind: z.literal('iot-job-execution'),
  thing: z.string().min(1),
  job: z.string().min(1)
}).strict()
export const IotJobSeedSchema = IotJobOptionsSchema.extend({
  kind: z.literal('iot-job'),
  id: z.string().min(1)
}).strict()
export type IotExecutionSeed = z.input<typeof IotExecutionSeedSchema>
export type IotJobSeed = z.input<typeof IotJobSeedSchema>

const ExecutionRef = z.object({ thing: z.string(), job: z.string() })

interface ExecutionExtra {
  thing: string
  job: string
  versionNumber: number
  executionNumber: number
  detailsMap: Record<string, string>
  forceCanceled: boolean
}

interface JobExtra {
  things: string[]
  groups: string[]
  namespaceId?: string
  description: string
  forceCanceled: boolean
  reasonCode?: string
  comment?: string
}

type Execution = Target<IotExecutionStatus, ExecutionExtra>
type Job = Target<IotJobStatus, JobExtra>

const executionKey = (thing: string, job: string) => JSON.stringify([thing, job])
const executionOf = (key: string) => JSON.parse(key) as [thing: string, job: string]
const thingArn = (thing: string) => arn('iot', `thing/${thing}`)
const jobArn = (job: string) => arn('iot', `job/${job}`)

/** The execution status each of a job's things starts in (a bare list: IN_PROGRESS). */
function executionStatuses(o: z.output<typeof IotJobOptionsSchema>) {
  return Array.isArray(o.things)
    ? Object.fromEntries(o.things.map((t): [string, IotExecutionStatus] => [t, 'IN_PROGRESS']))
    : (o.things ?? {})
}
const thingsOf = (o: z.output<typeof IotJobOptionsSchema>) => Object.keys(executionStatuses(o))

function conflict(code: string, message: string): ServiceError {
  return new ServiceError(409, code, message)
}

export class IotProvider implements Provider {
  readonly name = 'iot'
  readonly executions = new TargetKind({
    lifecycle: EXECUTION_LIFECYCLE,
    options: IotExecutionOptionsSchema,
    extra: (key, o): ExecutionExtra => {
      const [thing, job] = executionOf(key)
      return {
        thing,
        job,
        versionNumber: o.versionNumber ?? 1,
        executionNumber: o.executionNumber ?? 1,
        detailsMap: { ...o.statusDetails },
        forceCanceled: false
      }
    },
    notFound: (key) => {
      const [thing, job] = executionOf(key)
      return new ServiceError(
        404,
        'ResourceNotFoundException',
        `No job execution found for job ${job} on thing ${thing}`
      )
    }
  })
  readonly jobs = new TargetKind({
    lifecycle: JOB_LIFECYCLE,
    options: IotJobOptionsSchema,
    extra: (id, o): JobExtra => ({
      things: thingsOf(o),
      groups: o.groups ?? [],
      ...(o.namespaceId === undefined ? {} : { namespaceId: o.namespaceId }),
      description: o.description ?? `Job ${id}`,
      forceCanceled: false
    }),
    notFound: (id) => new ServiceError(404, 'ResourceNotFoundException', `Job ${id} does not exist`)
  })

  readonly routes: readonly RouteDef[] = [
    restRoute('iot.CancelJobExecution', 'PUT /things/{thingName}/jobs/{jobId}/cancel', (ctx) =>
      this.cancelExecution(ctx)
    ),
    restRoute('iot.DescribeJobExecution', 'GET /things/{thingName}/jobs/{jobId}', (ctx) =>
      this.describeExecution(ctx)
    ),
    restRoute('iot.ListJobExecutionsForThing', 'GET /things/{thingName}/jobs', (ctx) =>
      this.listExecutions(ctx)
    ),
    restRoute('iot.DescribeThing', 'GET /things/{thingName}', (ctx) => this.describeThing(ctx)),
    restRoute('iot.DescribeThingGroup', 'GET /thing-groups/{thingGroupName}', (ctx) =>
      this.describeThingGroup(ctx)
    ),
    restRoute(
      'iot.ListJobs',
      'GET /jobs',
      (ctx) => this.listJobs(ctx),
      ({ query }) => query['thingGroupName']
    ),
    restRoute('iot.CancelJob', 'PUT /jobs/{jobId}/cancel', (ctx) => this.cancelJob(ctx)),
    restRoute('iot.DescribeJob', 'GET /jobs/{jobId}', (ctx) => this.describeJob(ctx)),
    restRoute('iot.ListJobExecutionsForJob', 'GET /jobs/{jobId}/things', (ctx) =>
      this.listJobExecutions(ctx)
    )
  ]

  readonly kinds: Record<string, KindHandler> = {
    'iot-job-execution': this.executions.handler(IotExecutionSeedSchema, ExecutionRef, (ref) =>
      executionKey(ref.thing, ref.job)
    ),
    'iot-job': defineKind(
      IotJobSeedSchema,
      IdRef,
      ({ id, ...options }, now) => this.addJob(id, options, now),
      ({ id }, now) => this.jobs.statusOfKey(id, now)
    )
  }

  readonly authenticate = requireSigV4
  readonly renderError = restJson1.error
  readonly throttleError = (retryAfter: number) => throttling(400, retryAfter)
  readonly errorForStatus = statusErrors(
    {
      400: 'InvalidRequestException',
      401: 'UnauthorizedException',
      404: 'ResourceNotFoundException',
      409: 'ConflictException',
      410: 'LimitExceededException',
      429: 'ThrottlingException',
      503: 'ServiceUnavailableException'
    },
    'InvalidRequestException',
    'InternalFailureException'
  )

  /**
   * `placesElsewhere`: the ARNs other services name as existing things and groups (a Greengrass
   * deployment's target), so that DescribeThing(Group) finds them as AWS would.
   */
  constructor(
    private readonly env: ProviderEnv,
    private readonly placesElsewhere: () => Iterable<string> = () => []
  ) {}

  private namedElsewhere(resource: string): boolean {
    for (const named of this.placesElsewhere()) if (named.endsWith(`:${resource}`)) return true
    return false
  }

  /**
   * The ARN IoT answers for a thing or group: the one a Greengrass deployment targets it by (its
   * region and account, as seeded), else the emulator's own.
   */
  private placeArn(resource: string): string {
    for (const named of this.placesElsewhere()) if (named.endsWith(`:${resource}`)) return named
    return arn('iot', resource)
  }

  addExecution(thing: string, job: string, options: IotExecutionOptions, now: number): void {
    this.executions.seed(executionKey(thing, job), options, now)
  }

  /** A job, and an execution for each of its things. */
  addJob(jobId: string, options: IotJobOptions, now: number): void {
    const o = IotJobOptionsSchema.parse(options)
    const things = executionStatuses(o)
    const jobFinish = EXECUTION_FINISH_FOR_JOB[o.finishAs ?? JOB_LIFECYCLE.natural]
    for (const [thing, status] of Object.entries(things)) {
      this.addExecution(
        thing,
        jobId,
        {
          status,
          finishAfterMs: jobFinish && o.finishAfterMs,
          finishAs: jobFinish,
          cancelDelayMs: o.cancelDelayMs
        },
        now
      )
    }
    this.jobs.seed(jobId, o, now)
  }

  clear(): void {
    this.executions.clear()
    this.jobs.clear()
    this.things.clear()
    this.thingGroups.clear()
  }

  /** Things and thing groups seeded on their own (DescribeThing, DescribeThingGroup). */
  readonly things = new Set<string>()
  readonly thingGroups = new Set<string>()

  private thingExists(name: string): boolean {
    if (this.things.has(name) || this.namedElsewhere(`thing/${name}`)) return true
    for (const e of this.executions.values()) if (e.extra.thing === name) return true
    return false
  }

  private groupExists(name: string): boolean {
    if (this.thingGroups.has(name) || this.namedElsewhere(`thinggroup/${name}`)) return true
    for (const j of this.jobs.values()) if (j.extra.groups.includes(name)) return true
    return false
  }

  private listJobs(ctx: CallContext): Reply {
    const status = ctx.query['status']
    const group = ctx.query['thingGroupName']
    const listed = [...this.jobs.values()].filter(
      (j) =>
        (status === undefined || this.jobs.status(j, ctx.now) === status) &&
        (group === undefined || j.extra.groups.includes(group))
    )
    const { page, nextToken } = awsPage(listed, ctx.query, {
      fallback: 50,
      max: 250,
      invalid: 'InvalidRequestException'
    })
    return restJson1.ok(
      {
        jobs: page.map((j) => ({
          jobArn: jobArn(j.key),
          jobId: j.key,
          targetSelection: 'SNAPSHOT',
          status: this.jobs.status(j, ctx.now),
          createdAt: epochSeconds(j.createdAt),
          lastUpdatedAt: epochSeconds(this.jobs.changedAtTime(j, ctx.now)),
          isConcurrent: false
        })),
        ...(nextToken ? { nextToken } : {})
      },
      ctx.requestId
    )
  }

  private listExecutions(ctx: CallContext): Reply {
    const thing = ctx.params['thingName'] as string
    const status = ctx.query['status']
    if (!this.thingExists(thing)) {
      throw new ServiceError(404, 'ResourceNotFoundException', `Thing ${thing} does not exist`)
    }
    const listed = [...this.executions.values()].filter(
      (e) =>
        e.extra.thing === thing &&
        (status === undefined || this.executions.status(e, ctx.now) === status)
    )
    const { page, nextToken } = awsPage(listed, ctx.query, {
      fallback: 50,
      max: 100,
      invalid: 'InvalidRequestException'
    })
    return restJson1.ok(
      {
        executionSummaries: page.map((e) => ({
          jobId: e.extra.job,
          jobExecutionSummary: {
            status: this.executions.status(e, ctx.now),
            queuedAt: epochSeconds(e.createdAt),
            lastUpdatedAt: epochSeconds(this.executions.changedAtTime(e, ctx.now)),
            executionNumber: e.extra.executionNumber
          }
        })),
        ...(nextToken ? { nextToken } : {})
      },
      ctx.requestId
    )
  }

  private describeThing(ctx: CallContext): Reply {
    const name = ctx.params['thingName'] as string
    if (!this.thingExists(name)) {
      throw new ServiceError(404, 'ResourceNotFoundException', `Thing ${name} cannot be found.`)
    }
    return restJson1.ok(
      {
        thingName: name,
        thingId: `id-${name}`,
        thingArn: this.placeArn(`thing/${name}`),
        attributes: {},
        version: 1
      },
      ctx.requestId
    )
  }

  private describeThingGroup(ctx: CallContext): Reply {
    const name = ctx.params['thingGroupName'] as string
    if (!this.groupExists(name)) {
      throw new ServiceError(
        404,
        'ResourceNotFoundException',
        `Thing group ${name} cannot be found.`
      )
    }
    return restJson1.ok(
      {
        thingGroupName: name,
        thingGroupId: `id-${name}`,
        thingGroupArn: this.placeArn(`thinggroup/${name}`),
        version: 1,
        thingGroupProperties: {},
        thingGroupMetadata: { creationDate: epochSeconds(ctx.now) }
      },
      ctx.requestId
    )
  }

  private findExecution(ctx: CallContext): Execution {
    return this.executions.find(
      executionKey(ctx.params['thingName'] as string, ctx.params['jobId'] as string)
    )
  }

  private findJob(ctx: CallContext): Job {
    return this.jobs.find(ctx.params['jobId'] as string)
  }

  private versionOf(t: Execution, now: number): number {
    return t.extra.versionNumber + (this.executions.finishedNaturally(t, now) ? 1 : 0)
  }

  private cancelExecution(ctx: CallContext): Reply {
    const t = this.findExecution(ctx)
    const force = ctx.query['force'] === 'true'
    const expected = member(ctx.body, 'expectedVersion')
    const details = member(ctx.body, 'statusDetails')
    const version = this.versionOf(t, ctx.now)
    if (typeof expected === 'number' && expected !== version) {
      throw conflict(
        'VersionConflictException',
        `Expected version ${expected} does not match the current version ${version}`
      )
    }
    const status = this.executions.status(t, ctx.now)
    if (status === 'IN_PROGRESS' && !force) {
      throw conflict(
        'InvalidStateTransitionException',
        'Cannot cancel an IN_PROGRESS job execution unless force is true'
      )
    }
    const result = this.executions.cancel(t, ctx.now, this.env.cancelDelayMs(), (terminal) =>
      conflict(
        'InvalidStateTransitionException',
        `Job execution is in terminal state ${terminal} and cannot be canceled`
      )
    )
    if (result.kind === 'accepted') {
      t.extra.versionNumber = version + 1
      t.extra.forceCanceled = status === 'IN_PROGRESS'
      if (typeof details === 'object' && details !== null) {
        Object.assign(t.extra.detailsMap, details)
      }
    }
    return restJson1.ok(undefined, ctx.requestId)
  }

  private describeExecution(ctx: CallContext): Reply {
    const t = this.findExecution(ctx)
    const status = this.executions.status(t, ctx.now)
    return restJson1.ok(
      {
        execution: {
          jobId: t.extra.job,
          status,
          forceCanceled: t.extra.forceCanceled,
          statusDetails: { detailsMap: t.extra.detailsMap },
          thingArn: thingArn(t.extra.thing),
          queuedAt: epochSeconds(t.createdAt),
          ...(status === 'QUEUED' ? {} : { startedAt: epochSeconds(t.createdAt) }),
          lastUpdatedAt: epochSeconds(this.executions.changedAtTime(t, ctx.now)),
          executionNumber: t.extra.executionNumber,
          versionNumber: this.versionOf(t, ctx.now)
        }
      },
      ctx.requestId
    )
  }

  private cancelJob(ctx: CallContext): Reply {
    const t = this.findJob(ctx)
    const force = ctx.query['force'] === 'true'
    const result = this.jobs.cancel(t, ctx.now, this.env.cancelDelayMs(), (status) =>
      conflict(
        'InvalidStateTransitionException',
        `Job ${t.key} is in status ${status} and cannot be canceled`
      )
    )
    if (result.kind === 'accepted') {
      const reasonCode = member(ctx.body, 'reasonCode')
      const comment = member(ctx.body, 'comment')
      if (typeof reasonCode === 'string') t.extra.reasonCode = reasonCode
      if (typeof comment === 'string') t.extra.comment = comment
      t.extra.forceCanceled = force
      this.cascade(t, force, ctx.now)
    }
    return restJson1.ok(
      { jobArn: jobArn(t.key), jobId: t.key, description: t.extra.description },
      ctx.requestId
    )
  }

  /** CancelJob cancels QUEUED executions, and IN_PROGRESS ones too when forced. */
  private cascade(job: Job, force: boolean, now: number): void {
    const delay = job.cancelDelayMs ?? this.env.cancelDelayMs()
    for (const thing of job.extra.things) {
      const exec = this.executions.get(executionKey(thing, job.key))
      if (!exec) continue
      const status = this.executions.status(exec, now)
      if (status !== 'QUEUED' && !(status === 'IN_PROGRESS' && force)) continue
      const version = this.versionOf(exec, now)
      if (this.executions.requestCancel(exec, now, delay, job.cancelOutcome).kind === 'accepted') {
        exec.extra.versionNumber = version + 1
        exec.extra.forceCanceled = status === 'IN_PROGRESS'
      }
    }
  }

  /**
   * A Greengrass cancel: the deployment's job stops, and its QUEUED executions are cancelled
   * (devices that already have it, or are installing it, keep it).
   */
  cancelJobOf(jobId: string, now: number): void {
    const job = this.jobs.get(jobId)
    if (!job) return
    this.jobs.requestCancel(job, now, 0, 'cancelled')
    this.cascade(job, false, now)
  }

  /** The status of one thing's execution of a job, if it has one. */
  executionStatus(thing: string, jobId: string, now: number): IotExecutionStatus | undefined {
    const exec = this.executions.get(executionKey(thing, jobId))
    return exec && this.executions.status(exec, now)
  }

  /**
   * One page of a job's executions, optionally of one status. The token is the position in the
   * job's things where the next page starts, so a job of 100,000 things is read in one pass.
   */
  private listJobExecutions(ctx: CallContext): Reply {
    const job = this.findJob(ctx)
    const status = ctx.query['status']
    if (status !== undefined && !(IOT_EXECUTION_STATUSES as readonly string[]).includes(status)) {
      throw new ServiceError(400, 'InvalidRequestException', `Invalid status: ${status}`)
    }
    const size = ctx.query['maxResults'] === undefined ? 50 : Number(ctx.query['maxResults'])
    if (!Number.isInteger(size) || size < 1 || size > 250) {
      throw new ServiceError(400, 'InvalidRequestException', 'maxResults must be between 1 and 250')
    }
    const token = ctx.query['nextToken']
    let at = token === undefined ? 0 : Number(Buffer.from(token, 'base64url').toString())
    if (!Number.isInteger(at) || at < 0) {
      throw new ServiceError(400, 'InvalidRequestException', 'The nextToken is not valid')
    }
    const things = job.extra.things
    const summaries: unknown[] = []
    for (; at < things.length && summaries.length < size; at++) {
      const exec = this.executions.get(executionKey(things[at] as string, job.key))
      if (!exec) continue
      const now = this.executions.status(exec, ctx.now)
      if (status !== undefined && now !== status) continue
      summaries.push({
        thingArn: thingArn(exec.extra.thing),
        jobExecutionSummary: {
          status: now,
          queuedAt: epochSeconds(exec.createdAt),
          ...(now === 'QUEUED' ? {} : { startedAt: epochSeconds(exec.createdAt) }),
          lastUpdatedAt: epochSeconds(this.executions.changedAtTime(exec, ctx.now)),
          executionNumber: exec.extra.executionNumber
        }
      })
    }
    return restJson1.ok(
      {
        executionSummaries: summaries,
        ...(at < things.length ? { nextToken: Buffer.from(String(at)).toString('base64url') } : {})
      },
      ctx.requestId
    )
  }

  private describeJob(ctx: CallContext): Reply {
    const t = this.findJob(ctx)
    const status = this.jobs.status(t, ctx.now)
    const counters: Record<string, number> = Object.fromEntries(
      Object.values(PROCESS_COUNTERS).map((name) => [name, 0])
    )
    for (const thing of t.extra.things) {
      const exec = this.executions.get(executionKey(thing, t.key))
      if (!exec) continue
      const field = PROCESS_COUNTERS[this.executions.status(exec, ctx.now)]
      counters[field] = (counters[field] ?? 0) + 1
    }
    const finished = status === 'COMPLETED' || status === 'CANCELED'
    return restJson1.ok(
      {
        job: {
          jobArn: jobArn(t.key),
          jobId: t.key,
          targetSelection: 'SNAPSHOT',
          status,
          forceCanceled: t.extra.forceCanceled,
          ...(t.extra.reasonCode === undefined ? {} : { reasonCode: t.extra.reasonCode }),
          ...(t.extra.comment === undefined ? {} : { comment: t.extra.comment }),
          targets: [
            ...t.extra.groups.map((g) => arn('iot', `thinggroup/${g}`)),
            ...t.extra.things.map(thingArn)
          ],
          ...(t.extra.namespaceId === undefined ? {} : { namespaceId: t.extra.namespaceId }),
          description: t.extra.description,
          createdAt: epochSeconds(t.createdAt),
          lastUpdatedAt: epochSeconds(this.jobs.changedAtTime(t, ctx.now)),
          ...(finished ? { completedAt: epochSeconds(this.jobs.changedAtTime(t, ctx.now)) } : {}),
          jobProcessDetails: { processingTargets: [], ...counters },
          isConcurrent: false
        }
      },
      ctx.requestId
    )
  }
}
