/**
 * src/main.ts's hook for the GitHub deployment: src/providers/github/mark.ts (mocked here) is
 * loaded only when a deployment is named, is told what the step did once every
 * target is settled, and cannot change the cancel's outcome.
 */
import { jest, describe, expect, it, beforeEach, afterAll } from '@jest/globals'
import * as core from '../__fixtures__/core.js'
import type { ProviderContext, ProviderSession } from '../src/providers/types.js'
import type { markDeployment as MarkDeployment } from '../src/providers/github/mark.js'

const cancel = jest.fn<ProviderSession['cancel']>(async (target) => ({
  outcome: 'cancelled',
  message: `Cancelled ${target.label}.`,
  status: 'CANCELING',
  requestId: 'r-1'
}))
const read = jest.fn<ProviderSession['read']>()
const createSession = jest.fn((_context: ProviderContext): ProviderSession => ({ cancel, read }))
let loaded = 0
let markImpl: typeof MarkDeployment
const markDeployment = jest.fn<typeof MarkDeployment>((...args) => markImpl(...args))

jest.unstable_mockModule('@actions/core', () => core)
jest.unstable_mockModule('../src/providers/aws/greengrass.js', () => ({ createSession }))
jest.unstable_mockModule('../src/providers/aws/iot-job.js', () => ({ createSession }))
jest.unstable_mockModule('../src/providers/datadog/fleet.js', () => ({ createSession }))
jest.unstable_mockModule('../src/providers/github/mark.js', () => {
  loaded++
  return { markDeployment }
})

const { run } = await import('../src/main.js')

const GREENGRASS = { provider: 'greengrass', 'deployment-id': 'd-1', 'aws-region': 'us-east-1' }
const NAMED = { ...GREENGRASS, 'github-deployment-id': '55', 'github-token': 'ghs_x' }

describe('main.ts and the GitHub deployment', () => {
  const saved = process.env.GITHUB_REPOSITORY
  beforeEach(() => {
    core.resetCore()
    process.env.GITHUB_REPOSITORY = 'octo/app'
    markImpl = async () => ({ status: 'written', deploymentId: '55', message: 'marked' })
  })
  afterAll(() => {
    if (saved === undefined) delete process.env.GITHUB_REPOSITORY
    else process.env.GITHUB_REPOSITORY = saved
  })

  it('does not load src/providers/github/mark.ts without a GitHub deployment named', async () => {
    Object.assign(core.inputs, { ...GREENGRASS, 'github-token': 'ghs_x' })
    await run()
    expect(loaded).toBe(0)
    expect(markDeployment).not.toHaveBeenCalled()
    expect(core.output('outcome')).toBe('cancelled')
    expect(core.output('github-deployment-status')).toBe('skipped')
    expect(core.output('github-deployment-id')).toBe('')
  })

  it('does not load it for an input error', async () => {
    Object.assign(core.inputs, { ...NAMED, 'max-attempts': '0' })
    await run()
    expect(markDeployment).not.toHaveBeenCalled()
    expect(core.output('github-deployment-status')).toBe('skipped')
    expect(core.setFailed).toHaveBeenCalled()
  })

  it('marks it after the cancel, with what the step did, and reports it', async () => {
    Object.assign(core.inputs, NAMED)
    await run()
    expect(markDeployment).toHaveBeenCalledTimes(1)
    const [settings, summary] = markDeployment.mock.calls[0]!
    expect(settings).toMatchObject({ deploymentId: 55, token: 'ghs_x', owner: 'octo', repo: 'app' })
    expect(summary).toEqual({
      provider: 'greengrass',
      outcome: 'cancelled',
      targets: ['d-1'],
      status: 'CANCELING',
      dryRun: false
    })
    expect(markDeployment.mock.invocationCallOrder[0]).toBeGreaterThan(
      cancel.mock.invocationCallOrder[0]!
    )
    expect(core.output('github-deployment-status')).toBe('written')
    expect(core.output('github-deployment-id')).toBe('55')
  })

  it("keeps the cancel's outcome when the GitHub module itself fails", async () => {
    markImpl = async () => {
      throw new Error('chunk missing')
    }
    Object.assign(core.inputs, NAMED)
    await run()
    expect(core.output('outcome')).toBe('cancelled')
    expect(core.output('message')).toBe('Cancelled d-1.')
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.output('github-deployment-status')).toBe('failed')
    expect(core.warning).toHaveBeenCalledWith('GitHub deployment not marked: chunk missing', {
      title: 'GitHub deployment not marked'
    })
  })

  describe('what the provider is given', () => {
    const endpointUrl = 'http://127.0.0.1:9'
    // The GitHub deployment and every step option set: none of them is the provider's.
    const STEP = {
      'github-deployment-id': '55',
      'github-token': 'ghs_not_for_providers',
      'fail-on': 'none',
      'max-concurrency': '3',
      wait: 'true',
      'wait-timeout-seconds': '60',
      'timeout-seconds': '30',
      'max-attempts': '2',
      'endpoint-url': endpointUrl
    }
    const API_KEY = 'k'.repeat(32)
    const APP_KEY = 'a'.repeat(40)
    it.each([
      ['greengrass', GREENGRASS, { cloud: 'aws', region: 'us-east-1', force: false, endpointUrl }],
      [
        'iot-job',
        {
          provider: 'iot-job',
          'job-id': 'fw-2',
          'aws-region': 'eu-west-1',
          force: 'true',
          'reason-code': 'ROLLBACK',
          comment: 'stop it'
        },
        {
          cloud: 'aws',
          region: 'eu-west-1',
          force: true,
          reasonCode: 'ROLLBACK',
          comment: 'stop it',
          endpointUrl
        }
      ],
      [
        'datadog-fleet',
        {
          provider: 'datadog-fleet',
          'deployment-id': 'f-1',
          'datadog-api-key': API_KEY,
          'datadog-app-key': APP_KEY,
          'datadog-site': 'datadoghq.eu',
          reach: 'devices'
        },
        {
          cloud: 'datadog',
          apiKey: API_KEY,
          appKey: APP_KEY,
          site: 'datadoghq.eu',
          endpointUrl,
          reach: 'devices'
        }
      ]
    ])(
      "%s gets only its cloud's settings: no GitHub token, no step option",
      async (_provider, inputs, settings) => {
        createSession.mockClear()
        read.mockResolvedValue({ ok: true, phase: 'cancelled', status: 'CANCELED', requestId: '' })
        Object.assign(core.inputs, { ...inputs, ...STEP })
        await run()
        expect(createSession).toHaveBeenCalledTimes(1)
        const context = createSession.mock.calls[0]![0]
        expect(context.settings).toStrictEqual(settings)
        expect(Object.keys(context).sort()).toEqual(['requests', 'settings', 'userAgent'])
        expect(JSON.stringify(context.settings)).not.toMatch(/ghs_not_for_providers|github/)
        expect(core.output('outcome')).toBe('cancelled')
      }
    )
  })
})
