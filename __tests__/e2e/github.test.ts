/**
 * The GitHub deployment, through the bundle: after a confirmed cancel one status
 * is written on the deployment named by id or by environment, at GITHUB_API_URL
 * (the emulator), through a proxy too; nothing is written for refused cancels,
 * dry runs, input errors or runs without the inputs; a GitHub error is a warning
 * and the cancel's outcome stays; the token is masked.
 */
import { describe, expect, it } from '@jest/globals'
import { createServer, type AddressInfo } from 'node:net'
import type { ActionRun, RunOptions } from '../../__fixtures__/run-action.js'
import { startForwardProxy } from '../../__fixtures__/proxy.js'
import { fileEmulator } from '../../__fixtures__/emulator.js'
import { act, publicText, uid } from './support.js'

const emu = await fileEmulator()

const TOKEN = 'ghs_e2eToken0123456789abcdefghijklmnopqrs'
const REPOSITORY = 'octo/app' // run-action.ts sets GITHUB_REPOSITORY to this
const LOG_URL = 'https://github.com/octo/app/actions/runs/4242'
const WARNING = '::warning title=GitHub deployment not marked::'

const github = (options: RunOptions = {}): RunOptions => ({
  ...options,
  env: { GITHUB_API_URL: emu.url, ...options.env }
})

/** The inputs that name a GitHub deployment to mark, by id or by environment. */
const byId = (deployment: number) => ({
  'github-deployment-id': String(deployment),
  'github-token': TOKEN
})
const byEnvironment = (environment: string) => ({
  'github-environment': environment,
  'github-token': TOKEN
})

/** A running Greengrass deployment, and the inputs that cancel it. */
function greengrass(extra: Record<string, string> = {}, seed: { status?: 'COMPLETED' } = {}) {
  const id = uid('gg')
  emu.addGreengrassDeployment(id, seed)
  return { id, inputs: { provider: 'greengrass', 'deployment-id': id, ...extra } }
}

function githubDeployment(environment = 'production', statuses: string[] = ['success']) {
  return emu.github.addDeployment({
    repository: REPOSITORY,
    environment,
    statuses: statuses as never
  })
}

/** A loopback port nothing listens on (connections are refused). */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening))
  const { port } = server.address() as AddressInfo
  await new Promise((closed) => server.close(closed))
  return port
}

const githubRequests = (since = 0) =>
  emu.requests.slice(since).filter((r) => r.operation?.startsWith('github.'))

function expectTokenMasked(run: ActionRun): void {
  expect(run.stdout).toContain(`::add-mask::${TOKEN}`)
  for (const text of publicText(run)) expect(text).not.toContain(TOKEN)
}

describe('a confirmed cancel marks the GitHub deployment', () => {
  it('named by id: one inactive status with the description and the run as log_url', async () => {
    const deployment = githubDeployment()
    const { id, inputs } = greengrass(byId(deployment))
    const run = await act(emu, inputs, github())
    expect(run.outputs.outcome).toBe('cancelled')
    expect(run.exitCode).toBe(0)
    expect(run.outputs['github-deployment-status']).toBe('written')
    expect(run.outputs['github-deployment-id']).toBe(String(deployment))
    const written = emu.github.statuses(deployment).slice(1)
    expect(written).toEqual([
      expect.objectContaining({
        state: 'inactive',
        description: `Cancelled greengrass ${id}`,
        log_url: LOG_URL,
        token: TOKEN,
        body: expect.objectContaining({ auto_inactive: false })
      })
    ])
    expect(written[0]!.body).not.toHaveProperty('environment')
    expect(run.stdout).toContain(`GitHub deployment ${deployment} marked inactive`)
    expect(run.summary).toContain(`GitHub deployment ${deployment} marked inactive`)
    expect(run.stdout).not.toContain('::warning')
    expectTokenMasked(run)
  })

  it('named by environment: the newest whose latest status is not inactive, past the first page', async () => {
    const environment = uid('env')
    const older = githubDeployment(environment, ['success'])
    const target = githubDeployment(environment, ['in_progress', 'success'])
    // 31 newer inactive ones: more than one page of Octokit's default per_page (30).
    const inactive = Array.from({ length: 31 }, () =>
      githubDeployment(environment, ['success', 'inactive'])
    )
    const elsewhere = githubDeployment(uid('other-env'), ['success'])
    const before = emu.requests.length
    const { inputs } = greengrass(byEnvironment(environment))
    const run = await act(emu, inputs, github())
    expect(run.outputs.outcome).toBe('cancelled')
    expect(run.outputs['github-deployment-status']).toBe('written')
    expect(run.outputs['github-deployment-id']).toBe(String(target))
    expect(emu.github.statuses(target).at(-1)).toMatchObject({ state: 'inactive' })
    for (const other of [older, elsewhere, ...inactive]) {
      expect(emu.github.statuses(other).filter((s) => s.token === TOKEN)).toEqual([])
    }
    const lists = githubRequests(before).filter((r) => r.operation === 'github.ListDeployments')
    expect(lists.map((r) => r.query)).toEqual([
      { environment, per_page: '30', page: '1' },
      { environment, per_page: '30', page: '2' }
    ])
    expect(lists[0]!.headers.authorization).toBe(`token ${TOKEN}`)
    expectTokenMasked(run)
  })

  it('at github-api-url, where the runner sets GITHUB_API_URL to another host', async () => {
    const deployment = githubDeployment()
    const { inputs } = greengrass({
      ...byId(deployment),
      'github-api-url': emu.url
    })
    const run = await act(emu, inputs, { env: { GITHUB_API_URL: 'http://127.0.0.1:9' } })
    expect(run.outputs['github-deployment-status']).toBe('written')
    expect(emu.github.statuses(deployment).at(-1)).toMatchObject({ state: 'inactive' })
  })

  it('with wait, only once the cancel is confirmed, naming the final state', async () => {
    const deployment = githubDeployment()
    const id = uid('gg-wait')
    emu.addGreengrassDeployment(id, { cancelDelayMs: 300 })
    const before = emu.requests.length
    const run = await act(
      emu,
      {
        provider: 'greengrass',
        'deployment-id': id,
        wait: 'true',
        ...byId(deployment),
        'github-deployment-state': 'failure'
      },
      github()
    )
    expect(run.outputs.outcome).toBe('cancelled')
    expect(run.outputs.status).toBe('CANCELED')
    expect(emu.github.statuses(deployment).at(-1)).toMatchObject({
      state: 'failure',
      description: `Cancelled greengrass ${id} (CANCELED)`
    })
    const sent = emu.requests.slice(before)
    const lastRead = sent.findLastIndex((r) => r.operation === 'greengrass.GetDeployment')
    const write = sent.findIndex((r) => r.operation === 'github.CreateDeploymentStatus')
    expect(lastRead).toBeGreaterThan(0)
    expect(write).toBeGreaterThan(lastRead)
  })

  it('goes through the proxy of HTTPS_PROXY/HTTP_PROXY when GitHub is not on loopback', async () => {
    const proxy = await startForwardProxy({ hosts: { 'api.github.test': '127.0.0.1' } })
    try {
      const deployment = githubDeployment()
      const { inputs } = greengrass(byId(deployment))
      const run = await act(emu, inputs, {
        env: {
          GITHUB_API_URL: `http://api.github.test:${emu.port}`,
          HTTP_PROXY: proxy.url,
          HTTPS_PROXY: proxy.url,
          NO_PROXY: '127.0.0.1'
        }
      })
      expect(run.outputs['github-deployment-status']).toBe('written')
      expect(proxy.records.map((r) => r.target)).toEqual([
        expect.stringContaining(`api.github.test:${emu.port}`)
      ])
      expect(emu.github.statuses(deployment)).toHaveLength(2)
    } finally {
      await proxy.close()
    }
  })
})

describe('several targets in one step', () => {
  it('mark the deployment once when every one was cancelled', async () => {
    const deployment = githubDeployment()
    const [a, b] = [uid('gg-batch'), uid('gg-batch')]
    for (const id of [a, b]) emu.addGreengrassDeployment(id)
    const run = await act(
      emu,
      {
        provider: 'greengrass',
        'deployment-id': `${a}\n${b}`,
        ...byId(deployment)
      },
      github()
    )
    expect(run.outputs.outcome).toBe('cancelled')
    expect(emu.github.statuses(deployment).slice(1)).toEqual([
      expect.objectContaining({ description: `Cancelled 2 greengrass targets: ${a}, ${b}` })
    ])
  })

  it('leave it alone when one of them was not cancelled', async () => {
    const deployment = githubDeployment()
    const [a, done] = [uid('gg-batch'), uid('gg-batch-done')]
    emu.addGreengrassDeployment(a)
    emu.addGreengrassDeployment(done, { status: 'COMPLETED' })
    const run = await act(
      emu,
      {
        provider: 'greengrass',
        'deployment-id': `${a}\n${done}`,
        ...byId(deployment)
      },
      github()
    )
    expect(run.outputs.outcome).toBe('not-cancellable')
    expect(run.outputs['github-deployment-status']).toBe('skipped')
    expect(run.stdout).toContain(
      `GitHub deployment ${deployment} not marked: the outcome is not-cancellable, and a status is written only after a confirmed cancel.`
    )
    expect(emu.github.statuses(deployment)).toHaveLength(1)
  })
})

describe('nothing is written', () => {
  it('for a refused cancel (the deployment finished first)', async () => {
    const deployment = githubDeployment()
    const before = emu.requests.length
    const { inputs } = greengrass({ ...byId(deployment) }, { status: 'COMPLETED' })
    const run = await act(emu, inputs, github())
    expect(run.outputs.outcome).toBe('not-cancellable')
    expect(run.outputs['github-deployment-status']).toBe('skipped')
    expect(githubRequests(before)).toEqual([])
    expect(emu.github.statuses(deployment)).toHaveLength(1)
  })

  it('in a dry run, which says what it would write', async () => {
    const environment = uid('dry-env')
    const deployment = githubDeployment(environment)
    const before = emu.requests.length
    const { id, inputs } = greengrass({
      'dry-run': 'true',
      ...byEnvironment(environment)
    })
    const run = await act(emu, inputs, github())
    expect(run.outputs.outcome).toBe('would-cancel')
    expect(run.outputs['github-deployment-status']).toBe('skipped')
    expect(run.outputs['github-deployment-id']).toBe(String(deployment))
    expect(run.stdout).toContain(
      `Dry run: GitHub deployment ${deployment} (environment ${environment}) not marked; a cancel would write state inactive, description "Cancelled greengrass ${id}", log_url ${LOG_URL}.`
    )
    expect(githubRequests(before).map((r) => r.method)).not.toContain('POST')
    expect(emu.github.statuses(deployment)).toHaveLength(1)
  })

  it('for an input error, which names github-token when it is empty', async () => {
    const deployment = githubDeployment()
    const before = emu.requests.length
    const { inputs } = greengrass({
      'github-deployment-id': String(deployment),
      'github-token': ''
    })
    const run = await act(emu, inputs, github())
    expect(run.exitCode).toBe(1)
    expect(run.outputs.outcome).toBe('failed')
    expect(run.outputs.message).toMatch(/github-token is empty, so the cancel was not sent/)
    expect(run.outputs['github-deployment-status']).toBe('skipped')
    expect(emu.requests.slice(before)).toEqual([])
  })

  it('without the GitHub inputs, even with a token (as action.yml always gives one)', async () => {
    githubDeployment()
    const before = emu.requests.length
    const { inputs } = greengrass({ 'github-token': TOKEN })
    const run = await act(emu, inputs, github())
    expect(run.outputs.outcome).toBe('cancelled')
    expect(run.outputs['github-deployment-status']).toBe('skipped')
    expect(run.outputs['github-deployment-id']).toBe('')
    expect(githubRequests(before)).toEqual([])
    expect(run.stdout).not.toContain('GitHub deployment')
  })
})

describe("a GitHub error is a warning, and the cancel's outcome stays", () => {
  it.each([
    [401, /github-token/],
    [403, /permissions: deployments: write/],
    [404, /github-deployment-id \d+, and that the token has `deployments: write`/],
    [422, /GitHub refused the status \(422\): Validation Failed: scripted 422/]
  ])('%i', async (status, fix) => {
    const deployment = githubDeployment()
    emu.fault('github.CreateDeploymentStatus', [{ status }])
    const { inputs } = greengrass(byId(deployment))
    const run = await act(emu, inputs, github())
    expect(run.outputs.outcome).toBe('cancelled')
    expect(run.exitCode).toBe(0)
    expect(run.outputs['github-deployment-status']).toBe('failed')
    expect(run.outputs['github-deployment-id']).toBe(String(deployment))
    const warnings = run.stdout.split('\n').filter((l) => l.startsWith(WARNING))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(fix)
    expect(emu.github.statuses(deployment)).toHaveLength(1)
    expectTokenMasked(run)
  })

  it('a token GitHub does not accept (401 from the API itself)', async () => {
    const deployment = githubDeployment()
    emu.github.acceptTokens(['another-token'])
    try {
      const { inputs } = greengrass(byId(deployment))
      const run = await act(emu, inputs, github())
      expect(run.outputs.outcome).toBe('cancelled')
      expect(run.outputs['github-deployment-status']).toBe('failed')
      expect(run.stdout).toMatch(/GitHub refused the token \(401\): check github-token/)
    } finally {
      emu.github.acceptTokens(null)
    }
  })

  it('a deployment that does not exist in this repository (404)', async () => {
    const { inputs } = greengrass({ 'github-deployment-id': '987654321', 'github-token': TOKEN })
    const run = await act(emu, inputs, github())
    expect(run.outputs.outcome).toBe('cancelled')
    expect(run.outputs['github-deployment-status']).toBe('failed')
    expect(run.stdout).toMatch(
      /GitHub deployment 987654321 not marked inactive: not found in octo\/app \(404\)/
    )
  })

  it('a GitHub that cannot be reached', async () => {
    const deployment = githubDeployment()
    const { inputs } = greengrass(byId(deployment))
    const closed = await closedPort()
    const run = await act(emu, inputs, { env: { GITHUB_API_URL: `http://127.0.0.1:${closed}` } })
    expect(run.outputs.outcome).toBe('cancelled')
    expect(run.exitCode).toBe(0)
    expect(run.outputs['github-deployment-status']).toBe('failed')
    expect(run.stdout).toContain(
      `${WARNING}GitHub deployment ${deployment} not marked inactive: could not reach GitHub at http://127.0.0.1:${closed} (github-api-url / GITHUB_API_URL)`
    )
  })

  it('an environment without deployments names github-environment', async () => {
    const environment = uid('empty-env')
    const { inputs } = greengrass(byEnvironment(environment))
    const run = await act(emu, inputs, github())
    expect(run.outputs.outcome).toBe('cancelled')
    expect(run.outputs['github-deployment-status']).toBe('failed')
    expect(run.outputs['github-deployment-id']).toBe('')
    expect(run.stdout).toContain(
      `${WARNING}GitHub deployment of environment "${environment}" not marked inactive: environment "${environment}" has no deployment in octo/app: check github-environment`
    )
  })
})
