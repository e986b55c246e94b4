/**
 * src/providers/github/mark.ts through @actions/github's real Octokit against loopback servers: the token goes
 * to github-api-url's origin only (no redirect followed, no Link followed, another port is another
 * origin), and `written` only when GitHub's own JSON answer shows the status.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import * as core from '../__fixtures__/core.js'
import { scriptedServer, type ScriptedServer } from '../__fixtures__/http.js'

jest.unstable_mockModule('@actions/core', () => core)
const { markDeployment } = await import('../src/providers/github/mark.js')
type Settings = Parameters<typeof markDeployment>[0]

const TOKEN = 'ghs_0123456789abcdefTOKEN'
const STATUSES = 'POST /repos/octo/app/deployments/1234/statuses'
const PAGE_PAGE = '<html><body><h1>Sign in to the corporate proxy</h1></body></html>'
let api: ScriptedServer
let elsewhere: ScriptedServer

beforeAll(async () => {
  api = await scriptedServer()
  elsewhere = await scriptedServer()
  elsewhere.on(STATUSES, { status: 201, body: { id: 1, state: 'inactive' } })
})
afterAll(async () => {
  await api.close()
  await elsewhere.close()
})
beforeEach(() => {
  core.resetCore()
  api.requests.length = 0
  elsewhere.requests.length = 0
})

const settings = (extra: Partial<Settings> = {}): Settings => ({
  deploymentId: 1234,
  token: TOKEN,
  state: 'inactive',
  owner: 'octo',
  repo: 'app',
  apiUrl: api.url,
  ...extra
})
const mark = (extra: Partial<Settings> = {}) =>
  markDeployment(
    settings(extra),
    {
      provider: 'greengrass',
      outcome: 'cancelled',
      targets: ['rollout-7'],
      status: '',
      dryRun: false
    },
    new AbortController().signal,
    'cancel-deployment/test'
  )
const JSON_ANSWER = { 'x-github-request-id': 'r1' }

describe('the GitHub token stays with github-api-url', () => {
  it('writes the status when GitHub answers 201 with it', async () => {
    api.on(STATUSES, { status: 201, headers: JSON_ANSWER, body: { id: 9, state: 'inactive' } })
    const result = await mark()
    expect(result.status).toBe('written')
    expect(api.requests[0]!.headers.authorization).toBe(`token ${TOKEN}`)
  })

  it.each([301, 302, 307, 308])(
    'a %i to another origin is not followed: failed, naming the redirect and its host, the token sent nowhere else',
    async (status) => {
      api.on(STATUSES, {
        status,
        headers: { location: `${elsewhere.url}/repos/octo/app/deployments/1234/statuses?t=x` },
        body: {}
      })
      const result = await mark()
      expect(result.status).toBe('failed')
      expect(elsewhere.requests).toEqual([])
      const host = new URL(elsewhere.url).host
      expect(result.message).toContain(
        `GitHub's answer could not be read (HTTP ${status}, a redirect to ${host} that was not followed)`
      )
      expect(result.message).not.toContain('t=x')
      expect(result.message).not.toContain(TOKEN)
      expect(core.warning).toHaveBeenCalledTimes(1)
    }
  )

  it("never follows a pagination Link to another origin: the next page is asked of the API's own host", async () => {
    const page = (n: number) =>
      `GET /repos/octo/app/deployments?environment=production&per_page=30&page=${n}`
    const thirty = Array.from({ length: 30 }, (_, i) => ({
      id: 100 + i,
      environment: 'production'
    }))
    api.on(page(1), {
      status: 200,
      headers: {
        ...JSON_ANSWER,
        link: `<${elsewhere.url}/repos/octo/app/deployments?page=2>; rel="next"`
      },
      body: thirty
    })
    api.on(page(2), {
      status: 200,
      headers: JSON_ANSWER,
      body: [{ id: 7, environment: 'production' }]
    })
    for (const { id } of thirty) {
      api.on(`GET /repos/octo/app/deployments/${id}/statuses?per_page=1`, {
        status: 200,
        headers: JSON_ANSWER,
        body: [{ state: 'inactive' }]
      })
    }
    api.on('GET /repos/octo/app/deployments/7/statuses?per_page=1', {
      status: 200,
      headers: JSON_ANSWER,
      body: []
    })
    api.on('POST /repos/octo/app/deployments/7/statuses', {
      status: 201,
      headers: JSON_ANSWER,
      body: { id: 1, state: 'inactive' }
    })
    const result = await mark({ deploymentId: undefined, environment: 'production' })
    expect(elsewhere.requests).toEqual([])
    expect(result).toMatchObject({ status: 'written', deploymentId: '7' })
  })

  it.each([
    [
      'an HTML 200',
      { status: 200, headers: { 'content-type': 'text/html' }, raw: PAGE_PAGE },
      /HTTP 200, content type text\/html/
    ],
    [
      'an HTML 502',
      { status: 502, headers: { 'content-type': 'text/html' }, raw: PAGE_PAGE },
      /HTTP 502, content type text\/html/
    ],
    [
      'a 201 whose JSON does not show the status',
      { status: 201, body: { id: 1 } },
      /does not show the status written/
    ]
  ])(
    '%s is not GitHub saying the status was written: failed, the page not repeated',
    async (_name, answer, why) => {
      api.on(STATUSES, answer)
      const result = await mark()
      expect(result.status).toBe('failed')
      expect(result.message).toMatch(
        /^GitHub deployment 1234 not marked inactive: GitHub's answer could not be read \(/
      )
      expect(result.message).toMatch(why)
      expect(result.message).not.toMatch(/could not reach GitHub|corporate proxy|<html/)
    }
  )
})
