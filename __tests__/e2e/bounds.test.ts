/**
 * Issue #23, items 5–8 and 12c, through the bundle against the emulator: answers are bounded
 * after decompression (a gzip bomb, an endless body) on every transport; secrets are out of
 * every field, whatever an endpoint echoes; outside text stays in its summary cell and the
 * summary under 1 MiB; github-environment marks only that environment's deployment; a SIGTERM
 * during the read of a long targets-file ends the step with outputs.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startEmulator, type Emulator } from '../../emulator/server.js'
import {
  act,
  DD_API_KEY,
  DD_INPUTS,
  publicText,
  results,
  sentFor,
  uid,
  withEmulator
} from './support.js'

let emu: Emulator
let dir: string
beforeAll(async () => {
  emu = await startEmulator()
  dir = mkdtempSync(join(tmpdir(), 'e2e-bounds-'))
})
afterAll(async () => {
  await emu.close()
  rmSync(dir, { recursive: true, force: true })
})

const LARGER = /the answer is larger than 8 MiB/
const TOKEN = 'ghs_boundsToken0123456789abcdefghijklmn'
const githubEnv = () => ({ env: { GITHUB_API_URL: emu.url } })

describe('answers are bounded after decompression (item 7)', () => {
  it('Datadog: a gzip bomb ends the request failed, with memory close to a plain answer', async () => {
    const [plain, bomb] = [uid('dd'), uid('dd')]
    emu.addDatadogDeployment(plain)
    emu.addDatadogDeployment(bomb)
    emu.fault('datadog.CancelDeployment', [{ bloatMiB: 128, gzip: true }], { target: bomb })
    const inputs = { provider: 'datadog-fleet', ...DD_INPUTS }
    const calm = await act(emu, { ...inputs, 'deployment-id': plain }, { measureMemory: true })
    const run = await act(emu, { ...inputs, 'deployment-id': bomb }, { measureMemory: true })
    expect(calm.outputs.outcome).toBe('cancelled')
    expect(run.outputs.outcome).toBe('failed')
    expect(run.outputs.message).toMatch(LARGER)
    expect(sentFor(emu, bomb, 'datadog.CancelDeployment')).toHaveLength(1)
    // A reader without a bound holds the 128 MiB (and its text) at once.
    expect(run.peakRssKb!).toBeLessThan(calm.peakRssKb! + 64 * 1024)
  })

  it('AWS: an answer of 16 MiB ends the request failed, not retried, not cancelled', async () => {
    const id = uid('gg')
    emu.addGreengrassDeployment(id)
    emu.fault('greengrass.CancelDeployment', [{ bloatMiB: 16 }], { target: id })
    const run = await act(emu, { provider: 'greengrass', 'deployment-id': id })
    expect(run.outputs.outcome).toBe('failed')
    expect(run.outputs.message).toMatch(LARGER)
    expect(sentFor(emu, id, 'greengrass.CancelDeployment')).toHaveLength(1)
  })

  it('GitHub: a gzip bomb as the list of deployments marks nothing, and says why', async () => {
    const environment = uid('env')
    const deployment = emu.github.addDeployment({ repository: 'octo/app', environment })
    const id = uid('gg')
    emu.addGreengrassDeployment(id)
    emu.fault('github.ListDeployments', [{ bloatMiB: 128, gzip: true }])
    const run = await act(
      emu,
      {
        provider: 'greengrass',
        'deployment-id': id,
        'github-environment': environment,
        'github-token': TOKEN
      },
      githubEnv()
    )
    expect(run.outputs.outcome).toBe('cancelled')
    expect(run.outputs['github-deployment-status']).toBe('failed')
    expect(run.stdout).toMatch(LARGER)
    expect(emu.github.statuses(deployment)).toEqual([])
  })
})

describe('github-environment marks only that environment (item 8)', () => {
  it("a list that answers another environment's deployment marks nothing", async () => {
    const environment = uid('env')
    const other = emu.github.addDeployment({ repository: 'octo/app', environment: 'staging' })
    const id = uid('gg')
    emu.addGreengrassDeployment(id)
    // A server that ignored the environment filter.
    emu.fault('github.ListDeployments', [
      {
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify([{ id: other, environment: 'staging' }])
      }
    ])
    const run = await act(
      emu,
      {
        provider: 'greengrass',
        'deployment-id': id,
        'github-environment': environment,
        'github-token': TOKEN
      },
      githubEnv()
    )
    expect(run.outputs.outcome).toBe('cancelled')
    expect(run.outputs['github-deployment-status']).toBe('failed')
    expect(run.stdout).toContain(`deployment ${other} of environment "staging"`)
    expect(emu.github.statuses(other)).toEqual([])
  })
})

describe('secrets are redacted in every field (item 6)', () => {
  it('the session token echoed as the request id', async () => {
    const token = `FwoGZXIvYXdzEBounds${'T'.repeat(40)}`
    const id = uid('gg')
    emu.addGreengrassDeployment(id)
    emu.fault('greengrass.CancelDeployment', [{ headers: { 'x-amzn-requestid': token } }], {
      target: id
    })
    const run = await act(
      emu,
      { provider: 'greengrass', 'deployment-id': id },
      { env: { AWS_SESSION_TOKEN: token } }
    )
    expect(run.outputs.outcome).toBe('cancelled')
    expect(run.outputs['request-id']).toBe('***')
    expect(results(run)[0]!['request-id']).toBe('***')
    const file = readFileSync(run.outputs['results-file']!, 'utf8')
    for (const text of [...publicText(run), file]) expect(text).not.toContain(token)
  })

  it('an API key listed as a deployment id', async () => {
    await withEmulator(async (own) => {
      own.addDatadogDeployment(DD_API_KEY)
      const run = await act(own, { provider: 'datadog-fleet', 'in-flight-on': 'all', ...DD_INPUTS })
      expect(run.outputs.outcome).toBe('cancelled')
      expect(results(run)[0]).toMatchObject({ target: '***', ids: { 'deployment-id': '***' } })
      const file = readFileSync(run.outputs['results-file']!, 'utf8')
      for (const text of [...publicText(run), file]) expect(text).not.toContain(DD_API_KEY)
    })
  })
})

describe('outside text stays in its place (item 5)', () => {
  it('an id with blank lines, a heading and an image stays in its cell', async () => {
    const id = `${uid('gg')}\n\n# Owned\n\n![i](http://127.0.0.1/i.png)\n`
    emu.addGreengrassDeployment(id)
    const entry = {
      target: id,
      outcome: 'would-cancel',
      status: 'ACTIVE',
      message: '',
      'request-id': '',
      ids: { 'deployment-id': id },
      provider: 'greengrass'
    }
    const file = join(dir, `${uid('hostile')}.json`)
    writeFileSync(file, JSON.stringify([entry]))
    const run = await act(emu, { provider: 'greengrass', 'targets-file': file })
    expect(run.outputs.outcome).toBe('cancelled')
    expect(results(run)[0]!.target).toBe(id)
    expect(run.outputs.message).not.toMatch(/[\r\n]/)
    // One HTML block: no blank line, every line an element.
    expect(run.summary).not.toMatch(/\n[ \t]*\n/)
    for (const line of run.summary.trim().split('\n')) expect(line).toMatch(/^</)
  })

  it('a 300,000-character GitHub message leaves the summary under 1 MiB', async () => {
    const deployment = emu.github.addDeployment({ repository: 'octo/app', environment: 'prod' })
    const id = uid('gg')
    emu.addGreengrassDeployment(id)
    emu.fault('github.CreateDeploymentStatus', [{ status: 422, message: '<'.repeat(300_000) }])
    const run = await act(
      emu,
      {
        provider: 'greengrass',
        'deployment-id': id,
        'github-deployment-id': String(deployment),
        'github-token': TOKEN
      },
      githubEnv()
    )
    expect(run.outputs['github-deployment-status']).toBe('failed')
    expect(Buffer.byteLength(run.summary)).toBeLessThan(64 * 1024)
  })
})

describe('a long targets-file does not hold up a signal (item 12c)', () => {
  it('SIGTERM during the read of 1,000,000 lines ends the step, outputs set', async () => {
    const file = join(dir, 'million.txt')
    const pad = 'p'.repeat(48)
    writeFileSync(file, Array.from({ length: 1_000_000 }, (_, i) => `d-${i}-${pad}`).join('\n'))
    let sent = false
    const run = await act(
      emu,
      { provider: 'greengrass', 'targets-file': file },
      {
        onStdout: (stdout, pid) => {
          if (sent || !stdout.includes('Reading targets-file')) return
          sent = true
          process.kill(pid, 'SIGTERM')
        }
      }
    )
    expect(sent).toBe(true)
    // Read to its end, the file would be an input error (a step takes 100,000 targets).
    expect(run.outputs.outcome).toBe('failed')
    expect(run.outputs.message).toMatch(/^interrupted by SIGTERM/)
    expect(run.exitCode).toBe(1)
    expect(run.summary).toContain('interrupted by SIGTERM')
  })
})
