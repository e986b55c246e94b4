/**
 * Waiting for the final state, previews, deadlines and interrupts, end to end.
 * The emulator's targets move on their own clock: an accepted cancel takes
 * `cancelDelayMs` to land, and ends cancelled, lost to the deployment
 * finishing first ('succeeded'), or failed.
 */
import { describe, expect, it } from '@jest/globals'
import type { ActionRun } from '../../__fixtures__/run-action.js'
import { type OperationName } from '../../emulator/server.js'
import { fileEmulator } from '../../__fixtures__/emulator.js'
import {
  act,
  expectExitPerFailOn,
  expectSingleTargetReport,
  inputsFor,
  operations,
  PROVIDER_CASES,
  providerCase,
  results,
  sentFor,
  interruptOnceSeen,
  uid,
  type ResultEntry,
  type Signalled
} from './support.js'
import { table } from '../../__fixtures__/each.js'

const emu = await fileEmulator()

const byProvider = PROVIDER_CASES.map((c) => [c.provider, c] as const)

/**
 * Long enough that the first read (right after the cancel) still sees it in
 * flight on a loaded machine; it lands by the third (1.5 s), well inside the
 * 3 s wait-timeout-seconds below.
 */
const CANCEL_DELAY_MS = 1000

// None of these scripts a fault: they all run at once.
describe('without faults', () => {
  it.concurrent.each(byProvider)(
    'wait (%s): each final state in one step: cancelled, lost race, failed cancel, timed out',
    async (_name, c) => {
      const [lands, race, broken, slow] = ['lands', 'race', 'broken', 'slow'].map(uid) as [
        string,
        string,
        string,
        string
      ]
      c.seed(emu, lands, { cancelDelayMs: CANCEL_DELAY_MS })
      c.seed(emu, race, { cancelDelayMs: CANCEL_DELAY_MS, cancelOutcome: 'succeeded' })
      c.seed(emu, broken, { cancelDelayMs: CANCEL_DELAY_MS, cancelOutcome: 'failed' })
      c.seed(emu, slow, { cancelDelayMs: 120_000 })
      const ids = [lands, race, broken, slow]
      const run = await act(emu, {
        provider: c.provider,
        ...inputsFor(c, ids),
        ...c.extra,
        wait: 'true',
        'wait-timeout-seconds': '3'
      })

      // Only Proton reports a cancel that failed; elsewhere FAILED is just another end.
      const protonFails = c.provider.startsWith('proton-')
      const entries = results(run)
      expect(entries.map((e) => [e.target, e.outcome, e.status])).toEqual([
        [c.label(lands), 'cancelled', c.states.cancelled],
        [c.label(race), 'not-cancellable', c.states.succeeded],
        [c.label(broken), protonFails ? 'failed' : 'not-cancellable', c.states.failed],
        [c.label(slow), 'failed', c.states.cancelling]
      ])
      const [landed, raced, failed, timedOut] = entries as [
        ResultEntry,
        ResultEntry,
        ResultEntry,
        ResultEntry
      ]
      expect(landed.message).toMatch(new RegExp(`now ${c.states.cancelled}\\b`, 'i'))
      expect(raced.message).toMatch(/was accepted, but it ended/)
      if (protonFails) expect(failed.message).toMatch(/did not complete: it is FAILED/)
      expect(timedOut.message).toMatch(
        new RegExp(`^${c.label(slow)} is still ${c.states.cancelling} after waiting 3 s\\b`)
      )
      expect(run.outputs.outcome).toBe('failed')
      expectExitPerFailOn(run)
      for (const id of ids) {
        const sent = sentFor(emu, c.label(id))
        // One cancel each, then reads: one saw it in flight, the last its final state.
        expect(sent.filter((r) => r.operation === c.cancelOp)).toHaveLength(1)
        expect(sent.filter((r) => r.operation === c.readOp).length).toBeGreaterThanOrEqual(2)
      }
      expect(run.stdout).toContain(`${c.label(lands)}: ${c.states.cancelled}`)
    }
  )

  const singles = table([['greengrass'], ['proton-service-pipeline']] as const)

  it.concurrent.each(singles)(
    'wait, one target (%s): the outputs carry the final state',
    async (provider) => {
      const c = providerCase(provider)
      const id = uid('wait')
      c.seed(emu, id, { cancelDelayMs: CANCEL_DELAY_MS })
      const run = await act(emu, { provider, ...c.inputs(id), wait: 'true' })
      expect(run.outputs.outcome).toBe('cancelled')
      expect(run.outputs.status).toBe(c.states.cancelled)
      expect(run.outputs.message).toMatch(new RegExp(`now ${c.states.cancelled}\\b`, 'i'))
      expectSingleTargetReport(run, provider)
      expectExitPerFailOn(run)
    }
  )

  it.concurrent.each(singles)(
    'wait, one target (%s): timed out, failed, "still ..." with the last state',
    async (provider) => {
      const c = providerCase(provider)
      const id = uid('slow')
      c.seed(emu, id, { cancelDelayMs: 120_000 })
      const run = await act(emu, {
        provider,
        ...c.inputs(id),
        wait: 'true',
        'wait-timeout-seconds': '1'
      })
      expect(run.outputs.outcome).toBe('failed')
      expect(run.outputs.status).toBe(c.states.cancelling)
      expect(run.outputs.message).toMatch(
        new RegExp(`^${id} is still ${c.states.cancelling} after waiting 1 s\\b`)
      )
      expectExitPerFailOn(run)
    }
  )

  it.concurrent.each(byProvider)(
    'dry-run (%s): in flight, finished, missing: would-cancel, not-cancellable, not-found',
    async (_name, c) => {
      const [inFlight, finished, missing] = ['preview', 'preview-done', 'preview-missing'].map(
        uid
      ) as [string, string, string]
      c.seed(emu, inFlight)
      c.seedFinished(emu, finished)
      const before = [c.statusIn(emu, inFlight), c.statusIn(emu, finished)]
      const run = await act(emu, {
        provider: c.provider,
        ...inputsFor(c, [inFlight, finished, missing]),
        ...c.extra,
        'dry-run': 'true'
      })

      const entries = results(run)
      expect(entries.map((e) => [e.target, e.outcome, e.status])).toEqual([
        [c.label(inFlight), 'would-cancel', before[0]],
        [c.label(finished), 'not-cancellable', before[1]],
        [c.label(missing), 'not-found', '']
      ])
      expect(entries[0]?.message).toMatch(/^Dry run: .* a cancel would be sent\.$/)
      expect(entries[1]?.message).toMatch(/^Dry run: .* nothing to cancel\.$/)
      expect(run.outputs.outcome).toBe('not-found')
      expectExitPerFailOn(run)
      expect(run.summary).toContain('dry run, nothing was cancelled')
      // Reads only; nothing moved.
      for (const id of [inFlight, finished, missing]) {
        expect(operations(sentFor(emu, c.label(id)))).toEqual([c.readOp])
      }
      expect([c.statusIn(emu, inFlight), c.statusIn(emu, finished)]).toEqual(before)
    }
  )

  it.concurrent('dry-run, one target: would-cancel passes the step', async () => {
    const id = uid('preview')
    emu.addGreengrassDeployment(id)
    const run = await act(emu, { provider: 'greengrass', 'deployment-id': id, 'dry-run': 'true' })
    expect(run.outputs.outcome).toBe('would-cancel')
    expect(run.outputs.status).toBe('ACTIVE')
    expectSingleTargetReport(run, 'greengrass')
    expect(run.exitCode).toBe(0)
    expect(run.stdout).not.toMatch(/^::(error|warning)::/m)
    expect(operations(sentFor(emu, id))).toEqual(['greengrass.GetDeployment'])
  })

  it.concurrent(
    'dry-run of an IN_PROGRESS IoT execution without force, and the real run',
    async () => {
      const thing = uid('busy-thing')
      emu.addIotJobExecution(thing, 'e2e-job', { status: 'IN_PROGRESS' })
      const inputs = { provider: 'iot-job-execution', 'thing-name': thing, 'job-id': 'e2e-job' }
      const preview = await act(emu, { ...inputs, 'dry-run': 'true' })
      const real = await act(emu, inputs)
      expect(real.outputs.outcome).toBe('not-cancellable')
      // The preview agrees with the real run: IoT refuses an IN_PROGRESS execution unless forced.
      expect(preview.outputs.outcome).toBe('not-cancellable')
      expect(preview.outputs.status).toBe('IN_PROGRESS')
      expect(preview.outputs.message).toContain('force: true')
      const forced = await act(emu, { ...inputs, force: 'true', 'dry-run': 'true' })
      expect(forced.outputs.outcome).toBe('would-cancel')
    }
  )

  it.concurrent(
    'timeout-seconds does not cut a wait short (the wait has its own deadline)',
    async () => {
      const id = uid('long-wait')
      // Lands after the first reads (0 s, 0.5 s), before the third (1.5 s): past timeout-seconds.
      emu.addGreengrassDeployment(id, { cancelDelayMs: 1200 })
      const run = await act(emu, {
        provider: 'greengrass',
        'deployment-id': id,
        wait: 'true',
        'timeout-seconds': '1',
        'wait-timeout-seconds': '10'
      })
      expect(run.outputs.outcome).toBe('cancelled')
      expect(run.outputs.status).toBe('CANCELED')
    }
  )

  it.concurrent.each(table([['SIGINT'], ['SIGTERM']] as const))(
    '%s while waiting: exits, outputs set (failed, interrupted)',
    async (signal) => {
      const id = uid(`interrupted-${signal}`)
      emu.addGreengrassDeployment(id, { cancelDelayMs: 120_000 })
      const signalled = interruptOnceSeen(emu, id, 'greengrass.GetDeployment', signal)
      const run = await act(
        emu,
        { provider: 'greengrass', 'deployment-id': id, wait: 'true' },
        { onStart: signalled.onStart }
      )
      expectInterrupted(run, await signalled.at, signal)
      expect(run.outputs.message).toContain(id)
    }
  )

  it.concurrent(
    'SIGINT while waiting on several Datadog targets: every one is failed',
    async () => {
      const ids = [uid('dd-int'), uid('dd-int')]
      for (const id of ids) emu.addDatadogDeployment(id, { cancelDelayMs: 120_000 })
      const signalled = interruptOnceSeen(emu, ids[1]!, 'datadog.GetDeployment', 'SIGINT')
      const run = await act(
        emu,
        {
          provider: 'datadog-fleet',
          'deployment-id': ids.join(','),
          wait: 'true',
          ...providerCase('datadog-fleet').extra
        },
        { onStart: signalled.onStart }
      )
      expectInterrupted(run, await signalled.at, 'SIGINT')
      const entries = JSON.parse(run.outputs.results ?? '[]') as { outcome: string }[]
      expect(entries.map((e) => e.outcome)).toEqual(['failed', 'failed'])
    }
  )
})

// Each test stalls its own target.
describe('a stalled provider', () => {
  const stalls: [string, OperationName][] = [
    ['greengrass', 'greengrass.CancelDeployment'],
    ['proton-environment', 'proton.CancelEnvironmentDeployment'],
    ['iot-job', 'iot.DescribeJob'],
    ['datadog-fleet', 'datadog.CancelDeployment']
  ]

  it.concurrent.each(stalls)(
    '%s: timeout-seconds: 2 ends it failed, "timed out", not the 30 s stall',
    async (provider, op) => {
      const c = providerCase(provider as (typeof PROVIDER_CASES)[number]['provider'])
      const id = uid('stalled')
      c.seed(emu, id)
      emu.fault(op, [{ delayMs: 30_000 }], { target: c.label(id) })
      const run = await act(emu, {
        provider: c.provider,
        ...c.inputs(id),
        ...c.extra,
        'timeout-seconds': '2'
      })

      expect(run.outputs.outcome).toBe('failed')
      expect(run.outputs.message).toMatch(/timed out/)
      expect(run.outputs.message).toContain('timeout-seconds')
      expectSingleTargetReport(run, c.provider)
      expect(run.exitCode).toBe(1)
      // The stalled request was not repeated.
      expect(operations(sentFor(emu, c.label(id)))).toEqual([op])
      expect(emu.pendingFaults(op, { target: c.label(id) })).toBe(0)
    }
  )

  it.concurrent('a Retry-After beyond timeout-seconds: failed, "timed out"', async () => {
    const c = providerCase('iot-job-execution')
    const id = uid('throttled-long')
    c.seed(emu, id)
    emu.fault('iot.CancelJobExecution', [{ throttle: true, retryAfter: 30 }], {
      target: c.label(id)
    })
    const run = await act(emu, { provider: c.provider, ...c.inputs(id), 'timeout-seconds': '2' })
    expect(run.outputs.outcome).toBe('failed')
    expect(run.outputs.message).toMatch(/timed out after 2 s/)
    expect(sentFor(emu, c.label(id))).toHaveLength(1)
  })

  it.concurrent('SIGINT during a stalled cancel: exits with outputs', async () => {
    const id = uid('stalled-int')
    emu.addProtonService(id)
    emu.fault('proton.CancelServicePipelineDeployment', [{ delayMs: 30_000 }], { target: id })
    const signalled = interruptOnceSeen(emu, id, 'proton.CancelServicePipelineDeployment', 'SIGINT')
    const run = await act(
      emu,
      { provider: 'proton-service-pipeline', 'service-name': id },
      { onStart: signalled.onStart }
    )
    expectInterrupted(run, await signalled.at, 'SIGINT')
  })
})

/**
 * The run ended on the signal with its outputs. Not timed: the stalls last 30 s or more and act()
 * kills a run after 30 s, which leaves no outputs; that it exits within 2 s is main.test.ts's,
 * on a virtual clock.
 */
function expectInterrupted(run: ActionRun, { startedAt, signalledAt }: Signalled, signal: string) {
  expect(startedAt + run.elapsedMs).toBeGreaterThanOrEqual(signalledAt)
  expect(run.exitCode).toBe(1)
  expect(run.outputs.outcome).toBe('failed')
  expect(run.outputs.message).toContain('interrupted')
  expect(run.outputs.message).toContain(signal)
  expect(run.stdout).toMatch(/^::error::.*interrupted/m)
  expect(run.summary).toContain('<td>failed</td>')
}
