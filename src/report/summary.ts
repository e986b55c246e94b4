/**
 * The job summary: a heading, a table of targets and a few lines under it. GitHub renders the
 * file as Markdown, in which an HTML block ends at a blank line and whatever follows is Markdown
 * again (headings, links, images). Every text from outside (ids, statuses, provider and GitHub
 * messages) goes through one cell writer, `summaryCell`, which keeps it on one line, escaped and
 * cut, so it can end neither its cell nor the block; the summary's size follows from the cuts.
 */
import * as core from '@actions/core'
import { OUTCOMES, summarize, type BatchSummary, type TargetResult } from '../util/outcome.js'
import { errorMessage } from '../util/errors.js'
import { log } from '../util/log.js'
import { redact } from '../util/secrets.js'
import { truncate } from '../util/text.js'
import { reachSummaryHtml } from './reach.js'

/** The job summary lists this many targets, then counts the rest. */
export const SUMMARY_ROWS = 300
/** A step's job summary must stay under 1 MiB: the table stops well before. */
const SUMMARY_BUDGET_BYTES = 900 * 1024
/** Longest text of a cell or a line, before escaping (which can make a character six). */
const CELL_CHARS = { provider: 40, target: 200, status: 100, message: 500 } as const

/**
 * Line breaks (CommonMark's and Unicode's) and runs of blanks become one space; other control
 * characters and the bidirectional overrides (which can make a cell read as something else)
 * become U+FFFD. What is left is one line of text.
 */
export function oneLineText(text: string): string {
  return (
    text
      .replace(/[\s\u0085\u2028\u2029]+/g, ' ')
      // eslint-disable-next-line no-control-regex -- control characters are what is replaced
      .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\ufffd')
      .trim()
  )
}

/** The summary is HTML: ids and provider messages may contain anything. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`)
}

/**
 * The one writer of outside text into the summary: secrets removed, one line, at most `chars`
 * characters, HTML-escaped. Its result can neither end a cell nor add markup.
 */
function summaryCell(text: string, chars: number): string {
  return escapeHtml(truncate(oneLineText(redact(text)), chars + 1))
}

function tableRow(provider: string, r: TargetResult): string[] {
  const target = summaryCell(r.target, CELL_CHARS.target)
  return [
    summaryCell(provider, CELL_CHARS.provider),
    target ? `<code>${target}</code>` : '',
    summaryCell(r.outcome, CELL_CHARS.status),
    summaryCell(r.status, CELL_CHARS.status) || '–',
    summaryCell(r.message, CELL_CHARS.message)
  ]
}

/** Rows until SUMMARY_ROWS or the byte budget, whichever comes first. */
function tableRows(provider: string, results: readonly TargetResult[]): string[][] {
  const rows: string[][] = []
  let bytes = 0
  for (const r of results) {
    if (rows.length >= SUMMARY_ROWS) break
    const row = tableRow(provider, r)
    const size = row.reduce((n, cell) => n + Buffer.byteLength(cell) + 9, 9)
    if (bytes + size > SUMMARY_BUDGET_BYTES) break
    bytes += size
    rows.push(row)
  }
  return rows
}

interface SummaryInput {
  provider: string
  results: readonly TargetResult[]
  dryRun: boolean
  /** What the GitHub deployment part did, when it said anything. */
  githubMessage: string
  /** The step's outcome and message: with no target at all, its one row. */
  step: Pick<BatchSummary, 'outcome' | 'message'>
}

export async function writeJobSummary({
  provider,
  results,
  dryRun,
  githubMessage,
  step
}: SummaryInput): Promise<void> {
  const { counts, outcome } = summarize(results)
  // No target at all (a shard that holds none of the list): the step's own row, so the summary
  // says not-cancellable as the outputs do.
  const rows = results.length
    ? tableRows(provider, results)
    : [tableRow(provider, { target: '', status: '', requestId: '', ...step })]
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
  // What each rollout reached (report/reach.ts); outside text through the one cell writer.
  const picture = reachSummaryHtml(results, (text) => summaryCell(text, CELL_CHARS.target))
  if (picture) body.addRaw(picture, true)
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
  if (githubMessage) {
    body.addRaw(`<p>${summaryCell(githubMessage, CELL_CHARS.message)}</p>`, true)
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
