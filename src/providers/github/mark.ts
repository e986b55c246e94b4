/**
 * The GitHub deployment that tracks the rollout (Environments page, pull
 * request timeline): once the cancel is confirmed, one status is written on it.
 * main.ts imports this module only when `github-deployment-id` or
 * `github-environment` is set, and it imports @actions/github only when there
 * is something to write (or, in a dry run, to look up).
 *
 * Proxies: @actions/github's Octokit sends through undici's fetch with
 * @actions/http-client's proxy dispatcher, chosen when @actions/github is
 * imported, for GITHUB_API_URL (HTTPS_PROXY / HTTP_PROXY / NO_PROXY, loopback
 * always direct). So GITHUB_API_URL is set to the URL used (github-api-url may
 * differ) before that import, and the client is built without a `request`
 * option: Octokit merges its defaults shallowly, and one would replace that
 * fetch. The deadline goes with each call instead.
 *
 * A GitHub error never changes the cancel's outcome: it becomes a warning that
 * says what to fix, and `github-deployment-status` says `failed`.
 */
import { log } from '../../util/log.js'
import { AnswerTooLarge, clip, errorMessage, oneLine } from '../../util/errors.js'
import { truncate } from '../../util/text.js'
import { boundedFetch } from '../../requests/answer-body.js'
import type {
  CancelSummary,
  DeploymentMark,
  GithubDeploymentSettings,
  GithubDeploymentState
} from './settings.js'

export type {
  CancelSummary,
  DeploymentMark,
  GithubDeploymentSettings,
  GithubDeploymentState
} from './settings.js'

/** The body of POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses. */
interface DeploymentStatusBody {
  state: GithubDeploymentState
  description: string
  log_url?: string
  /**
   * false: GitHub's default (true) adds `inactive` to the environment's earlier successful
   * (non-production) deployments, yet after a cancel the earlier version is the one still
   * running. `environment` is not sent, so the deployment keeps its own.
   */
  auto_inactive: false
}

/** GitHub refuses longer descriptions (422). */
const DESCRIPTION_LIMIT = 140
/** How many of an environment's deployments are read, newest first, before giving up. */
const ENVIRONMENT_SEARCH_LIMIT = 100

const WARNING_TITLE = 'GitHub deployment not marked'

type Octokit = ReturnType<typeof import('@actions/github').getOctokit>

/** Writes the status after a confirmed cancel; never throws. */
export async function markDeployment(
  settings: GithubDeploymentSettings,
  cancel: CancelSummary,
  signal: AbortSignal,
  userAgent: string
): Promise<DeploymentMark> {
  const named = settings.deploymentId !== undefined ? String(settings.deploymentId) : ''
  const recorded = cancel.dryRun ? 'would-cancel' : 'cancelled'
  if (cancel.outcome !== recorded) {
    const which = `GitHub deployment ${named || describeTarget(settings)}`
    return skipped(
      named,
      cancel.dryRun
        ? `Dry run: ${which} would not be marked: the outcome is ${cancel.outcome}.`
        : `${which} not marked: the outcome is ${cancel.outcome}, and a status is written only after a confirmed cancel.`
    )
  }
  const body = statusBody(settings, cancel)
  let deploymentId = named
  try {
    process.env.GITHUB_API_URL = settings.apiUrl
    const { getOctokit } = await import('@actions/github')
    const octokit = guarded(
      getOctokit(settings.token, { baseUrl: settings.apiUrl, userAgent }),
      settings.apiUrl
    )
    if (settings.deploymentId === undefined) {
      deploymentId = String(await findDeployment(octokit, settings, signal))
    }
    if (cancel.dryRun) {
      return skipped(
        deploymentId,
        `Dry run: GitHub deployment ${deploymentId}${where(settings)} not marked; a cancel would write state ${body.state}, description "${body.description}"${body.log_url ? `, log_url ${body.log_url}` : ''}.`
      )
    }
    const { data: written } = await octokit.rest.repos.createDeploymentStatus({
      owner: settings.owner,
      repo: settings.repo,
      deployment_id: Number(deploymentId),
      ...body,
      request: { signal }
    })
    // Written only when GitHub's own answer shows the status: anything else is not its word.
    if ((written as { state?: unknown } | null)?.state !== body.state) {
      throw new NotGithubAnswer('its answer does not show the status written')
    }
    const message = `GitHub deployment ${deploymentId}${where(settings)} marked ${body.state}: ${body.description}`
    log.info(message)
    return { status: 'written', deploymentId, message }
  } catch (error) {
    // A deadline or an interrupt says which; the fetch itself only says "aborted".
    const why = signal.aborted
      ? errorMessage(signal.reason)
      : explainGithubError(error, settings, deploymentId)
    const message = `GitHub deployment ${deploymentId || describeTarget(settings)} not marked ${body.state}: ${why}`
    log.warning(message, { title: WARNING_TITLE })
    return { status: 'failed', deploymentId, message }
  }
}

function skipped(deploymentId: string, message: string): DeploymentMark {
  log.info(message)
  return { status: 'skipped', deploymentId, message }
}

function statusBody(
  settings: GithubDeploymentSettings,
  cancel: CancelSummary
): DeploymentStatusBody {
  return {
    state: settings.state,
    description: describeCancel(cancel),
    ...(settings.logUrl ? { log_url: settings.logUrl } : {}),
    auto_inactive: false
  }
}

/** "Cancelled greengrass rollout-7 (CANCELED)", at most 140 characters. */
export function describeCancel({ provider, targets, status }: CancelSummary): string {
  const what =
    targets.length === 1
      ? `${provider} ${targets[0]}`
      : `${targets.length} ${provider} targets: ${targets.slice(0, 20).join(', ')}`
  return truncate(oneLine(`Cancelled ${what}${status ? ` (${status})` : ''}`), DESCRIPTION_LIMIT)
}

/** The newest deployment of the environment whose latest status is not `inactive`. */
async function findDeployment(
  octokit: Octokit,
  settings: GithubDeploymentSettings,
  signal: AbortSignal
): Promise<number> {
  const { owner, repo } = settings
  const environment = settings.environment ?? ''
  let read = 0
  // Page by page on the API's own origin: a Link header is never followed, so no answer can
  // send the token elsewhere.
  for (let page = 1; read < ENVIRONMENT_SEARCH_LIMIT; page++) {
    const { data } = await octokit.rest.repos.listDeployments({
      owner,
      repo,
      environment,
      per_page: PAGE_SIZE,
      page,
      request: { signal }
    })
    if (!Array.isArray(data)) throw new NotGithubAnswer('the deployments are not a list')
    for (const deployment of data) {
      if (typeof deployment?.id !== 'number') {
        throw new NotGithubAnswer('a deployment without an id')
      }
      checkEnvironment(deployment, environment)
      if (++read > ENVIRONMENT_SEARCH_LIMIT) {
        throw new NoDeploymentError(
          `the newest ${ENVIRONMENT_SEARCH_LIMIT} deployments of environment "${environment}" in ${owner}/${repo} are all inactive: give github-deployment-id`
        )
      }
      const { data: statuses } = await octokit.rest.repos.listDeploymentStatuses({
        owner,
        repo,
        deployment_id: deployment.id,
        per_page: 1,
        request: { signal }
      })
      if (!Array.isArray(statuses)) throw new NotGithubAnswer('the statuses are not a list')
      if (statuses[0]?.state !== 'inactive') return deployment.id
    }
    if (data.length < PAGE_SIZE) break
  }
  throw new NoDeploymentError(
    read
      ? `every deployment of environment "${environment}" in ${owner}/${repo} is already inactive`
      : `environment "${environment}" has no deployment in ${owner}/${repo}: check github-environment (its name as on the Environments page)`
  )
}

/**
 * A deployment listed for the environment is of that environment, by its own `environment`
 * (GitHub's names are case-insensitive): an answer that ignored the filter (an older server, a
 * proxy, another API) would otherwise have another environment's deployment marked.
 */
function checkEnvironment(deployment: { id: number; environment?: unknown }, named: string): void {
  const own = deployment.environment
  if (typeof own === 'string' && own.toLowerCase() === named.toLowerCase()) return
  throw new NotGithubAnswer(
    `the list of environment "${clip(named, 100)}"'s deployments holds deployment ${deployment.id} of ${
      typeof own === 'string' ? `environment "${clip(oneLine(own), 100)}"` : 'no environment'
    }`
  )
}

/** How many deployments one page lists. */
const PAGE_SIZE = 30

/** An answer that is not GitHub's JSON (a proxy's page, a redirect, a body without the status). */
class NotGithubAnswer extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'NotGithubAnswer'
  }
}

/**
 * Every request of the client: sent to the API's own origin only, never following a redirect
 * (the token would go with it), and taken only when the answer is GitHub's JSON.
 */
function guarded(octokit: Octokit, apiUrl: string): Octokit {
  const origin = new URL(apiUrl).origin
  octokit.hook.wrap('request', async (request, options) => {
    const url = new URL(octokit.request.endpoint.parse(options).url)
    if (url.origin !== origin) {
      throw new NotGithubAnswer(
        `a request to ${url.host}, not ${new URL(apiUrl).host}, was not sent`
      )
    }
    options.request = {
      ...options.request,
      redirect: 'manual',
      fetch: boundedFetch(options.request?.fetch ?? fetch)
    }
    const response = await request(options)
    if (response.status >= 300) {
      const location = (response.headers as Record<string, string | undefined>).location
      const to = location ? ` to ${hostOf(location, apiUrl)}` : ''
      throw new NotGithubAnswer(`HTTP ${response.status}, a redirect${to} that was not followed`)
    }
    const type = String((response.headers as Record<string, unknown>)['content-type'] ?? '')
    if (!/json/i.test(type)) {
      throw new NotGithubAnswer(`HTTP ${response.status}, content type ${type || 'none'}`)
    }
    return response
  })
  return octokit
}

/** The host a redirect names, never its path or query (they may carry anything). */
function hostOf(location: string, base: string): string {
  try {
    return new URL(location, base).host
  } catch {
    return 'an unreadable address'
  }
}

class NoDeploymentError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'NoDeploymentError'
  }
}

function where(settings: GithubDeploymentSettings): string {
  return settings.environment ? ` (environment ${settings.environment})` : ''
}

function describeTarget(settings: GithubDeploymentSettings): string {
  return settings.environment
    ? `of environment "${settings.environment}"`
    : String(settings.deploymentId)
}

/** What to fix, by GitHub's HTTP status. */
const GITHUB_ERRORS: Record<number, (s: GithubDeploymentSettings, id: string) => string> = {
  401: () =>
    'GitHub refused the token (401): check github-token (an expired or revoked token, or one for another GitHub host than github-api-url / GITHUB_API_URL)',
  403: () =>
    'the token may not write deployment statuses (403): give the job `permissions: deployments: write`, or pass a github-token that has it',
  404: (s, id) =>
    `not found in ${s.owner}/${s.repo} (404): check ${s.environment ? `github-environment "${s.environment}"` : `github-deployment-id ${id}`}, and that the token has \`deployments: write\` on this repository (GitHub answers 404 to a token that may not see it)`
}

/** One line saying what went wrong and what to fix. */
function explainGithubError(
  error: unknown,
  settings: GithubDeploymentSettings,
  deploymentId: string
): string {
  if (error instanceof NoDeploymentError) return error.message
  const cause = (error as { cause?: unknown } | undefined)?.cause
  if (cause instanceof AnswerTooLarge) {
    return `GitHub's answer could not be read (${cause.message}). Nothing shows the status was written.`
  }
  if (error instanceof NotGithubAnswer) {
    return `GitHub's answer could not be read (${error.message}): is a proxy or another host answering for ${settings.apiUrl}? Nothing shows the status was written.`
  }
  const status = httpStatus(error)
  const type = String(
    (error as { response?: { headers?: Record<string, unknown> } }).response?.headers?.[
      'content-type'
    ] ?? ''
  )
  if (status !== undefined && type && !/json/i.test(type)) {
    // A proxy's or a load balancer's page: its words are not GitHub's, and it is not repeated.
    return `GitHub's answer could not be read (HTTP ${status}, content type ${type}): is a proxy answering for ${settings.apiUrl}? Nothing shows the status was written.`
  }
  if (status === undefined) {
    return `could not reach GitHub at ${settings.apiUrl} (github-api-url / GITHUB_API_URL): ${clip(errorMessage(error))}`
  }
  const known = GITHUB_ERRORS[status]
  if (known) return known(settings, deploymentId)
  // GitHub's own words, as far as a person reads them: an answer may hold any length.
  const said = clip(githubMessage(error))
  if (status === 422) return `GitHub refused the status (422): ${said}`
  return `GitHub answered ${status}: ${said}`
}

/**
 * Octokit's RequestError (name HttpError) carries the answer's status. It also wraps a
 * failure to connect, as status 500 without a response: that is no answer from GitHub.
 */
function httpStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const { name, status, response } = error as {
    name?: unknown
    status?: unknown
    response?: unknown
  }
  return name === 'HttpError' && typeof status === 'number' && status > 0 && response
    ? status
    : undefined
}

/** GitHub's own words: its `message`, and each validation error's message or code. */
function githubMessage(error: unknown): string {
  const data = (error as { response?: { data?: unknown } }).response?.data
  if (typeof data === 'object' && data !== null) {
    const { message, errors } = data as { message?: unknown; errors?: unknown }
    const details = Array.isArray(errors)
      ? errors.map((e: unknown) =>
          typeof e === 'string'
            ? e
            : typeof e === 'object' && e !== null
              ? String(
                  (e as { message?: unknown }).message ??
                    [(e as { field?: unknown }).field, (e as { code?: unknown }).code]
                      .filter(Boolean)
                      .join(' ')
                )
              : ''
        )
      : []
    const text = [typeof message === 'string' ? message : '', ...details.filter(Boolean)]
      .filter(Boolean)
      .join(': ')
    if (text) return oneLine(text)
  }
  return errorMessage(error)
}
