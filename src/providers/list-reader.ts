/**
 * The one reader of every provider's list, page by page: what in-flight-on lists, and any
 * list a provider reads to its end. A list is read to its end or not at all (a token seen
 * before, a page that only repeats earlier items, pages that end before the total the list
 * gave, more items than a step takes), and every item it answers is checked where it enters:
 * its id obeys the rule of the input it stands for, and it is on the place that was named.
 * Any of these throws ListRefused, which ends the place `failed` with nothing cancelled there.
 * It keeps only digests of the tokens and ids it has seen, so memory stays bounded whatever
 * the list answers. Knows no provider.
 */
import { createHash } from 'node:crypto'
import { shortId } from '../util/errors.js'
import { idProblem } from '../util/id-rules.js'
import type { TargetInput } from '../util/targets.js'

/** The most items one step reads from its lists, every place together: a step's most targets. */
export const MAX_LISTED_ITEMS = 100_000

/** Why a list was not read to its end, or why an item it answered is not cancelled. */
export class ListRefused extends Error {
  override name = 'ListRefused'
}

/** How many items the step's lists have read so far: one per step, shared by every place. */
export class ListBudget {
  read = 0
  constructor(readonly limit = MAX_LISTED_ITEMS) {}
}

/** One page as the reader takes it. */
export interface Page<I> {
  items: readonly I[]
  /** The cursor of the next page (a token, a page number); absent on the last page. */
  next?: string | undefined
  /** How many items the whole list holds, where the provider says so. */
  total?: number | undefined
}

interface ListSpec<I> {
  /** How messages name the list: `the deployments on thinggroup/production`. */
  what: string
  /** Reads the page at `cursor` (undefined: the first). */
  page(cursor: string | undefined): Promise<Page<I>>
  /** The target input an item's id stands for, and the id (undefined: the item has none). */
  id?: { input: TargetInput; of(item: I): string | undefined }
  /** Where the item is when it is not on the place that was named (`on` names that place). */
  elsewhere?: { on: string; of(item: I): string | undefined }
  /** Each new item, once its checks passed. */
  each?(item: I): void
  /** The step's count of items read; without one, this list counts alone. */
  budget?: ListBudget
}

/** Reads every page of a list, checking each item; throws ListRefused, or what `page` throws. */
export async function readList<I>(spec: ListSpec<I>): Promise<void> {
  const budget = spec.budget ?? new ListBudget()
  const tokens = new Set<string>()
  const seen = new Set<string>()
  let cursor: string | undefined
  let pages = 0
  let total: number | undefined
  const cut = (why: string) =>
    new ListRefused(
      `${capital(spec.what)} could not be read to its end: ${why} (read so far: ${count(pages, 'page')}, ${count(seen.size, 'item')}).`
    )
  for (;;) {
    const page = await spec.page(cursor)
    pages++
    let fresh = 0
    for (const item of page.items) {
      if (++budget.read > budget.limit) {
        throw cut(
          `this step's lists hold more than ${budget.limit.toLocaleString('en-US')} items, the most one step takes; name fewer places`
        )
      }
      const key = checkItem(spec, item)
      if (key === undefined || seen.has(key)) continue
      seen.add(key)
      fresh++
      spec.each?.(item)
    }
    if (spec.id && page.items.length > 0 && fresh === 0) {
      throw cut(`page ${pages} only repeated items of earlier pages`)
    }
    if (page.total !== undefined) total = page.total
    if (!page.next) break
    const token = digest(page.next)
    if (tokens.has(token)) {
      throw cut(
        `page ${pages} answered a page token seen before, which would read the same pages again`
      )
    }
    tokens.add(token)
    cursor = page.next
  }
  if (total !== undefined && spec.id && seen.size < total) {
    throw cut(
      `its pages ended after ${count(seen.size, 'item')}, but the list said it holds ${total}`
    )
  }
}

/** The item's key (a digest of its id), after its checks; undefined when it has no id rule. */
function checkItem<I>(spec: ListSpec<I>, item: I): string | undefined {
  if (!spec.id) return undefined
  const { input } = spec.id
  const id = spec.id.of(item) ?? ''
  const problem = idProblem(input, id)
  if (problem) {
    throw new ListRefused(
      `${capital(spec.what)}: the list answered ${input} "${shortId(id)}", which ${problem}: an id a list answers obeys the rule of ${input} like one given as input, so it was not sent.`
    )
  }
  const elsewhere = spec.elsewhere?.of(item)
  if (elsewhere) throw notOnPlace(spec.what, input, id, spec.elsewhere!.on, elsewhere)
  return digest(id)
}

/**
 * An item a list answered that is not on the place named: the place fails, nothing found there
 * is cancelled. Also for what a provider learns of an item after the list (IoT's DescribeJob).
 */
export function notOnPlace(
  what: string,
  input: TargetInput,
  id: string,
  on: string,
  why: string
): ListRefused {
  return new ListRefused(
    `${capital(what)}: the list answered ${input} ${shortId(id)}, which is not on ${on} (${why}).`
  )
}

const digest = (text: string) => createHash('sha256').update(text).digest('base64')
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
const count = (n: number, what: string) =>
  `${n.toLocaleString('en-US')} ${what}${n === 1 ? '' : 's'}`
