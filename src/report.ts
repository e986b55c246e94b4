/**
 * Everything the workflow sees: outputs, the job summary, log lines and
 * annotations. Outputs are written before the step is failed, so that
 * `if: always()` and `if: failure()` steps can branch on them.
 */
import * as core from '@actions/core'
import { OUTCOMES, shouldFail, summarize, type Outcome, type TargetResult } from './outcome.js'
import { errorMessage } from './errors.js'
import { redact } from './secrets.js'

export const OUTPUT_NAMES = ['outcome', 'message', 'status', 'request-id', 'results'] as const

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
}

/**
 * Every line the action prints goes through here: secrets removed, and text
 * from outside (ids, provider messages) kept from acting as a workflow
 * command. The runner reads a command from any line that begins (after blanks)
 * with `::` or `##[`, and a bare CR or any other line break starts a new line:
 * each is folded to a space, and a line that would begin a command is prefixed.
 */
export function neutralise(text: string): string {
  const line = redact(text).replace(/\r\n|[\r\n\v\f\u0085\u2028\u2029]/g, ' ')
  return /^\s*(::|##\[)/.test(line) ? `› ${line}` : line
}

type Annotation = Parameters<typeof core.error>[1]

/** Annotation properties (title, file) come from outside too. */
function safeProperties(properties?: Annotation): Annotation {
  if (!properties) return properties
  return Object.fromEntries(
    Object.entries(properties).map(([k, v]) => [k, typeof v === 'string' ? neutralise(v) : v])
  )
}

/** core.info/warning/error/debug, through neutralise. */
export const log = {
  info: (text: string) => core.info(neutralise(text)),
  debug: (text: string) => core.debug(neutralise(text)),
  warning: (text: string, properties?: Annotation) =>
    properties
      ? core.warning(neutralise(text), safeProperties(properties))
      : core.warning(neutralise(text)),
  error: (text: string, properties?: Annotation) =>
    properties
      ? core.error(neutralise(text), safeProperties(properties))
      : core.error(neutralise(text))
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
  dryRun = false
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
  const outputFailure = outputsNotWritten(failures)

  await writeJobSummary(provider, results, dryRun)

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
  dryRun: boolean
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
