/**
 * What a rollout reached, as the workflow sees it: the entry's `reach` field, the reached-file a
 * rollback job reads, and the job summary's picture.
 *
 * The picture is an HTML table (the summary is HTML already) with a bar of Unicode block
 * characters per deployment: it renders the same in every job summary, the log and e-mail,
 * needs no script or image (GitHub renders Mermaid in summaries only as some actions rely on,
 * and a chart per deployment would cost kilobytes each), and a row costs a few hundred bytes,
 * so a hundred of them stay far inside the 1 MiB limit whatever the targets hold.
 */
import { openJsonArrayFile } from './json-file.js'
import { redact } from '../util/secrets.js'
import { OUTCOMES, type Outcome, type Reach, type TargetResult } from '../util/outcome.js'

/** The entry's `reach` field, in the contract's spelling. */
export function reachEntry(reach: Reach): Record<string, number> {
  return {
    total: reach.total,
    succeeded: reach.succeeded,
    'in-progress': reach.inProgress,
    queued: reach.queued,
    failed: reach.failed,
    cancelled: reach.cancelled
  }
}

/** One device or host a rollout reached, as reached-file holds it. */
interface ReachedEntry {
  target: string
  device: string
  status: string
}

/**
 * reached-file: a JSON array written as the devices arrive, a few thousand at a time, so a job
 * of 100,000 things is never held in memory as text. `close` returns its path, or '' when it
 * could not be written (a warning says why).
 */
export function openReachedFile(provider: string, env: NodeJS.ProcessEnv = process.env) {
  const file = openJsonArrayFile('reached-file', 'reached', env)
  return {
    add: (entry: ReachedEntry) =>
      file.add(
        JSON.stringify({
          target: redact(entry.target),
          provider,
          device: redact(entry.device),
          status: redact(entry.status)
        })
      ),
    close: () => file.close()
  }
}

/** Deployments the picture shows; the rest are counted. */
export const REACH_ROWS = 100
/** The picture's share of the summary's 1 MiB (the target table has 900 KiB). */
const REACH_BUDGET_BYTES = 64 * 1024
const BAR_CELLS = 20
const TARGET_CHARS = 80

/** Each part of a bar: its character and what it means. */
const PARTS = [
  { key: 'succeeded', char: '█', says: 'have it' },
  { key: 'inProgress', char: '▓', says: 'installing' },
  { key: 'failed', char: '✖', says: 'failed' },
  { key: 'queued', char: '░', says: 'not started' },
  { key: 'cancelled', char: '·', says: 'cancelled' }
] as const

/**
 * A bar of BAR_CELLS characters: each part's share, rounded so the parts add up to the whole
 * bar (largest remainders first), and a part that has any device shows at least one cell.
 */
export function reachBar(reach: Reach, cells = BAR_CELLS): string {
  if (reach.total <= 0) return ''
  const exact = PARTS.map((p) => (reach[p.key] / reach.total) * cells)
  const whole = exact.map((x, i) => (reach[PARTS[i]!.key] > 0 ? Math.max(1, Math.floor(x)) : 0))
  let left = cells - whole.reduce((a, b) => a + b, 0)
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0])
  for (let k = 0; left > 0; k = (k + 1) % order.length) {
    const i = order[k]![1]
    if (reach[PARTS[i]!.key] > 0) {
      whole[i]!++
      left--
    }
  }
  for (let i = whole.length - 1; left < 0 && i >= 0; i--) {
    while (left < 0 && whole[i]! > 1) {
      whole[i]!--
      left++
    }
  }
  return PARTS.map((p, i) => p.char.repeat(whole[i]!)).join('')
}

const n = (value: number) => value.toLocaleString('en-US')

/**
 * The picture: a row per deployment with reach (the first REACH_ROWS, within the budget), then
 * for several targets a bar of their outcomes. `escape` is the summary's cell escaping: no text
 * from outside becomes markup.
 */
export function reachSummaryHtml(
  results: readonly TargetResult[],
  escape: (text: string) => string
): string {
  const rows: string[] = []
  let withReach = 0
  let bytes = 0
  for (const r of results) {
    if (!r.reach) continue
    withReach++
    if (rows.length >= REACH_ROWS) continue
    const target = r.target.length > TARGET_CHARS ? `${r.target.slice(0, TARGET_CHARS)}…` : r.target
    const counts = PARTS.filter((p) => r.reach![p.key] > 0)
      .map((p) => `${n(r.reach![p.key])} ${p.says}`)
      .join(', ')
    const row = `<tr><td><code>${escape(target)}</code></td><td><code>${reachBar(r.reach)}</code></td><td>${n(r.reach.total)}: ${counts || 'none'}</td></tr>`
    if (bytes + Buffer.byteLength(row) > REACH_BUDGET_BYTES) continue
    bytes += Buffer.byteLength(row)
    rows.push(row)
  }
  let html = ''
  if (rows.length) {
    const legend = PARTS.map((p) => `${p.char} ${p.says}`).join(' · ')
    html += `<h4>What the rollouts reached</h4><table><tr><th>Target</th><th>${legend}</th><th>Devices or hosts</th></tr>${rows.join('')}</table>`
    if (withReach > rows.length) {
      html += `<p>…and ${n(withReach - rows.length)} more with reach (each entry of results-file has it).</p>`
    }
  }
  return html + outcomesHtml(results)
}

/** For several targets: how many ended with each outcome, and a bar of them. */
function outcomesHtml(results: readonly TargetResult[]): string {
  if (results.length < 2) return ''
  const counts = new Map<Outcome, number>()
  for (const r of results) counts.set(r.outcome, (counts.get(r.outcome) ?? 0) + 1)
  const rows = OUTCOMES.filter((o) => counts.get(o)).map((o) => {
    const count = counts.get(o)!
    const cells = Math.max(1, Math.round((count / results.length) * BAR_CELLS))
    return `<tr><td>${o}</td><td>${n(count)}</td><td><code>${'█'.repeat(cells)}</code></td></tr>`
  })
  return `<h4>Outcomes</h4><table><tr><th>Outcome</th><th>Targets</th><th></th></tr>${rows.join('')}</table>`
}
