// AWS Proton (awsJson1_0), as @aws-sdk/client-proton sends and parses it: every call is
// `POST /` with `X-Amz-Target: AwsProton20200720.<Operation>` and
// `Content-Type: application/x-amz-json-1.0`.
//   CancelServicePipelineDeployment {serviceName}     → {pipeline: ServicePipeline}
//   CancelEnvironmentDeployment     {environmentName} → {environment: Environment}
//   GetService                      {name}            → {service: Service}
//   GetEnvironment                  {name}            → {environment: Environment}
// Errors carry `__type: "com.amazonaws.proton#<Name>"` (and `x-amzn-ErrorType`), and, as
// Proton's API reference gives them, HTTP 400 whatever the error (ValidationException,
// AccessDeniedException, ResourceNotFoundException, ConflictException, ThrottlingException,
// ServiceQuotaExceededException), 500 for InternalServerException. A fault's `status` picks the
// error's name (404 → ResourceNotFoundException, 429 → ThrottlingException, …); the answer is
// still sent as Proton sends it (`protonStatus`), so nothing here answers 404/409/429/403.
//
// A cancel answers with deploymentStatus CANCELLING; reads show CANCELLING until
// the cancel delay elapses, then CANCELLED (or SUCCEEDED / FAILED, per cancelOutcome).

import { z } from 'zod'
import {
  arn,
  awsJson1_0,
  epochSeconds,
  member,
  requireSigV4,
  requiredString,
  throttling,
  commonAwsErrors
} from './aws.js'
import {
  TargetKind,
  targetOptionsSchema,
  type KindSpec,
  type Lifecycle,
  type Target
} from './lifecycle.js'
import {
  ServiceError,
  type CallContext,
  type KindHandler,
  type OperationName,
  type Provider,
  type ProviderEnv,
  type Reply,
  type RouteDef
} from './types.js'

export const PROTON_STATUSES = [
  'IN_PROGRESS',
  'FAILED',
  'SUCCEEDED',
  'DELETE_IN_PROGRESS',
  'DELETE_FAILED',
  'DELETE_COMPLETE',
  'CANCELLING',
  'CANCELLED'
] as const
export type ProtonStatus = (typeof PROTON_STATUSES)[number]

const LIFECYCLE: Lifecycle<ProtonStatus> = {
  initial: 'IN_PROGRESS',
  cancellable: ['IN_PROGRESS'],
  cancelling: 'CANCELLING',
  natural: 'SUCCEEDED',
  outcomes: { cancelled: 'CANCELLED', succeeded: 'SUCCEEDED', failed: 'FAILED' }
}

const NAMESPACE = 'com.amazonaws.proton'
const TARGET_PREFIX = 'AwsProton20200720'
const protocol = awsJson1_0(NAMESPACE)

export const ProtonOptionsSchema = targetOptionsSchema(PROTON_STATUSES).extend({
  templateName: z.string().optional(),
  /** Service-level status (GetService `service.status`), default ACTIVE. */
  serviceStatus: z.string().optional()
})
export type ProtonOptions = z.input<typeof ProtonOptionsSchema>

/** Proton targets are named; `id` is accepted as an alias of `name` (control API). */
function named<T>(schema: z.ZodType<T>): z.ZodType<T> {
  return z.preprocess((v) => {
    if (typeof v !== 'object' || v === null) return v
    const { id, ...rest } = v as Record<string, unknown>
    return 'name' in rest || id === undefined ? v : { ...rest, name: id }
  }, schema) as unknown as z.ZodType<T>
}

const NameRef = named(z.object({ name: z.string() }))
const byName = ({ name }: { name: string }) => name
const seedSchema = <K extends string>(kind: K) =>
  ProtonOptionsSchema.extend({ kind: z.literal(kind), name: z.string().min(1) }).strict()

export const ProtonServiceSeedSchema = seedSchema('proton-service')
export const ProtonEnvironmentSeedSchema = seedSchema('proton-environment')
export type ProtonServiceSeed = z.input<typeof ProtonServiceSeedSchema>
export type ProtonEnvironmentSeed = z.input<typeof ProtonEnvironmentSeedSchema>

interface Extra {
  arn: string
  templateName: string
  serviceStatus: string
  deploymentIds: { attempted: string; succeeded: string }
}

type ProtonOptionsParsed = z.output<typeof ProtonOptionsSchema>
type ProtonTable = TargetKind<ProtonStatus, Extra, ProtonOptionsParsed>
type ProtonTarget = Target<ProtonStatus, Extra>

export class ProtonProvider implements Provider {
  readonly name = 'proton'
  private deploymentCounter = 0
  readonly services: ProtonTable = new TargetKind(this.kindSpec('service'))
  readonly environments: ProtonTable = new TargetKind(this.kindSpec('environment'))

  readonly routes: readonly RouteDef[] = [
    this.route('proton.CancelServicePipelineDeployment', 'serviceName', (ctx) =>
      this.cancel(ctx, this.services, 'serviceName', 'service', (t, s) => ({
        pipeline: this.pipeline(t, s, ctx.now)
      }))
    ),
    this.route('proton.CancelEnvironmentDeployment', 'environmentName', (ctx) =>
      this.cancel(ctx, this.environments, 'environmentName', 'environment', (t, s) => ({
        environment: this.environment(t, s, ctx.now)
      }))
    ),
    this.route('proton.GetService', 'name', (ctx) => {
      const t = this.services.find(requiredString(ctx.body, 'name'))
      return protocol.ok({ service: this.service(t, ctx.now) }, ctx.requestId)
    }),
    this.route('proton.GetEnvironment', 'name', (ctx) => {
      const t = this.environments.find(requiredString(ctx.body, 'name'))
      const status = this.environments.status(t, ctx.now)
      return protocol.ok({ environment: this.environment(t, status, ctx.now) }, ctx.requestId)
    })
  ]

  readonly kinds: Record<string, KindHandler> = {
    'proton-service': this.services.handler(named(ProtonServiceSeedSchema), NameRef, byName),
    'proton-environment': this.environments.handler(
      named(ProtonEnvironmentSeedSchema),
      NameRef,
      byName
    )
  }

  readonly authenticate = requireSigV4
  readonly renderError = (error: ServiceError, requestId: string): Reply =>
    protocol.error(
      new ServiceError(protonStatus(error), error.code, error.message, error.extra, error.headers),
      requestId
    )
  readonly throttleError = (retryAfter: number) => throttling(400, retryAfter)
  readonly errorForStatus = commonAwsErrors

  constructor(private readonly env: ProviderEnv) {}

  addService(name: string, options: ProtonOptions, now: number): void {
    this.services.seed(name, options, now)
  }

  addEnvironment(name: string, options: ProtonOptions, now: number): void {
    this.environments.seed(name, options, now)
  }

  clear(): void {
    this.services.clear()
    this.environments.clear()
  }

  /** Every Proton call is `POST /`; `nameMember` is the body member naming the target. */
  private route(
    operation: OperationName,
    nameMember: string,
    handle: (ctx: CallContext) => Reply
  ): RouteDef {
    return {
      operation,
      method: 'POST',
      path: '/',
      target: `${TARGET_PREFIX}.${operation.slice('proton.'.length)}`,
      targetOf: ({ body }) => {
        const name = member(body, nameMember)
        return typeof name === 'string' ? name : undefined
      },
      handle
    }
  }

  private kindSpec(resource: string): KindSpec<ProtonStatus, Extra, ProtonOptionsParsed> {
    return {
      lifecycle: LIFECYCLE,
      options: ProtonOptionsSchema,
      extra: (name, o) => ({
        arn: arn('proton', `${resource}/${name}`),
        templateName: o.templateName ?? `${resource}-template`,
        serviceStatus: o.serviceStatus ?? 'ACTIVE',
        deploymentIds: { attempted: this.nextDeploymentId(), succeeded: this.nextDeploymentId() }
      }),
      notFound: (name) =>
        new ServiceError(
          400,
          'ResourceNotFoundException',
          `The ${resource} '${name}' was not found.`
        )
    }
  }

  private nextDeploymentId(): string {
    return `d-${(++this.deploymentCounter).toString(16).padStart(8, '0')}`
  }

  private cancel(
    ctx: CallContext,
    table: ProtonTable,
    member: string,
    resource: string,
    render: (t: ProtonTarget, shown: ProtonStatus) => unknown
  ): Reply {
    const name = requiredString(ctx.body, member)
    const t = table.find(name)
    const { shown } = table.cancel(
      t,
      ctx.now,
      this.env.cancelDelayMs(),
      (status) =>
        new ServiceError(
          400,
          'ConflictException',
          `Cannot cancel the deployment of ${resource} '${name}': its deployment status is ${status}, not IN_PROGRESS.`
        )
    )
    return protocol.ok(render(t, shown), ctx.requestId)
  }

  /** Fields shared by ServicePipeline and Environment. */
  private deployment(table: ProtonTable, t: ProtonTarget, status: ProtonStatus, now: number) {
    return {
      arn: t.extra.arn,
      createdAt: epochSeconds(t.createdAt),
      lastDeploymentAttemptedAt: epochSeconds(t.createdAt),
      lastDeploymentSucceededAt: epochSeconds(
        status === 'SUCCEEDED' ? table.changedAtTime(t, now) : t.createdAt
      ),
      templateName: t.extra.templateName,
      templateMajorVersion: '1',
      templateMinorVersion: '0',
      deploymentStatus: status,
      lastAttemptedDeploymentId: t.extra.deploymentIds.attempted,
      lastSucceededDeploymentId: t.extra.deploymentIds.succeeded
    }
  }

  private pipeline(t: ProtonTarget, status: ProtonStatus, now: number) {
    return { ...this.deployment(this.services, t, status, now), spec: 'proton: ServiceSpec\n' }
  }

  private environment(t: ProtonTarget, status: ProtonStatus, now: number) {
    return {
      name: t.key,
      ...this.deployment(this.environments, t, status, now),
      protonServiceRoleArn: arn('iam', 'role/ProtonServiceRole')
    }
  }

  private service(t: ProtonTarget, now: number) {
    return {
      name: t.key,
      arn: t.extra.arn,
      templateName: t.extra.templateName,
      createdAt: epochSeconds(t.createdAt),
      lastModifiedAt: epochSeconds(this.services.changedAtTime(t, now)),
      status: t.extra.serviceStatus,
      spec: 'proton: ServiceSpec\n',
      pipeline: this.pipeline(t, this.services.status(t, now), now)
    }
  }
}

/**
 * The HTTP status Proton answers an error with: 500 for InternalServerException (and a 5xx a
 * fault asks for, as a load balancer in front may answer), 400 for every other error.
 */
function protonStatus(error: ServiceError): number {
  if (error.code.endsWith('InternalServerException')) return 500
  return error.status >= 500 ? error.status : 400
}
