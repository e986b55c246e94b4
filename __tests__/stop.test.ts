/**
 * src/requests/deadlines.ts: the deadlines and the interrupt that end a step early, and how
 * a target's work gives way to them.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import {
  StopReason,
  deadline,
  interruptSignal,
  targetDeadline,
  untilAborted
} from '../src/requests/deadlines.js'

const aborted = (signal: AbortSignal) =>
  new Promise<unknown>((resolve) =>
    signal.aborted
      ? resolve(signal.reason)
      : signal.addEventListener('abort', () => resolve(signal.reason), { once: true })
  )

describe('a target deadline paused while it waits for the shared rate', () => {
  // The deadline's own clock (setTimeout and Date.now), faked: no margin on a busy machine.
  beforeEach(() => {
    jest.useFakeTimers()
  })
  afterEach(() => {
    jest.useRealTimers()
  })

  it('does not count the paused time, and counts what ran before and after it', () => {
    const d = targetDeadline(150, 'timed out')
    jest.advanceTimersByTime(50)
    const resume = d.pause!()
    jest.advanceTimersByTime(300)
    expect(d.signal.aborted).toBe(false)
    resume()
    jest.advanceTimersByTime(99)
    expect(d.signal.aborted).toBe(false)
    jest.advanceTimersByTime(1)
    expect(d.signal.aborted).toBe(true)
    expect((d.signal.reason as StopReason).kind).toBe('timeout')
  })

  it('nests: it runs again only when every pause has ended', () => {
    const d = targetDeadline(50, 'timed out')
    const first = d.pause!()
    const second = d.pause!()
    first()
    first()
    jest.advanceTimersByTime(150)
    expect(d.signal.aborted).toBe(false)
    second()
    jest.advanceTimersByTime(50)
    expect(d.signal.aborted).toBe(true)
  })

  it('ends at once on an interrupt, paused or not', () => {
    const interrupt = new AbortController()
    const d = targetDeadline(60_000, 'timed out', interrupt.signal)
    d.pause!()
    interrupt.abort(new StopReason('interrupted by SIGTERM', 'interrupt'))
    expect(d.signal.aborted).toBe(true)
    expect((d.signal.reason as StopReason).kind).toBe('interrupt')
    d.dispose()
  })
})

describe('stop.ts', () => {
  describe('deadline', () => {
    it('aborts with a timeout StopReason carrying the message, after ms', async () => {
      jest.useFakeTimers()
      try {
        const signal = deadline(50, 'timed out after 0.05 s')
        await jest.advanceTimersByTimeAsync(49)
        expect(signal.aborted).toBe(false)
        await jest.advanceTimersByTimeAsync(1)
        expect(signal.reason).toBeInstanceOf(StopReason)
        expect(signal.reason).toMatchObject({
          name: 'StopReason',
          kind: 'timeout',
          message: 'timed out after 0.05 s'
        })
      } finally {
        jest.useRealTimers()
      }
    })

    it('follows its parent, with the parent’s reason', async () => {
      const parent = new AbortController()
      const signal = deadline(60_000, 'late', parent.signal)
      const why = new StopReason('interrupted by SIGINT', 'interrupt')
      parent.abort(why)
      expect(signal.aborted).toBe(true)
      expect(signal.reason).toBe(why)
    })

    it('is aborted at once when the parent already is', () => {
      const parent = new AbortController()
      parent.abort(new StopReason('interrupted', 'interrupt'))
      const signal = deadline(60_000, 'late', parent.signal)
      expect(signal.aborted).toBe(true)
      expect((signal.reason as StopReason).kind).toBe('interrupt')
    })

    it('does not abort the parent', async () => {
      const parent = new AbortController()
      await aborted(deadline(5, 'child only', parent.signal))
      expect(parent.signal.aborted).toBe(false)
    })

    it('clears its timer once aborted by the parent', () => {
      const cleared = jest.spyOn(globalThis, 'clearTimeout')
      try {
        const parent = new AbortController()
        deadline(60_000, 'late', parent.signal)
        parent.abort()
        expect(cleared).toHaveBeenCalledTimes(1)
      } finally {
        cleared.mockRestore()
      }
    })

    it('does not keep node alive: its timer is not among the handles node waits for', () => {
      const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length
      const before = timers()
      const held = setTimeout(() => {}, 60_000)
      expect(timers()).toBe(before + 1) // what a timer that holds node open looks like
      clearTimeout(held)
      const parent = new AbortController()
      deadline(60_000, 'x', parent.signal)
      expect(timers()).toBe(before)
      parent.abort()
    })
  })

  describe('interruptSignal', () => {
    it.each(['SIGINT', 'SIGTERM'] as const)(
      'aborts on %s with an interrupt StopReason, and dispose() removes its handlers',
      (name) => {
        const before = {
          SIGINT: process.listenerCount('SIGINT'),
          SIGTERM: process.listenerCount('SIGTERM')
        }
        const interrupt = interruptSignal()
        try {
          expect(process.listenerCount('SIGINT')).toBe(before.SIGINT + 1)
          expect(process.listenerCount('SIGTERM')).toBe(before.SIGTERM + 1)
          expect(interrupt.signal.aborted).toBe(false)
          process.emit(name, name)
          expect(interrupt.signal.aborted).toBe(true)
          expect(interrupt.signal.reason).toBeInstanceOf(StopReason)
          expect(interrupt.signal.reason).toMatchObject({
            kind: 'interrupt',
            message: `interrupted by ${name}: the workflow was cancelled`
          })
        } finally {
          interrupt.dispose()
        }
        expect(process.listenerCount('SIGINT')).toBe(before.SIGINT)
        expect(process.listenerCount('SIGTERM')).toBe(before.SIGTERM)
      }
    )

    it('keeps the first reason when SIGTERM follows SIGINT', () => {
      const interrupt = interruptSignal()
      try {
        process.emit('SIGINT', 'SIGINT')
        process.emit('SIGTERM', 'SIGTERM')
        expect((interrupt.signal.reason as StopReason).message).toMatch(/^interrupted by SIGINT/)
      } finally {
        interrupt.dispose()
      }
    })

    it('no longer aborts once disposed', () => {
      const interrupt = interruptSignal()
      interrupt.dispose()
      // Our own listener, so that emitting never reaches the default handling.
      const keepAlive = () => {}
      process.on('SIGINT', keepAlive)
      try {
        process.emit('SIGINT', 'SIGINT')
      } finally {
        process.off('SIGINT', keepAlive)
      }
      expect(interrupt.signal.aborted).toBe(false)
    })

    it('gives each run its own signal', () => {
      const first = interruptSignal()
      first.dispose()
      const second = interruptSignal()
      try {
        process.emit('SIGTERM', 'SIGTERM')
        expect(second.signal.aborted).toBe(true)
        expect(first.signal.aborted).toBe(false)
      } finally {
        second.dispose()
      }
    })
  })

  describe('untilAborted', () => {
    const never = new Promise<string>(() => {})

    it('gives the work’s value when it finishes first', async () => {
      const controller = new AbortController()
      const onAbort = jest.fn(() => 'stopped')
      await expect(untilAborted(Promise.resolve('done'), controller.signal, onAbort)).resolves.toBe(
        'done'
      )
      controller.abort()
      expect(onAbort).not.toHaveBeenCalled()
    })

    it('passes the work’s rejection through', async () => {
      const controller = new AbortController()
      await expect(
        untilAborted(Promise.reject(new Error('boom')), controller.signal, () => 'stopped')
      ).rejects.toThrow('boom')
    })

    it('gives onAbort(reason) as soon as the signal aborts, without waiting for the work', async () => {
      const controller = new AbortController()
      const result = untilAborted(
        never,
        controller.signal,
        (reason) => `stopped: ${String(reason)}`
      )
      setTimeout(() => controller.abort('deadline'), 10)
      await expect(result).resolves.toBe('stopped: deadline')
    })

    it('gives onAbort(reason) at once when the signal already aborted', async () => {
      const controller = new AbortController()
      const why = new StopReason('timed out after 1 s', 'timeout')
      controller.abort(why)
      const onAbort = jest.fn((reason: unknown) => (reason as StopReason).message)
      await expect(untilAborted(never, controller.signal, onAbort)).resolves.toBe(
        'timed out after 1 s'
      )
      expect(onAbort).toHaveBeenCalledWith(why)
    })

    it('calls onAbort only once, and stops listening once settled', async () => {
      const controller = new AbortController()
      const onAbort = jest.fn(() => 'stopped')
      const spy = jest.spyOn(controller.signal, 'removeEventListener')
      await untilAborted(Promise.resolve('done'), controller.signal, onAbort)
      expect(spy).toHaveBeenCalledWith('abort', expect.any(Function))
      controller.abort()
      controller.abort()
      expect(onAbort).not.toHaveBeenCalled()
    })
  })
})
