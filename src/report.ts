/**
 * Everything the workflow sees: outputs, the job summary, log lines and
 * annotations. Outputs are written before the step is failed, so that
 * `if: always()` and `if: failure()` steps can branch on them.
 */
import * as core from '@actions/core'
import { OUTCOMES, shouldFail, summarize, type Outcome, type TargetResult } from './outcome.js'
import { errorMessage } from './errors.js'
import { redact } from './secrets.js'
import { log, neutralise } from './log.js'
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

/**
 * Runs one output write; one that cannot be written (GITHUB_OUTPUT in a missing
 * folder, a read-only file) does not stop the others or the report: its error
 * is kept, to be annotated and to fail the step.
 */
function attempt(failures: string[], write: () => void): void {
  try {
    write()
  } catch (error) {
    failures.push(errorMessage(error))
  }
}

function outputsNotWritten(failures: string[]): string | undefined {
  if (failures.length === 0) return undefined
  return `The step's outputs could not be written to GITHUB_OUTPUT (${process.env.GITHUB_OUTPUT ?? 'not set'}): ${failures[0]}. Later steps will not see outcome, message or results; each target's result is in the log above.`
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
  const failures: string[] = []
  attempt(failures, () => core.setOutput('outcome', summary.outcome))
  attempt(failures, () => core.setOutput('message', summary.message))
  attempt(failures, () => core.setOutput('status', summary.status))
  attempt(failures, () => core.setOutput('request-id', summary.requestId))
  attempt(failures, () =>
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
  )
  attempt(failures, () => core.setOutput('github-deployment-status', github.status))
  attempt(failures, () => core.setOutput('github-deployment-id', github.deploymentId))
  const outputFailure = outputsNotWritten(failures)

  await writeJobSummary(provider, results, dryRun, redact(github.message))

  const failing =
    inputError || shouldFail([summary.outcome, ...results.map((r) => r.outcome)], failOn)
  if (outputFailure) {
    log.error(outputFailure, { title: 'Outputs not written' })
    process.exitCode = 1
  }
  if (failing) {
    core.setFailed(neutralise(summary.message))
  } else if (summary.outcome !== 'cancelled' && summary.outcome !== 'would-cancel') {
    log.warning(`${summary.outcome}: ${summary.message}`)
  }
  log.info(`outcome=${summary.outcome}`)
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
    // Not worth failing the step for (outputs and the log say it all), but worth knowing.
    const file = process.env.GITHUB_STEP_SUMMARY
    log.warning(
      file
        ? `The job summary could not be written to GITHUB_STEP_SUMMARY (${file}): ${errorMessage(error)}`
        : 'The job summary was not written: GITHUB_STEP_SUMMARY is not set (is this running outside GitHub Actions?)'
    )
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
