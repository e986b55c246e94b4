/**
 * Issue #23, items 5, 6, 11 and 12b, at the module level: outside text stays in its summary
 * cell and `message` stays one line; secrets are out of every field of every output and file;
 * no false datadog-site line; an IPv4-mapped loopback address is loopback.
 */
import { jest } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '../__fixtures__/core.js'
import type { Outcome, TargetResult } from '../src/util/outcome.js'

jest.unstable_mockModule('@actions/core', () => core)

const { report } = await import('../src/report/report.js')
const { registerSecret } = await import('../src/util/secrets.js')
const { readInputs } = await import('../src/inputs/index.js')
const { isLoopback } = await import('../src/inputs/endpoint.js')

const FAIL_ON: ReadonlySet<Outcome> = new Set(['failed', 'not-found'])
const HOSTILE =
  'x</td></tr></table>\n\n# Owned\n\n![img](http://127.0.0.1/i.png) [link](http://127.0.0.1/)\r\n'

function result(target: string, extra: Partial<TargetResult> = {}): TargetResult {
  return { target, outcome: 'failed', status: '', message: 'm', requestId: '', ...extra }
}

/** Every cell of every row the summary's table was given. */
function cells(): string[] {
  return core.summary.addTable.mock.calls.flatMap(([rows]) =>
    (rows as unknown[][]).flat().map((c) => (typeof c === 'string' ? c : JSON.stringify(c)))
  )
}

let temp: string
beforeEach(() => {
  core.resetCore()
  jest.clearAllMocks()
  temp = mkdtempSync(join(tmpdir(), 'bounds-'))
  process.env.RUNNER_TEMP = temp
})
afterEach(() => {
  delete process.env.RUNNER_TEMP
  rmSync(temp, { recursive: true, force: true })
})

describe('outside text stays in its place (the job summary, message)', () => {
  it('no id, status or message can break a cell or the HTML block: one line, escaped', async () => {
    await report({
      provider: 'greengrass',
      results: [result(HOSTILE, { status: HOSTILE, message: HOSTILE })],
      failOn: FAIL_ON,
      github: { status: 'failed', deploymentId: '', message: HOSTILE }
    })
    for (const cell of [...cells(), ...core.summary.addRaw.mock.calls.map(([t]) => t)]) {
      expect(cell).not.toMatch(/[\r\n\u2028\u2029]/)
      expect(cell).not.toMatch(/<\/?(td|tr|table|img|a)\b/)
    }
    expect(core.summaryWrites[0]).not.toMatch(/\n\s*\n/)
    expect(core.output('message')).not.toMatch(/[\r\n]/)
    expect(core.output('message')).toContain('# Owned')
  })

  it('a 300,000-character GitHub message leaves the summary far under 1 MiB', async () => {
    const huge = '<&>'.repeat(100_000)
    await report({
      provider: 'greengrass',
      results: [result('d-1', { outcome: 'cancelled' })],
      failOn: FAIL_ON,
      github: { status: 'failed', deploymentId: '7', message: `GitHub answered 500: ${huge}` }
    })
    expect(Buffer.byteLength(core.summaryWrites[0]!)).toBeLessThan(64 * 1024)
  })

  it.each([false, true])(
    'an empty shard (dry run %s) says not-cancellable in the summary as in the outputs',
    async (dryRun) => {
      const empty = 'Shard 3/3 holds none of the 2 targets: nothing to do.'
      await report({ provider: 'greengrass', results: [], failOn: FAIL_ON, dryRun, empty })
      expect(core.output('outcome')).toBe('not-cancellable')
      const row = (core.summary.addTable.mock.calls[0]![0] as unknown[][])[1]
      expect(row).toEqual(['greengrass', '', 'not-cancellable', '–', empty])
    }
  )
})

describe('secrets are redacted in every field of every output and file', () => {
  it('a session token echoed as the request id, a key listed as an id', async () => {
    const token = 'IQoJb3JpZ2luX2VjEBounds-session-token-0123456789'
    const key = 'ddapi-bounds-0123456789abcdef0123456789'
    registerSecret(token)
    registerSecret(key)
    await report({
      provider: 'datadog-fleet',
      results: [
        result(key, { requestId: token, ids: { 'deployment-id': key } }),
        result('d-2', { requestId: token, ids: { 'deployment-id': 'd-2' } })
      ],
      failOn: FAIL_ON
    })
    const file = readFileSync(core.output('results-file')!, 'utf8')
    const texts = [...core.setOutput.mock.calls.map(([, v]) => String(v)), file]
    for (const text of texts) {
      expect(text).not.toContain(token)
      expect(text).not.toContain(key)
    }
    const entries = JSON.parse(core.output('results')!) as Record<string, unknown>[]
    expect(entries[0]).toMatchObject({ 'request-id': '***', ids: { 'deployment-id': '***' } })
    expect(core.output('request-id')).toBe('***')
  })
})

describe('no false log line (item 11)', () => {
  it('says nothing about datadog-site when neither it nor DD_SITE is set', () => {
    Object.assign(core.inputs, {
      provider: 'datadog-fleet',
      'deployment-id': 'd-1',
      'datadog-api-key': 'api-key-0123456789',
      'datadog-app-key': 'app-key-0123456789'
    })
    expect(readInputs({}).datadog?.site).toBe('datadoghq.com')
    const said = [...core.info.mock.calls, ...core.warning.mock.calls].map(([t]) => String(t))
    expect(said.filter((t) => t.includes('datadog-site'))).toEqual([])
  })
})

describe('isLoopback (item 12b)', () => {
  it.each([
    'http://[::ffff:127.0.0.1]:8080',
    'http://[::FFFF:127.1.2.3]/',
    'http://[::ffff:7f00:1]/',
    'http://[::1]/',
    'http://127.0.0.1/',
    'http://localhost:9/'
  ])('%s is loopback', (url) => expect(isLoopback(url)).toBe(true))

  it.each(['http://[::2]/', 'http://relay:8080/', 'http://[::ffff:abcd:1]/'])('%s is not', (url) =>
    expect(isLoopback(url)).toBe(false)
  )

  it('plain http to [::ffff:127.0.0.1] gets no warning about unencrypted keys', () => {
    Object.assign(core.inputs, {
      provider: 'datadog-fleet',
      'deployment-id': 'd-1',
      'datadog-api-key': 'api-key-0123456789',
      'datadog-app-key': 'app-key-0123456789',
      'endpoint-url': 'http://[::ffff:127.0.0.1]:8080'
    })
    readInputs({})
    expect(core.warning).not.toHaveBeenCalled()
  })
})
