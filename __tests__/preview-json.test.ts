/**
 * Issue #23, item 4: the preview hand-off reads JSON as JSON, whatever its layout; the step's
 * limit comes after its shard; a file this action did not write is an input error naming
 * targets-file. Read both as the step reads it (readInputsAsync) and at once (readInputs).
 */
import { jest } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '../__fixtures__/core.js'

jest.unstable_mockModule('@actions/core', () => core)

const { readInputs, readInputsAsync, InputError } = await import('../src/inputs/index.js')

const REGION = { AWS_REGION: 'us-east-1' }
let dir: string
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'preview-json-'))))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
beforeEach(() => core.resetCore())

function entry(id: string, outcome = 'would-cancel') {
  return {
    target: id,
    outcome,
    status: 'ACTIVE',
    message: `${id.slice(0, 20)}: a cancel would be sent.`,
    'request-id': 'r-1',
    ids: { 'deployment-id': id },
    provider: 'greengrass'
  }
}

let files = 0
function previewFile(text: string): string {
  const path = join(dir, `preview-${++files}.json`)
  writeFileSync(path, text)
  return path
}

const readers = {
  async: async (file: string, extra: Record<string, string> = {}) => {
    Object.assign(core.inputs, { provider: 'greengrass', 'targets-file': file, ...extra })
    return readInputsAsync(REGION)
  },
  sync: async (file: string, extra: Record<string, string> = {}) => {
    Object.assign(core.inputs, { provider: 'greengrass', 'targets-file': file, ...extra })
    return readInputs(REGION)
  }
}

async function problemOf(read: (typeof readers)['async'], file: string): Promise<string> {
  try {
    await read(file)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  throw new Error('no input error')
}

const ENTRIES = [entry('d-1'), entry('d-2', 'not-cancellable'), entry('d-3')]
const LAYOUTS: [string, string][] = [
  ['echo of the results output (one line)', `${JSON.stringify(ENTRIES)}\n`],
  ['jq -c (one line, no newline at the end)', JSON.stringify(ENTRIES)],
  ['pretty-printed (jq .)', JSON.stringify(ENTRIES, null, 2)],
  ['the first entry on the [ line', `[${ENTRIES.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`],
  [
    'CR/LF and blank lines first',
    `\r\n\r\n${JSON.stringify(ENTRIES, null, 1).replace(/\n/g, '\r\n')}`
  ],
  ['as results-file writes it', `[\n${ENTRIES.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`]
]

describe.each(Object.entries(readers))('read %s', (_how, read) => {
  it.each(LAYOUTS)('takes the would-cancel entries of %s', async (_layout, text) => {
    const inputs = await read(previewFile(text))
    expect(inputs.targets.map((t) => t.label)).toEqual(['d-1', 'd-3'])
  })

  it('round-trips a 40,000-character id (one line far over 64 Ki characters)', async () => {
    const long = `d-${'x'.repeat(40_000)}`
    const inputs = await read(previewFile(JSON.stringify([entry(long), entry('d-2')])))
    expect(inputs.targets.map((t) => t.ids['deployment-id'])).toEqual([long, 'd-2'])
  })

  it('keeps ids whose text looks like JSON structure: braces, brackets, quotes, escapes', async () => {
    const tricky = ['d-"}]{[,', 'd-\\"\\', 'd-\u2028\r\n{}', 'd-é😀']
    const inputs = await read(
      previewFile(
        JSON.stringify(
          tricky.map((id) => entry(id)),
          null,
          2
        )
      )
    )
    expect(inputs.targets.map((t) => t.ids['deployment-id'])).toEqual(tricky)
  })

  it('applies the 100,000-target limit after shard', async () => {
    const many = Array.from({ length: 100_002 }, (_, i) => JSON.stringify(entry(`d-${i}`)))
    const file = previewFile(`[${many.join(',')}]`)
    const inputs = await read(file, { shard: '1/2' })
    expect(inputs.targets).toHaveLength(50_001)
    expect(inputs.shard).toMatchObject({ index: 1, count: 2, of: 100_002 })
    core.resetCore()
    expect(await problemOf(read, file)).toMatch(
      /targets-file .* 100002 targets; a step takes at most 100000: split the list with shard/
    )
  }, 60_000)

  it.each([
    [
      'an array of numbers',
      '[1, 2]',
      /^Input error: targets-file .* is not this action's results file: line 1: "1" where the JSON array has \{ or \]/
    ],
    [
      'an unterminated array',
      `[${JSON.stringify(entry('d-1'))},\n`,
      /targets-file.*line 2: the JSON array ends/
    ],
    [
      'text after the array',
      `${JSON.stringify([entry('d-1')])} trailing`,
      /targets-file.*line 1: "t" where/
    ],
    [
      'an entry that is not JSON',
      '[\n{"target": nope}\n]',
      /^Input error: targets-file line 2: not an entry of this action's results file/
    ],
    [
      'an entry without provider',
      '[{"target":"d-1","outcome":"would-cancel"}]',
      /^Input error: targets-file line 1: a results entry without provider/
    ],
    [
      'a missing comma',
      `[${JSON.stringify(entry('d-1'))} ${JSON.stringify(entry('d-2'))}]`,
      /targets-file.*line 1: "\{" where the JSON array has , or \]/
    ],
    [
      'UTF-16',
      Buffer.from('[{"a":1}]', 'utf16le').toString('latin1'),
      /targets-file.*line 1: a NUL byte/
    ]
  ])('refuses %s as an input error naming targets-file', async (_what, text, problem) => {
    const path = join(dir, `bad-${++files}.json`)
    writeFileSync(path, _what === 'UTF-16' ? Buffer.from(text, 'latin1') : text)
    expect(await problemOf(read, path)).toMatch(problem)
  })
})

describe('read as the step reads it', () => {
  it('stops at once when the workflow is cancelled during the read, with its reason', async () => {
    const path = join(dir, 'long.txt')
    writeFileSync(path, Array.from({ length: 200_000 }, (_, i) => `d-${i}`).join('\n'))
    Object.assign(core.inputs, { provider: 'greengrass', 'targets-file': path })
    const controller = new AbortController()
    const reading = readInputsAsync(REGION, controller.signal)
    controller.abort(new Error('interrupted by SIGTERM'))
    await expect(reading).rejects.toThrow('interrupted by SIGTERM')
  })
})
