// Datadog Fleet Automation v2, as @datadog/datadog-api-client's FleetAutomationApi sends
// and parses it (JSON:API documents):
//   POST /api/v2/fleet/deployments/{deployment_id}/cancel → FleetDeploymentV2CancelResponse
//   GET  /api/v2/fleet/deployments/{deployment_id}        → FleetDeploymentV2DetailResponse
//   GET  /api/v2/fleet/deployments?page_size&page_number&filter → FleetDeploymentsV2Response
//        (page_size 1-100, default 10; page_number from 0; filter `status:<status>` or none)
// A deployment seeded with `hostStatuses` (hostname → host status: pending, running, succeeded,
// failed, canceled, skipped) reports those hosts and counts them (total_hosts, running_hosts, …);
// a cancel cancels its pending hosts. Without it, `hosts` hosts all in the deployment's status.
// Errors are APIErrorResponse `{"errors": ["..."]}`: 400 (cancel of a deployment that is
// not pending/running), 403 (missing DD-API-KEY or DD-APPLICATION-KEY), 404, 429 (with
// x-ratelimit-* headers; the client's retry reads x-ratelimit-reset, in seconds).

import { z } from 'zod'
import { jsonReply } from './http.js'
import { IdRef, TargetKind, targetOptionsSchema, type Lifecycle } from './lifecycle.js'
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

export const DATADOG_STATUSES = ['pending', 'running', 'succeeded', 'failed', 'cancelled'] as const
export type DatadogStatus = (typeof DATADOG_STATUSES)[number]

const LIFECYCLE: Lifecycle<DatadogStatus> = {
  initial: 'running',
  cancellable: ['pending', 'running'],
  cancelling: null,
  natural: 'succeeded',
  outcomes: { cancelled: 'cancelled', succeeded: 'succeeded', failed: 'failed' }
}

/** Host counter that holds every host for a given high-level status. */
const HOST_COUNTER: Record<DatadogStatus, string> = {
  pending: 'running_hosts',
  running: 'running_hosts',
  succeeded: 'succeeded_hosts',
  failed: 'failed_hosts',
  cancelled: 'canceled_hosts'
}

const HOST_STATUS: Record<DatadogStatus, string> = {
  pending: 'pending',
  running: 'running',
  succeeded: 'succeeded',
  failed: 'failed',
  cancelled: 'canceled'
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  429: 'Too many requests'
}

export const DatadogOptionsSchema = targetOptionsSchema(DATADOG_STATUSES).extend({
  hosts: z.number().int().nonnegative().optional(),
  hostStatuses: z
    .record(
      z.string(),
      z.enum(['pending', 'running', 'succeeded', 'failed', 'canceled', 'skipped'])
    )
    .optional(),
  query: z.string().optional()
})
export type DatadogOptions = z.input<typeof DatadogOptionsSchema>

export const DatadogSeedSchema = DatadogOptionsSchema.extend({
  kind: z.literal('datadog'),
  id: z.string().min(1)
}).strict()
export type DatadogSeed = z.input<typeof DatadogSeedSchema>

function rateLimitHeaders(resetSeconds: number): Record<string, string> {
  return {
    'x-ratelimit-limit': '100',
    'x-ratelimit-period': '60',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': String(resetSeconds),
    'x-ratelimit-name': 'fleet_automation'
  }
}

export class DatadogProvider implements Provider {
  readonly name = 'datadog'
  readonly deployments = new TargetKind({
    lifecycle: LIFECYCLE,
    options: DatadogOptionsSchema,
    extra: (_id, o) => ({
      hosts: o.hostStatuses ? Object.keys(o.hostStatuses).length : (o.hosts ?? 3),
      hostStatuses: o.hostStatuses ? { ...o.hostStatuses } : undefined,
      query: o.query ?? 'env:prod'
    }),
    notFound: () => new ServiceError(404, 'NotFound', 'Not found')
  })

  readonly routes: readonly RouteDef[] = [
    restRoute(
      'datadog.CancelDeployment',
      'POST /api/v2/fleet/deployments/{deployment_id}/cancel',
      (ctx) => this.cancel(ctx)
    ),
    restRoute('datadog.ListDeployments', 'GET /api/v2/fleet/deployments', (ctx) => this.list(ctx)),
    restRoute('datadog.GetDeployment', 'GET /api/v2/fleet/deployments/{deployment_id}', (ctx) =>
      this.get(ctx)
    )
  ]

  readonly kinds: Record<string, KindHandler> = {
    datadog: this.deployments.handler(DatadogSeedSchema, IdRef, ({ id }) => id)
  }

  constructor(private readonly env: ProviderEnv) {}

  authenticate(headers: Record<string, string>): ServiceError | undefined {
    return headers['dd-api-key'] && headers['dd-application-key']
      ? undefined
      : new ServiceError(403, 'Forbidden', 'Forbidden')
  }

  throttleError(retryAfterSeconds: number): ServiceError {
    return new ServiceError(
      429,
      'TooManyRequests',
      'Too many requests',
      {},
      rateLimitHeaders(retryAfterSeconds)
    )
  }

  errorForStatus(status: number): ServiceError {
    if (status === 429) return this.throttleError(1)
    return new ServiceError(
      status,
      'Error',
      REASONS[status] ?? (status >= 500 ? 'Internal Server Error' : 'Error')
    )
  }

  renderError(error: ServiceError): Reply {
    return jsonReply(error.status, { errors: [error.message] }, { ...error.headers })
  }

  add(id: string, options: DatadogOptions, now: number): void {
    this.deployments.seed(id, options, now)
  }

  clear(): void {
    this.deployments.clear()
  }

  private find(ctx: CallContext) {
    return this.deployments.find(ctx.params['deployment_id'] as string)
  }

  private cancel(ctx: CallContext): Reply {
    const t = this.find(ctx)
    this.deployments.cancel(
      t,
      ctx.now,
      this.env.cancelDelayMs(),
      (status) =>
        new ServiceError(
          400,
          'BadRequest',
          `deployment ${t.key} cannot be cancelled: its status is ${status}`
        )
    )
    const hosts = t.extra.hostStatuses
    if (hosts)
      for (const [name, state] of Object.entries(hosts))
        if (state === 'pending') hosts[name] = 'canceled'
    const status = this.deployments.status(t, ctx.now)
    return jsonReply(200, {
      data: {
        id: t.key,
        type: 'deployment',
        attributes: { status, message: `Deployment ${t.key} cancellation requested` }
      }
    })
  }

  private list(ctx: CallContext): Reply {
    const size = Number(ctx.query['page_size'] ?? '10')
    const number = Number(ctx.query['page_number'] ?? '0')
    if (!Number.isInteger(size) || size < 1 || size > 100) {
      throw new ServiceError(400, 'BadRequest', 'page_size must be between 1 and 100')
    }
    if (!Number.isInteger(number) || number < 0) {
      throw new ServiceError(400, 'BadRequest', 'page_number must be a non-negative integer')
    }
    const filter = ctx.query['filter'] ?? ''
    const wanted = /^status:([a-z_]+)$/.exec(filter)?.[1]
    if (filter && !wanted) {
      throw new ServiceError(400, 'BadRequest', `unsupported filter: ${filter}`)
    }
    const all = [...this.deployments.values()]
    const listed = all.filter((t) => !wanted || this.deployments.status(t, ctx.now) === wanted)
    return jsonReply(200, {
      data: listed.slice(number * size, (number + 1) * size).map((t) => ({
        id: t.key,
        type: 'deployment',
        attributes: {
          status: this.deployments.status(t, ctx.now),
          query: t.extra.query,
          total_hosts: t.extra.hosts,
          update_type: 'configure',
          is_scheduled: false
        }
      })),
      meta: { page: { total_count: all.length, total_filtered_count: listed.length } }
    })
  }

  private get(ctx: CallContext): Reply {
    const t = this.find(ctx)
    const status = this.deployments.status(t, ctx.now)
    const changed = this.deployments.changedAtTime(t, ctx.now)
    const counters: Record<string, number> = {
      running_hosts: 0,
      succeeded_hosts: 0,
      failed_hosts: 0,
      canceled_hosts: 0,
      skipped_hosts: 0
    }
    const hosts = t.extra.hostStatuses
      ? Object.entries(t.extra.hostStatuses).map(([hostname, state]) => ({ hostname, state }))
      : Array.from({ length: t.extra.hosts }, (_, i) => ({
          hostname: `host-${i + 1}`,
          state: HOST_STATUS[status]
        }))
    if (t.extra.hostStatuses) {
      for (const { state } of hosts) {
        const counter = state === 'pending' ? undefined : `${state}_hosts`
        if (counter) counters[counter] = (counters[counter] ?? 0) + 1
      }
    } else counters[HOST_COUNTER[status]] = t.extra.hosts
    return jsonReply(200, {
      data: {
        id: t.key,
        type: 'deployment',
        attributes: {
          high_level_status: status,
          query: t.extra.query,
          author: 'emulator@example.com',
          update_type: 'configure',
          is_scheduled: false,
          schedule_id: '',
          total_hosts: t.extra.hosts,
          ...counters,
          duration_seconds: Math.floor((changed - t.createdAt) / 1000),
          estimated_finished_at: 0,
          config_operations: [],
          target_versions: [],
          hosts: hosts.map(({ hostname, state }) => ({ hostname, status: state, versions: [] })),
          ...(status === 'failed' ? { error_summary: 'deployment failed on all hosts' } : {})
        }
      }
    })
  }
}
