/**
 * src/main.ts: run() end to end — inputs, the chosen provider (mocked), the
 * report — as a workflow sees it through outputs, failure and annotations.
 */
import { jest } from '@jest/globals'
import * as core from '../__fixtures__/core.js'
import type { Answer } from '../src/outcome.js'
import type { Target } from '../src/inputs.js'
import type { ProviderContext, ProviderSession, ReadResult } from '../src/providers/types.js'

/** What the mocked provider answers for one target; a test replaces it. */
let cancelImpl: (target: Target) => Promise<Answer>

const cancel = jest.fn<ProviderSession['cancel']>((target) => cancelImpl(target))
const read = jest.fn<ProviderSession['read']>(async (): Promise<ReadResult> => ({
  ok: true,
  phase: 'in-flight',
  status: 'ACTIVE',
  requestId: ''
}))
const createSession = jest.fn((_context: ProviderContext): ProviderSession => ({ cancel, read }))

jest.unstable_mockModule('@actions/core', () => core)
// The registry loads the provider with import('./greengrass.js'); mocking the
// module itself keeps the registry (and its PROVIDERS table) real.
jest.unstable_mockModule('../src/providers/greengrass.js', () => ({ createSession }))

const { run } = await import('../src/main.js')

const GREENGRASS = { provider: 'greengrass', 'deployment-id': 'd-1', 'aws-region': 'us-east-1' }

function setInputs(values: Record<string, string>): void {
  core.resetCore()
  Object.assign(core.inputs, values)
}

function cancelled(target: Target): Answer {
  const id = target.ids['deployment-id']
  return {
    outcome: 'cancelled',
    message: `Cancelled Greengrass deployment ${id}.`,
    status: 'CANCELING',
    requestId: `req-${id}`
  }
}

function results(): Record<string, string>[] {
  return JSON.parse(core.output('results') ?? 'null')
}

describe('main.ts', () => {
  // run() reads process.env: keep the runner's own AWS/Datadog settings out of these tests.
  const ENV_NAMES = ['AWS_REGION', 'AWS_DEFAULT_REGION', 'DD_API_KEY', 'DD_APP_KEY', 'DD_SITE']
  const savedEnv = Object.fromEntries(ENV_NAMES.map((name) => [name, process.env[name]]))

  beforeEach(() => {
    core.resetCore()
    for (const name of ENV_NAMES) delete process.env[name]
    cancelImpl = async (target) => cancelled(target)
  })

  afterAll(() => {
    for (const [name, value] of Object.entries(savedEnv)) {
      if (value !== undefined) process.env[name] = value
    }
  })

  it('loads the mocked provider through the real registry', async () => {
    const { PROVIDERS } = await import('../src/providers/registry.js')
    const module = await PROVIDERS.greengrass.load()
    expect(module.createSession).toBe(createSession)
  })

  describe('input errors', () => {
    it('fails naming the input, and sends nothing', async () => {
      setInputs({ provider: 'greengrass', 'aws-region': 'us-east-1' })
      await run()
      expect(core.output('outcome')).toBe('failed')
      expect(core.output('message')).toMatch(/deployment-id is required/)
      expect(core.output('message')).toMatch(/Nothing was sent\.$/)
      expect(core.setFailed).toHaveBeenCalledTimes(1)
      expect(core.setFailed.mock.calls[0]![0]).toMatch(/deployment-id/)
      expect(createSession).not.toHaveBeenCalled()
      expect(cancel).not.toHaveBeenCalled()
    })

    it('fails even with fail-on none, and sets outputs first', async () => {
      setInputs({ ...GREENGRASS, 'fail-on': 'none', 'max-concurrency': '1000' })
      await run()
      expect(core.output('outcome')).toBe('failed')
      expect(core.output('message')).toMatch(/max-concurrency/)
      expect(core.setFailed).toHaveBeenCalledTimes(1)
      const failedAt = core.setFailed.mock.invocationCallOrder[0]!
      for (const order of core.setOutput.mock.invocationCallOrder)
        expect(order).toBeLessThan(failedAt)
      expect(cancel).not.toHaveBeenCalled()
    })

    it('fails on an unknown provider, listing the valid ones', async () => {
      setInputs({ ...GREENGRASS, provider: 'gcp' })
      await run()
      expect(core.output('outcome')).toBe('failed')
      expect(core.output('message')).toMatch(/provider "gcp" is not one of .*greengrass/)
      expect(core.setFailed).toHaveBeenCalledTimes(1)
      expect(createSession).not.toHaveBeenCalled()
    })

    it('reports every problem in the message', async () => {
      setInputs({ provider: 'greengrass', 'fail-on': 'sometimes', 'endpoint-url': 'ftp://x' })
      await run()
      const message = core.output('message')!
      for (const name of ['deployment-id', 'fail-on', 'endpoint-url', 'aws-region']) {
        expect(message).toContain(name)
      }
      expect(message).not.toContain('\n')
    })
  })

  describe('one target', () => {
    it('sets the outputs of a cancelled target and does not fail', async () => {
      setInputs(GREENGRASS)
      await run()
      expect(createSession).toHaveBeenCalledTimes(1)
      const context = createSession.mock.calls[0]![0]
      expect(context.inputs.awsRegion).toBe('us-east-1')
      expect(context.userAgent).toMatch(/cancel-deployment/)
      expect(cancel).toHaveBeenCalledTimes(1)
      expect(cancel.mock.calls[0]![0]).toEqual({ label: 'd-1', ids: { 'deployment-id': 'd-1' } })
      expect(core.output('outcome')).toBe('cancelled')
      expect(core.output('message')).toBe('Cancelled Greengrass deployment d-1.')
      expect(core.output('status')).toBe('CANCELING')
      expect(core.output('request-id')).toBe('req-d-1')
      expect(results()).toEqual([
        {
          target: 'd-1',
          outcome: 'cancelled',
          status: 'CANCELING',
          message: 'Cancelled Greengrass deployment d-1.',
          'request-id': 'req-d-1'
        }
      ])
      expect(core.setFailed).not.toHaveBeenCalled()
      expect(core.warning).not.toHaveBeenCalled()
      expect(core.summaryWrites).toHaveLength(1)
    })

    it('warns, without failing, about a not-cancellable target under the default fail-on', async () => {
      cancelImpl = async () => ({
        outcome: 'not-cancellable',
        message: 'Greengrass deployment d-1 has already finished or been cancelled.',
        status: '',
        requestId: 'req-409'
      })
      setInputs(GREENGRASS)
      await run()
      expect(core.output('outcome')).toBe('not-cancellable')
      expect(core.output('request-id')).toBe('req-409')
      expect(core.setFailed).not.toHaveBeenCalled()
      expect(core.warning).toHaveBeenCalledWith(
        'not-cancellable: Greengrass deployment d-1 has already finished or been cancelled.'
      )
    })

    it('fails a not-cancellable target when fail-on lists it', async () => {
      cancelImpl = async () => ({
        outcome: 'not-cancellable',
        message: 'It has already finished.',
        status: '',
        requestId: ''
      })
      setInputs({ ...GREENGRASS, 'fail-on': 'failed,not-cancellable' })
      await run()
      expect(core.output('outcome')).toBe('not-cancellable')
      expect(core.setFailed).toHaveBeenCalledWith('It has already finished.')
    })

    it('fails a not-found target under the default fail-on', async () => {
      cancelImpl = async () => ({
        outcome: 'not-found',
        message: 'No such deployment.',
        status: '',
        requestId: ''
      })
      setInputs(GREENGRASS)
      await run()
      expect(core.output('outcome')).toBe('not-found')
      expect(core.setFailed).toHaveBeenCalledWith('No such deployment.')
    })

    it('turns a provider that throws into failed, "Unexpected error"', async () => {
      cancelImpl = async () => {
        throw new Error('socket hang up')
      }
      setInputs(GREENGRASS)
      await run()
      expect(core.output('outcome')).toBe('failed')
      expect(core.output('message')).toBe('Unexpected error: socket hang up')
      expect(core.setFailed).toHaveBeenCalledWith('Unexpected error: socket hang up')
    })

    it('turns a session that cannot be created into failed, "Unexpected error"', async () => {
      createSession.mockImplementationOnce(() => {
        throw new Error('bad config')
      })
      setInputs(GREENGRASS)
      await run()
      expect(core.output('outcome')).toBe('failed')
      expect(core.output('message')).toBe('Unexpected error: bad config')
      expect(core.setFailed).toHaveBeenCalledTimes(1)
      expect(cancel).not.toHaveBeenCalled()
    })
  })

  describe('several targets', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `d-${i}`)

    it('keeps at most max-concurrency cancels in flight', async () => {
      let inFlight = 0
      let most = 0
      cancelImpl = async (target) => {
        inFlight++
        most = Math.max(most, inFlight)
        await new Promise((resolve) => setTimeout(resolve, 2))
        inFlight--
        return cancelled(target)
      }
      setInputs({ ...GREENGRASS, 'deployment-id': ids(12).join('\n'), 'max-concurrency': '3' })
      await run()
      expect(cancel).toHaveBeenCalledTimes(12)
      expect(most).toBe(3)
      expect(inFlight).toBe(0)
    })

    it('defaults to 10 in flight', async () => {
      let inFlight = 0
      let most = 0
      cancelImpl = async (target) => {
        inFlight++
        most = Math.max(most, inFlight)
        await new Promise((resolve) => setTimeout(resolve, 2))
        inFlight--
        return cancelled(target)
      }
      setInputs({ ...GREENGRASS, 'deployment-id': ids(25).join(',') })
      await run()
      expect(cancel).toHaveBeenCalledTimes(25)
      expect(most).toBe(10)
    })

    it('sends each target once and gives each its own result, in input order', async () => {
      // Later targets answer first: results must still follow the input order.
      cancelImpl = async (target) => {
        const id = target.ids['deployment-id']!
        const n = Number(id.slice(2))
        await new Promise((resolve) => setTimeout(resolve, 10 - n))
        if (id === 'd-2')
          return {
            outcome: 'not-found',
            message: 'No deployment d-2.',
            status: '',
            requestId: 'req-d-2'
          }
        return cancelled(target)
      }
      setInputs({
        ...GREENGRASS,
        'deployment-id': 'd-0\nd-1, d-2\nd-3,d-1',
        'max-concurrency': '4'
      })
      await run()
      const sent = cancel.mock.calls.map(([target]) => target.label)
      expect(sent.sort()).toEqual(['d-0', 'd-1', 'd-2', 'd-3'])
      expect(results().map((r) => [r.target, r.outcome, r['request-id']])).toEqual([
        ['d-0', 'cancelled', 'req-d-0'],
        ['d-1', 'cancelled', 'req-d-1'],
        ['d-2', 'not-found', 'req-d-2'],
        ['d-3', 'cancelled', 'req-d-3']
      ])
      expect(core.output('outcome')).toBe('not-found')
      expect(core.output('message')).toBe(
        '4 targets: 1 not-found, 3 cancelled. First: d-2: No deployment d-2.'
      )
      expect(core.setFailed).toHaveBeenCalledTimes(1)
    })

    it('does not fail when every target is cancelled', async () => {
      setInputs({ ...GREENGRASS, 'deployment-id': 'a,b,c' })
      await run()
      expect(core.output('outcome')).toBe('cancelled')
      expect(core.output('message')).toBe('3 targets: 3 cancelled.')
      expect(results()).toHaveLength(3)
      expect(core.setFailed).not.toHaveBeenCalled()
    })

    // KNOWN BUG (src/main.ts cancelAll + src/batch.ts mapWithConcurrency): when one cancel
    // throws, Promise.all rejects at once: the other targets' results are dropped from
    // `results`, and the remaining workers keep sending cancels after the step has reported.
    it.failing('keeps every target’s own result when one cancel throws', async () => {
      cancelImpl = async (target) => {
        if (target.label === 'd-1') throw new Error('boom')
        return cancelled(target)
      }
      setInputs({ ...GREENGRASS, 'deployment-id': ids(4).join(','), 'max-concurrency': '1' })
      await run()
      expect(results().map((r) => [r.target, r.outcome])).toEqual([
        ['d-0', 'cancelled'],
        ['d-1', 'failed'],
        ['d-2', 'cancelled'],
        ['d-3', 'cancelled']
      ])
    })

    it.failing('sends no cancel after the step has reported', async () => {
      cancelImpl = async (target) => {
        const fails = target.label === 'd-0'
        await new Promise((resolve) => setTimeout(resolve, fails ? 1 : 5))
        if (fails) throw new Error('boom')
        return cancelled(target)
      }
      setInputs({ ...GREENGRASS, 'deployment-id': ids(6).join(','), 'max-concurrency': '2' })
      await run()
      const sentBeforeReport = cancel.mock.calls.length
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(cancel).toHaveBeenCalledTimes(sentBeforeReport)
    })
  })
})
