/**
 * src/report/json-file.ts: results-file and reached-file are JSON arrays written a chunk at a time;
 * a folder that cannot take them costs the output, never the step.
 */
import { beforeEach, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '../__fixtures__/core.js'

jest.unstable_mockModule('@actions/core', () => core)
const { openJsonArrayFile } = await import('../src/report/json-file.js')

beforeEach(() => core.resetCore())

it.each([0, 1, 2_000, 4_001])('writes %i entries as one JSON array', (n) => {
  const RUNNER_TEMP = mkdtempSync(join(tmpdir(), 'json-file-'))
  const file = openJsonArrayFile('results-file', 'results', { RUNNER_TEMP })
  for (let i = 0; i < n; i++) file.add(JSON.stringify({ i }))
  const path = file.close()
  expect(path.startsWith(RUNNER_TEMP)).toBe(true)
  const entries = JSON.parse(readFileSync(path, 'utf8')) as { i: number }[]
  expect(entries).toHaveLength(n)
  expect(entries.every((e, i) => e.i === i)).toBe(true)
})

it('gives no path, and a warning naming the output, when the folder cannot take the file', () => {
  const RUNNER_TEMP = join(tmpdir(), 'json-file-no-such-folder', String(process.pid))
  const file = openJsonArrayFile('reached-file', 'reached', { RUNNER_TEMP })
  file.add('{}')
  expect(file.close()).toBe('')
  expect(core.warning).toHaveBeenCalledWith(
    expect.stringMatching(
      /^reached-file could not be written to .*json-file-no-such-folder.*: ENOENT/
    )
  )
})
