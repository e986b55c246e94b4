/**
 * Everything the workflow sees: outputs, the job summary, log lines and
 * annotations. Outputs are written before the step is failed, so that
 * `if: always()` and `if: failure()` steps can branch on them.
 */
import * as core from '@actions/core'
import { OUTCOMES, shouldFail, summarize, type Outcome, type TargetResult } from './outcome.js'
import { errorMessage } from './errors.js'
import { redact } from './secrets.js'
import type { DeploymentMark } from './github.js'

export const OUTPUT_NAMES = [
  'outcome',
  'message',
  'status',
  'request-id',
  'results',
  'github-deployment-status',
  'github-deployment-id'
] as const

/** The job summary lists this many targets, then counts the rest. */
export const SUMMARY_ROWS = 300

export interface RunReport {
  provider: string
  results: TargetResult[]
  failOn: ReadonlySet<Outcome>
  /** Bad input fails the step whatever fail-on says: nothing was done. */
  inputError?: boolean
  /** The summary says so: nothing was cancelled. */
  dryRun?: boolean
  /** What was written on the GitHub deployment (src/github.ts). */
  github?: DeploymentMark
}

export async function report({
  provider,
  results,
  failOn,
  inputError = false,
  dryRun = false,
  github = { status: 'skipped', deploymentId: '', message: '' }
}: RunReport): Promise<void> {
  results = results.map((r) => ({
    ...r,
    target: redact(r.target),
    message: redact(r.message),
    status: redact(r.status)
  }))
  const summary = summarize(results)
  core.setOutput('outcome', summary.outcome)
  core.setOutput('message', summary.message)
  core.setOutput('status', summary.status)
  core.setOutput('request-id', summary.requestId)
  core.setOutput(
    'results',
    JSON.stringify(
      results.map((r) => ({
        target: r.target,
        outcome: r.outcome,
        status: r.status,
        message: r.message,
        'request-id': r.requestId
      }))
    )
  )
  core.setOutput('github-deployment-status', github.status)
  core.setOutput('github-deployment-id', github.deploymentId)

  await writeJobSummary(provider, results, dryRun, redact(github.message))

  const failing =
    inputError || shouldFail([summary.outcome, ...results.map((r) => r.outcome)], failOn)
  if (failing) {
    core.setFailed(summary.message)
  } else if (summary.outcome !== 'cancelled' && summary.outcome !== 'would-cancel') {
    core.warning(`${summary.outcome}: ${summary.message}`)
  }
  core.info(`outcome=${summary.outcome}`)
}

async function writeJobSummary(
  provider: string,
  results: TargetResult[],
  dryRun: boolean,
  githubMessage: string
): Promise<void> {
  const { counts, outcome } = summarize(results)
  const rows = results
    .slice(0, SUMMARY_ROWS)
    .map((r) => [
      escapeHtml(provider),
      code(r.target),
      escapeHtml(r.outcome),
      escapeHtml(r.status) || '–',
      escapeHtml(r.message)
    ])
  const body = core.summary
    .addHeading(
      dryRun ? 'Cancel deployment: dry run, nothing was cancelled' : 'Cancel deployment',
      3
    )
    .addTable([
      ['Provider', 'Target', 'Outcome', 'Status', 'Message'].map((data) => ({
        data,
        header: true
      })),
      ...rows
    ])
  if (results.length > 1) {
    const countText = OUTCOMES.filter((o) => counts[o])
      .map((o) => `${counts[o]} ${o}`)
      .join(', ')
    body.addRaw(`<p>${results.length} targets, outcome <b>${outcome}</b>: ${countText}.</p>`, true)
  }
  if (results.length > SUMMARY_ROWS) {
    body.addRaw(
      `<p>…and ${results.length - SUMMARY_ROWS} more targets (see the results output).</p>`,
      true
    )
  }
  if (githubMessage) body.addRaw(`<p>${escapeHtml(githubMessage)}</p>`, true)
  try {
    await body.write()
  } catch (error) {
    // Outside the runner (no GITHUB_STEP_SUMMARY) the summary is optional.
    core.debug(`job summary not written: ${errorMessage(error)}`)
    body.emptyBuffer()
  }
}

/** The summary is HTML: ids and provider messages may contain anything. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

function code(text: string): string {
  return text ? `<code>${escapeHtml(text)}</code>` : ''
}
