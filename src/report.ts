/**
 * Everything the workflow sees: outputs, the job summary, log lines and
 * annotations. Outputs are written before the step is failed, so that
 * `if: always()` and `if: failure()` steps can branch on them.
 */
import { closeSync, openSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import {
  OUTCOMES,
  shouldFail,
  summarize,
  type BatchSummary,
  type Outcome,
  type TargetResult
} from './outcome.js'
import { errorMessage } from './errors.js'
import { redact } from './secrets.js'
import { log, neutralise } from './log.js'
import type { DeploymentMark } from './github-settings.js'

export const OUTPUT_NAMES = [
  'outcome',
  'message',
  'status',
  'request-id',
  'results',
  'results-file',
  'github-deployment-status',
  'github-deployment-id'
] as const

/** The job summary lists this many targets, then counts the rest. */
export const SUMMARY_ROWS = 300
/** GitHub's limit for one output is 1 MB; `results` never goes past it. */
export const MAX_OUTPUT_BYTES = 1_000_000
/** A step's job summary must stay under 1 MiB: the table stops well before. */
export const SUMMARY_BUDGET_BYTES = 900 * 1024
/** Longest text of a summary cell, before HTML escaping (which can make a character five). */
const CELL_CHARS = { target: 200, status: 100, message: 500 }

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
  /** The message when there is no target at all (a shard that holds none of the list). */
  empty?: string
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
  github = { status: 'skipped', deploymentId: '', message: '' },
  empty = 'There were no targets.'
}: RunReport): Promise<void> {
  // In place: with 100,000 targets, a copy of every result would double the step's memory.
  for (const r of results) {
    r.target = redact(r.target)
    r.message = redact(r.message)
    r.status = redact(r.status)
  }
  const summary: BatchSummary = results.length
    ? summarize(results)
    : // No target at all (a shard that holds none of the list): nothing was sent, nothing to do.
      { outcome: 'not-cancellable', message: empty, status: '', requestId: '', counts: {} }
  const file = writeResultsFile(results, process.env, provider)
  const listed = resultsOutput(results, provider)
  if (listed.kept < results.length) {
    summary.message += ` The results output holds ${listed.kept} of the ${results.length} targets, the most severe first (it is limited to 1 MB); ${
      file
        ? `every target is in the file at results-file (${file})`
        : 'the results file could not be written'
    }.`
  }
  const failures: string[] = []
  attempt(failures, () => core.setOutput('outcome', summary.outcome))
  attempt(failures, () => core.setOutput('message', clampBytes(summary.message, MAX_OUTPUT_BYTES)))
  attempt(failures, () => core.setOutput('status', clampBytes(summary.status, MAX_OUTPUT_BYTES)))
  attempt(failures, () =>
    core.setOutput('request-id', clampBytes(summary.requestId, MAX_OUTPUT_BYTES))
  )
  attempt(failures, () => core.setOutput('results', listed.json))
  attempt(failures, () => core.setOutput('results-file', file))
  attempt(failures, () => core.setOutput('github-deployment-status', github.status))
  attempt(failures, () => core.setOutput('github-deployment-id', github.deploymentId))
  const outputFailure = outputsNotWritten(failures)

  await writeJobSummary(
    provider,
    results,
    dryRun,
    redact(github.message),
    results.length ? '' : empty
  )

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
  githubMessage: string,
  /** The message of a step with no target, said under the (empty) table. */
  emptyMessage = ''
): Promise<void> {
  const { counts, outcome } = summarize(results)
  // Rows until the budget is spent: escaping can make an id five times longer, so the
  // cells are cut first, and the bytes counted as they go.
  const rows: string[][] = []
  let bytes = 0
  for (const r of results) {
    if (rows.length >= SUMMARY_ROWS) break
    const row = [
      escapeHtml(provider),
      code(cut(r.target, CELL_CHARS.target)),
      escapeHtml(r.outcome),
      escapeHtml(cut(r.status, CELL_CHARS.status)) || '–',
      escapeHtml(cut(r.message, CELL_CHARS.message))
    ]
    const size = row.reduce((n, cell) => n + Buffer.byteLength(cell) + 9, 9)
    if (bytes + size > SUMMARY_BUDGET_BYTES) break
    bytes += size
    rows.push(row)
  }
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
  if (results.length > rows.length) {
    body.addRaw(
      `<p>…and ${results.length - rows.length} more targets (see the results output, and results-file for every target).</p>`,
      true
    )
  }
  if (emptyMessage) body.addRaw(`<p>${escapeHtml(emptyMessage)}</p>`, true)
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

/** Text cut to `chars` characters, saying so. */
function cut(text: string, chars: number): string {
  return text.length > chars ? `${text.slice(0, chars)}…` : text
}

/** Text cut to at most `max` bytes of UTF-8, never in the middle of a character. */
export function clampBytes(text: string, max: number): string {
  if (text.length * 3 <= max || Buffer.byteLength(text) <= max) return text
  const marker = ' …'
  let end = Math.min(text.length, max)
  // The marker's bytes, not its length: its ellipsis is three bytes of UTF-8.
  const markerBytes = Buffer.byteLength(marker)
  while (end > 0 && Buffer.byteLength(text.slice(0, end)) + markerBytes > max) {
    end = Math.floor(end * 0.9)
  }
  // Not between the two halves of a surrogate pair.
  if (end > 0 && /[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--
  return text.slice(0, end) + marker
}

/**
 * One target as the results output and the results file show it. `ids` and `provider` let a
 * dry run's results file be handed on as a later step's targets-file (inputs/preview-file.ts).
 */
function entryOf(r: TargetResult, provider: string): string {
  return JSON.stringify({
    target: r.target,
    outcome: r.outcome,
    status: r.status,
    message: r.message,
    'request-id': r.requestId,
    ids: r.ids ?? {},
    provider
  })
}

/**
 * The results output: every target if they fit in 1,000,000 bytes; otherwise
 * the most severe first (failed, not-found, …), as many whole entries as fit.
 */
export function resultsOutput(
  results: readonly TargetResult[],
  provider = ''
): { json: string; kept: number } {
  const entry = (r: TargetResult) => entryOf(r, provider)
  // Sizes first, strings only for what is kept: 100,000 entries as strings are ~20 MB.
  const sizes = new Float64Array(results.length)
  let total = 1
  results.forEach((r, i) => {
    sizes[i] = Buffer.byteLength(entry(r)) + 1
    total += sizes[i]!
  })
  if (total <= MAX_OUTPUT_BYTES)
    return { json: `[${results.map(entry).join(',')}]`, kept: results.length }
  const rank = (o: Outcome) => OUTCOMES.indexOf(o)
  const order = Array.from(results.keys())
  order.sort((a, b) => rank(results[b]!.outcome) - rank(results[a]!.outcome) || a - b)
  const kept: string[] = []
  let bytes = 1
  for (const i of order) {
    if (bytes + sizes[i]! > MAX_OUTPUT_BYTES) continue
    bytes += sizes[i]!
    kept.push(entry(results[i]!))
  }
  return { json: `[${kept.join(',')}]`, kept: kept.length }
}

/**
 * Every target's result as a JSON file under RUNNER_TEMP, for actions/upload-artifact;
 * written a few thousand entries at a time. Returns its path, or '' if it cannot be written.
 */
export function writeResultsFile(
  results: readonly TargetResult[],
  env: NodeJS.ProcessEnv = process.env,
  provider = ''
): string {
  const entry = (r: TargetResult) => entryOf(r, provider)
  const dir = env.RUNNER_TEMP || tmpdir()
  const path = join(dir, `cancel-deployment-results-${process.pid}-${Date.now()}.json`)
  let fd: number | undefined
  try {
    fd = openSync(path, 'w')
    const CHUNK = 2000
    writeSync(fd, '[')
    for (let i = 0; i < results.length; i += CHUNK) {
      const part = results.slice(i, i + CHUNK).map(entry)
      writeSync(fd, (i ? ',\n' : '\n') + part.join(',\n'))
    }
    writeSync(fd, '\n]\n')
    return path
  } catch (error) {
    core.warning(`results-file could not be written to ${dir}: ${errorMessage(error)}`)
    return ''
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
