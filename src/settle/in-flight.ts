/**
 * in-flight-on: what is in flight at each place, listed before the first
 * cancel (a list filtered by state shifts under its reader as its items are
 * cancelled). Each page goes through the step's slots, shared send rate,
 * deadlines and interrupt like any request; each item found becomes a target
 * the flow settles as if its id had been given. A place the list cannot read
 * ends `failed`, and nothing found there is cancelled. Knows no provider by name.
 */
import { mapWithConcurrency, type Slots } from './batch.js'
import { errorMessage } from '../util/errors.js'
import { resultOf } from './flow.js'
import { answer, type Answer, type TargetResult } from '../util/outcome.js'
import { pageSender } from './page-sender.js'
import type { ProviderSession } from '../providers/types.js'
import { ListBudget } from '../providers/list-reader.js'
import { StopReason, type Deadline } from '../requests/deadlines.js'
import type { Place, Target } from '../util/targets.js'

interface ListOptions {
  concurrency: number
  slots: Slots
  interrupt: AbortSignal
  /** Each page's own deadline (timeout-seconds), under the interrupt. */
  requestDeadline: (parent: AbortSignal) => Deadline
  /** Where the lists look (an AWS region), said when a place has nothing in flight. */
  lookedIn?: string
}

interface InFlight {
  /** Every item found, duplicates dropped, sorted by label (so shards agree on the split). */
  targets: Target[]
  /** One per place with nothing to cancel or a list that failed, and each item refused. */
  settled: TargetResult[]
}

export async function listInFlight(
  session: ProviderSession,
  places: readonly Place[],
  options: ListOptions
): Promise<InFlight> {
  // One count for the step: more items than a step takes fails the place that reads past it.
  const budget = new ListBudget()
  const listed = await mapWithConcurrency(places, options.concurrency, (place) =>
    listPlace(session, place, options, budget)
  )
  const byLabel = new Map<string, Target>()
  const settled: TargetResult[] = []
  for (const place of listed) {
    if ('answer' in place) {
      settled.push(place.answer)
      continue
    }
    for (const target of place.found)
      if (!byLabel.has(target.label)) byLabel.set(target.label, target)
    settled.push(...place.refused)
  }
  const targets = [...byLabel.values()].sort((a, b) =>
    a.label < b.label ? -1 : a.label > b.label ? 1 : 0
  )
  return { targets, settled }
}

type Listed = { answer: TargetResult } | { found: Target[]; refused: TargetResult[] }

async function listPlace(
  session: ProviderSession,
  place: Place,
  { slots, interrupt, requestDeadline, lookedIn }: ListOptions,
  budget: ListBudget
): Promise<Listed> {
  const placeResult = (settled: Answer): Listed => ({
    answer: resultOf({ label: place.label, ids: {} }, settled)
  })
  const withPlaceIds = (listed: Listed): Listed => {
    if ('answer' in listed) listed.answer.ids = { 'in-flight-on': place.value }
    return listed
  }
  if (!session.list) {
    return withPlaceIds(placeResult(answer('failed', `in-flight-on is not supported here.`)))
  }
  if (interrupt.aborted) return withPlaceIds(placeResult(stopped(place, interrupt.reason)))
  const page = pageSender({ slots, interrupt, requestDeadline })
  try {
    const listed = await session.list(place, page, budget)
    if (!listed.ok) {
      const { message } = listed.answer
      const tail = listed.answer.outcome === 'failed' ? ' Nothing found there was cancelled.' : ''
      return withPlaceIds(placeResult({ ...listed.answer, message: `${message}${tail}` }))
    }
    if (listed.found.length === 0 && listed.refused.length === 0) {
      return withPlaceIds(
        placeResult(
          answer(
            'not-cancellable',
            `Nothing in flight on ${place.label}${lookedIn ? ` in ${lookedIn}` : ''}: there is nothing to cancel.`
          )
        )
      )
    }
    return {
      found: listed.found,
      refused: listed.refused.map(({ target, answer }) => resultOf(target, answer))
    }
  } catch (error) {
    return withPlaceIds(placeResult(stopped(place, error)))
  }
}

function stopped(place: Place, reason: unknown): Answer {
  const why = reason instanceof StopReason ? reason.message : errorMessage(reason)
  return answer(
    'failed',
    `Listing what is in flight on ${place.label} stopped: ${why}. Nothing found there was cancelled.`
  )
}
