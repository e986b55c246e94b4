/**
 * src/report/report.ts: outputs, failure, annotations and the job summary — what a
 * workflow and a person looking at the run see.
 */
import { jest } from '@jest/globals'
import * as core from '../__fixtures__/core.js'
import type { Outcome, TargetResult } from '../src/util/outcome.js'

jest.unstable_mockModule('@actions/core', () => core)

const { report, OUTPUT_NAMES, MAX_OUTPUT_BYTES } = await import('../src/report/report.js')
const { escapeHtml, SUMMARY_ROWS } = await import('../src/report/summary.js')

const DEFAULT_FAIL_ON: ReadonlySet<Outcome> = new Set(['failed', 'not-found'])

function result(target: string, outcome: Outcome, extra: Partial<TargetResult> = {}): TargetResult {
  return { target, outcome, status: '', message: `${target}: ${outcome}.`, requestId: '', ...extra }
}

/** report() as most tests call it: greengrass, fail-on's default, unless `options` say otherwise. */
const run = (results: TargetResult[], options: Partial<Parameters<typeof report>[0]> = {}) =>
  report({ provider: 'greengrass', results, failOn: DEFAULT_FAIL_ON, ...options })

/** Rows of the table given to the job summary, header first. */
function tableRows(): unknown[][] {
  expect(core.summary.addTable).toHaveBeenCalledTimes(1)
  return core.summary.addTable.mock.calls[0]![0]
}

function parsedResults(): unknown {
  return JSON.parse(core.output('results') ?? 'null')
}

describe('report.ts', () => {
  beforeEach(() => core.resetCore())

  it("names the outputs of the contract, then the GitHub deployment's two", () => {
    expect([...OUTPUT_NAMES]).toEqual([
      'outcome',
      'message',
      'status',
      'request-id',
      'results',
      'results-file',
      'reached-file',
      'github-deployment-status',
      'github-deployment-id'
    ])
  })

  describe('outputs', () => {
    it('sets every output for one cancelled target, and does not fail', async () => {
      await run([
        result('d-1', 'cancelled', {
          message: 'Cancelled Greengrass deployment d-1.',
          status: 'CANCELED',
          requestId: 'req-1'
        })
      ])
      expect(core.output('outcome')).toBe('cancelled')
      expect(core.output('message')).toBe('Cancelled Greengrass deployment d-1.')
      expect(core.output('status')).toBe('CANCELED')
      expect(core.output('request-id')).toBe('req-1')
      expect(parsedResults()).toEqual([
        {
          target: 'd-1',
          outcome: 'cancelled',
          status: 'CANCELED',
          message: 'Cancelled Greengrass deployment d-1.',
          'request-id': 'req-1',
          ids: {},
          provider: 'greengrass'
        }
      ])
      expect(core.setFailed).not.toHaveBeenCalled()
      expect(core.warning).not.toHaveBeenCalled()
    })

    it('sets each output exactly once', async () => {
      await run([result('a', 'failed'), result('b', 'cancelled')])
      const names = core.setOutput.mock.calls.map(([name]) => name).sort()
      expect(names).toEqual([...OUTPUT_NAMES].sort())
    })

    it('sets every output before failing the step', async () => {
      await run([result('d-1', 'failed', { message: 'Denied: add greengrass:CancelDeployment.' })])
      expect(core.setFailed).toHaveBeenCalledTimes(1)
      const failedAt = core.setFailed.mock.invocationCallOrder[0]!
      expect(core.setOutput).toHaveBeenCalledTimes(OUTPUT_NAMES.length)
      for (const order of core.setOutput.mock.invocationCallOrder) {
        expect(order).toBeLessThan(failedAt)
      }
      expect(core.output('outcome')).toBe('failed')
    })

    it('says skipped, with no deployment id, when no GitHub deployment was named', async () => {
      await run([result('d-1', 'cancelled')])
      expect(core.output('github-deployment-status')).toBe('skipped')
      expect(core.output('github-deployment-id')).toBe('')
    })

    it('reports the GitHub deployment, in the outputs and the job summary, before failing', async () => {
      await run([result('d-1', 'cancelled'), result('d-2', 'failed')], {
        github: {
          status: 'failed',
          deploymentId: '77',
          message: 'GitHub deployment 77 not marked inactive: <403>'
        }
      })
      expect(core.output('github-deployment-status')).toBe('failed')
      expect(core.output('github-deployment-id')).toBe('77')
      expect(core.summaryWrites.join('')).toContain(
        '<p>GitHub deployment 77 not marked inactive: &#60;403&#62;</p>'
      )
      const failedAt = core.setFailed.mock.invocationCallOrder[0]!
      for (const order of core.setOutput.mock.invocationCallOrder) {
        expect(order).toBeLessThan(failedAt)
      }
    })

    it('gives several targets one result each, with a request-id key', async () => {
      await run(
        [
          result('t1/j1', 'cancelled', { requestId: 'r1', status: 'CANCELED' }),
          result('t2/j1', 'not-cancellable', {
            requestId: 'r2',
            message: 'IN_PROGRESS: use force: true.'
          })
        ],
        { provider: 'iot-job-execution' }
      )
      expect(parsedResults()).toEqual([
        {
          target: 't1/j1',
          outcome: 'cancelled',
          status: 'CANCELED',
          message: 't1/j1: cancelled.',
          'request-id': 'r1',
          ids: {},
          provider: 'iot-job-execution'
        },
        {
          target: 't2/j1',
          outcome: 'not-cancellable',
          status: '',
          message: 'IN_PROGRESS: use force: true.',
          'request-id': 'r2',
          ids: {},
          provider: 'iot-job-execution'
        }
      ])
      expect(core.output('outcome')).toBe('not-cancellable')
      expect(core.output('message')).toBe(
        '2 targets: 1 not-cancellable, 1 cancelled. First: t2/j1: IN_PROGRESS: use force: true.'
      )
      expect(core.output('status')).toBe('')
      expect(core.output('request-id')).toBe('r2')
    })
  })

  describe('failing the step', () => {
    it.each<[Outcome, string[], boolean]>([
      ['failed', ['failed', 'not-found'], true],
      ['not-found', ['failed', 'not-found'], true],
      ['not-cancellable', ['failed', 'not-found'], false],
      ['cancelled', ['failed', 'not-found'], false],
      ['not-cancellable', ['not-cancellable'], true],
      ['failed', ['not-cancellable'], false],
      ['cancelled', ['cancelled'], true],
      ['failed', [], false],
      ['would-cancel', ['failed', 'not-found'], false],
      ['would-cancel', ['would-cancel'], true]
    ])('%s with fail-on %j fails: %p', async (outcome, failOn, fails) => {
      await run([result('d-1', outcome, { message: 'what happened' })], {
        failOn: new Set(failOn as Outcome[])
      })
      if (fails) {
        expect(core.setFailed).toHaveBeenCalledTimes(1)
        expect(core.setFailed).toHaveBeenCalledWith('what happened')
      } else {
        expect(core.setFailed).not.toHaveBeenCalled()
      }
    })

    it('fails when any one of several targets is in fail-on', async () => {
      await run(
        [result('a', 'cancelled'), result('b', 'not-cancellable'), result('c', 'cancelled')],
        { failOn: new Set<Outcome>(['not-cancellable']) }
      )
      expect(core.setFailed).toHaveBeenCalledTimes(1)
      expect(core.setFailed.mock.calls[0]![0]).toMatch(/^3 targets: 1 not-cancellable, 2 cancelled/)
    })

    it('fails on an input error even with fail-on none', async () => {
      await run([result('', 'failed', { message: 'Input error: deployment-id is required' })], {
        failOn: new Set(),
        inputError: true
      })
      expect(core.setFailed).toHaveBeenCalledWith('Input error: deployment-id is required')
      expect(core.output('outcome')).toBe('failed')
    })
  })

  describe('warnings', () => {
    it.each<Outcome>(['not-cancellable', 'not-found', 'failed'])(
      'annotates %s with a warning when it does not fail the step',
      async (outcome) => {
        await run([result('d-1', outcome, { message: 'It has already finished.' })], {
          failOn: new Set()
        })
        expect(core.setFailed).not.toHaveBeenCalled()
        expect(core.warning).toHaveBeenCalledTimes(1)
        expect(core.warning).toHaveBeenCalledWith(`${outcome}: It has already finished.`)
      }
    )

    it.each<Outcome>(['cancelled', 'would-cancel'])('does not warn about %s', async (outcome) => {
      await run([result('d-1', outcome)], { failOn: new Set() })
      expect(core.warning).not.toHaveBeenCalled()
    })

    it('does not add a warning to a failure', async () => {
      await run([result('d-1', 'failed')])
      expect(core.warning).not.toHaveBeenCalled()
    })
  })

  describe("GitHub's limits", () => {
    const bytes = (text: string) => Buffer.byteLength(text)

    it('keeps results within 1 MB as UTF-16: the most severe first, whole entries, and says so', async () => {
      // 20,000 targets of ~100 bytes each: about 2 MB in all.
      const results = Array.from({ length: 20_000 }, (_, i) =>
        result(
          `deployment-${String(i).padStart(6, '0')}`,
          i % 1000 === 7 ? 'failed' : i % 500 === 3 ? 'not-found' : 'cancelled'
        )
      )
      await run(results)
      const json = core.output('results')!
      expect(2 * json.length).toBeLessThanOrEqual(MAX_OUTPUT_BYTES)
      const listed = JSON.parse(json) as { target: string; outcome: string }[]
      expect(listed.length).toBeGreaterThan(2500)
      expect(listed.length).toBeLessThan(20_000)
      expect(listed.slice(0, 20).every((r) => r.outcome === 'failed')).toBe(true)
      expect(listed.slice(20, 40).every((r) => r.outcome === 'not-found')).toBe(true)
      expect(listed[0]!.target).toBe('deployment-000007')
      const message = core.output('message')!
      expect(message).toContain(
        `The results output holds ${listed.length} of the 20000 targets, the most severe first`
      )
      expect(message).toContain(core.output('results-file')!)
    })

    it('writes every target to results-file, in order', async () => {
      const { readFileSync } = await import('node:fs')
      const results = Array.from({ length: 12_000 }, (_, i) =>
        result(`deployment-${i}-${'x'.repeat(80)}`, 'cancelled')
      )
      await run(results)
      const all = JSON.parse(readFileSync(core.output('results-file')!, 'utf8')) as {
        target: string
      }[]
      expect(all).toHaveLength(12_000)
      expect(all[11_999]!.target).toBe(results[11_999]!.target)
    })

    /** All of the step's outputs together, as GitHub sizes a job's outputs: UTF-16. */
    const jobOutputBytes = () =>
      OUTPUT_NAMES.reduce((n, name) => n + 2 * (name.length + (core.output(name) ?? '').length), 0)

    it('keeps all outputs together within 1 MB as UTF-16, whatever the ids and messages hold', async () => {
      const long = 'é'.repeat(400_000)
      const results = [
        result(`${long}1`, 'failed', { message: long, status: long, requestId: long }),
        result(`${long}2`, 'failed'),
        result(`${long}3`, 'failed')
      ]
      await run(results)
      expect(jobOutputBytes()).toBeLessThanOrEqual(MAX_OUTPUT_BYTES)
    })

    it('ASCII results of 900,000 bytes (1.8 MB as UTF-16) are cut so the job can pass them on', async () => {
      const results = Array.from({ length: 6000 }, (_, i) =>
        result(`deployment-${i}-${'x'.repeat(50)}`, 'cancelled')
      )
      await run(results)
      const listed = JSON.parse(core.output('results')!) as unknown[]
      expect(listed.length).toBeGreaterThan(1000)
      expect(listed.length).toBeLessThan(6000)
      expect(jobOutputBytes()).toBeLessThanOrEqual(MAX_OUTPUT_BYTES)
      expect(core.output('message')).toContain(`holds ${listed.length} of the 6000 targets`)
    })

    it('one id too long for any output still leaves one entry in results, clipped, and says so', async () => {
      const huge = `d-${'z'.repeat(600_000)}`
      await run([result(huge, 'failed', { ids: { 'deployment-id': huge } })])
      const listed = JSON.parse(core.output('results')!) as {
        target: string
        outcome: string
        ids: Record<string, string>
      }[]
      expect(listed).toHaveLength(1)
      expect(listed[0]!.outcome).toBe('failed')
      expect(listed[0]!.target.startsWith('d-zzz')).toBe(true)
      expect(listed[0]!.target.endsWith(' …')).toBe(true)
      expect(listed[0]!.ids['deployment-id']!.length).toBeLessThan(huge.length)
      expect(core.output('message')).toContain('holds 1 of the 1 targets, its text clipped to fit')
      expect(jobOutputBytes()).toBeLessThanOrEqual(MAX_OUTPUT_BYTES)
    })

    it('keeps the most severe first strictly: no less severe entry once a more severe one is left out', async () => {
      const results = [
        ...Array.from({ length: 3 }, (_, i) =>
          result(`big-${i}-${'f'.repeat(200_000)}`, 'failed', { message: 'failed' })
        ),
        ...Array.from({ length: 50 }, (_, i) => result(`small-${i}`, 'not-found'))
      ]
      await run(results)
      const listed = JSON.parse(core.output('results')!) as { outcome: string }[]
      // Two of the failed fit, the third does not: nothing after it is kept, small as it is.
      expect(listed.map((r) => r.outcome)).toEqual(['failed', 'failed'])
    })

    it('keeps the job summary under 1 MiB when escaping makes ids five times longer', async () => {
      const id = `"<&>'`.repeat(20_000) // 100,000 characters, 500,000 once escaped
      const results = Array.from({ length: SUMMARY_ROWS }, (_, i) =>
        result(`${id}${i}`, 'failed', { message: `${id} failed`, status: id })
      )
      await run(results)
      expect(bytes(core.summaryWrites[0]!)).toBeLessThan(1024 * 1024)
      expect(core.summaryWrites[0]).toContain('more targets')
    })
  })

  describe('job summary', () => {
    it('writes a table with a header and a row per target', async () => {
      await run(
        [
          result('d-1', 'cancelled', { status: 'CANCELED', message: 'Cancelled d-1.' }),
          result('d-2', 'not-found', { message: 'No deployment d-2.' })
        ],
        { failOn: new Set() }
      )
      expect(core.summaryWrites).toHaveLength(1)
      const [header, ...rows] = tableRows()
      expect(header).toEqual(
        ['Provider', 'Target', 'Outcome', 'Status', 'Message'].map((data) => ({
          data,
          header: true
        }))
      )
      expect(rows).toEqual([
        ['greengrass', '<code>d-1</code>', 'cancelled', 'CANCELED', 'Cancelled d-1.'],
        ['greengrass', '<code>d-2</code>', 'not-found', '–', 'No deployment d-2.']
      ])
      expect(core.summaryWrites[0]).toContain('<b>not-found</b>')
      expect(core.summaryWrites[0]).toContain('2 targets')
    })

    it('heads the summary "dry run, nothing was cancelled" for a dry run', async () => {
      await run([result('d-1', 'would-cancel', { status: 'ACTIVE' })], { dryRun: true })
      expect(core.summary.addHeading).toHaveBeenCalledWith(
        'Cancel deployment: dry run, nothing was cancelled',
        3
      )
      expect(core.summaryWrites[0]).toContain('dry run, nothing was cancelled')
      expect(tableRows()[1]).toEqual([
        'greengrass',
        '<code>d-1</code>',
        'would-cancel',
        'ACTIVE',
        'd-1: would-cancel.'
      ])
      expect(core.output('outcome')).toBe('would-cancel')
      expect(core.setFailed).not.toHaveBeenCalled()
    })

    it('heads a normal run "Cancel deployment", without "dry run"', async () => {
      await run([result('d-1', 'cancelled')])
      expect(core.summary.addHeading).toHaveBeenCalledWith('Cancel deployment', 3)
      expect(core.summaryWrites[0]).not.toContain('dry run')
    })

    it('counts the outcomes of a dry-run batch', async () => {
      await run(
        [
          result('j1', 'would-cancel'),
          result('j2', 'not-cancellable'),
          result('j3', 'would-cancel')
        ],
        { provider: 'iot-job', dryRun: true }
      )
      expect(core.summaryWrites[0]).toContain(
        '3 targets, outcome <b>not-cancellable</b>: 2 would-cancel, 1 not-cancellable.'
      )
      expect(core.warning).toHaveBeenCalledTimes(1)
      expect(core.setFailed).not.toHaveBeenCalled()
    })

    it('writes a summary for an input error too', async () => {
      await run([result('', 'failed', { message: 'Input error: provider is required' })], {
        inputError: true
      })
      expect(core.summaryWrites).toHaveLength(1)
      expect(tableRows()[1]).toEqual([
        'greengrass',
        '',
        'failed',
        '–',
        'Input error: provider is required'
      ])
    })

    it('escapes HTML in the provider, ids, status and messages', async () => {
      await run(
        [
          result('<script>alert(1)</script>', 'failed', {
            status: '"S"&\'T\'',
            message: 'Bad <b>thing</b> & "more"'
          })
        ],
        { provider: '<img src=x>', failOn: new Set() }
      )
      const written = core.summaryWrites.join('')
      expect(written).not.toContain('<script>')
      expect(written).not.toContain('<img')
      expect(written).not.toContain('<b>thing')
      const row = tableRows()[1]!
      expect(row).toEqual([
        '&#60;img src=x&#62;',
        '<code>&#60;script&#62;alert(1)&#60;/script&#62;</code>',
        'failed',
        '&#34;S&#34;&#38;&#39;T&#39;',
        'Bad &#60;b&#62;thing&#60;/b&#62; &#38; &#34;more&#34;'
      ])
    })

    it(`lists the first ${SUMMARY_ROWS} targets, then counts the rest`, async () => {
      const results = Array.from({ length: SUMMARY_ROWS + 5 }, (_, i) =>
        result(`d-${i}`, 'cancelled')
      )
      await run(results)
      const rows = tableRows().slice(1)
      expect(rows).toHaveLength(SUMMARY_ROWS)
      expect(rows[SUMMARY_ROWS - 1]![1]).toBe(`<code>d-${SUMMARY_ROWS - 1}</code>`)
      expect(core.summaryWrites[0]).toContain('…and 5 more targets')
      expect(core.summaryWrites[0]).toContain(`${SUMMARY_ROWS + 5} targets`)
      // every target is still in the results output
      expect(parsedResults()).toHaveLength(SUMMARY_ROWS + 5)
    })

    it(`has no "more targets" line at exactly ${SUMMARY_ROWS} targets`, async () => {
      const results = Array.from({ length: SUMMARY_ROWS }, (_, i) => result(`d-${i}`, 'cancelled'))
      await run(results)
      expect(tableRows().slice(1)).toHaveLength(SUMMARY_ROWS)
      expect(core.summaryWrites[0]).not.toContain('more targets')
    })

    it('keeps going when the summary cannot be written', async () => {
      core.summary.write.mockRejectedValueOnce(
        new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY')
      )
      await expect(run([result('d-1', 'failed')])).resolves.toBeUndefined()
      expect(core.output('outcome')).toBe('failed')
      expect(core.setFailed).toHaveBeenCalledTimes(1)
      expect(core.warning).toHaveBeenCalledWith(expect.stringContaining('GITHUB_STEP_SUMMARY'))
      expect(core.summary.emptyBuffer).toHaveBeenCalled()
    })
  })

  describe('escapeHtml', () => {
    it('escapes the five HTML-significant characters and nothing else', () => {
      expect(escapeHtml(`<a href="x">'&'</a> ok/é`)).toBe(
        '&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62; ok/é'
      )
    })
  })
})
