/**
 * Datadog's states through the bundle: in flight is exactly `pending` and `running`. A read
 * that answers any other status (one the API documents, or one not known yet) is finished:
 * a dry run is not-cancellable naming it, a refused cancel followed by such a read is
 * not-cancellable, and `wait` stops on it at once. The emulator's read answers the status
 * through a `merge` fault, scripted per target, so the tests run at the same time.
 */
import { describe, expect, it } from '@jest/globals'
import { fileEmulator } from '../../__fixtures__/emulator.js'
import { act, DD_INPUTS, sentFor, uid } from './support.js'

const emu = await fileEmulator()

const FINISHED = ['completed', 'done_with_errors', 'canceled', 'paused_for_review']
const readAnswers = (id: string, status: string, times = 1) =>
  emu.fault(
    'datadog.GetDeployment',
    Array.from({ length: times }, () => ({
      merge: { data: { attributes: { high_level_status: status } } }
    })),
    { target: id }
  )

describe.each(FINISHED)('a deployment Datadog reads as %s', (status) => {
  it.concurrent('a dry run: not-cancellable, naming it; nothing sent but the read', async () => {
    const id = uid('dd-dry')
    emu.addDatadogDeployment(id, { status: 'running' })
    readAnswers(id, status)
    const run = await act(emu, {
      provider: 'datadog-fleet',
      'deployment-id': id,
      'dry-run': 'true',
      ...DD_INPUTS
    })
    expect(run.outputs.outcome).toBe('not-cancellable')
    expect(run.outputs.message).toBe(`Dry run: ${id} is ${status}; there is nothing to cancel.`)
    expect(sentFor(emu, id).map((r) => r.operation)).toEqual(['datadog.GetDeployment'])
  })

  it.concurrent('a refused cancel (400), then that read: not-cancellable', async () => {
    const id = uid('dd-refused')
    emu.addDatadogDeployment(id, { status: 'succeeded' })
    readAnswers(id, status)
    const run = await act(emu, { provider: 'datadog-fleet', 'deployment-id': id, ...DD_INPUTS })
    expect(run.outputs.outcome).toBe('not-cancellable')
    expect(run.outputs.message).toContain(`it is ${status}`)
  })

  it.concurrent('wait stops at the first read that answers it', async () => {
    const id = uid('dd-wait')
    emu.addDatadogDeployment(id, { status: 'running', cancelDelayMs: 120_000 })
    // Every read would answer it: a wait that went on would read again.
    readAnswers(id, status, 3)
    const run = await act(emu, {
      provider: 'datadog-fleet',
      'deployment-id': id,
      wait: 'true',
      'wait-timeout-seconds': '5',
      ...DD_INPUTS
    })
    expect(run.outputs.outcome).toBe(status === 'canceled' ? 'cancelled' : 'not-cancellable')
    expect(run.outputs.status).toBe(status)
    expect(sentFor(emu, id, 'datadog.GetDeployment')).toHaveLength(1)
  })
})
