// AWS IoT Greengrass V2 (restJson1), as @aws-sdk/client-greengrassv2 sends and parses it:
//   POST /greengrass/v2/deployments/{deploymentId}/cancel → 200 {"message": ...}
//   GET  /greengrass/v2/deployments/{deploymentId}        → 200 GetDeploymentResponse
//   GET  /greengrass/v2/deployments?targetArn&historyFilter&maxResults&nextToken → ListDeployments
//        (LATEST_ONLY, the default: each target's newest deployment only; pages of maxResults ≤ 100)
//   GET  /greengrass/v2/coreDevices/{coreDeviceThingName}/effectiveDeployments?maxResults&nextToken
//        → ListEffectiveDeployments (pages of maxResults ≤ 100)
// A deployment seeded with `devices` (thing → execution status) runs through an IoT job
// `job-<id>` in the namespace aws-gg-deployment, as Greengrass does: DescribeJob counts its
// executions, ListJobExecutionsForJob lists them, and a cancel cancels the job's QUEUED ones.
// Errors: ValidationException 400, AccessDeniedException 403, ResourceNotFoundException 404,
// ConflictException 409, ThrottlingException 429 (Retry-After → retryAfterSeconds),
// InternalServerException 500.

import { z } from 'zod'
import {
  arn,
  awsPage,
  epochSeconds,
  requireSigV4,
  restJson1,
  throttling,
  commonAwsErrors
} from './aws.js'
import { defineKind, IdRef, TargetKind, targetOptionsSchema, type Lifecycle } from './lifecycle.js'
import {
  ServiceError,
  type CallContext,
  type KindHandler,
  type Provider,
  type ProviderEnv,
  type RouteDef,
  restRoute
} from './types.js'

export const GREENGRASS_STATUSES = [
  'ACTIVE',
  'COMPLETED',
  'CANCELED',
  'FAILED',
  'INACTIVE'
] as const
export type GreengrassStatus = (typeof GREENGRASS_STATUSES)[number]

const LIFECYCLE: Lifecycle<GreengrassStatus> = {
  initial: 'ACTIVE',
  cancellable: ['ACTIVE'],
  cancelling: null,
  natural: 'COMPLETED',
  outcomes: { cancelled: 'CANCELED', succeeded: 'COMPLETED', failed: 'FAILED' }
}

export const GreengrassOptionsSchema = targetOptionsSchema(GREENGRASS_STATUSES).extend({
  targetArn: z.string().optional(),
  deploymentName: z.string().optional(),
  /** The core devices the deployment reaches, each with its execution's status. */
  devices: z.record(z.string(), z.string()).optional()
})
export type GreengrassOptions = z.input<typeof GreengrassOptionsSchema>

const SeedSchema = GreengrassOptionsSchema.extend({
  kind: z.literal('greengrass'),
  id: z.string().min(1)
}).strict()
export type GreengrassSeed = z.input<typeof SeedSchema>

const DEPLOYMENTS = {
  lifecycle: LIFECYCLE,
  options: GreengrassOptionsSchema,
  extra: (id: string, o: z.output<typeof GreengrassOptionsSchema>) => ({
    targetArn: o.targetArn ?? arn('iot', `thinggroup/group-for-${id}`),
    deploymentName: o.deploymentName ?? `deployment-${id}`
  }),
  notFound: (id: string) =>
    new ServiceError(404, 'ResourceNotFoundException', `Deployment ${id} not found.`, {
      resourceId: id,
      resourceType: 'deployment'
    })
}

/** What Greengrass needs of the IoT emulator: the jobs its deployments run through. */
export interface GreengrassJobs {
  addJob(
    jobId: string,
    options: { things: Record<string, string>; groups: string[]; namespaceId: string },
    now: number
  ): void
  cancelJobOf(jobId: string, now: number): void
  executionStatus(thing: string, jobId: string, now: number): string | undefined
}

/** The IoT job a deployment runs through: a valid job id (Greengrass's own are UUIDs). */
const jobIdOf = (id: string) => `job-${id.replace(/[^a-zA-Z0-9_-]/g, '_')}`.slice(0, 64)

export class GreengrassProvider implements Provider {
  readonly name = 'greengrass'
  readonly deployments = new TargetKind(DEPLOYMENTS)

  readonly routes: readonly RouteDef[] = [
    restRoute(
      'greengrass.CancelDeployment',
      'POST /greengrass/v2/deployments/{deploymentId}/cancel',
      (ctx) => this.cancel(ctx)
    ),
    restRoute(
      'greengrass.ListDeployments',
      'GET /greengrass/v2/deployments',
      (ctx) => this.list(ctx),
      ({ query }) => query['targetArn']
    ),
    restRoute(
      'greengrass.ListEffectiveDeployments',
      'GET /greengrass/v2/coreDevices/{coreDeviceThingName}/effectiveDeployments',
      (ctx) => this.effective(ctx)
    ),
    restRoute('greengrass.GetDeployment', 'GET /greengrass/v2/deployments/{deploymentId}', (ctx) =>
      this.get(ctx)
    )
  ]

  readonly kinds: Record<string, KindHandler> = {
    greengrass: defineKind(
      SeedSchema,
      IdRef,
      ({ id, ...options }, now) => this.add(id, options, now),
      ({ id }, now) => this.deployments.statusOfKey(id, now)
    )
  }

  readonly authenticate = requireSigV4
  readonly renderError = restJson1.error
  readonly throttleError = (retryAfter: number) => throttling(429, retryAfter)
  readonly errorForStatus = commonAwsErrors

  constructor(
    private readonly env: ProviderEnv,
    private readonly jobs?: GreengrassJobs
  ) {}

  add(id: string, options: GreengrassOptions, now: number): void {
    const t = this.deployments.seed(id, options, now)
    const devices = GreengrassOptionsSchema.parse(options).devices
    if (devices && this.jobs) {
      const group = /:thinggroup\/(.+)$/.exec(t.extra.targetArn)?.[1]
      this.jobs.addJob(
        jobIdOf(id),
        { things: devices, groups: group ? [group] : [], namespaceId: 'aws-gg-deployment' },
        now
      )
    }
  }

  clear(): void {
    this.deployments.clear()
  }

  /** The ARNs deployments target: IoT knows them as things and thing groups. */
  *targetArns(): Iterable<string> {
    for (const t of this.deployments.values()) yield t.extra.targetArn
  }

  private cancel(ctx: CallContext) {
    const id = ctx.params['deploymentId'] as string
    const t = this.deployments.find(id)
    this.deployments.cancel(
      t,
      ctx.now,
      this.env.cancelDelayMs(),
      (status) =>
        new ServiceError(
          409,
          'ConflictException',
          `Deployment ${id} has status ${status}; only ACTIVE deployments can be canceled.`,
          { resourceId: id, resourceType: 'deployment' }
        )
    )
    this.jobs?.cancelJobOf(jobIdOf(id), ctx.now)
    return restJson1.ok({ message: `Deployment ${id} is being canceled.` }, ctx.requestId)
  }

  private list(ctx: CallContext) {
    const targetArn = ctx.query['targetArn']
    const latestOnly = (ctx.query['historyFilter'] ?? 'LATEST_ONLY') === 'LATEST_ONLY'
    const all = [...this.deployments.values()]
    // The newest seeded for a target is its latest revision.
    const latest = new Map(all.map((t) => [t.extra.targetArn, t]))
    const listed = all.filter(
      (t) =>
        (targetArn === undefined || t.extra.targetArn === targetArn) &&
        (!latestOnly || latest.get(t.extra.targetArn) === t)
    )
    const { page, nextToken } = awsPage(listed, ctx.query, {
      fallback: 50,
      max: 100,
      invalid: 'ValidationException'
    })
    return restJson1.ok(
      {
        deployments: page.map((t) => ({
          targetArn: t.extra.targetArn,
          revisionId: '1',
          deploymentId: t.key,
          deploymentName: t.extra.deploymentName,
          creationTimestamp: epochSeconds(t.createdAt),
          deploymentStatus: this.deployments.status(t, ctx.now),
          isLatestForTarget: latest.get(t.extra.targetArn) === t
        })),
        ...(nextToken ? { nextToken } : {})
      },
      ctx.requestId
    )
  }

  /** Every deployment with an execution on the core device, newest first, paged. */
  private effective(ctx: CallContext) {
    const thing = ctx.params['coreDeviceThingName'] as string
    const listed = [...this.deployments.values()].reverse().flatMap((t) => {
      const status = this.jobs?.executionStatus(thing, jobIdOf(t.key), ctx.now)
      return status ? [{ t, status }] : []
    })
    const { page, nextToken } = awsPage(listed, ctx.query, {
      fallback: 50,
      max: 100,
      invalid: 'ValidationException'
    })
    return restJson1.ok(
      {
        effectiveDeployments: page.map(({ t, status }) => ({
          deploymentId: t.key,
          deploymentName: t.extra.deploymentName,
          iotJobId: jobIdOf(t.key),
          iotJobArn: arn('iot', `job/${jobIdOf(t.key)}`),
          targetArn: t.extra.targetArn,
          coreDeviceExecutionStatus: status,
          creationTimestamp: epochSeconds(t.createdAt),
          modifiedTimestamp: epochSeconds(this.deployments.changedAtTime(t, ctx.now))
        })),
        ...(nextToken ? { nextToken } : {})
      },
      ctx.requestId
    )
  }

  private get(ctx: CallContext) {
    const id = ctx.params['deploymentId'] as string
    const t = this.deployments.find(id)
    return restJson1.ok(
      {
        targetArn: t.extra.targetArn,
        revisionId: '1',
        deploymentId: id,
        deploymentName: t.extra.deploymentName,
        deploymentStatus: this.deployments.status(t, ctx.now),
        iotJobId: jobIdOf(id),
        iotJobArn: arn('iot', `job/${jobIdOf(id)}`),
        components: {
          'com.example.Hello': { componentVersion: '1.0.0' }
        },
        deploymentPolicies: {
          failureHandlingPolicy: 'ROLLBACK',
          componentUpdatePolicy: { timeoutInSeconds: 60, action: 'NOTIFY_COMPONENTS' },
          configurationValidationPolicy: { timeoutInSeconds: 30 }
        },
        iotJobConfiguration: {},
        creationTimestamp: epochSeconds(t.createdAt),
        isLatestForTarget: true,
        tags: {}
      },
      ctx.requestId
    )
  }
}
