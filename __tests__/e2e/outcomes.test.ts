/**
 * End to end, on the wire: dist/index.js against the provider emulator, one
 * provider after another, for each outcome the contract names. Every run's
 * outputs, job summary and exit code are read back as the runner would.
 */
import { describe, expect, it } from '@jest/globals'
import { fileEmulator } from '../../__fixtures__/emulator.js'
import { table } from '../../__fixtures__/each.js'
import {
  act,
  expectExitPerFailOn,
  expectSingleTargetReport,
  operations,
  PROVIDER_CASES,
  providerCase,
  results,
  sentFor,
  uid,
  UUID,
  type ProviderCase
} from './support.js'

const emu = await fileEmulator()

const requestIdOk = (c: ProviderCase, requestId: string | undefined) =>
  c.requestIds ? expect(requestId).toMatch(UUID) : expect(requestId).toBe('')

const byProvider = PROVIDER_CASES.map((c) => [c.provider, c] as const)
const gg = providerCase('greengrass')

// None of these scripts a fault: they all run at once.
describe('without faults', () => {
  it.concurrent.each(byProvider)(
    '%s: cancelled: a target in flight is cancelled',
    async (_n, c) => {
      const id = uid('run')
      c.seed(emu, id)
      const run = await act(emu, { provider: c.provider, ...c.inputs(id), ...c.extra })

      expect(run.outputs.outcome).toBe('cancelled')
      expect(run.outputs.status).toBe(c.cancelledStatus)
      for (const value of Object.values(c.inputs(id))) expect(run.outputs.message).toContain(value)
      requestIdOk(c, run.outputs['request-id'])
      expect(expectSingleTargetReport(run, c.provider).target).toBe(c.label(id))
      expectExitPerFailOn(run)
      // The cancel really happened: the emulator moved the target.
      expect(c.statusIn(emu, id)).toBe(c.states.cancelled)
      const sent = sentFor(emu, c.label(id))
      expect(operations(sent)).toEqual(
        c.firstOp === c.cancelOp ? [c.cancelOp] : [c.firstOp, c.cancelOp]
      )
      expect(sent.every((r) => r.status === 200)).toBe(true)
      expect(run.stderr).toBe('')
    }
  )

  it.concurrent.each(byProvider)(
    '%s: not-cancellable: a finished target is left alone, and the step passes',
    async (_n, c) => {
      const id = uid('done')
      c.seedFinished(emu, id)
      const before = c.statusIn(emu, id)
      const run = await act(emu, { provider: c.provider, ...c.inputs(id), ...c.extra })

      expect(run.outputs.outcome).toBe('not-cancellable')
      expect(run.outputs.status).toBe(c.finishedStatus)
      expect(run.outputs.message).toMatch(/cannot be cancelled|nothing to cancel/)
      expectSingleTargetReport(run, c.provider)
      expectExitPerFailOn(run)
      expect(c.statusIn(emu, id)).toBe(before)
      // iot-job reads first and sends no cancel for a job that has ended.
      if (c.provider === 'iot-job') {
        expect(operations(sentFor(emu, id))).toEqual(['iot.DescribeJob'])
      }
    }
  )

  it.concurrent.each(byProvider)(
    '%s: not-found: an unknown target fails the step (default fail-on)',
    async (_n, c) => {
      const id = uid('missing')
      const run = await act(emu, { provider: c.provider, ...c.inputs(id), ...c.extra })

      expect(run.outputs.outcome).toBe('not-found')
      expect(run.outputs.message).toMatch(/not found/)
      expect(run.outputs.status).toBe('')
      expectSingleTargetReport(run, c.provider)
      expectExitPerFailOn(run)
      expect(operations(sentFor(emu, c.label(id)))).toEqual([c.firstOp])
    }
  )

  // IoT job executions in progress
  it.concurrent(
    'IN_PROGRESS without force: not-cancellable, and the message says force: true',
    async () => {
      const thing = uid('busy-thing')
      emu.addIotJobExecution(thing, 'job-1', { status: 'IN_PROGRESS' })
      const run = await act(emu, {
        provider: 'iot-job-execution',
        'thing-name': thing,
        'job-id': 'job-1'
      })
      expect(run.outputs.outcome).toBe('not-cancellable')
      expect(run.outputs.status).toBe('IN_PROGRESS')
      expect(run.outputs.message).toContain('force: true')
      expectExitPerFailOn(run)
      expect(emu.statusOf({ kind: 'iot-job-execution', thing, job: 'job-1' })).toBe('IN_PROGRESS')
      const cancel = sentFor(emu, `${thing}/job-1`, 'iot.CancelJobExecution')
      expect(cancel.map((r) => r.query.force)).toEqual(['false'])
    }
  )

  it.concurrent(
    'IN_PROGRESS with force: true is cancelled, force sent as a query parameter',
    async () => {
      const thing = uid('busy-thing')
      emu.addIotJobExecution(thing, 'job-1', { status: 'IN_PROGRESS' })
      const run = await act(emu, {
        provider: 'iot-job-execution',
        'thing-name': thing,
        'job-id': 'job-1',
        force: 'true',
        'expected-version': '1',
        'status-details': 'reason=rollback\nby=ci'
      })
      expect(run.outputs.outcome).toBe('cancelled')
      expect(run.outputs.message).toContain('forced')
      expect(emu.statusOf({ kind: 'iot-job-execution', thing, job: 'job-1' })).toBe('CANCELED')
      const [cancel] = sentFor(emu, `${thing}/job-1`, 'iot.CancelJobExecution')
      expect(cancel?.query).toEqual({ force: 'true' })
      expect(cancel?.body).toEqual({
        expectedVersion: 1,
        statusDetails: { reason: 'rollback', by: 'ci' }
      })
    }
  )

  it.concurrent(
    'a stale expected-version: not-cancellable (VersionConflictException)',
    async () => {
      const thing = uid('versioned-thing')
      emu.addIotJobExecution(thing, 'job-1', { status: 'QUEUED', versionNumber: 7 })
      const run = await act(emu, {
        provider: 'iot-job-execution',
        'thing-name': thing,
        'job-id': 'job-1',
        'expected-version': '3'
      })
      expect(run.outputs.outcome).toBe('not-cancellable')
      expect(run.outputs.message).toContain('VersionConflictException')
      expect(run.outputs.message).toContain('expected-version 3')
      expectExitPerFailOn(run)
      expect(emu.statusOf({ kind: 'iot-job-execution', thing, job: 'job-1' })).toBe('QUEUED')
    }
  )

  it.concurrent(
    'iot-job sends force, reason-code and a comment naming the workflow run',
    async () => {
      const job = uid('whole-job')
      emu.addIotJob(job, { things: { [`${job}-a`]: 'QUEUED', [`${job}-b`]: 'IN_PROGRESS' } })
      const run = await act(emu, {
        provider: 'iot-job',
        'job-id': job,
        force: 'true',
        'reason-code': 'ROLLBACK_42'
      })
      expect(run.outputs.outcome).toBe('cancelled')
      const [cancel] = sentFor(emu, job, 'iot.CancelJob')
      expect(cancel?.query).toEqual({ force: 'true' })
      expect(cancel?.body).toEqual({
        reasonCode: 'ROLLBACK_42',
        comment: 'Cancelled by GitHub Actions: https://github.com/octo/app/actions/runs/4242'
      })
      // CancelJob with force cascades to both executions.
      for (const thing of [`${job}-a`, `${job}-b`]) {
        expect(emu.statusOf({ kind: 'iot-job-execution', thing, job })).toBe('CANCELED')
      }
    }
  )

  // fail-on decides the exit code; the outputs are the same
  it.concurrent.each(
    table([
      ['not-cancellable listed in fail-on fails the step', 'finished', 'not-cancellable,failed'],
      ['not-found left out of fail-on passes with a warning', 'missing', 'failed'],
      [
        'fail-on: cancelled fails even a successful cancel (outputs still set)',
        'running',
        'cancelled'
      ],
      ['fail-on: none with not-found passes, with a warning', 'missing', 'none']
    ] as const)
  )('%s', async (_name, target, failOn) => {
    const id = uid(target)
    if (target === 'finished') gg.seedFinished(emu, id)
    if (target === 'running') gg.seed(emu, id)
    const run = await act(emu, { provider: 'greengrass', 'deployment-id': id, 'fail-on': failOn })
    const outcome = { finished: 'not-cancellable', missing: 'not-found', running: 'cancelled' }
    expect(run.outputs.outcome).toBe(outcome[target])
    expectExitPerFailOn(run, failOn === 'none' ? [] : failOn.split(','))
    if (target === 'missing') expect(run.stdout).toMatch(/^::warning::not-found: /m)
  })
})

// Each test scripts faults for its own target.
describe('failed: access denied names the IAM action (or the Datadog permission)', () => {
  it.concurrent.each(byProvider)('%s', async (_name, c) => {
    const id = uid('denied')
    c.seed(emu, id)
    emu.fault(
      c.firstOp,
      c.provider === 'datadog-fleet'
        ? [{ status: 403 }]
        : [
            {
              // Proton answers every error but InternalServerException with HTTP 400.
              status: c.provider.startsWith('proton') ? 400 : 403,
              errorType: 'AccessDeniedException',
              message: `User: arn:aws:sts::123456789012:assumed-role/gha/run is not authorized to perform: ${c.firstIamAction}`
            }
          ],
      { target: c.label(id) }
    )
    const run = await act(emu, { provider: c.provider, ...c.inputs(id), ...c.extra })

    expect(run.outputs.outcome).toBe('failed')
    expect(run.outputs.message).toMatch(c.provider === 'datadog-fleet' ? /denied/ : /Access denied/)
    // In the action's own words, not only in the echoed provider message.
    expect(run.outputs.message).toContain(
      c.provider === 'datadog-fleet' ? `needs the ${c.firstIamAction}` : `grant ${c.firstIamAction}`
    )
    requestIdOk(c, run.outputs['request-id'])
    expectSingleTargetReport(run, c.provider)
    expectExitPerFailOn(run)
    expect(run.stdout).toContain(`::error::${run.outputs.message}`)
    // Denied is not retried, and nothing changed.
    expect(operations(sentFor(emu, c.label(id)))).toEqual([c.firstOp])
    expect(emu.pendingFaults(c.firstOp, { target: c.label(id) })).toBe(0)
    expect(c.statusIn(emu, id)).not.toBe(c.states.cancelled)
  })
})

describe('more failures', () => {
  it.concurrent('iot-job: a CancelJob denied after the read names iot:CancelJob', async () => {
    const job = uid('denied-job')
    emu.addIotJob(job)
    emu.fault('iot.CancelJob', [{ status: 403, errorType: 'AccessDeniedException' }], {
      target: job
    })
    const run = await act(emu, { provider: 'iot-job', 'job-id': job })
    expect(run.outputs.outcome).toBe('failed')
    expect(run.outputs.message).toContain('grant iot:CancelJob')
    expect(operations(sentFor(emu, job))).toEqual(['iot.DescribeJob', 'iot.CancelJob'])
  })

  it.concurrent('fail-on: none reports failed but passes, with a warning', async () => {
    const id = uid('denied')
    emu.addGreengrassDeployment(id)
    emu.fault(
      'greengrass.CancelDeployment',
      [{ status: 403, errorType: 'AccessDeniedException' }],
      {
        target: id
      }
    )
    const run = await act(emu, { provider: 'greengrass', 'deployment-id': id, 'fail-on': 'none' })
    expect(run.outputs.outcome).toBe('failed')
    expectExitPerFailOn(run, [])
  })

  it.concurrent('a ValidationException is failed, not retried', async () => {
    const id = uid('invalid')
    emu.addGreengrassDeployment(id)
    emu.fault(
      'greengrass.CancelDeployment',
      [{ status: 400, errorType: 'ValidationException', message: 'deploymentId is malformed' }],
      { target: id }
    )
    const run = await act(emu, { provider: 'greengrass', 'deployment-id': id })
    expect(run.outputs.outcome).toBe('failed')
    expect(run.outputs.message).toContain('deploymentId is malformed')
    expect(sentFor(emu, id)).toHaveLength(1)
    expect(results(run)[0]?.outcome).toBe('failed')
  })
})

describe('answers cut short', () => {
  it.concurrent(
    'datadog-fleet: a body cut short is a failed answer, said at once, with outputs and exit 1',
    async () => {
      // A connection closed before Content-Length bytes arrived: what Datadog said is not
      // known, so it is no success; the transport notices it rather than waiting for bytes
      // that never come (node-fetch did, until timeout-seconds).
      const id = uid('cut-short')
      emu.addDatadogDeployment(id)
      emu.fault(
        'datadog.CancelDeployment',
        [
          {
            status: 200,
            contentType: 'application/json',
            body: JSON.stringify({
              data: { id, type: 'deployment', attributes: { status: 'running' } }
            }),
            truncate: true
          }
        ],
        { target: id }
      )
      const run = await act(emu, {
        provider: 'datadog-fleet',
        'deployment-id': id,
        'max-attempts': '1',
        'timeout-seconds': '2',
        ...providerCase('datadog-fleet').extra
      })
      expect(emu.pendingFaults('datadog.CancelDeployment', { target: id })).toBe(0)
      expect(run.outputs.outcome).toBe('failed')
      expect(run.outputs.message).toMatch(/answer for .* was cut short after 1 attempt\(s\)/)
      expect(run.outputs.message).not.toContain('timed out')
      // Said at once: not at timeout-seconds, which the message would name.
      expect(run.exitCode).toBe(1)
    }
  )
})
