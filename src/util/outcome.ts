/**
 * The outcomes a step can end with, their severity, and how a batch of
 * per-target results folds into the one outcome and message a workflow reads.
 */
import { labelled, shortId } from './errors.js'

export const OUTCOMES = [
  'cancelled',
  'would-cancel',
  'not-cancellable',
  'not-found',
  'failed'
] as const
export type Outcome = (typeof OUTCOMES)[number]

/** Most severe last: failed > not-found > not-cancellable > would-cancel > cancelled. */
const SEVERITY: Record<Outcome, number> = {
  cancelled: 0,
  'would-cancel': 1,
  'not-cancellable': 2,
  'not-found': 3,
  failed: 4
}

/**
 * How far a rollout got, in devices or hosts (the entry's `reach`): provider-neutral counts,
 * whole numbers, `total` their sum.
 */
export interface Reach {
  total: number
  succeeded: number
  inProgress: number
  queued: number
  failed: number
  cancelled: number
}

/** What one target ended with. Every field but `ids` and `reach` is a string so it maps 1:1 onto outputs. */
export interface TargetResult {
  target: string
  outcome: Outcome
  status: string
  message: string
  requestId: string
  /** The target's inputs and values (`{"thing-name":"t-1","job-id":"fw-2"}`), for a later step. */
  ids?: Readonly<Record<string, string>>
  /** How far the rollout got (reach: counts or devices), when it could be read. */
  reach?: Reach
  /** A target found but not cancelled whose rollout's reach is read all the same (a device's view). */
  measure?: boolean
}

/** What a provider answers for one call, before the target's label is attached. */
export type Answer = Omit<TargetResult, 'target' | 'ids'>

export function answer(
  outcome: Outcome,
  message: string,
  extra: { status?: string; requestId?: string } = {}
): Answer {
  return { outcome, message, status: extra.status ?? '', requestId: extra.requestId ?? '' }
}

export function mostSevere(outcomes: Iterable<Outcome>): Outcome {
  let worst: Outcome | undefined
  for (const o of outcomes) if (worst === undefined || SEVERITY[o] > SEVERITY[worst]) worst = o
  return worst ?? 'failed'
}

export function shouldFail(outcomes: Iterable<Outcome>, failOn: ReadonlySet<Outcome>): boolean {
  for (const o of outcomes) if (failOn.has(o)) return true
  return false
}

export interface BatchSummary {
  outcome: Outcome
  message: string
  status: string
  requestId: string
  counts: Partial<Record<Outcome, number>>
}

/** How many failure messages a batch message quotes before it stops. */
const QUOTED_FAILURES = 3

/**
 * One target: its own answer. Several: the most severe outcome, the counts per
 * outcome, then the first few problems so the message alone says what to fix.
 */
export function summarize(results: readonly TargetResult[]): BatchSummary {
  const counts: Partial<Record<Outcome, number>> = {}
  for (const r of results) counts[r.outcome] = (counts[r.outcome] ?? 0) + 1
  const outcome = mostSevere(results.map((r) => r.outcome))
  if (results.length === 1) {
    const [only] = results as [TargetResult]
    return {
      outcome,
      message: only.message,
      status: only.status,
      requestId: only.requestId,
      counts
    }
  }
  const countText = [...OUTCOMES]
    .reverse()
    .filter((o) => counts[o])
    .map((o) => `${counts[o]} ${o}`)
    .join(', ')
  const problems =
    outcome === 'cancelled' || outcome === 'would-cancel' ? [] : quotedProblems(results, outcome)
  const message =
    `${results.length} targets: ${countText}.` +
    (problems.length ? ` First: ${problems.join(' | ')}` : '')
  const last = results[results.length - 1]
  return { outcome, message, status: '', requestId: last?.requestId ?? '', counts }
}

/**
 * The first few distinct messages of the targets with this outcome, in order, each once with the
 * targets that share it: a fault of the step (no credentials, say) is said once, not per target.
 */
function quotedProblems(results: readonly TargetResult[], outcome: Outcome): string[] {
  const shared = new Map<string, string[]>()
  for (const r of results) {
    if (r.outcome !== outcome) continue
    const targets = shared.get(r.message)
    if (targets) targets.push(r.target)
    else if (shared.size < QUOTED_FAILURES) shared.set(r.message, [r.target])
  }
  return [...shared].map(([message, targets]) => {
    if (targets.length === 1) return labelled(targets[0]!, message)
    const named = targets.slice(0, QUOTED_FAILURES).map(shortId).join(', ')
    const more =
      targets.length > QUOTED_FAILURES ? ` and ${targets.length - QUOTED_FAILURES} more` : ''
    return `${named}${more}: ${message}`
  })
}
