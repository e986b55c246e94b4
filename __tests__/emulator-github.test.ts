/**
 * emulator/github.ts on the wire, as Octokit (and a workflow's curl) sees it:
 * lists newest first with GitHub's Link pagination, the Authorization check,
 * 404 and 422 answers, scripted faults, and seeding over the control API.
 */
import { beforeEach, describe, expect, it } from '@jest/globals'
import { fileEmulator } from '../__fixtures__/emulator.js'

const emu = await fileEmulator()
beforeEach(() => emu.reset())

const AUTH = { authorization: 'token ghs_test' }

async function api(path: string, init: RequestInit = {}) {
  const res = await fetch(`${emu.url}${path}`, {
    ...init,
    headers: { ...AUTH, 'content-type': 'application/json', ...init.headers }
  })
  return { status: res.status, link: res.headers.get('link'), body: (await res.json()) as never }
}

describe('emulator: GitHub deployments', () => {
  it('lists an environment newest first, a page at a time, with a Link to the next', async () => {
    const ids = Array.from({ length: 5 }, () =>
      emu.github.addDeployment({ repository: 'octo/app', environment: 'staging' })
    )
    emu.github.addDeployment({ repository: 'octo/app', environment: 'production' })
    emu.github.addDeployment({ repository: 'octo/other', environment: 'staging' })

    const first = await api('/repos/octo/app/deployments?environment=staging&per_page=2')
    expect(first.status).toBe(200)
    expect((first.body as { id: number }[]).map((d) => d.id)).toEqual([ids[4], ids[3]])
    const next = /<([^>]+)>; rel="next"/.exec(first.link ?? '')?.[1]
    expect(next).toBe(`${emu.url}/repos/octo/app/deployments?environment=staging&per_page=2&page=2`)
    expect(first.link).toContain('page=3>; rel="last"')

    const last = await api('/repos/octo/app/deployments?environment=staging&per_page=2&page=3')
    expect((last.body as { id: number }[]).map((d) => d.id)).toEqual([ids[0]])
    expect(last.link).not.toContain('rel="next"')
  })

  it('writes a status, and lists statuses newest first', async () => {
    const id = emu.github.addDeployment({ repository: 'octo/app', statuses: ['success'] })
    const created = await api(`/repos/octo/app/deployments/${id}/statuses`, {
      method: 'POST',
      body: JSON.stringify({ state: 'inactive', description: 'Cancelled', auto_inactive: false })
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ state: 'inactive', description: 'Cancelled' })
    const listed = await api(`/repos/octo/app/deployments/${id}/statuses?per_page=1`)
    expect((listed.body as { state: string }[]).map((s) => s.state)).toEqual(['inactive'])
    expect(emu.github.statuses(id).map((s) => s.state)).toEqual(['success', 'inactive'])
    expect(emu.statusOf({ kind: 'github-deployment', id })).toBe('inactive')
  })

  it('answers 401 without a token, or with one it does not accept', async () => {
    const id = emu.github.addDeployment({ repository: 'octo/app' })
    const bare = await fetch(`${emu.url}/repos/octo/app/deployments/${id}/statuses`)
    expect(bare.status).toBe(401)
    expect(await bare.json()).toMatchObject({ message: 'Bad credentials' })
    emu.github.acceptTokens(['other'])
    expect((await api(`/repos/octo/app/deployments/${id}/statuses`)).status).toBe(401)
  })

  it('answers 404 for a deployment of another repository, and 422 for what GitHub refuses', async () => {
    const id = emu.github.addDeployment({ repository: 'octo/app' })
    expect((await api(`/repos/octo/other/deployments/${id}/statuses`)).status).toBe(404)
    const path = `/repos/octo/app/deployments/${id}/statuses`
    const badState = await api(path, { method: 'POST', body: JSON.stringify({ state: 'done' }) })
    expect(badState.status).toBe(422)
    expect(badState.body).toMatchObject({ message: 'Validation Failed' })
    const long = await api(path, {
      method: 'POST',
      body: JSON.stringify({ state: 'inactive', description: 'x'.repeat(141) })
    })
    expect(long.status).toBe(422)
    expect(emu.github.statuses(id)).toEqual([])
  })

  it.each([401, 403, 404, 422])(
    'answers a scripted %i with GitHub’s error body',
    async (status) => {
      const id = emu.github.addDeployment({ repository: 'octo/app' })
      emu.fault('github.CreateDeploymentStatus', [{ status }])
      const path = `/repos/octo/app/deployments/${id}/statuses`
      const answer = await api(path, {
        method: 'POST',
        body: JSON.stringify({ state: 'inactive' })
      })
      expect(answer.status).toBe(status)
      expect(answer.body).toMatchObject({ message: expect.any(String), status: String(status) })
      expect(emu.github.statuses(id)).toEqual([])
    }
  )

  it('is seeded and read back over the control API', async () => {
    const seeded = await fetch(`${emu.url}/__emulator/seed`, {
      method: 'POST',
      body: JSON.stringify({
        kind: 'github-deployment',
        id: 42,
        repository: 'octo/app',
        environment: 'production',
        statuses: ['success']
      })
    })
    expect(seeded.status).toBe(201)
    const status = await fetch(`${emu.url}/__emulator/status?kind=github-deployment&id=42`)
    expect(await status.json()).toEqual({ status: 'success' })
  })
})
