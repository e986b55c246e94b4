/**
 * The one list reader (src/providers/list-reader.ts) and how the step shares its count: a list
 * is read to its end or refused, each item is checked where it enters, and more items than a
 * step takes fail the place that reads past them. The wire cases run through the bundle in
 * e2e/brake.test.ts; these are the rules themselves, and the limit at its real size.
 */
import { describe, expect, it } from '@jest/globals'
import {
  ListBudget,
  ListRefused,
  MAX_LISTED_ITEMS,
  readList,
  type Page
} from '../src/providers/list-reader.js'
import { allPages, listAws } from '../src/providers/aws/client.js'
import { listInFlight } from '../src/settle/in-flight.js'
import { Slots } from '../src/settle/batch.js'
import { targetDeadline } from '../src/requests/deadlines.js'
import type { ProviderSession } from '../src/providers/types.js'
import type { Place } from '../src/util/targets.js'
import { answer } from '../src/util/outcome.js'

interface Item {
  id?: string
  on?: string
}

/** A list whose pages are given in order, keyed by the cursor that asks for them. */
function pages(...answers: Page<Item>[]) {
  const asked: (string | undefined)[] = []
  return {
    asked,
    page: (cursor: string | undefined) => {
      asked.push(cursor)
      const answer = answers[asked.length - 1]
      if (!answer) throw new Error(`page ${asked.length} was never meant to be asked for`)
      return Promise.resolve(answer)
    }
  }
}

const items = (...ids: string[]) => ids.map((id) => ({ id, on: 'g' }))

function read(list: ReturnType<typeof pages>, budget?: ListBudget) {
  const kept: string[] = []
  const done = readList<Item>({
    what: 'the things on g',
    page: list.page,
    id: { input: 'job-id', of: (item) => item.id },
    elsewhere: { on: 'g', of: (item) => (item.on === 'g' ? undefined : `it is on ${item.on}`) },
    each: (item) => kept.push(item.id!),
    ...(budget ? { budget } : {})
  })
  return { kept, done }
}

describe('readList', () => {
  it('reads every page to its end, each new item once', async () => {
    const list = pages(
      { items: items('a', 'b'), next: 't1' },
      { items: items('b', 'c'), next: 't2' },
      { items: [] }
    )
    const { kept, done } = read(list)
    await done
    expect(kept).toEqual(['a', 'b', 'c'])
    expect(list.asked).toEqual([undefined, 't1', 't2'])
  })

  it('refuses a page token seen before, saying how far the list was read', async () => {
    const list = pages(
      { items: items('a'), next: 't1' },
      { items: items('b'), next: 't2' },
      { items: items('c'), next: 't1' }
    )
    const { done } = read(list)
    await expect(done).rejects.toThrow(
      'The things on g could not be read to its end: page 3 answered a page token seen before, which would read the same pages again (read so far: 3 pages, 3 items).'
    )
  })

  it('refuses a page that only repeats earlier items', async () => {
    const { done } = read(pages({ items: items('a', 'b'), next: 't1' }, { items: items('b', 'a') }))
    await expect(done).rejects.toThrow('page 2 only repeated items of earlier pages')
  })

  it('refuses pages that end before the total the list gave', async () => {
    const { done } = read(pages({ items: items('a'), next: '1', total: 3 }, { items: items('b') }))
    await expect(done).rejects.toThrow(
      'its pages ended after 2 items, but the list said it holds 3'
    )
  })

  it.each(['.', '..', 'a/b', ''])('refuses the id %j before any item is kept', async (id) => {
    const { kept, done } = read(pages({ items: [...items('a'), { id, on: 'g' }] }))
    await expect(done).rejects.toThrow(`the list answered job-id "${id}", which`)
    expect(kept).toEqual(['a'])
  })

  it('refuses an item of another place', async () => {
    const { done } = read(pages({ items: [{ id: 'x', on: 'h' }] }))
    await expect(done).rejects.toThrow(
      'The things on g: the list answered job-id x, which is not on g (it is on h).'
    )
  })

  it(`takes ${MAX_LISTED_ITEMS} items in a step, and refuses the one after, whatever list reads it`, async () => {
    const budget = new ListBudget()
    const thousand = (list: number, page: number) =>
      Array.from({ length: 1000 }, (_, i) => ({ id: `l${list}-p${page}-${i}`, on: 'g' }))
    const list = (n: number, count: number) =>
      pages(
        ...Array.from({ length: count }, (_, p) => ({
          items: thousand(n, p),
          next: p + 1 < count ? `t${p + 1}` : undefined
        }))
      )
    await read(list(1, 60), budget).done
    const second = read(list(2, 41), budget)
    await expect(second.done).rejects.toThrow(
      "this step's lists hold more than 100,000 items, the most one step takes"
    )
    expect(second.kept).toHaveLength(40_000)
  })
})

describe('AWS lists', () => {
  it('allPages refuses a repeated token, and listAws makes it the place failing', async () => {
    let sent = 0
    const listed = await listAws(
      () =>
        allPages(
          () => Promise.resolve({ nextToken: `t${Math.min(++sent, 2)}` }),
          () => {},
          'the jobs on thinggroup/g'
        ),
      {
        what: 'the jobs on thinggroup/g',
        iamAction: 'iot:ListJobs',
        region: 'us-east-1',
        errors: {}
      }
    )
    expect(listed).toMatchObject({ outcome: 'failed' })
    expect((listed as { message: string }).message).toContain(
      'page 3 answered a page token seen before'
    )
    expect(sent).toBe(3)
  })
})

describe('listInFlight', () => {
  it('counts the items of every place together: the place that reads past the limit fails', async () => {
    const session: ProviderSession = {
      cancel: () => Promise.reject(new Error('no cancel while listing')),
      read: () => Promise.reject(new Error('no read while listing')),
      async list(place, page, budget) {
        const reading = readList<string>({
          what: `the things on ${place.label}`,
          budget,
          page: (cursor) =>
            page(() => {
              const n = Number(cursor ?? 0)
              const ids = Array.from({ length: 1000 }, (_, i) => `${place.value}-${n}-${i}`)
              return Promise.resolve({ items: ids, next: n < 59 ? String(n + 1) : undefined })
            }),
          id: { input: 'deployment-id', of: (id) => id }
        })
        try {
          await reading
        } catch (error) {
          if (!(error instanceof ListRefused)) throw error
          return { ok: false, answer: answer('failed', error.message) }
        }
        return { ok: true, found: [], refused: [] }
      }
    }
    const places: Place[] = ['a', 'b'].map((value) => ({ value, label: value, all: false }))
    const interrupt = new AbortController().signal
    const listed = await listInFlight(session, places, {
      concurrency: 1,
      slots: new Slots(1),
      interrupt,
      requestDeadline: (parent) => targetDeadline(60_000, 'slow', parent),
      lookedIn: 'us-east-1'
    })
    expect(listed.settled.map((r) => [r.target, r.outcome])).toEqual([
      ['a', 'not-cancellable'],
      ['b', 'failed']
    ])
    expect(listed.settled[0]!.message).toBe(
      'Nothing in flight on a in us-east-1: there is nothing to cancel.'
    )
    expect(listed.settled[1]!.message).toContain('more than 100,000 items')
  })
})
