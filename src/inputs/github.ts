/** The GitHub deployment to mark after a confirmed cancel, and the token and API to do it with. */
import * as z from 'zod/mini'
import { log } from '../util/log.js'
import type { GithubDeploymentSettings } from '../providers/github/settings.js'
import { endpointUrl, isLoopback } from './endpoint.js'
import { CONTROL_CHARS, firstSet, once, wholeNumber, type InputContext } from './schema.js'

const githubDeploymentId = wholeNumber(1, Number.MAX_SAFE_INTEGER)

const githubEnvironment = once(() =>
  z.string().check(
    z.maxLength(255, { error: 'must be at most 255 characters' }),
    z.refine((v) => !CONTROL_CHARS.test(v), { error: 'must not contain control characters' })
  )
)

const githubDeploymentState = once(() =>
  z.enum(['inactive', 'failure', 'error'], {
    error: 'must be inactive, failure or error'
  })
)

const githubRepository = once(() =>
  z.pipe(
    z
      .string()
      .check(
        z.minLength(1, { error: 'it is not set' }),
        z.regex(/^[^/\s]+\/[^/\s]+$/, { error: 'it is not owner/repository' })
      ),
    z.transform((s: string) => s.split('/') as [string, string])
  )
)

/**
 * The GitHub deployment to mark, when github-deployment-id or github-environment names one.
 * The token is checked here, not left to action.yml's default: a bare run has none.
 */
export function readGithubDeployment({
  raw,
  env,
  check,
  problems
}: InputContext): GithubDeploymentSettings | undefined {
  const state = check(
    'github-deployment-state',
    githubDeploymentState,
    raw('github-deployment-state') || 'inactive'
  )
  const idText = raw('github-deployment-id')
  const environmentText = raw('github-environment')
  if (!idText && !environmentText) {
    if (raw('github-deployment-state') && state !== 'inactive') {
      log.warning(
        'github-deployment-state is ignored: neither github-deployment-id nor github-environment names a GitHub deployment'
      )
    }
    return undefined
  }
  if (idText && environmentText) {
    problems.push(
      'github-deployment-id and github-environment both name the GitHub deployment: give one of them'
    )
    return undefined
  }
  const deploymentId = idText
    ? check('github-deployment-id', githubDeploymentId, idText)
    : undefined
  const environment = environmentText
    ? check('github-environment', githubEnvironment, environmentText)
    : undefined
  const token = raw('github-token')
  if (!token) {
    problems.push(
      "github-token is empty, so the cancel was not sent: remove the input (action.yml then gives the job's github.token; give the job `permissions: deployments: write`), or fix the secret it names (a secret that is not set, or not passed on to a reusable workflow, reads as empty)"
    )
  }
  // The deployment is looked up in the workflow's own repository, which the runner names.
  const naming = idText ? 'github-deployment-id' : 'github-environment'
  const repositoryText = env.GITHUB_REPOSITORY?.trim() ?? ''
  const repository = check(
    `${naming} needs GITHUB_REPOSITORY (set by the runner) to name the deployment's repository:`,
    githubRepository,
    repositoryText
  )
  // The runner sets GITHUB_API_URL and a workflow cannot override it; the input can.
  const [apiSource, apiText] = firstSet([
    ['github-api-url', raw('github-api-url')],
    ['GITHUB_API_URL', env.GITHUB_API_URL]
  ])
  const apiUrl = apiText
    ? check(
        apiSource === 'github-api-url' ? apiSource : `github-api-url (from ${apiSource})`,
        endpointUrl,
        apiText
      )
    : 'https://api.github.com'
  if (apiUrl?.startsWith('http://') && !isLoopback(apiUrl)) {
    log.warning(
      `${apiSource === 'github-api-url' ? 'github-api-url' : `github-api-url (from ${apiSource})`} is plain http:// to ${new URL(apiUrl).host}: the GitHub token travels unencrypted to it. Use https:// unless it is a relay inside your own network.`
    )
  }
  const named =
    deploymentId !== undefined ? { deploymentId } : environment ? { environment } : undefined
  if (!state || !token || !repository || !apiUrl || !named) return undefined
  const [owner, repo] = repository
  const server = (env.GITHUB_SERVER_URL?.trim() || 'https://github.com').replace(/\/+$/, '')
  const runId = env.GITHUB_RUN_ID?.trim()
  return {
    ...named,
    token,
    state,
    owner,
    repo,
    apiUrl,
    ...(runId ? { logUrl: `${server}/${owner}/${repo}/actions/runs/${runId}` } : {})
  }
}
