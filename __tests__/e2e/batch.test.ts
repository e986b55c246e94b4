/**
 * Several targets in one step, end to end: one results entry per target (in
 * input order, blanks and repeats dropped), the most severe outcome on top,
 * counts in the message and the summary, at most max-concurrency requests in
 * flight, and every target sent exactly once.
 */
import { describe, expect, it } from '@jest/globals'
import { fileEmulator } from '../../__fixtures__/emulator.js'
import {
  act,
  DD_INPUTS,
  expectExitPerFailOn,
  operations,
  results,
  sentFor,
  uid
} from './support.js'

const emu = await fileEmulator()

describe('without faults', () => {
  it.concurrent(
    'greengrass: cancelled, not-cancellable, not-found → not-found, step fails',
    async () => {
      const [running, done, missing] = ['run', 'done', 'missing'].map(uid) as [
        string,
        string,
        string
      ]
      emu.addGreengrassDeployment(running)
      emu.addGreengrassDeployment(done, { status: 'COMPLETED' })
      const run = await act(emu, {
        provider: 'greengrass',
        'deployment-id': [running, done, missing].join('\n')
      })

      const entries = results(run)
      expect(entries.map((e) => [e.target, e.outcome])).toEqual([
        [running, 'cancelled'],
        [done, 'not-cancellable'],
        [missing, 'not-found']
      ])
      for (const e of entries) expect(e['request-id']).not.toBe('')
      expect(run.outputs.outcome).toBe('not-found')
      expect(run.outputs.message).toMatch(
        /^3 targets: 1 not-found, 1 not-cancellable, 1 cancelled\. First: /
      )
      expect(run.outputs.message).toContain(`${missing}: `)
      expect(run.outputs.status).toBe('')
      // request-id is the last target's.
      expect(run.outputs['request-id']).toBe(entries[2]?.['request-id'])
      expectExitPerFailOn(run)
      expect(run.summary).toMatch(/3 targets, outcome <b>not-found<\/b>/)
      for (const id of [running, done, missing]) {
        expect(run.summary).toContain(`<code>${id}</code>`)
        expect(operations(sentFor(emu, id))).toEqual(['greengrass.CancelDeployment'])
      }
    }
  )

  it.concurrent('proton: commas and lines, blanks and repeats dropped', async () => {
    const [a, b, c] = ['svc-a', 'svc-b', 'svc-c'].map(uid) as [string, string, string]
    for (const name of [a, b, c]) emu.addProtonService(name)
    const run = await act(emu, {
      provider: 'proton-service-pipeline',
      'service-name': `${a}, ${b},,${a}\n\n  ${c}\n${b}`
    })
    expect(results(run).map((e) => [e.target, e.outcome, e.status])).toEqual([
      [a, 'cancelled', 'CANCELLING'],
      [b, 'cancelled', 'CANCELLING'],
      [c, 'cancelled', 'CANCELLING']
    ])
    expect(run.outputs.outcome).toBe('cancelled')
    expect(run.outputs.message).toBe('3 targets: 3 cancelled.')
    expect(run.exitCode).toBe(0)
    // Each once, though named twice.
    for (const name of [a, b, c]) expect(sentFor(emu, name)).toHaveLength(1)
  })

  it.concurrent('iot-job-execution: every (thing, job) pair is a target', async () => {
    const [t1, t2] = ['thing-a', 'thing-b'].map(uid) as [string, string]
    const [j1, j2] = ['job-a', 'job-b'].map(uid) as [string, string]
    emu.addIotJobExecution(t1, j1, { status: 'QUEUED' })
    emu.addIotJobExecution(t1, j2, { status: 'SUCCEEDED' })
    emu.addIotJobExecution(t2, j1, { status: 'IN_PROGRESS' })
    // (t2, j2) does not exist.
    const run = await act(emu, {
      provider: 'iot-job-execution',
      'thing-name': `${t1}\n${t2}`,
      'job-id': `${j1},${j2}`,
      'fail-on': 'failed'
    })
    expect(results(run).map((e) => [e.target, e.outcome, e.status])).toEqual([
      [`${t1}/${j1}`, 'cancelled', ''],
      [`${t1}/${j2}`, 'not-cancellable', 'SUCCEEDED'],
      [`${t2}/${j1}`, 'not-cancellable', 'IN_PROGRESS'],
      [`${t2}/${j2}`, 'not-found', '']
    ])
    expect(run.outputs.outcome).toBe('not-found')
    expect(run.outputs.message).toMatch(/^4 targets: 1 not-found, 2 not-cancellable, 1 cancelled\./)
    // not-found is not in this fail-on: the step passes, with a warning.
    expectExitPerFailOn(run, ['failed'])
  })

  it.concurrent('iot-job: several jobs', async () => {
    const [a, b] = ['whole-a', 'whole-b'].map(uid) as [string, string]
    emu.addIotJob(a)
    emu.addIotJob(b, { status: 'CANCELED' })
    const run = await act(emu, { provider: 'iot-job', 'job-id': `${a}\n${b}` })
    expect(results(run).map((e) => [e.target, e.outcome, e.status])).toEqual([
      [a, 'cancelled', ''],
      [b, 'not-cancellable', 'CANCELED']
    ])
    expect(run.outputs.outcome).toBe('not-cancellable')
    expectExitPerFailOn(run)
    expect(operations(sentFor(emu, b))).toEqual(['iot.DescribeJob'])
  })

  it.concurrent('datadog-fleet: all cancelled passes, with counts in the summary', async () => {
    const ids = ['dd-1', 'dd-2', 'dd-3'].map(uid)
    for (const id of ids) emu.addDatadogDeployment(id)
    const run = await act(emu, {
      provider: 'datadog-fleet',
      'deployment-id': ids.join(','),
      ...DD_INPUTS
    })
    expect(results(run).map((e) => e.outcome)).toEqual(['cancelled', 'cancelled', 'cancelled'])
    expect(run.outputs.outcome).toBe('cancelled')
    expect(run.exitCode).toBe(0)
    expect(run.summary).toMatch(/3 targets, outcome <b>cancelled<\/b>: 3 cancelled\./)
  })

  it.concurrent('320 targets: results has them all, the summary the first 300', async () => {
    const prefix = uid('many')
    const ids = Array.from({ length: 320 }, (_, i) => `${prefix}-${i}`)
    for (const id of ids) emu.addGreengrassDeployment(id)
    const run = await act(emu, {
      provider: 'greengrass',
      'deployment-id': ids.join('\n'),
      'max-concurrency': '50'
    })
    const entries = results(run)
    expect(entries.map((e) => e.target)).toEqual(ids)
    expect(entries.every((e) => e.outcome === 'cancelled')).toBe(true)
    expect(run.outputs.message).toBe('320 targets: 320 cancelled.')
    expect(run.exitCode).toBe(0)
    expect(run.summary).toContain(`<code>${ids[299]}</code>`)
    expect(run.summary).not.toContain(`<code>${ids[300]}</code>`)
    expect(run.summary).toMatch(/and 20 more targets/)
    expect(sentFor(emu, ids)).toHaveLength(320)
  })
})

// Faults are scripted for one target of the batch.
describe('with faults', () => {
  it.concurrent(
    'the most severe outcome wins: failed > not-found > not-cancellable > cancelled',
    async () => {
      const [denied, running, done, missing] = ['denied', 'run', 'done', 'missing'].map(uid) as [
        string,
        string,
        string,
        string
      ]
      for (const id of [denied, running]) emu.addGreengrassDeployment(id)
      emu.addGreengrassDeployment(done, { status: 'CANCELED' })
      emu.fault(
        'greengrass.CancelDeployment',
        [{ status: 403, errorType: 'AccessDeniedException' }],
        {
          target: denied
        }
      )
      const run = await act(emu, {
        provider: 'greengrass',
        'deployment-id': [denied, running, done, missing].join('\n'),
        'max-concurrency': '1'
      })
      expect(results(run).map((e) => [e.target, e.outcome])).toEqual([
        [denied, 'failed'],
        [running, 'cancelled'],
        [done, 'not-cancellable'],
        [missing, 'not-found']
      ])
      expect(run.outputs.outcome).toBe('failed')
      expect(run.outputs.message).toMatch(
        /^4 targets: 1 failed, 1 not-found, 1 not-cancellable, 1 cancelled\. First: /
      )
      expect(run.outputs.message).toContain(`${denied}: Access denied`)
      expect(run.outputs.message).toContain('greengrass:CancelDeployment')
      expectExitPerFailOn(run)
      // The denied target did not hold back the others.
      expect(emu.statusOf({ kind: 'greengrass', id: running })).toBe('CANCELED')
    }
  )

  it.concurrent('max-concurrency: 2 keeps at most two requests in flight', async () => {
    const ids = Array.from({ length: 6 }, () => uid('paced'))
    for (const id of ids) emu.addGreengrassDeployment(id)
    // Each answer takes 400 ms.
    for (const id of ids)
      emu.fault('greengrass.CancelDeployment', [{ delayMs: 400 }], { target: id })
    const run = await act(emu, {
      provider: 'greengrass',
      'deployment-id': ids.join('\n'),
      'max-concurrency': '2'
    })
    expect(run.outputs.outcome).toBe('cancelled')
    const arrivals = sentFor(emu, ids).map((r) => r.time)
    expect(arrivals).toHaveLength(6)
    // Request i+2 can only start once one of requests i, i+1 has been answered.
    for (let i = 0; i + 2 < arrivals.length; i++) {
      expect(arrivals[i + 2]! - arrivals[i]!).toBeGreaterThanOrEqual(380)
    }
    for (const id of ids) {
      expect(emu.pendingFaults('greengrass.CancelDeployment', { target: id })).toBe(0)
    }
  })
})
