/**
 * src/util/outcome.ts: severity, fail-on, and how per-target results fold into the
 * outcome and message a workflow reads.
 */
import { OUTCOMES, answer, mostSevere, shouldFail, summarize } from '../src/util/outcome.js'
import type { Outcome, TargetResult } from '../src/util/outcome.js'

function result(target: string, outcome: Outcome, extra: Partial<TargetResult> = {}): TargetResult {
  return { target, outcome, status: '', message: `${target} ${outcome}`, requestId: '', ...extra }
}

describe('outcome.ts', () => {
  describe('OUTCOMES', () => {
    it('names every outcome of the contract', () => {
      expect([...OUTCOMES].sort()).toEqual(
        ['cancelled', 'failed', 'not-cancellable', 'not-found', 'would-cancel'].sort()
      )
    })
  })

  describe('mostSevere', () => {
    const order: Outcome[] = ['cancelled', 'would-cancel', 'not-cancellable', 'not-found', 'failed']

    it.each(order.slice(1).map((worse, i) => [worse, order[i]!]))(
      '%s is more severe than %s, in either order',
      (worse, milder) => {
        expect(mostSevere([milder, worse])).toBe(worse)
        expect(mostSevere([worse, milder])).toBe(worse)
      }
    )

    it('picks failed > not-found > not-cancellable > would-cancel > cancelled from a mix', () => {
      expect(
        mostSevere(['cancelled', 'not-found', 'would-cancel', 'failed', 'not-cancellable'])
      ).toBe('failed')
      expect(mostSevere(['cancelled', 'not-found', 'would-cancel', 'not-cancellable'])).toBe(
        'not-found'
      )
      expect(mostSevere(['would-cancel', 'not-cancellable', 'cancelled'])).toBe('not-cancellable')
      expect(mostSevere(['cancelled', 'would-cancel', 'cancelled'])).toBe('would-cancel')
      expect(mostSevere(['cancelled', 'cancelled'])).toBe('cancelled')
    })

    it('accepts any iterable', () => {
      expect(mostSevere(new Set<Outcome>(['cancelled', 'not-found']))).toBe('not-found')
    })

    it('treats no outcomes at all as failed', () => {
      expect(mostSevere([])).toBe('failed')
    })
  })

  describe('shouldFail', () => {
    const defaults = new Set<Outcome>(['failed', 'not-found'])

    it('fails when any outcome is listed in fail-on', () => {
      expect(shouldFail(['cancelled', 'not-found'], defaults)).toBe(true)
      expect(shouldFail(['failed'], defaults)).toBe(true)
    })

    it('does not fail when no outcome is listed', () => {
      expect(shouldFail(['cancelled', 'not-cancellable'], defaults)).toBe(false)
    })

    it('never fails with fail-on none', () => {
      expect(shouldFail(['failed', 'not-found'], new Set())).toBe(false)
    })

    it('can fail on not-cancellable or even cancelled when asked to', () => {
      expect(shouldFail(['not-cancellable'], new Set<Outcome>(['not-cancellable']))).toBe(true)
      expect(shouldFail(['cancelled'], new Set<Outcome>(['cancelled']))).toBe(true)
      expect(shouldFail(['failed'], new Set<Outcome>(['cancelled']))).toBe(false)
    })
  })

  describe('answer', () => {
    it('fills status and request id with empty strings unless given', () => {
      expect(answer('not-found', 'No such deployment.')).toEqual({
        outcome: 'not-found',
        message: 'No such deployment.',
        status: '',
        requestId: ''
      })
      expect(answer('cancelled', 'ok', { status: 'CANCELED', requestId: 'req-1' })).toEqual({
        outcome: 'cancelled',
        message: 'ok',
        status: 'CANCELED',
        requestId: 'req-1'
      })
    })
  })

  describe('summarize', () => {
    it('passes one target’s outcome, message, status and request id through', () => {
      const summary = summarize([
        result('d-1', 'not-cancellable', {
          message: 'Greengrass deployment d-1 has already finished.',
          status: 'COMPLETED',
          requestId: 'req-9'
        })
      ])
      expect(summary).toEqual({
        outcome: 'not-cancellable',
        message: 'Greengrass deployment d-1 has already finished.',
        status: 'COMPLETED',
        requestId: 'req-9',
        counts: { 'not-cancellable': 1 }
      })
    })

    it('gives several targets the most severe outcome and the counts, most severe first', () => {
      const summary = summarize([
        result('a', 'cancelled', { status: 'CANCELLING', requestId: 'r-a' }),
        result('b', 'not-found', { message: 'No deployment b.', requestId: 'r-b' }),
        result('c', 'cancelled', { requestId: 'r-c' }),
        result('d', 'not-cancellable', { requestId: 'r-d' })
      ])
      expect(summary.outcome).toBe('not-found')
      expect(summary.counts).toEqual({ cancelled: 2, 'not-found': 1, 'not-cancellable': 1 })
      expect(summary.message).toBe(
        '4 targets: 1 not-found, 1 not-cancellable, 2 cancelled. First: b: No deployment b.'
      )
      expect(summary.status).toBe('')
      expect(summary.requestId).toBe('r-d')
    })

    it('quotes no failure when every target was cancelled', () => {
      const summary = summarize([result('a', 'cancelled'), result('b', 'cancelled')])
      expect(summary.outcome).toBe('cancelled')
      expect(summary.message).toBe('2 targets: 2 cancelled.')
    })

    it('quotes no failure for a dry run that would cancel everything', () => {
      expect(summarize([result('a', 'would-cancel'), result('b', 'cancelled')]).message).toBe(
        '2 targets: 1 would-cancel, 1 cancelled.'
      )
    })

    it('quotes the first three failures in order and no more', () => {
      const results = [
        result('ok', 'cancelled'),
        ...['f1', 'f2', 'f3', 'f4', 'f5'].map((t) =>
          result(t, 'failed', { message: `AccessDenied on ${t}.` })
        )
      ]
      const { message, outcome, counts } = summarize(results)
      expect(outcome).toBe('failed')
      expect(counts).toEqual({ cancelled: 1, failed: 5 })
      expect(message).toBe(
        '6 targets: 5 failed, 1 cancelled. First: f1: AccessDenied on f1. | f2: AccessDenied on f2. | f3: AccessDenied on f3.'
      )
      expect(message).not.toContain('f4')
    })

    it('quotes a message that several targets share once, with the targets, and the next ones after it', () => {
      const step = 'No AWS credentials were found, so nothing was sent: run …'
      const results = [
        ...['a', 'b', 'c', 'd', 'e'].map((t) => result(t, 'failed', { message: step })),
        result('f', 'failed', { message: 'AccessDenied on f.' }),
        result('g', 'failed', { message: step }),
        result('h', 'failed', { message: 'AccessDenied on h.' }),
        result('i', 'failed', { message: 'AccessDenied on i.' })
      ]
      expect(summarize(results).message).toBe(
        `9 targets: 9 failed. First: a, b, c and 3 more: ${step} | f: AccessDenied on f. | h: AccessDenied on h.`
      )
      expect(
        summarize([
          result('x', 'failed', { message: step }),
          result('y', 'failed', { message: step })
        ]).message
      ).toBe(`2 targets: 2 failed. First: x, y: ${step}`)
    })

    it('quotes the targets of the most severe outcome', () => {
      const { message } = summarize([
        result('nc', 'not-cancellable', { message: 'already finished' }),
        result('nf', 'not-found', { message: 'no such target' })
      ])
      expect(message).toBe('2 targets: 1 not-found, 1 not-cancellable. First: nf: no such target')
    })

    it('keeps the message on one line', () => {
      const results = Array.from({ length: 500 }, (_, i) => result(`t${i}`, 'failed'))
      const { message } = summarize(results)
      expect(message).not.toContain('\n')
      expect(message.startsWith('500 targets: 500 failed.')).toBe(true)
      expect(message.split(' | ')).toHaveLength(3)
    })
  })
})
