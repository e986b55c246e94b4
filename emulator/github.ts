// GitHub REST: the deployments subset that src/providers/github/mark.ts sends through @actions/github's
// Octokit, served on the emulator's own address so that GITHUB_API_URL can point at it:
//   GET  /repos/{owner}/{repo}/deployments?environment=&per_page=&page=   newest first
//   GET  /repos/{owner}/{repo}/deployments/{deployment_id}/statuses       newest first
//   POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses       201, the status
// Lists page as GitHub does (per_page ≤ 100, default 30; `page`; a Link header with
// rel="next"/"last", which Octokit's paginate follows). Every request needs
// `Authorization: token T` (or `Bearer T`): 401 "Bad credentials" without one, or when
// `acceptTokens` restricts T. 404 for an unknown repository or deployment, 422 "Validation
// Failed" for a state GitHub does not know or a description over 140 characters. 401, 403,
// 404 and 422 can also be scripted with faults on the github.* operations.

import { z } from 'zod'
import { jsonReply } from './http.js'
import { defineKind } from './lifecycle.js'
import {
  ServiceError,
  type CallContext,
  type KindHandler,
  type Provider,
  type Reply,
  type RouteDef,
  restRoute
} from './types.js'

export const GITHUB_STATUS_STATES = [
  'error',
  'failure',
  'inactive',
  'in_progress',
  'queued',
  'pending',
  'success'
] as const
export type GithubStatusState = (typeof GITHUB_STATUS_STATES)[number]

const DOCS = 'https://docs.github.com/rest/deployments'

export interface GithubStatus {
  id: number
  state: GithubStatusState
  description: string
  environment: string
  log_url: string
  /** Request body members as sent (auto_inactive, environment_url, …), for tests to read back. */
  body: Record<string, unknown>
  /** The token that wrote it. */
  token: string
  created_at: string
}

export interface GithubDeployment {
  id: number
  owner: string
  repo: string
  environment: string
  ref: string
  sha: string
  created_at: string
  /** Oldest first; the API lists them newest first. */
  statuses: GithubStatus[]
}

export const GithubDeploymentOptionsSchema = z
  .object({
    /** owner/repo */
    repository: z.string().regex(/^[^/]+\/[^/]+$/),
    environment: z.string().min(1).default('production'),
    id: z.number().int().positive().optional(),
    ref: z.string().default('main'),
    /** The statuses it already has, oldest first (e.g. ['in_progress', 'success']). */
    statuses: z.array(z.enum(GITHUB_STATUS_STATES)).default([])
  })
  .strict()
export type GithubDeploymentOptions = z.input<typeof GithubDeploymentOptionsSchema>

export const GithubSeedSchema = GithubDeploymentOptionsSchema.extend({
  kind: z.literal('github-deployment')
}).strict()
export type GithubSeed = z.input<typeof GithubSeedSchema>

const GithubRef = z.object({ id: z.coerce.number().int() })

const CreateStatusBody = z.object({
  state: z.string(),
  description: z.string().optional(),
  log_url: z.string().optional(),
  target_url: z.string().optional(),
  environment: z.string().optional(),
  environment_url: z.string().optional(),
  auto_inactive: z.boolean().optional()
})

const REASONS: Record<number, string> = {
  401: 'Bad credentials',
  403: 'Resource not accessible by integration',
  404: 'Not Found',
  422: 'Validation Failed',
  429: 'You have exceeded a secondary rate limit'
}

export class GithubProvider implements Provider {
  readonly name = 'github'
  private readonly deployments = new Map<number, GithubDeployment>()
  private nextDeploymentId = 1
  private nextStatusId = 1
  private tokens: ReadonlySet<string> | undefined

  readonly routes: readonly RouteDef[] = [
    restRoute('github.ListDeployments', 'GET /repos/{owner}/{repo}/deployments', (ctx) =>
      this.listDeployments(ctx)
    ),
    restRoute(
      'github.ListDeploymentStatuses',
      'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
      (ctx) => this.listStatuses(ctx)
    ),
    restRoute(
      'github.CreateDeploymentStatus',
      'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
      (ctx) => this.createStatus(ctx)
    )
  ]

  readonly kinds: Record<string, KindHandler> = {
    'github-deployment': defineKind(
      GithubSeedSchema,
      GithubRef,
      ({ kind: _kind, ...options }, now) => void this.addDeployment(options, now),
      ({ id }) => {
        const deployment = this.deployments.get(id)
        return deployment && (deployment.statuses.at(-1)?.state ?? '')
      }
    )
  }

  /** Adds a deployment; returns its id (sequential from 1 after a reset, unless given). */
  addDeployment(options: GithubDeploymentOptions, now = Date.now()): number {
    const o = GithubDeploymentOptionsSchema.parse(options)
    const [owner, repo] = o.repository.split('/') as [string, string]
    const id = o.id ?? this.nextDeploymentId
    this.nextDeploymentId = Math.max(this.nextDeploymentId, id + 1)
    const created = new Date(now).toISOString()
    const deployment: GithubDeployment = {
      id,
      owner,
      repo,
      environment: o.environment,
      ref: o.ref,
      sha: id.toString(16).padStart(40, '0'),
      created_at: created,
      statuses: []
    }
    for (const state of o.statuses) {
      deployment.statuses.push(this.status(deployment, { state }, state, '', created))
    }
    this.deployments.set(id, deployment)
    return id
  }

  /** A deployment's statuses, oldest first (what the action wrote is last). */
  statuses(id: number): readonly GithubStatus[] {
    return this.deployments.get(id)?.statuses ?? []
  }

  /** Accept only these tokens (null: any non-empty token, the default). */
  acceptTokens(tokens: readonly string[] | null): void {
    this.tokens = tokens ? new Set(tokens) : undefined
  }

  authenticate(headers: Record<string, string>): ServiceError | undefined {
    const token = bearer(headers)
    if (!token || (this.tokens && !this.tokens.has(token))) {
      return new ServiceError(401, 'Unauthorized', REASONS[401] as string)
    }
    return undefined
  }

  throttleError(retryAfterSeconds: number): ServiceError {
    return new ServiceError(
      429,
      'TooManyRequests',
      REASONS[429] as string,
      {},
      {
        'retry-after': String(retryAfterSeconds)
      }
    )
  }

  errorForStatus(status: number): ServiceError {
    if (status === 429) return this.throttleError(1)
    if (status === 422) return validationFailed('DeploymentStatus', 'state', 'scripted 422')
    return new ServiceError(
      status,
      'Error',
      REASONS[status] ?? (status >= 500 ? 'Server Error' : 'Error')
    )
  }

  renderError(error: ServiceError): Reply {
    return jsonReply(
      error.status,
      {
        message: error.message,
        ...error.extra,
        documentation_url: DOCS,
        status: String(error.status)
      },
      { ...error.headers }
    )
  }

  clear(): void {
    this.deployments.clear()
    this.nextDeploymentId = 1
    this.nextStatusId = 1
    this.tokens = undefined
  }

  // ---- routes ----------------------------------------------------------------

  private listDeployments(ctx: CallContext): Reply {
    const { owner, repo } = ctx.params as { owner: string; repo: string }
    const environment = ctx.query.environment
    const all = [...this.deployments.values()]
      .filter((d) => same(d.owner, owner) && same(d.repo, repo))
      .filter((d) => environment === undefined || d.environment === environment)
      .sort((a, b) => b.id - a.id)
    return page(ctx, `/repos/${owner}/${repo}/deployments`, all, (d) => this.deploymentJson(d))
  }

  private listStatuses(ctx: CallContext): Reply {
    const deployment = this.find(ctx)
    const newestFirst = [...deployment.statuses].reverse()
    return page(
      ctx,
      `/repos/${deployment.owner}/${deployment.repo}/deployments/${deployment.id}/statuses`,
      newestFirst,
      (s) => this.statusJson(deployment, s)
    )
  }

  private createStatus(ctx: CallContext): Reply {
    const deployment = this.find(ctx)
    const parsed = CreateStatusBody.safeParse(ctx.body)
    if (!parsed.success) throw new ServiceError(400, 'BadRequest', 'Problems parsing JSON')
    const body = parsed.data
    if (!(GITHUB_STATUS_STATES as readonly string[]).includes(body.state)) {
      throw validationFailed('DeploymentStatus', 'state', `state is not included in the list`)
    }
    if ((body.description ?? '').length > 140) {
      throw validationFailed(
        'DeploymentStatus',
        'description',
        'description is too long (maximum is 140 characters)'
      )
    }
    const status = this.status(
      deployment,
      ctx.body as Record<string, unknown>,
      body.state as GithubStatusState,
      bearer(ctx.headers) ?? '',
      new Date(ctx.now).toISOString()
    )
    if (body.environment) deployment.environment = body.environment
    deployment.statuses.push(status)
    return jsonReply(201, this.statusJson(deployment, status))
  }

  // ---- representation ----------------------------------------------------------

  private find(ctx: CallContext): GithubDeployment {
    const { owner, repo } = ctx.params as { owner: string; repo: string }
    const id = Number(ctx.params.deployment_id)
    const deployment = this.deployments.get(id)
    if (!deployment || !same(deployment.owner, owner) || !same(deployment.repo, repo)) {
      throw new ServiceError(404, 'NotFound', REASONS[404] as string)
    }
    return deployment
  }

  private status(
    deployment: GithubDeployment,
    body: Record<string, unknown>,
    state: GithubStatusState,
    token: string,
    created: string
  ): GithubStatus {
    const text = (key: string) => (typeof body[key] === 'string' ? (body[key] as string) : '')
    return {
      id: this.nextStatusId++,
      state,
      description: text('description'),
      environment: text('environment') || deployment.environment,
      log_url: text('log_url'),
      body: { ...body },
      token,
      created_at: created
    }
  }

  private deploymentJson(d: GithubDeployment): Record<string, unknown> {
    const url = `https://api.github.com/repos/${d.owner}/${d.repo}/deployments/${d.id}`
    return {
      url,
      id: d.id,
      node_id: `DE_${d.id}`,
      sha: d.sha,
      ref: d.ref,
      task: 'deploy',
      payload: {},
      original_environment: d.environment,
      environment: d.environment,
      description: null,
      creator: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
      created_at: d.created_at,
      updated_at: d.statuses.at(-1)?.created_at ?? d.created_at,
      statuses_url: `${url}/statuses`,
      repository_url: `https://api.github.com/repos/${d.owner}/${d.repo}`,
      transient_environment: false,
      production_environment: d.environment === 'production'
    }
  }

  private statusJson(d: GithubDeployment, s: GithubStatus): Record<string, unknown> {
    const deploymentUrl = `https://api.github.com/repos/${d.owner}/${d.repo}/deployments/${d.id}`
    return {
      url: `${deploymentUrl}/statuses/${s.id}`,
      id: s.id,
      node_id: `DES_${s.id}`,
      state: s.state,
      creator: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
      description: s.description,
      environment: s.environment,
      target_url: s.log_url,
      log_url: s.log_url,
      environment_url: '',
      created_at: s.created_at,
      updated_at: s.created_at,
      deployment_url: deploymentUrl,
      repository_url: `https://api.github.com/repos/${d.owner}/${d.repo}`
    }
  }
}

/** The token of `Authorization: token T` / `Bearer T`. */
function bearer(headers: Record<string, string>): string | undefined {
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(headers.authorization ?? '')
  return match?.[1]
}

/** GitHub's owner and repository names are case-insensitive. */
function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase()
}

function validationFailed(resource: string, field: string, message: string): ServiceError {
  return new ServiceError(422, 'UnprocessableEntity', REASONS[422] as string, {
    errors: [{ resource, code: 'custom', field, message }]
  })
}

/** One page of a list, with GitHub's Link header (absolute URLs on the address asked). */
function page<T>(
  ctx: CallContext,
  path: string,
  items: readonly T[],
  json: (item: T) => unknown
): Reply {
  const perPage = Math.min(100, Math.max(1, Number(ctx.query.per_page) || 30))
  const number = Math.max(1, Number(ctx.query.page) || 1)
  const last = Math.max(1, Math.ceil(items.length / perPage))
  const slice = items.slice((number - 1) * perPage, number * perPage)
  const link = (n: number, rel: string) => {
    const query = new URLSearchParams({ ...ctx.query, per_page: String(perPage), page: String(n) })
    return `<http://${ctx.headers.host ?? '127.0.0.1'}${path}?${query}>; rel="${rel}"`
  }
  const links = [
    ...(number > 1 ? [link(number - 1, 'prev'), link(1, 'first')] : []),
    ...(number < last ? [link(number + 1, 'next'), link(last, 'last')] : [])
  ]
  return jsonReply(200, slice.map(json), links.length ? { link: links.join(', ') } : {})
}
