/**
 * Everything the workflow sees: outputs, the job summary, log lines and
 * annotations. Outputs are written before the step is failed, so that
 * `if: always()` and `if: failure()` steps can branch on them.
 */
import * as core from '@actions/core'
import {
  OUTCOMES,
  shouldFail,
  summarize,
  type BatchSummary,
  type Outcome,
  type TargetResult
} from '../util/outcome.js'
import { errorMessage } from '../util/errors.js'
import { redact, redactDeep } from '../util/secrets.js'
import { truncate } from '../util/text.js'
import { log, neutralise } from '../util/log.js'
import { oneLineText, writeJobSummary } from './summary.js'
import type { DeploymentMark } from '../providers/github/settings.js'
import { reachEntry } from './reach.js'
import { openJsonArrayFile } from './json-file.js'

export const OUTPUT_NAMES = [
  'outcome',
  'message',
  'status',
  'request-id',
  'results',
  'results-file',
  'reached-file',
  'github-deployment-status',
  'github-deployment-id'
] as const

/**
 * GitHub's limit for a job's outputs, all of them together, sized as UTF-16 (two bytes a
 * character for ASCII): the step's outputs together stay within it, so `results` can be handed on
 * as a job output as it is.
 */
export const MAX_OUTPUT_BYTES = 1_000_000
/** The most characters of `message`, and of `status` and `request-id`: `results` has the rest. */
const MESSAGE_CHARS = 20_000
const SHORT_OUTPUT_CHARS = 2_000
/** Room for what GitHub may count besides names and values. */
const OUTPUTS_MARGIN_BYTES = 4_096

/** An output's size as GitHub counts it: UTF-16, two bytes a unit. */
const utf16Bytes = (text: string) => text.length * 2

/** Text cut to at most `chars` UTF-16 units, ending in " …". */
const clampChars = (text: string, chars: number) => truncate(text, chars, ' …')

interface RunReport {
  provider: string
  results: TargetResult[]
  failOn: ReadonlySet<Outcome>
  /** Bad input fails the step whatever fail-on says: nothing was done. */
  inputError?: boolean
  /** The summary says so: nothing was cancelled. */
  dryRun?: boolean
  /** What was written on the GitHub deployment (src/providers/github/mark.ts). */
  github?: DeploymentMark
  /** The message when there is no target at all (a shard that holds none of the list). */
  empty?: string
  /** reach: devices: the path of reached-file ('' otherwise, or when it could not be written). */
  reachedFile?: string
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

type OutputName = (typeof OUTPUT_NAMES)[number]

export async function report({
  provider,
  results,
  failOn,
  inputError = false,
  dryRun = false,
  github = { status: 'skipped', deploymentId: '', message: '' },
  empty = 'There were no targets.',
  reachedFile = ''
}: RunReport): Promise<void> {
  // Every field of every result, whatever an endpoint echoed into it (a session token as a request
  // id, a key as a listed id); in place: with 100,000 targets a copy would double the memory.
  for (const r of results) redactResult(r)
  const summary = stepSummary(results, empty)
  const file = writeResultsFile(results, process.env, provider)
  const outputs = outputValues({ summary, results, provider, file, reachedFile, github })
  summary.message = outputs.message
  const outputFailure = writeOutputs(outputs)

  await writeJobSummary({
    provider,
    results,
    dryRun,
    githubMessage: github.message,
    step: summary
  })

  const failing =
    inputError || shouldFail([summary.outcome, ...results.map((r) => r.outcome)], failOn)
  endStep(summary, failing, outputFailure)
}

/** The step's own outcome and message, on one line and without secrets. */
function stepSummary(results: TargetResult[], empty: string): BatchSummary {
  const summary: BatchSummary = results.length
    ? summarize(results)
    : // No target at all (a shard that holds none of the list): nothing was sent, nothing to do.
      { outcome: 'not-cancellable', message: empty, status: '', requestId: '', counts: {} }
  summary.message = oneLineText(redact(summary.message))
  return summary
}

/**
 * Every output's value, within the job's 1 MB: every output but results first, then results
 * with what is left; the message says so when results could not hold every target.
 */
function outputValues({
  summary,
  results,
  provider,
  file,
  reachedFile,
  github
}: {
  summary: BatchSummary
  results: readonly TargetResult[]
  provider: string
  file: string
  reachedFile: string
  github: DeploymentMark
}): Record<OutputName, string> {
  const others: Omit<Record<OutputName, string>, 'results'> = {
    outcome: summary.outcome,
    message: 'x'.repeat(MESSAGE_CHARS),
    status: clampChars(oneLineText(summary.status), SHORT_OUTPUT_CHARS),
    'request-id': clampChars(oneLineText(summary.requestId), SHORT_OUTPUT_CHARS),
    'results-file': file,
    'reached-file': reachedFile,
    'github-deployment-status': github.status,
    'github-deployment-id': github.deploymentId
  }
  const taken = Object.entries(others).reduce(
    (n, [name, value]) => n + utf16Bytes(name) + utf16Bytes(value),
    utf16Bytes('results') + OUTPUTS_MARGIN_BYTES
  )
  const listed = resultsOutput(results, provider, MAX_OUTPUT_BYTES - taken)
  const note = resultsNote(listed, results.length, file)
  const message = clampChars(summary.message, MESSAGE_CHARS - note.length) + note
  return { ...others, message, results: listed.json }
}

/** What the message adds when the results output could not hold every target as it is. */
function resultsNote(
  listed: { kept: number; clipped?: boolean },
  total: number,
  file: string
): string {
  if (listed.kept >= total && !listed.clipped) return ''
  return ` The results output holds ${listed.kept} of the ${total} targets${
    listed.clipped ? ', its text clipped to fit' : ', the most severe first'
  } (all of a job's outputs together are limited to 1 MB); ${
    file
      ? `every target is in the file at results-file (${file})`
      : 'the results file could not be written'
  }.`
}

/** Every output, each by name; the message about those that could not be written. */
function writeOutputs(outputs: Record<OutputName, string>): string | undefined {
  const failures: string[] = []
  attempt(failures, () => core.setOutput('outcome', outputs['outcome']))
  attempt(failures, () => core.setOutput('message', outputs['message']))
  attempt(failures, () => core.setOutput('status', outputs['status']))
  attempt(failures, () => core.setOutput('request-id', outputs['request-id']))
  attempt(failures, () => core.setOutput('results', outputs['results']))
  attempt(failures, () => core.setOutput('results-file', outputs['results-file']))
  attempt(failures, () => core.setOutput('reached-file', outputs['reached-file']))
  attempt(failures, () =>
    core.setOutput('github-deployment-status', outputs['github-deployment-status'])
  )
  attempt(failures, () => core.setOutput('github-deployment-id', outputs['github-deployment-id']))
  return outputsNotWritten(failures)
}

/** The step's end: failed (by fail-on, bad input or unwritten outputs), or a warning, or neither. */
function endStep(summary: BatchSummary, failing: boolean, outputFailure: string | undefined): void {
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

/**
 * Secrets out of every field, nested ones included, and the message on one line; the target
 * and the ids keep their exact text otherwise (a later step cancels by them).
 */
function redactResult(r: TargetResult): void {
  const fields = r as unknown as Record<string, unknown>
  for (const [key, value] of Object.entries(fields)) fields[key] = redactDeep(value)
  r.message = oneLineText(r.message)
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
    provider,
    ...(r.reach ? { reach: reachEntry(r.reach) } : {})
  })
}

/**
 * The results output within `budget` bytes (UTF-16): every target if they fit; otherwise the
 * most severe first (failed, not-found, …), strictly: whole entries in that order until the next
 * does not fit, none after it. When not even the most severe one fits (an id of hundreds of
 * kilobytes), that one is kept with its text clipped, so `results` is never an empty list.
 */
function resultsOutput(
  results: readonly TargetResult[],
  provider = '',
  budget = MAX_OUTPUT_BYTES
): { json: string; kept: number; clipped?: boolean } {
  const entry = (r: TargetResult) => entryOf(r, provider)
  // Sizes first, strings only for what is kept: 100,000 entries as strings are ~20 MB.
  const sizes = new Float64Array(results.length)
  let total = utf16Bytes('[]')
  results.forEach((r, i) => {
    sizes[i] = utf16Bytes(entry(r)) + utf16Bytes(',')
    total += sizes[i]!
  })
  if (total <= budget) return { json: `[${results.map(entry).join(',')}]`, kept: results.length }
  const rank = (o: Outcome) => OUTCOMES.indexOf(o)
  const order = Array.from(results.keys())
  order.sort((a, b) => rank(results[b]!.outcome) - rank(results[a]!.outcome) || a - b)
  const kept: string[] = []
  let bytes = utf16Bytes('[]')
  for (const i of order) {
    if (bytes + sizes[i]! > budget) break
    bytes += sizes[i]!
    kept.push(entry(results[i]!))
  }
  if (kept.length === 0 && order.length > 0) {
    const clipped = clippedEntry(results[order[0]!]!, provider, budget)
    if (clipped) return { json: `[${clipped}]`, kept: 1, clipped: true }
  }
  return { json: `[${kept.join(',')}]`, kept: kept.length }
}

/** One entry whose texts (target, status, message, ids) are clipped until it fits `budget`. */
function clippedEntry(r: TargetResult, provider: string, budget: number): string | undefined {
  for (let chars = Math.floor(budget / 16); chars >= 16; chars = Math.floor(chars / 2)) {
    const clip = (text: string) => clampChars(text, chars)
    const ids = Object.fromEntries(Object.entries(r.ids ?? {}).map(([k, v]) => [k, clip(v ?? '')]))
    const text = entryOf(
      { ...r, target: clip(r.target), status: clip(r.status), message: clip(r.message), ids },
      provider
    )
    if (utf16Bytes(text) + utf16Bytes('[]') <= budget) return text
  }
  return undefined
}

/**
 * Every target's result as a JSON file under RUNNER_TEMP, for actions/upload-artifact;
 * written a few thousand entries at a time. Returns its path, or '' if it cannot be written.
 */
function writeResultsFile(
  results: readonly TargetResult[],
  env: NodeJS.ProcessEnv = process.env,
  provider = ''
): string {
  const file = openJsonArrayFile('results-file', 'results', env)
  for (const r of results) file.add(entryOf(r, provider))
  return file.close()
}
