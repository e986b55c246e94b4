// AWS IoT Greengrass V2 (restJson1), as @aws-sdk/client-greengrassv2 sends and parses it:
//   POST /greengrass/v2/deployments/{deploymentId}/cancel → 200 {"message": ...}
//   GET  /greengrass/v2/deployments/{deploymentId}        → 200 GetDeploymentResponse
//   GET  /greengrass/v2/deployments?targetArn&historyFilter&maxResults&nextToken → ListDeployments
//        (LATEST_ONLY, the default: each target's newest deployment only; pages of maxResults ≤ 100)
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
  statusErrors,
  throttling
} from './aws.js'
import { IdRef, TargetKind, targetOptionsSchema, type Lifecycle } from './lifecycle.js'
import {
  ServiceError,
  type CallContext,
  type KindHandler,
  type Provider,
  type ProviderEnv,
  type RouteDef
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
  deploymentName: z.string().optional()
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

export class GreengrassProvider implements Provider {
  readonly name = 'greengrass'
  readonly deployments = new TargetKind(DEPLOYMENTS)

  readonly routes: readonly RouteDef[] = [
    {
      operation: 'greengrass.CancelDeployment',
      method: 'POST',
      path: '/greengrass/v2/deployments/{deploymentId}/cancel',
      handle: (ctx) => this.cancel(ctx)
    },
    {
      operation: 'greengrass.ListDeployments',
      method: 'GET',
      path: '/greengrass/v2/deployments',
      targetOf: ({ query }) => query['targetArn'],
      handle: (ctx) => this.list(ctx)
    },
    {
      operation: 'greengrass.GetDeployment',
      method: 'GET',
      path: '/greengrass/v2/deployments/{deploymentId}',
      handle: (ctx) => this.get(ctx)
    }
  ]

  readonly kinds: Record<string, KindHandler> = {
    greengrass: this.deployments.handler(SeedSchema, IdRef, ({ id }) => id)
  }

  readonly authenticate = requireSigV4
  readonly renderError = restJson1.error
  readonly throttleError = (retryAfter: number) => throttling(429, retryAfter)
  readonly errorForStatus = statusErrors(
    {
      400: 'ValidationException',
      402: 'ServiceQuotaExceededException',
      403: 'AccessDeniedException',
      404: 'ResourceNotFoundException',
      409: 'ConflictException',
      429: 'ThrottlingException'
    },
    'ValidationException',
    'InternalServerException'
  )

  constructor(private readonly env: ProviderEnv) {}

  add(id: string, options: GreengrassOptions, now: number): void {
    this.deployments.seed(id, options, now)
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
        iotJobId: `job-${id}`,
        iotJobArn: arn('iot', `job/job-${id}`),
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
