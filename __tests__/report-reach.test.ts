/**
 * src/report/reach.ts: what a rollout reached as the workflow sees it: the entry's `reach`, the
 * job summary's picture (within 1 MiB for 100,000 targets, outside text never markup), and
 * reached-file.
 */
import { jest } from '@jest/globals'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '../__fixtures__/core.js'
import type { Outcome, Reach, TargetResult } from '../src/util/outcome.js'

jest.unstable_mockModule('@actions/core', () => core)

const { report } = await import('../src/report/report.js')
const { reachBar, openReachedFile, REACH_ROWS } = await import('../src/report/reach.js')

const FAIL_ON: ReadonlySet<Outcome> = new Set(['failed'])
const REACH: Reach = {
  total: 1240,
  succeeded: 1100,
  inProgress: 12,
  queued: 128,
  failed: 0,
  cancelled: 0
}
const result = (target: string, extra: Partial<TargetResult> = {}): TargetResult => ({
  target,
  outcome: 'would-cancel',
  status: 'ACTIVE',
  message: `${target}: would-cancel.`,
  requestId: '',
  ...extra
})
const summary = () => core.summaryWrites.join('')

describe('report/reach.ts', () => {
  beforeEach(() => core.resetCore())

  it("writes reach into the entry in the contract's spelling, and only where it was read", async () => {
    await report({
      provider: 'greengrass',
      results: [result('fw', { reach: REACH }), result('other')],
      failOn: FAIL_ON
    })
    const entries = JSON.parse(core.output('results') ?? '[]') as Record<string, unknown>[]
    expect(entries[0]!.reach).toEqual({
      total: 1240,
      succeeded: 1100,
      'in-progress': 12,
      queued: 128,
      failed: 0,
      cancelled: 0
    })
    expect(entries[1]).not.toHaveProperty('reach')
  })

  it('draws a bar per deployment, its parts in proportion, and counts the outcomes', async () => {
    await report({
      provider: 'greengrass',
      results: [
        result('fw', { reach: REACH }),
        result('gone', { outcome: 'not-found', status: '' })
      ],
      failOn: FAIL_ON
    })
    const html = summary()
    expect(html).toContain(`<code>${'█'.repeat(17)}▓${'░'.repeat(2)}</code>`)
    expect(html).toContain('1,240: 1,100 have it, 12 installing, 128 not started')
    expect(html).toMatch(/<td>would-cancel<\/td><td>1<\/td>/)
    expect(html).toMatch(/<td>not-found<\/td><td>1<\/td>/)
  })

  it('gives each part that has a device at least one cell, and always 20 cells in all', () => {
    const bar = reachBar({
      total: 10_000,
      succeeded: 9_990,
      inProgress: 0,
      queued: 9,
      failed: 1,
      cancelled: 0
    })
    expect([...bar]).toHaveLength(20)
    expect(bar).toContain('✖')
    expect(bar).toContain('░')
    expect(reachBar({ ...REACH, total: 0, succeeded: 0, inProgress: 0, queued: 0 })).toBe('')
  })

  it('never lets a target become markup in the picture', async () => {
    const evil = '</code></td></tr><img src=x onerror=alert(1)>|**x**'
    await report({
      provider: 'greengrass',
      results: [result(evil, { reach: REACH })],
      failOn: FAIL_ON
    })
    const picture = summary().slice(summary().indexOf('What the rollouts reached'))
    expect(picture).not.toContain('<img')
    expect(picture).toContain('&#60;img src=x onerror=alert(1)&#62;')
  })

  it('stays under 1 MiB for 100,000 targets with reach and long escaped ids, counting the rest', async () => {
    const id = `"<&>'`.repeat(40)
    const results = Array.from({ length: 100_000 }, (_, i) =>
      result(`${id}${i}`, { reach: REACH, message: `${id} would be cancelled`, status: id })
    )
    await report({ provider: 'greengrass', results, failOn: FAIL_ON })
    expect(Buffer.byteLength(summary())).toBeLessThan(1024 * 1024)
    expect(summary()).toContain(
      `…and ${(100_000 - REACH_ROWS).toLocaleString('en-US')} more with reach`
    )
  })

  it('writes reached-file as a JSON array of every device added, secrets redacted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reached-'))
    const file = openReachedFile('iot-job', { RUNNER_TEMP: dir })
    for (let i = 0; i < 4_500; i++)
      file.add({ target: 'job-1', device: `t-${i}`, status: 'SUCCEEDED' })
    const path = file.close()
    expect(path.startsWith(dir)).toBe(true)
    const devices = JSON.parse(readFileSync(path, 'utf8')) as { device: string }[]
    expect(devices).toHaveLength(4_500)
    expect(devices[4_499]).toEqual({
      target: 'job-1',
      provider: 'iot-job',
      device: 't-4499',
      status: 'SUCCEEDED'
    })
    const empty = openReachedFile('iot-job', { RUNNER_TEMP: dir })
    expect(JSON.parse(readFileSync(empty.close(), 'utf8'))).toEqual([])
  })
})
