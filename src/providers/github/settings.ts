/**
 * What the GitHub deployment part is given and what it gives back, apart from
 * the client itself (src/providers/github/mark.ts, loaded only when a deployment is named):
 * the input parser builds the settings and the report shows the mark, without
 * loading GitHub's client.
 */
import type { Outcome } from '../../util/outcome.js'

export type GithubDeploymentState = 'inactive' | 'failure' | 'error'

/** What the input parser reads for the GitHub deployment; every default applied. */
export interface GithubDeploymentSettings {
  /** Exactly one of deploymentId and environment is set. */
  deploymentId?: number
  environment?: string
  token: string
  state: GithubDeploymentState
  owner: string
  repo: string
  /** github-api-url, else GITHUB_API_URL, else https://api.github.com; no trailing slash. */
  apiUrl: string
  /** The workflow run, when the runner says which it is. */
  logUrl?: string
}

/** What the step did to its targets, as far as the GitHub deployment cares. */
export interface CancelSummary {
  provider: string
  /** The step's outcome (the most severe of its targets'). */
  outcome: Outcome
  /** Target labels. */
  targets: readonly string[]
  /** One target's state after the call (with `wait`, its final state), else empty. */
  status: string
  dryRun: boolean
}

/** What `github-deployment-status` and `github-deployment-id` report. */
export interface DeploymentMark {
  status: 'written' | 'skipped' | 'failed'
  /** The deployment marked (or that would be, in a dry run), when known. */
  deploymentId: string
  /** One line for the log and the job summary. */
  message: string
}
