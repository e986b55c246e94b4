/**
 * src/providers/github/mark.ts with @actions/github's Octokit replaced: which deployment is
 * marked, what is written, when nothing is, and what a GitHub error says.
 */
import { jest, describe, expect, it, beforeEach, afterAll } from '@jest/globals'
import * as core from '../__fixtures__/core.js'

type Call = Record<string, unknown>

/** The deployments GitHub knows for the environment (newest first) and their latest states. */
let deployments: { id: number; latest?: string }[] = []
let createFails: unknown
const octokit = {
  rest: {
    repos: {
      listDeployments: jest.fn(async (params: Call) => {
        const perPage = Number(params.per_page)
        const from = (Number(params.page) - 1) * perPage
        // GitHub lists each deployment with its own environment: the one asked for.
        const environment = params.environment
        return {
          data: deployments.slice(from, from + perPage).map(({ id }) => ({ id, environment }))
        }
      }),
      listDeploymentStatuses: jest.fn(async (params: Call) => {
        const found = deployments.find((d) => d.id === params.deployment_id)
        return { data: found?.latest ? [{ state: found.latest }] : [] }
      }),
      createDeploymentStatus: jest.fn(async (params: Call) => {
        if (createFails) throw createFails
        return { data: { id: 1, state: params.state } }
      })
    }
  },
  // The request guard (origin, redirects, JSON) needs real HTTP: __tests__/github-http.test.ts.
  hook: { wrap: jest.fn() }
}
const getOctokit = jest.fn((_token: string, _options?: Call) => octokit)

jest.unstable_mockModule('@actions/core', () => core)
jest.unstable_mockModule('@actions/github', () => ({ getOctokit }))
const { markDeployment, describeCancel } = await import('../src/providers/github/mark.js')
type Settings = Parameters<typeof markDeployment>[0]
type Cancel = Parameters<typeof markDeployment>[1]

const SETTINGS: Settings = {
  deploymentId: 1234,
  token: 'ghs_token',
  state: 'inactive',
  owner: 'octo',
  repo: 'app',
  apiUrl: 'https://127.0.0.1:8443/api/v3',
  logUrl: 'https://127.0.0.1:8443/octo/app/actions/runs/4242'
}
const BY_ENVIRONMENT: Settings = { ...SETTINGS, deploymentId: undefined, environment: 'production' }
const CANCELLED: Cancel = {
  provider: 'greengrass',
  outcome: 'cancelled',
  targets: ['rollout-7'],
  status: '',
  dryRun: false
}
const signal = new AbortController().signal

function httpError(status: number, data: unknown = { message: 'x' }) {
  return Object.assign(new Error(`HTTP ${status}`), {
    name: 'HttpError',
    status,
    response: { data }
  })
}

const mark = (settings: Settings = SETTINGS, cancel: Partial<Cancel> = {}) =>
  markDeployment(settings, { ...CANCELLED, ...cancel }, signal, 'cancel-deployment/test')

const created = () => octokit.rest.repos.createDeploymentStatus.mock.calls.map(([p]) => p)

describe('github.ts', () => {
  const savedApiUrl = process.env.GITHUB_API_URL
  afterAll(() => {
    if (savedApiUrl === undefined) delete process.env.GITHUB_API_URL
    else process.env.GITHUB_API_URL = savedApiUrl
  })
  beforeEach(() => {
    core.resetCore()
    jest.clearAllMocks()
    deployments = []
    createFails = undefined
  })

  describe('after a confirmed cancel', () => {
    it('writes one status on the named deployment: state, description, the run as log_url', async () => {
      const result = await mark()
      expect(result).toEqual({
        status: 'written',
        deploymentId: '1234',
        message: 'GitHub deployment 1234 marked inactive: Cancelled greengrass rollout-7'
      })
      expect(created()).toEqual([
        {
          owner: 'octo',
          repo: 'app',
          deployment_id: 1234,
          state: 'inactive',
          description: 'Cancelled greengrass rollout-7',
          log_url: 'https://127.0.0.1:8443/octo/app/actions/runs/4242',
          auto_inactive: false,
          request: { signal }
        }
      ])
      expect(core.warning).not.toHaveBeenCalled()
    })

    it('talks to github-api-url with the token, through a fetch of its own, leaving GITHUB_API_URL alone', async () => {
      const before = process.env.GITHUB_API_URL
      await mark()
      expect(getOctokit).toHaveBeenCalledTimes(1)
      const [token, options] = getOctokit.mock.calls[0]!
      expect(token).toBe('ghs_token')
      // Its own fetch chooses the proxy for each request's URL (tests/network/proxy.test.ts),
      // not @actions/github's default, which is chosen for GITHUB_API_URL on import.
      expect(options).toEqual({
        baseUrl: 'https://127.0.0.1:8443/api/v3',
        userAgent: 'cancel-deployment/test',
        request: { fetch: expect.any(Function) }
      })
      expect(process.env.GITHUB_API_URL).toBe(before)
    })

    it('writes the state asked for', async () => {
      await mark({ ...SETTINGS, state: 'failure' })
      expect(created()[0]).toMatchObject({ state: 'failure' })
    })

    it('names the final state after a wait', async () => {
      await mark(SETTINGS, { status: 'CANCELED' })
      expect(created()[0]).toMatchObject({
        description: 'Cancelled greengrass rollout-7 (CANCELED)'
      })
    })

    it('omits log_url when the runner gives no run id', async () => {
      await mark({ ...SETTINGS, logUrl: undefined })
      expect(created()[0]).not.toHaveProperty('log_url')
    })
  })

  describe('by environment', () => {
    it('marks the newest deployment whose latest status is not inactive', async () => {
      deployments = [
        { id: 90, latest: 'inactive' },
        { id: 80, latest: 'success' },
        { id: 70, latest: 'success' }
      ]
      const result = await mark(BY_ENVIRONMENT)
      expect(result.deploymentId).toBe('80')
      expect(created()).toEqual([expect.objectContaining({ deployment_id: 80 })])
      expect(octokit.rest.repos.listDeployments).toHaveBeenCalledWith(
        expect.objectContaining({ owner: 'octo', repo: 'app', environment: 'production', page: 1 })
      )
      expect(result.message).toContain('(environment production)')
    })

    it('takes a deployment that has no status yet', async () => {
      deployments = [{ id: 5 }]
      expect((await mark(BY_ENVIRONMENT)).deploymentId).toBe('5')
    })

    it('reads past the first page', async () => {
      deployments = [
        ...Array.from({ length: 45 }, (_, i) => ({ id: 200 - i, latest: 'inactive' })),
        { id: 3, latest: 'failure' }
      ]
      expect((await mark(BY_ENVIRONMENT)).deploymentId).toBe('3')
    })

    it('warns, naming github-environment, when the environment has no deployment', async () => {
      const result = await mark(BY_ENVIRONMENT)
      expect(result.status).toBe('failed')
      expect(created()).toEqual([])
      expect(core.warning).toHaveBeenCalledWith(
        expect.stringMatching(
          /environment "production" has no deployment in octo\/app.*github-environment/
        ),
        { title: 'GitHub deployment not marked' }
      )
    })

    it('warns when every deployment is already inactive', async () => {
      deployments = [{ id: 9, latest: 'inactive' }]
      expect((await mark(BY_ENVIRONMENT)).message).toMatch(/already inactive/)
    })
  })

  describe('writes nothing', () => {
    it.each(['not-cancellable', 'not-found', 'failed'] as const)(
      'when the outcome is %s, and loads no client',
      async (outcome) => {
        const result = await mark(SETTINGS, { outcome })
        expect(result).toMatchObject({ status: 'skipped', deploymentId: '1234' })
        expect(getOctokit).not.toHaveBeenCalled()
      }
    )

    it('in a dry run, and says what it would write', async () => {
      const result = await mark(SETTINGS, { outcome: 'would-cancel', dryRun: true })
      expect(result.status).toBe('skipped')
      expect(created()).toEqual([])
      expect(result.message).toBe(
        'Dry run: GitHub deployment 1234 not marked; a cancel would write state inactive, description "Cancelled greengrass rollout-7", log_url https://127.0.0.1:8443/octo/app/actions/runs/4242.'
      )
      expect(core.info).toHaveBeenCalledWith(result.message)
    })

    it('in a dry run by environment, after finding which deployment it would mark', async () => {
      deployments = [{ id: 44, latest: 'success' }]
      const result = await mark(BY_ENVIRONMENT, { outcome: 'would-cancel', dryRun: true })
      expect(result).toMatchObject({ status: 'skipped', deploymentId: '44' })
      expect(created()).toEqual([])
    })

    it('in a dry run whose cancel would be refused', async () => {
      const result = await mark(SETTINGS, { outcome: 'not-cancellable', dryRun: true })
      expect(result.status).toBe('skipped')
      expect(getOctokit).not.toHaveBeenCalled()
    })
  })

  describe('a GitHub error is a warning that says what to fix', () => {
    it.each([
      [401, /github-token/],
      [403, /deployments: write/],
      [404, /not found in octo\/app \(404\).*github-deployment-id 1234.*deployments: write/]
    ])('%i', async (status, fix) => {
      createFails = httpError(status)
      const result = await mark()
      expect(result.status).toBe('failed')
      expect(result.deploymentId).toBe('1234')
      expect(core.warning).toHaveBeenCalledTimes(1)
      const [message, properties] = core.warning.mock.calls[0]!
      expect(message).toMatch(fix)
      expect(message).toMatch(/^GitHub deployment 1234 not marked inactive: /)
      expect(properties).toEqual({ title: 'GitHub deployment not marked' })
    })

    it("422: GitHub's own words", async () => {
      createFails = httpError(422, {
        message: 'Validation Failed',
        errors: [{ resource: 'DeploymentStatus', code: 'custom', message: 'state is invalid' }]
      })
      expect((await mark()).message).toMatch(
        /GitHub refused the status \(422\): Validation Failed: state is invalid/
      )
    })

    it('a network failure names GITHUB_API_URL', async () => {
      createFails = new TypeError('fetch failed')
      expect((await mark()).message).toMatch(
        /could not reach GitHub at https:\/\/127\.0\.0\.1:8443\/api\/v3 \(github-api-url \/ GITHUB_API_URL\): fetch failed/
      )
    })

    it('a failure to connect, which Octokit wraps as a 500 without an answer, names GITHUB_API_URL', async () => {
      createFails = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), {
        name: 'HttpError',
        status: 500
      })
      expect((await mark()).message).toMatch(
        /could not reach GitHub at .*\(github-api-url \/ GITHUB_API_URL\): connect ECONNREFUSED/
      )
    })

    it('a deadline says which', async () => {
      const controller = new AbortController()
      controller.abort(new Error('timed out after 120 s (timeout-seconds)'))
      createFails = Object.assign(new Error('This operation was aborted'), { name: 'AbortError' })
      const result = await markDeployment(SETTINGS, CANCELLED, controller.signal, 'ua')
      expect(result.status).toBe('failed')
      expect(result.message).toMatch(
        /not marked inactive: timed out after 120 s \(timeout-seconds\)$/
      )
    })

    it('a 404 while finding the environment names github-environment', async () => {
      octokit.rest.repos.listDeployments.mockImplementationOnce(async () => {
        throw httpError(404)
      })
      const result = await mark(BY_ENVIRONMENT)
      expect(result).toMatchObject({ status: 'failed', deploymentId: '' })
      expect(result.message).toMatch(
        /^GitHub deployment of environment "production" not marked inactive: .*github-environment "production"/
      )
    })
  })

  describe('the description', () => {
    it('lists a batch', () => {
      expect(describeCancel({ ...CANCELLED, provider: 'iot-job', targets: ['a', 'b', 'c'] })).toBe(
        'Cancelled 3 iot-job targets: a, b, c'
      )
    })

    it('is cut to 140 characters, ending in an ellipsis', () => {
      const text = describeCancel({ ...CANCELLED, targets: ['x'.repeat(500)] })
      expect(text).toHaveLength(140)
      expect(text.endsWith('…')).toBe(true)
    })

    it('folds line breaks of an id into spaces', () => {
      expect(describeCancel({ ...CANCELLED, targets: ['a\nb'] })).toBe('Cancelled greengrass a b')
    })
  })
})
