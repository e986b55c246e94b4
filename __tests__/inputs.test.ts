import { execFileSync } from 'node:child_process'
/**
 * src/inputs.ts: every rule of CONTRACT.md's Inputs table, read through the
 * src/runner.ts stub with an explicit environment (never process.env).
 */
import { jest } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import type { ProviderName } from '../src/providers/registry.js'
import * as core from '../__fixtures__/core.js'

jest.unstable_mockModule('@actions/core', () => core)

const { readInputs, InputError, MAX_TARGETS } = await import('../src/inputs/index.js')
const { PROVIDER_NAMES } = await import('../src/providers/registry.js')

/** action.yml as the runner reads it: inputs with a default are always set. */
const actionYml = parse(
  readFileSync(fileURLToPath(new URL('../action.yml', import.meta.url)), 'utf8')
) as { inputs: Record<string, { default?: unknown }> }

type Env = Record<string, string | undefined>
type Values = Record<string, string>

const GREENGRASS: Values = {
  provider: 'greengrass',
  'deployment-id': 'd-1',
  'aws-region': 'us-east-1'
}
const SERVICE: Values = {
  provider: 'proton-service-pipeline',
  'service-name': 'svc',
  'aws-region': 'us-east-1'
}
const ENVIRONMENT: Values = {
  provider: 'proton-environment',
  'environment-name': 'env',
  'aws-region': 'us-east-1'
}
const IOT: Values = {
  provider: 'iot-job-execution',
  'thing-name': 'thing-1',
  'job-id': 'job-1',
  'aws-region': 'us-east-1'
}
const IOT_JOB: Values = {
  provider: 'iot-job',
  'job-id': 'job-1',
  'aws-region': 'us-east-1'
}
const DATADOG: Values = {
  provider: 'datadog-fleet',
  'deployment-id': 'dep-1',
  'datadog-api-key': 'api-key-secret',
  'datadog-app-key': 'app-key-secret'
}

/** The smallest valid inputs of each provider. */
const BASE: Record<ProviderName, Values> = {
  greengrass: GREENGRASS,
  'proton-service-pipeline': SERVICE,
  'proton-environment': ENVIRONMENT,
  'iot-job-execution': IOT,
  'iot-job': IOT_JOB,
  'datadog-fleet': DATADOG
}

/** Replaces every input with these values, as the runner would for one step. */
function setInputs(values: Values): void {
  core.resetCore()
  Object.assign(core.inputs, values)
}

function read(values: Values, env: Env = {}) {
  setInputs(values)
  return readInputs(env)
}

/** The problems of the InputError that reading these inputs must throw. */
function problemsOf(values: Values, env: Env = {}): string[] {
  setInputs(values)
  try {
    readInputs(env)
  } catch (error) {
    if (error instanceof InputError) return error.problems
    throw error
  }
  throw new Error('expected an InputError, but the inputs were accepted')
}

/** The one problem these inputs must produce. */
function problemOf(values: Values, env: Env = {}): string {
  const problems = problemsOf(values, env)
  expect(problems).toHaveLength(1)
  return problems[0]!
}

function warnings(): string[] {
  return core.warning.mock.calls.map(([message]) => String(message))
}

function labels(values: Values): string[] {
  return read(values).targets.map((t) => t.label)
}

describe('inputs.ts', () => {
  beforeEach(() => core.resetCore())

  describe('provider', () => {
    it('is required, and the message lists the valid names', () => {
      const problem = problemOf({ 'deployment-id': 'd-1', 'aws-region': 'us-east-1' })
      expect(problem).toMatch(/^provider is required/)
      for (const name of PROVIDER_NAMES) expect(problem).toContain(name)
    })

    it.each(['gcp', 'Greengrass', 'greengrass-v2', 'iot-jobs'])(
      'rejects %p and lists the valid names',
      (provider) => {
        const problem = problemOf({ ...GREENGRASS, provider })
        expect(problem).toMatch(new RegExp(`^provider "${provider}" is not one of`))
        for (const name of PROVIDER_NAMES) expect(problem).toContain(name)
      }
    )

    it('offers the six providers of the contract', () => {
      expect([...PROVIDER_NAMES].sort()).toEqual(
        [
          'greengrass',
          'proton-service-pipeline',
          'proton-environment',
          'iot-job-execution',
          'iot-job',
          'datadog-fleet'
        ].sort()
      )
    })

    it.each([
      [GREENGRASS, 'deployment-id'],
      [SERVICE, 'service-name'],
      [ENVIRONMENT, 'environment-name'],
      [IOT, 'thing-name'],
      [IOT, 'job-id'],
      [IOT_JOB, 'job-id'],
      [DATADOG, 'deployment-id']
    ])('%# requires its target input %s', (base, name) => {
      const values = { ...base }
      delete values[name]
      expect(problemOf(values)).toBe(`${name} is required for this provider`)
    })

    it('treats a target input of only blanks and commas as missing', () => {
      expect(problemOf({ ...GREENGRASS, 'deployment-id': ' , \n ,' })).toBe(
        'deployment-id is required for this provider'
      )
    })
  })

  describe('deployment-id', () => {
    it.each(['d-1', 'a/b', '../../admin', '%2F..%2F', 'id?x=1#frag', 'dépl😀iement', 'with space'])(
      'accepts %p unchanged',
      (id) => {
        const inputs = read({ ...GREENGRASS, 'deployment-id': id })
        expect(inputs.targets).toEqual([{ label: id, ids: { 'deployment-id': id } }])
      }
    )

    it('accepts any characters for datadog-fleet too', () => {
      const inputs = read({ ...DATADOG, 'deployment-id': '../x/%2e%2e' })
      expect(inputs.targets[0]!.ids['deployment-id']).toBe('../x/%2e%2e')
    })

    it.each(['...', '.x', 'x.', '..x', './..'])(
      'accepts %p, which names one path segment',
      (id) => {
        expect(read({ ...GREENGRASS, 'deployment-id': id }).targets[0]!.ids['deployment-id']).toBe(
          id
        )
      }
    )

    it.each([
      [GREENGRASS, '.'],
      [GREENGRASS, '..'],
      [GREENGRASS, ' .. '],
      [DATADOG, '.'],
      [DATADOG, '..']
    ])('%# refuses %p, which would change the URL path', (base, id) => {
      expect(problemOf({ ...base, 'deployment-id': id })).toBe(
        `deployment-id "${id.trim()}" cannot be sent: "." and ".." would change the URL path instead of naming a deployment`
      )
    })

    it('names the "." among several ids and sends none of them', () => {
      expect(problemOf({ ...GREENGRASS, 'deployment-id': 'd-1\n..\nd-2' })).toMatch(
        /^deployment-id "\.\." cannot be sent/
      )
    })
  })

  describe.each([
    ['service-name', SERVICE],
    ['environment-name', ENVIRONMENT]
  ])('%s', (name, base) => {
    it.each(['a', '0', 'svc_1-b', 'A1_-', 'x'.repeat(100)])('accepts %p', (value) => {
      expect(read({ ...base, [name]: value }).targets).toEqual([
        { label: value, ids: { [name]: value } }
      ])
    })

    it('rejects 101 characters, naming the input and the limit', () => {
      expect(problemOf({ ...base, [name]: 'x'.repeat(101) })).toMatch(
        new RegExp(`^${name} "x{101}" must be at most 100 characters$`)
      )
    })

    it.each(['_svc', '-svc', 'svc.1', 'svc/1', 'svc:1', 'sérvice'])('rejects %p', (value) => {
      const problem = problemOf({ ...base, [name]: value })
      expect(problem).toMatch(new RegExp(`^${name} `))
      expect(problem).toContain(`"${value}"`)
      expect(problem).toContain('must start with a letter or digit')
    })
  })

  describe('thing-name', () => {
    it.each(['t', 'thing:1_a-B', 'x'.repeat(128)])('accepts %p', (value) => {
      expect(read({ ...IOT, 'thing-name': value }).targets[0]!.ids['thing-name']).toBe(value)
    })

    it('rejects 129 characters', () => {
      expect(problemOf({ ...IOT, 'thing-name': 'x'.repeat(129) })).toMatch(
        /^thing-name "x{129}" must be at most 128 characters$/
      )
    })

    it.each(['thing.1', 'thing/1', 'thing 1', 'thïng'])('rejects %p', (value) => {
      expect(problemOf({ ...IOT, 'thing-name': value })).toBe(
        `thing-name "${value}" may contain only letters, digits, ":", "_" and "-"`
      )
    })
  })

  describe('job-id', () => {
    it.each(['j', 'job_1-A', 'x'.repeat(64)])('accepts %p', (value) => {
      expect(read({ ...IOT, 'job-id': value }).targets[0]!.ids['job-id']).toBe(value)
    })

    it('rejects 65 characters', () => {
      expect(problemOf({ ...IOT, 'job-id': 'x'.repeat(65) })).toMatch(
        /^job-id "x{65}" must be at most 64 characters$/
      )
    })

    it.each(['job:1', 'job.1', 'job/1'])('rejects %p', (value) => {
      expect(problemOf({ ...IOT, 'job-id': value })).toBe(
        `job-id "${value}" may contain only letters, digits, "_" and "-"`
      )
    })

    it('reports a bad thing-name and a bad job-id together', () => {
      const problems = problemsOf({ ...IOT, 'thing-name': 'a.b', 'job-id': 'c.d' })
      expect(problems).toHaveLength(2)
      expect(problems[0]).toMatch(/^thing-name "a\.b"/)
      expect(problems[1]).toMatch(/^job-id "c\.d"/)
    })
  })

  describe('several targets', () => {
    it('takes one value per line or comma-separated, dropping blanks and duplicates', () => {
      expect(labels({ ...GREENGRASS, 'deployment-id': 'a, b\n\n c ,a,,\nb\r\nd' })).toEqual([
        'a',
        'b',
        'c',
        'd'
      ])
    })

    it('names the bad value among several', () => {
      expect(problemOf({ ...SERVICE, 'service-name': 'ok-1,bad.name,ok-2' })).toMatch(
        /^service-name "bad\.name" /
      )
    })

    it('makes every (thing, job) pair one target labelled thing/job', () => {
      const inputs = read({ ...IOT, 'thing-name': 't1\nt2', 'job-id': 'j1, j2, j3' })
      expect(inputs.targets.map((t) => t.label)).toEqual([
        't1/j1',
        't1/j2',
        't1/j3',
        't2/j1',
        't2/j2',
        't2/j3'
      ])
      expect(inputs.targets[4]).toEqual({
        label: 't2/j2',
        ids: { 'thing-name': 't2', 'job-id': 'j2' }
      })
    })

    it('drops duplicate things and jobs before pairing', () => {
      expect(labels({ ...IOT, 'thing-name': 't1,t1', 'job-id': 'j1\nj1' })).toEqual(['t1/j1'])
    })

    const ids = (n: number, prefix = 'd') => Array.from({ length: n }, (_, i) => `${prefix}${i}`)

    it(`takes exactly ${MAX_TARGETS} targets`, () => {
      expect(MAX_TARGETS).toBe(100_000)
      expect(read({ ...GREENGRASS, 'deployment-id': ids(100_000).join(',') }).targets).toHaveLength(
        100_000
      )
    })

    it('rejects 100,001 targets, naming the input and the limit', () => {
      const problem = problemOf({ ...GREENGRASS, 'deployment-id': ids(100_001).join('\n') })
      expect(problem).toMatch(/^deployment-id /)
      expect(problem).toContain('100001')
      expect(problem).toContain('at most 100000')
    })

    it('counts thing × job pairs against the limit', () => {
      const things = ids(1000, 't').join(',')
      expect(
        read({ ...IOT, 'thing-name': things, 'job-id': ids(100, 'j').join(',') }).targets
      ).toHaveLength(100_000)
      const problem = problemOf({ ...IOT, 'thing-name': things, 'job-id': ids(101, 'j').join(',') })
      expect(problem).toMatch(/^thing-name × job-id /)
      expect(problem).toContain('101000')
    })
  })

  describe('targets-file', () => {
    let dir: string
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'targets-file-'))
    })
    afterAll(() => rmSync(dir, { recursive: true, force: true }))
    const file = (name: string, text: string | Buffer) => {
      writeFileSync(join(dir, name), text)
      return join(dir, name)
    }

    it('refuses what is not a regular file before reading it: a FIFO does not hang the step', () => {
      const fifo = join(dir, 'pipe')
      execFileSync('mkfifo', [fifo])
      expect(problemOf({ ...GREENGRASS, 'targets-file': fifo })).toMatch(
        /^targets-file ".*pipe" cannot be read \(it is a FIFO \(named pipe\), not a regular file\)/
      )
      expect(problemOf({ ...GREENGRASS, 'targets-file': dir })).toMatch(
        /it is a folder, not a regular file/
      )
    })

    it.each([['/proc/self/status'], ['/dev/zero'], ['/sys/kernel/mm']])(
      'refuses %s: readable, but a system file and not a list',
      (path) => {
        expect(problemOf({ ...GREENGRASS, 'targets-file': path })).toMatch(
          /is a system file under \/proc, \/sys or \/dev, not a list of targets/
        )
      }
    )

    it.each([
      [
        'UTF-16 with a BOM',
        Buffer.from('\ufeffd-1\nd-2\n', 'utf16le'),
        /line 1: the file is UTF-16/
      ],
      ['UTF-16 without a BOM', Buffer.from('d-1\nd-2\n', 'utf16le'), /line 1 holds a NUL byte/],
      ['a NUL byte', Buffer.from('d-1\nd-\u00002\n'), /line 2 holds a NUL byte/],
      [
        'invalid UTF-8',
        Buffer.concat([Buffer.from('d-1\nd-2\n'), Buffer.from([0xc3, 0x28, 0x0a])]),
        /line 3: the file is not valid UTF-8/
      ],
      [
        'a line of 1 MB',
        Buffer.from(`d-1\n${'x'.repeat(1 << 20)}\n`),
        /line 2 is longer than 65536 characters/
      ]
    ])('refuses %s, naming the line', (_what, bytes, problem) => {
      const path = file('encoded.txt', bytes)
      expect(problemOf({ ...GREENGRASS, 'targets-file': path })).toMatch(problem)
    })

    it('takes CR-only line endings as line endings, and drops a UTF-8 BOM', () => {
      const path = file('cr.txt', '\ufeffd-1\rd-2\r\rd-3\r')
      expect(labels({ ...GREENGRASS, 'deployment-id': '', 'targets-file': path })).toEqual([
        'd-1',
        'd-2',
        'd-3'
      ])
    })

    it('reads one id per line: CR/LF, blanks and duplicates dropped, commas kept, after the input', () => {
      const path = file('ids.txt', 'd-2\r\n\r\n  d-3  \nd-1\nd,4\n\td-2\n\nd-5')
      expect(labels({ ...GREENGRASS, 'targets-file': path })).toEqual([
        'd-1',
        'd-2',
        'd-3',
        'd,4',
        'd-5'
      ])
    })

    it('is read relative to GITHUB_WORKSPACE', () => {
      file('relative.txt', 'svc-a\nsvc-b\n')
      setInputs({
        provider: 'proton-service-pipeline',
        'aws-region': 'us-east-1',
        'targets-file': 'relative.txt'
      })
      const inputs = readInputs({ GITHUB_WORKSPACE: dir })
      expect(inputs.targets.map((t) => t.label)).toEqual(['svc-a', 'svc-b'])
    })

    it('stands in for the target input', () => {
      const path = file('only.txt', 'd-9\n')
      const { 'deployment-id': _, ...rest } = GREENGRASS
      expect(labels({ ...rest, 'targets-file': path })).toEqual(['d-9'])
    })

    it('holds thing names for iot-job-execution, each paired with every job-id', () => {
      const path = file('things.txt', 'thing-a\nthing-b\n')
      const { 'thing-name': _, ...rest } = IOT
      expect(labels({ ...rest, 'job-id': 'j1,j2', 'targets-file': path })).toEqual([
        'thing-a/j1',
        'thing-a/j2',
        'thing-b/j1',
        'thing-b/j2'
      ])
    })

    it('streams a 100,000-line file, split across many read chunks', () => {
      const lines = Array.from({ length: 100_000 }, (_, i) => `deployment-ünïcode-${i}`)
      const path = file('big.txt', lines.join('\n') + '\n')
      const targets = read({ ...GREENGRASS, 'deployment-id': '', 'targets-file': path }).targets
      expect(targets).toHaveLength(100_000)
      expect(targets[99_999]!.label).toBe('deployment-ünïcode-99999')
      expect(targets[54_321]!.label).toBe('deployment-ünïcode-54321')
    })

    it('takes 100,000 targets per step after the shard: a 100,050-line file needs two shards, and the message says so', () => {
      const path = file('huge.txt', Array.from({ length: 100_050 }, (_, i) => `d${i}`).join('\n'))
      const { 'deployment-id': _, ...rest } = GREENGRASS
      const problem = problemOf({ ...rest, 'targets-file': path })
      expect(problem).toMatch(
        /^targets-file .*: deployment-id name 100050 targets; a step takes at most 100000: split the list with shard K\/N across 2 or more jobs \(N ≥ 2\)$/
      )
      const half = read({ ...rest, 'targets-file': path, shard: '2/2' })
      expect(half.targets).toHaveLength(50_025)
      expect(half.targets[0]!.label).toBe('d1')
      expect(half.shard).toEqual({ index: 2, count: 2, of: 100_050 })
      // One shard too few is refused with the count it leaves, and the count that fits.
      expect(problemOf({ ...rest, 'targets-file': path, shard: '1/1' })).toMatch(
        /shard 1\/1 leaves 100050 of them; .*N ≥ 2\)$/
      )
    })

    it('reads a 1,000,000-line file for a matrix of 10 shards, and refuses one line more without reading on', () => {
      const million = Array.from({ length: 1_000_000 }, (_, i) => `dep-${i}`)
      const path = file('million.txt', million.join('\n') + '\n')
      const { 'deployment-id': _, ...rest } = GREENGRASS
      const tenth = read({ ...rest, 'targets-file': path, shard: '10/10' })
      expect(tenth.targets).toHaveLength(100_000)
      expect(tenth.targets[0]!.label).toBe('dep-9')
      expect(tenth.targets.at(-1)!.label).toBe('dep-999999')
      expect(tenth.shard?.of).toBe(1_000_000)
      const over = file('over.txt', million.join('\n') + '\ndep-extra\n')
      expect(problemOf({ ...rest, 'targets-file': over, shard: '10/10' })).toMatch(
        /^targets-file .* names more than 1000000 targets; a list holds at most 1000000/
      )
    })

    it('shards thing × job pairs by their position in the whole list', () => {
      const { 'thing-name': _, ...rest } = IOT
      const path = file('things.txt', 't1\nt2\nt3\n')
      const labels = read({
        ...rest,
        'targets-file': path,
        'job-id': 'j1,j2',
        shard: '2/3'
      }).targets.map((t) => t.label)
      // Positions 0..5: t1/j1 t1/j2 t2/j1 t2/j2 t3/j1 t3/j2; shard 2/3 takes 1 and 4.
      expect(labels).toEqual(['t1/j2', 't3/j1'])
    })

    it('names the line of a bad value', () => {
      const path = file('bad.txt', 'thing-1\nthing-2\n\nthing 4\n')
      const { 'thing-name': _, ...rest } = IOT
      expect(problemOf({ ...rest, 'targets-file': path })).toBe(
        'targets-file line 4: thing-name "thing 4" may contain only letters, digits, ":", "_" and "-"'
      )
    })

    it('is an input error when it cannot be read', () => {
      const problem = problemOf({ ...GREENGRASS, 'targets-file': join(dir, 'missing.txt') })
      expect(problem).toMatch(/^targets-file ".*missing.txt" cannot be read \(ENOENT/)
    })
  })

  describe('shard', () => {
    const ten = Array.from({ length: 10 }, (_, i) => `d${i}`).join('\n')

    it('takes the positions whose remainder by N is K-1, after duplicates are dropped', () => {
      expect(labels({ ...GREENGRASS, 'deployment-id': `d0\n${ten}`, shard: '2/3' })).toEqual([
        'd1',
        'd4',
        'd7'
      ])
    })

    it('splits a list across N jobs, each target in exactly one', () => {
      const seen: string[] = []
      for (let k = 1; k <= 4; k++)
        seen.push(...labels({ ...GREENGRASS, 'deployment-id': ten, shard: `${k}/4` }))
      expect(seen.sort()).toEqual(ten.split('\n').sort())
    })

    it('says how many targets the whole list holds', () => {
      expect(read({ ...GREENGRASS, 'deployment-id': ten, shard: '3/4' }).shard).toEqual({
        index: 3,
        count: 4,
        of: 10
      })
    })

    it.each(['0/4', '5/4', '1/257', '4', '1/0', 'a/b', '-1/2', '1.5/3'])('rejects %p', (text) => {
      expect(problemOf({ ...GREENGRASS, shard: text })).toMatch(
        /^shard ".*" is not K\/N with 1 ≤ K ≤ N ≤ 256/
      )
    })
  })

  describe('force', () => {
    it('defaults to false', () => {
      expect(read(IOT).force).toBe(false)
    })

    it.each([
      ['true', true],
      ['True', true],
      ['TRUE', true],
      ['false', false],
      ['False', false],
      ['FALSE', false]
    ])('accepts %p as %p', (text, value) => {
      expect(read({ ...IOT, force: text }).force).toBe(value)
    })

    it.each(['yes', '1', 'on', 'tRUE', 'no', '0'])('rejects %p', (text) => {
      expect(problemOf({ ...IOT, force: text })).toBe('force must be true or false')
    })
  })

  describe('expected-version', () => {
    it('is absent unless given', () => {
      expect(read(IOT).expectedVersion).toBeUndefined()
    })

    it.each([
      ['0', 0],
      ['7', 7],
      ['9007199254740991', Number.MAX_SAFE_INTEGER]
    ])('accepts %p', (text, value) => {
      expect(read({ ...IOT, 'expected-version': text }).expectedVersion).toBe(value)
    })

    it.each(['-1', '1.5', 'abc', '1e3', '0x10'])('rejects %p', (text) => {
      expect(problemOf({ ...IOT, 'expected-version': text })).toMatch(
        /^expected-version must be a whole number/
      )
    })
  })

  describe('status-details', () => {
    const pairs = (n: number) => Array.from({ length: n }, (_, i) => `k${i}=v${i}`).join('\n')

    it('is absent unless given', () => {
      expect(read(IOT).statusDetails).toBeUndefined()
    })

    it('accepts a JSON object of strings', () => {
      expect(
        read({ ...IOT, 'status-details': '{"reason": "rollback", "ticket:id": "OPS-1"}' })
          .statusDetails
      ).toEqual({ reason: 'rollback', 'ticket:id': 'OPS-1' })
    })

    it('accepts key=value lines, trimming around the first "="', () => {
      expect(
        read({ ...IOT, 'status-details': 'reason = rollback now\n\nurl=https://x/?a=b\r\nk_1=v' })
          .statusDetails
      ).toEqual({ reason: 'rollback now', url: 'https://x/?a=b', k_1: 'v' })
    })

    it('accepts 10 pairs and rejects 11', () => {
      expect(
        Object.keys(read({ ...IOT, 'status-details': pairs(10) }).statusDetails!)
      ).toHaveLength(10)
      expect(problemOf({ ...IOT, 'status-details': pairs(11) })).toBe(
        'status-details has 11 pairs; at most 10 are allowed'
      )
      const json = JSON.stringify(
        Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, 'v']))
      )
      expect(problemOf({ ...IOT, 'status-details': json })).toBe(
        'status-details has 11 pairs; at most 10 are allowed'
      )
    })

    it('rejects invalid JSON', () => {
      expect(problemOf({ ...IOT, 'status-details': '{"a": "b"' })).toBe(
        'status-details is not valid JSON'
      )
    })

    it.each(['{"a": 1}', '{"a": true}', '{"a": null}', '{"a": {"b": "c"}}', '{"a": ["b"]}'])(
      'rejects JSON with non-string values, naming the key: %s',
      (json) => {
        expect(problemOf({ ...IOT, 'status-details': json })).toBe(
          'status-details value of "a" must be a string'
        )
      }
    )

    it.each(['{', '{"a": "b"} x', '{}x'])('rejects %p, which is not a JSON object', (json) => {
      expect(problemOf({ ...IOT, 'status-details': json })).toMatch(
        /^status-details (is not valid JSON|must be a JSON object whose values are strings)$/
      )
    })

    it('says a JSON array must be an object, rather than calling it a bad key=value line', () => {
      expect(problemOf({ ...IOT, 'status-details': '["a"]' })).toMatch(
        /^status-details must be a JSON object .* not a JSON array$/
      )
    })

    it.each([
      ['JSON', '{"reason":"a","reason":"b"}'],
      ['JSON, escaped', '{"reason":"a","re\\u0061son":"b"}'],
      ['key=value lines', 'reason=a\nrun=1\nreason=b']
    ])('refuses a key given twice (%s) instead of keeping the last', (_kind, text) => {
      expect(problemOf({ ...IOT, 'status-details': text })).toBe(
        'status-details has the key "reason" more than once'
      )
    })

    it('takes the same text inside two values as no repeat', () => {
      expect(read({ ...IOT, 'status-details': '{"a":"x\\":\\"","b":"a"}' }).statusDetails).toEqual({
        a: 'x":"',
        b: 'a'
      })
    })

    it('rejects a line that is not key=value', () => {
      expect(problemOf({ ...IOT, 'status-details': 'a=b\njust text' })).toBe(
        'status-details line "just text" is not key=value'
      )
    })

    it('accepts a key of 128 characters and a value of 1024', () => {
      const key = 'k'.repeat(128)
      const value = 'v'.repeat(1024)
      expect(read({ ...IOT, 'status-details': `${key}=${value}` }).statusDetails).toEqual({
        [key]: value
      })
    })

    it.each([
      [
        'a key with a space',
        'a b=v',
        'key "a b" may contain only letters, digits, ":", "_" and "-"'
      ],
      ['a key with a dot', 'a.b=v', 'key "a.b" may contain only letters, digits, ":", "_" and "-"'],
      [
        'a JSON key with a slash',
        '{"a/b": "v"}',
        'key "a/b" may contain only letters, digits, ":", "_" and "-"'
      ],
      ['an empty key', '=v', 'key "" is empty'],
      ['an empty JSON key', '{"": "v"}', 'key "" is empty']
    ])('rejects %s, naming the key and what is wrong', (_, text, why) => {
      expect(problemOf({ ...IOT, 'status-details': text })).toBe(`status-details ${why}`)
    })

    it('rejects a key of 129 characters, quoting its start and the limit', () => {
      const problem = problemOf({ ...IOT, 'status-details': `${'k'.repeat(129)}=v` })
      expect(problem).toMatch(/^status-details key "k{1,129}" is longer than 128 characters$/)
    })

    it.each([
      ['a value of 1025 characters', `k=${'v'.repeat(1025)}`, 'is longer than 1024 characters'],
      ['an empty value', 'k=', 'is empty'],
      ['an empty JSON value', '{"k": ""}', 'is empty'],
      ['a tab inside a value', 'k=a\tb', 'contains control characters'],
      ['a newline in a JSON value', '{"k": "a\\nb"}', 'contains control characters'],
      ['a BEL in a JSON value', '{"k": "a\\u0007b"}', 'contains control characters'],
      ['a DEL in a value', 'k=a\u007fb', 'contains control characters'],
      ['a C1 control in a JSON value', '{"k": "a\\u0085b"}', 'contains control characters']
    ])('rejects %s, naming the key', (_, text, why) => {
      expect(problemOf({ ...IOT, 'status-details': text })).toBe(
        `status-details value of "k" ${why}`
      )
    })

    it('names the first bad pair among good ones', () => {
      expect(problemOf({ ...IOT, 'status-details': 'ok=1\nbad key=2\nalso bad=3' })).toBe(
        'status-details key "bad key" may contain only letters, digits, ":", "_" and "-"'
      )
    })

    // The valid key "__proto__" is kept as a pair, not taken as the object's prototype.
    it.each(['{"__proto__": "x", "a": "b"}', '__proto__=x\na=b'])(
      'keeps a pair whose key is __proto__: %s',
      (text) => {
        const details = read({ ...IOT, 'status-details': text }).statusDetails!
        expect(Object.entries(details)).toEqual([
          ['__proto__', 'x'],
          ['a', 'b']
        ])
      }
    )

    it('accepts non-ASCII text in a value', () => {
      expect(read({ ...IOT, 'status-details': 'reason=Rückruf 🚧' }).statusDetails).toEqual({
        reason: 'Rückruf 🚧'
      })
    })
  })

  describe('aws-region', () => {
    const noRegion = { ...GREENGRASS }
    delete noRegion['aws-region']

    it('prefers the input over AWS_REGION and AWS_DEFAULT_REGION', () => {
      expect(
        read(
          { ...GREENGRASS, 'aws-region': 'eu-west-1' },
          { AWS_REGION: 'us-east-2', AWS_DEFAULT_REGION: 'us-west-1' }
        ).awsRegion
      ).toBe('eu-west-1')
    })

    it('falls back to AWS_REGION, then AWS_DEFAULT_REGION', () => {
      expect(
        read(noRegion, { AWS_REGION: 'us-east-2', AWS_DEFAULT_REGION: 'us-west-1' }).awsRegion
      ).toBe('us-east-2')
      expect(read(noRegion, { AWS_DEFAULT_REGION: 'us-west-1' }).awsRegion).toBe('us-west-1')
      expect(read(noRegion, { AWS_REGION: '  ', AWS_DEFAULT_REGION: 'ap-south-1' }).awsRegion).toBe(
        'ap-south-1'
      )
    })

    it.each([
      'us-east-1',
      'us-gov-west-1',
      'cn-northwest-1',
      'ap-southeast-2',
      'il-central-1',
      'us-isob-east-1'
    ])('accepts %p', (region) => {
      expect(read({ ...GREENGRASS, 'aws-region': region }).awsRegion).toBe(region)
    })

    it('accepts the European Sovereign Cloud region eusc-de-east-1', () => {
      expect(read({ ...GREENGRASS, 'aws-region': 'eusc-de-east-1' }).awsRegion).toBe(
        'eusc-de-east-1'
      )
    })

    it.each([
      ['proton-service-pipeline', SERVICE],
      ['iot-job-execution', IOT],
      ['iot-job', IOT_JOB]
    ])('is required by %s too when neither variable is set', (_, base) => {
      const values = { ...base }
      delete values['aws-region']
      expect(problemOf(values)).toMatch(/^aws-region is not set.*AWS_REGION.*AWS_DEFAULT_REGION/)
    })

    it('is an input error naming aws-region when none is set', () => {
      expect(problemOf(noRegion)).toMatch(/^aws-region is not set/)
    })

    it.each(['US-EAST-1', 'useast1', 'us-east', 'https://us-east-1', 'us east 1'])(
      'rejects the input %p',
      (region) => {
        expect(problemOf({ ...GREENGRASS, 'aws-region': region })).toBe(
          'aws-region is not an AWS region name such as us-east-1'
        )
      }
    )

    it.each(['AWS_REGION', 'AWS_DEFAULT_REGION'])(
      'names %s when the malformed region came from it',
      (variable) => {
        expect(problemOf(noRegion, { [variable]: 'Frankfurt' })).toBe(
          `aws-region (from ${variable}) is not an AWS region name such as us-east-1`
        )
      }
    )

    it('is not needed by datadog-fleet', () => {
      expect(read(DATADOG).awsRegion).toBeUndefined()
    })
  })

  describe('endpoint-url', () => {
    it('is absent unless given', () => {
      expect(read(GREENGRASS).endpointUrl).toBeUndefined()
    })

    it.each([
      ['http://localhost:4566', 'http://localhost:4566'],
      [
        'https://vpce-1.greengrass.us-east-1.vpce.amazonaws.com/',
        'https://vpce-1.greengrass.us-east-1.vpce.amazonaws.com'
      ],
      ['http://127.0.0.1:8080/base//', 'http://127.0.0.1:8080/base']
    ])('accepts %p as %p', (url, expected) => {
      expect(read({ ...GREENGRASS, 'endpoint-url': url }).endpointUrl).toBe(expected)
    })

    it('is read for datadog-fleet too', () => {
      expect(read({ ...DATADOG, 'endpoint-url': 'http://localhost:9000/' }).endpointUrl).toBe(
        'http://localhost:9000'
      )
    })

    it.each([
      'ftp://example.com',
      'localhost:4566',
      'example.com',
      'file:///etc/passwd',
      'https://'
    ])('rejects %p', (url) => {
      expect(problemOf({ ...GREENGRASS, 'endpoint-url': url })).toBe(
        'endpoint-url must be an http:// or https:// URL'
      )
    })
  })

  describe('datadog keys and site', () => {
    it('reads the keys and site from inputs', () => {
      expect(read({ ...DATADOG, 'datadog-site': 'datadoghq.eu' }).datadog).toEqual({
        apiKey: 'api-key-secret',
        appKey: 'app-key-secret',
        site: 'datadoghq.eu'
      })
    })

    it('falls back to DD_API_KEY, DD_APP_KEY and DD_SITE', () => {
      const values = { provider: 'datadog-fleet', 'deployment-id': 'dep-1' }
      expect(
        read(values, {
          DD_API_KEY: 'env-api-key',
          DD_APP_KEY: 'env-app-key',
          DD_SITE: 'us3.datadoghq.com'
        }).datadog
      ).toEqual({ apiKey: 'env-api-key', appKey: 'env-app-key', site: 'us3.datadoghq.com' })
    })

    it('prefers the inputs over the environment', () => {
      expect(
        read(
          { ...DATADOG, 'datadog-site': 'ap1.datadoghq.com' },
          { DD_API_KEY: 'env-api-key', DD_APP_KEY: 'env-app-key', DD_SITE: 'datadoghq.eu' }
        ).datadog
      ).toEqual({ apiKey: 'api-key-secret', appKey: 'app-key-secret', site: 'ap1.datadoghq.com' })
    })

    it('defaults the site to datadoghq.com', () => {
      expect(read(DATADOG).datadog!.site).toBe('datadoghq.com')
    })

    it.each([
      'datadoghq.com',
      'datadoghq.eu',
      'us3.datadoghq.com',
      'us5.datadoghq.com',
      'ap1.datadoghq.com',
      'ap2.datadoghq.com',
      'uk1.datadoghq.com',
      'ddog-gov.com',
      'us2.ddog-gov.com'
    ])('accepts the site %p', (site) => {
      expect(read({ ...DATADOG, 'datadog-site': site }).datadog!.site).toBe(site)
    })

    it.each([
      ['app.datadoghq.eu', 'datadoghq.eu'],
      ['https://app.datadoghq.eu/fleet/deployments?x=1', 'datadoghq.eu'],
      ['app.datadoghq.com', 'datadoghq.com'],
      ['api.us3.datadoghq.com', 'us3.datadoghq.com'],
      ['us5.datadoghq.com', 'us5.datadoghq.com'],
      ['app.ddog-gov.com', 'ddog-gov.com'],
      ['https://datadoghq.com', 'datadoghq.com'],
      ['DATADOGHQ.COM', 'datadoghq.com'],
      ['datadoghq.com/', 'datadoghq.com']
    ])('takes the site %p copied from a browser or the API host as %p', (given, site) => {
      expect(read({ ...DATADOG, 'datadog-site': given }).datadog?.site).toBe(site)
    })

    it.each(['datadoghq', 'datadog hq.com', 'app.'])('rejects the site %p', (site) => {
      expect(problemOf({ ...DATADOG, 'datadog-site': site })).toMatch(
        /^datadog-site must be a Datadog site host name/
      )
    })

    // The keys go to api.<site>: only Datadog's own sites, however the text dresses another host.
    it.each([
      'datadoghq.co',
      'datadoghq.com.evil.test',
      'evil-datadoghq.com',
      'evildatadoghq.com',
      'datadoghq.evil',
      'us4.datadoghq.com',
      'xn--datadoghq-7ya.com',
      'datad0ghq.com',
      'eu.datadoghq.com',
      'localhost',
      '127.0.0.1',
      'https://evil.test/datadoghq.com',
      'https://evil.test/?site=datadoghq.eu',
      'https://evil.test#datadoghq.com',
      'https://datadoghq.com@evil.test',
      'https://datadoghq.com:x@evil.test/',
      'datadoghq.com@evil.test',
      'datadoghq.com:8443',
      'https://datadoghq.com:443/',
      'evil.test\\datadoghq.com',
      'app.app.datadoghq.com',
      'api.evil.test'
    ])('refuses %p, saying other hosts go through endpoint-url', (site) => {
      const problem = problemOf({ ...DATADOG, 'datadog-site': site })
      expect(problem).toMatch(
        /^datadog-site must be a Datadog site host name: one of datadoghq\.com, /
      )
      expect(problem).toMatch(/any other host goes through endpoint-url/)
      expect(problemOf(DATADOG, { DD_SITE: site })).toMatch(
        /^datadog-site \(from DD_SITE\) must be/
      )
    })

    it('names DD_SITE when the bad site came from it', () => {
      expect(problemOf(DATADOG, { DD_SITE: 'datadog hq.eu' })).toMatch(
        /^datadog-site \(from DD_SITE\) must be/
      )
    })

    it('reports each missing key by name', () => {
      const problems = problemsOf({ provider: 'datadog-fleet', 'deployment-id': 'dep-1' })
      expect(problems).toHaveLength(2)
      expect(problems[0]).toMatch(/^datadog-api-key is not set.*DD_API_KEY/)
      expect(problems[1]).toMatch(/^datadog-app-key is not set.*DD_APP_KEY/)
    })

    it('reports only the key that is missing', () => {
      const values = { provider: 'datadog-fleet', 'deployment-id': 'dep-1' }
      expect(problemOf(values, { DD_API_KEY: 'env-api-key' })).toMatch(
        /^datadog-app-key is not set/
      )
      expect(problemOf(values, { DD_APP_KEY: 'env-app-key' })).toMatch(
        /^datadog-api-key is not set/
      )
    })

    it('masks both keys before anything is logged', () => {
      read({ ...DATADOG, 'thing-name': 'ignored-thing' })
      const masked = core.setSecret.mock.calls.map(([value]) => value)
      expect(masked).toEqual(expect.arrayContaining(['api-key-secret', 'app-key-secret']))
      expect(core.warning).toHaveBeenCalled()
      const lastMask = Math.max(...core.setSecret.mock.invocationCallOrder)
      for (const fn of [core.warning, core.info, core.debug]) {
        for (const order of fn.mock.invocationCallOrder) expect(order).toBeGreaterThan(lastMask)
      }
    })

    it('masks both keys from the environment', () => {
      read(
        { provider: 'datadog-fleet', 'deployment-id': 'dep-1' },
        { DD_API_KEY: 'env-api-key', DD_APP_KEY: 'env-app-key' }
      )
      const masked = core.setSecret.mock.calls.map(([value]) => value)
      expect(masked).toEqual(expect.arrayContaining(['env-api-key', 'env-app-key']))
    })

    it('masks the keys even for an AWS provider with invalid inputs', () => {
      const problems = problemsOf(
        {
          provider: 'greengrass',
          'datadog-api-key': 'api-key-secret',
          'datadog-app-key': 'app-key-secret'
        },
        { DD_API_KEY: 'env-api-key', DD_APP_KEY: 'env-app-key' }
      )
      expect(problems.length).toBeGreaterThan(0)
      const masked = core.setSecret.mock.calls.map(([value]) => value)
      expect(masked).toEqual(
        expect.arrayContaining(['api-key-secret', 'app-key-secret', 'env-api-key', 'env-app-key'])
      )
    })

    it('masks the keys even when the provider itself is invalid', () => {
      problemsOf({
        provider: 'nope',
        'datadog-api-key': 'key-one-1',
        'datadog-app-key': 'key-two-2'
      })
      expect(core.setSecret).toHaveBeenCalledWith('key-one-1')
      expect(core.setSecret).toHaveBeenCalledWith('key-two-2')
    })

    it('never puts a key into a problem message', () => {
      const problems = problemsOf({
        ...DATADOG,
        'deployment-id': '',
        'datadog-site': 'bad site',
        'fail-on': 'bogus'
      })
      expect(problems.length).toBe(3)
      expect(problems.join('\n')).not.toMatch(/api-key-secret|app-key-secret/)
    })

    it('does not ask AWS providers for Datadog keys', () => {
      expect(read(GREENGRASS).datadog).toBeUndefined()
    })
  })

  describe('fail-on', () => {
    it('defaults to failed,not-found', () => {
      expect([...read(GREENGRASS).failOn].sort()).toEqual(['failed', 'not-found'])
    })

    it('takes none as the empty set', () => {
      expect(read({ ...GREENGRASS, 'fail-on': 'none' }).failOn.size).toBe(0)
    })

    it('takes a comma-separated list of outcomes', () => {
      expect(
        [...read({ ...GREENGRASS, 'fail-on': 'failed, not-cancellable ,cancelled' }).failOn].sort()
      ).toEqual(['cancelled', 'failed', 'not-cancellable'])
    })

    it.each(['bogus', 'failed,error', 'FAILED', 'none,failed'])('rejects %p', (text) => {
      const problem = problemOf({ ...GREENGRASS, 'fail-on': text })
      expect(problem).toMatch(/^fail-on .* is not an outcome/)
      expect(problem).toContain('not-cancellable')
    })

    it('names the unknown outcome', () => {
      expect(problemOf({ ...GREENGRASS, 'fail-on': 'failed,timeout' })).toMatch(
        /^fail-on "timeout" is not an outcome/
      )
    })
  })

  describe('max-concurrency', () => {
    it('defaults to 10', () => {
      expect(read(GREENGRASS).maxConcurrency).toBe(10)
    })

    it.each([
      ['1', 1],
      ['100', 100],
      ['25', 25]
    ])('accepts %p', (text, value) => {
      expect(read({ ...GREENGRASS, 'max-concurrency': text }).maxConcurrency).toBe(value)
    })

    it.each(['0', '101', '-1', '2.5', 'ten'])('rejects %p', (text) => {
      expect(problemOf({ ...GREENGRASS, 'max-concurrency': text })).toMatch(
        /^max-concurrency must be (a whole number )?from 1 to 100$/
      )
    })
  })

  describe('wait and dry-run', () => {
    it.each(PROVIDER_NAMES)('both default to false for %s', (provider) => {
      expect(read(BASE[provider])).toMatchObject({ wait: false, dryRun: false })
    })

    it.each([
      ['true', true],
      ['TRUE', true],
      ['False', false]
    ])('read wait %p as %p', (text, value) => {
      expect(read({ ...GREENGRASS, wait: text }).wait).toBe(value)
      expect(read({ ...GREENGRASS, 'dry-run': text }).dryRun).toBe(value)
    })

    it.each(['wait', 'dry-run'])('%s rejects anything but true or false', (name) => {
      expect(problemOf({ ...GREENGRASS, [name]: 'yes' })).toBe(`${name} must be true or false`)
    })

    it('refuses wait and dry-run together: a dry run sends no cancel to wait for', () => {
      expect(problemOf({ ...GREENGRASS, wait: 'true', 'dry-run': 'true' })).toBe(
        'wait and dry-run cannot both be true: a dry run sends no cancel to wait for'
      )
    })

    it('takes either one alone', () => {
      expect(read({ ...GREENGRASS, wait: 'true', 'dry-run': 'false' })).toMatchObject({
        wait: true,
        dryRun: false
      })
      expect(read({ ...GREENGRASS, wait: 'false', 'dry-run': 'true' })).toMatchObject({
        wait: false,
        dryRun: true
      })
    })
  })

  describe.each([
    ['wait-timeout-seconds', 'waitTimeoutSeconds', 1, 21_600, 600],
    ['timeout-seconds', 'timeoutSeconds', 1, 21_600, 120],
    ['max-attempts', 'maxAttempts', 1, 10, 5]
  ] as const)('%s', (name, key, min, max, fallback) => {
    it(`defaults to ${fallback}`, () => {
      expect(read(GREENGRASS)[key]).toBe(fallback)
      expect(read({ ...GREENGRASS, [name]: '  ' })[key]).toBe(fallback)
    })

    it.each([min, min + 1, max - 1, max])('accepts %p', (value) => {
      expect(read({ ...GREENGRASS, [name]: String(value) })[key]).toBe(value)
    })

    it('accepts leading zeros as the number they write', () => {
      expect(read({ ...GREENGRASS, [name]: `00${min}` })[key]).toBe(min)
    })

    it.each([min - 1, max + 1, 10 ** 20])('rejects %p, out of range', (value) => {
      expect(problemOf({ ...GREENGRASS, [name]: String(value) })).toBe(
        `${name} must be from ${min} to ${max}`
      )
    })

    it.each(['-1', '1.5', '1e3', 'ten', '0x5', '+3'])('rejects %p, not a whole number', (text) => {
      expect(problemOf({ ...GREENGRASS, [name]: text })).toBe(
        `${name} must be a whole number from ${min} to ${max}`
      )
    })
  })

  describe('iot-job', () => {
    it('takes job-id as its only target input, one target per job', () => {
      expect(read({ ...IOT_JOB, 'job-id': 'j1, j2\nj1' }).targets).toEqual([
        { label: 'j1', ids: { 'job-id': 'j1' } },
        { label: 'j2', ids: { 'job-id': 'j2' } }
      ])
    })

    it('checks job-id as iot-job-execution does', () => {
      expect(problemOf({ ...IOT_JOB, 'job-id': 'job.1' })).toBe(
        'job-id "job.1" may contain only letters, digits, "_" and "-"'
      )
      expect(problemOf({ ...IOT_JOB, 'job-id': 'x'.repeat(65) })).toMatch(
        /^job-id "x{65}" must be at most 64 characters$/
      )
    })

    it('reads force', () => {
      expect(read(IOT_JOB).force).toBe(false)
      expect(read({ ...IOT_JOB, force: 'true' }).force).toBe(true)
      expect(problemOf({ ...IOT_JOB, force: 'y' })).toBe('force must be true or false')
    })

    it('needs an AWS region', () => {
      expect(read(IOT_JOB).awsRegion).toBe('us-east-1')
    })
  })

  describe('reason-code', () => {
    it('is absent unless given', () => {
      expect(read(IOT_JOB).reasonCode).toBeUndefined()
    })

    it.each(['ROLLBACK', 'R', '9', '_', 'BAD_FIRMWARE_2', 'X'.repeat(128)])(
      'accepts %p',
      (code) => {
        expect(read({ ...IOT_JOB, 'reason-code': code }).reasonCode).toBe(code)
      }
    )

    it('rejects 129 characters', () => {
      expect(problemOf({ ...IOT_JOB, 'reason-code': 'X'.repeat(129) })).toBe(
        'reason-code must be at most 128 characters'
      )
    })

    it.each([
      'rollback',
      'Rollback',
      'BAD-FIRMWARE',
      'BAD FIRMWARE',
      'BAD.1',
      'A\u0007',
      'É',
      'Ⅻ',
      '٣'
    ])('rejects %p', (code) => {
      expect(problemOf({ ...IOT_JOB, 'reason-code': code })).toBe(
        'reason-code may contain only upper-case letters A-Z, digits and "_"'
      )
    })
  })

  describe('comment', () => {
    const RUN = {
      GITHUB_SERVER_URL: 'https://127.0.0.1:8443',
      GITHUB_REPOSITORY: 'octo/app',
      GITHUB_RUN_ID: '4242'
    }

    it('defaults to a line naming the repository and the workflow run', () => {
      expect(read(IOT_JOB, RUN).comment).toBe(
        'Cancelled by GitHub Actions: https://127.0.0.1:8443/octo/app/actions/runs/4242'
      )
    })

    it('assumes github.com when GITHUB_SERVER_URL is not set', () => {
      expect(read(IOT_JOB, { ...RUN, GITHUB_SERVER_URL: undefined }).comment).toBe(
        'Cancelled by GitHub Actions: https://github.com/octo/app/actions/runs/4242'
      )
    })

    it('still names the action outside a workflow run', () => {
      expect(read(IOT_JOB, {}).comment).toBe('Cancelled by GitHub Actions (cancel-deployment)')
      expect(read(IOT_JOB, { GITHUB_REPOSITORY: 'octo/app' }).comment).toBe(
        'Cancelled by GitHub Actions (cancel-deployment)'
      )
    })

    it('takes the comment as given, over the default', () => {
      expect(read({ ...IOT_JOB, comment: 'Rolled back: see OPS-12 ✓' }, RUN).comment).toBe(
        'Rolled back: see OPS-12 ✓'
      )
    })

    it('accepts 2028 characters and rejects 2029', () => {
      expect(read({ ...IOT_JOB, comment: 'c'.repeat(2028) }).comment).toHaveLength(2028)
      expect(problemOf({ ...IOT_JOB, comment: 'c'.repeat(2029) })).toBe(
        'comment must be at most 2028 characters'
      )
    })

    it.each([
      ['a newline', 'line 1\nline 2'],
      ['a tab', 'a\tb'],
      ['an escape', 'a\u001b[31mb'],
      ['a DEL', 'a\u007fb']
    ])('rejects %s', (_, text) => {
      expect(problemOf({ ...IOT_JOB, comment: text })).toBe(
        'comment must not contain control characters'
      )
    })

    it.each(PROVIDER_NAMES.filter((p) => p !== 'iot-job'))('is not set for %s', (provider) => {
      expect(read(BASE[provider], RUN).comment).toBeUndefined()
    })
  })

  describe('inputs a provider does not use', () => {
    it.each([
      ['force', 'true'],
      ['expected-version', '3'],
      ['status-details', 'a=b'],
      ['thing-name', 'thing-1'],
      ['job-id', 'job-1'],
      ['service-name', 'svc']
    ])('warns that greengrass ignores %s', (name, value) => {
      const inputs = read({ ...GREENGRASS, [name]: value })
      expect(warnings()).toEqual([`${name} is ignored: provider greengrass does not use it`])
      expect(inputs.force).toBe(false)
      expect(inputs.expectedVersion).toBeUndefined()
      expect(inputs.statusDetails).toBeUndefined()
    })

    it('does not validate an option the provider ignores', () => {
      expect(read({ ...DATADOG, force: 'maybe', 'expected-version': '-4' }).force).toBe(false)
      expect(warnings()).toEqual([
        'force is ignored: provider datadog-fleet does not use it',
        'expected-version is ignored: provider datadog-fleet does not use it'
      ])
    })

    it('warns that iot-job-execution ignores deployment-id', () => {
      read({ ...IOT, 'deployment-id': 'd-1' })
      expect(warnings()).toEqual([
        'deployment-id is ignored: provider iot-job-execution does not use it'
      ])
    })

    it('does not warn about inputs the provider uses', () => {
      read({ ...IOT, force: 'true', 'expected-version': '1', 'status-details': 'a=b' })
      expect(core.warning).not.toHaveBeenCalled()
    })

    // The runner sets INPUT_<NAME> for every input with an action.yml default, on every run:
    // a default on a provider-specific input would make every other provider warn.
    it.each(PROVIDER_NAMES)('does not warn %s about action.yml defaults', (provider) => {
      const defaults = Object.fromEntries(
        Object.entries(actionYml.inputs)
          .filter(([, spec]) => spec.default !== undefined)
          .map(([name, spec]) => [name, String(spec.default)])
      )
      expect(Object.keys(defaults).length).toBeGreaterThan(0)
      read({ ...defaults, ...BASE[provider] })
      expect(warnings()).toEqual([])
    })

    it('warns about force: false given explicitly to a provider without the option', () => {
      read({ ...GREENGRASS, force: 'false' })
      expect(warnings()).toEqual(['force is ignored: provider greengrass does not use it'])
    })

    it.each(['datadog-site', 'datadog-api-key', 'datadog-app-key'])(
      'warns about %s given to an AWS provider',
      (name) => {
        read({ ...GREENGRASS, [name]: name === 'datadog-site' ? 'datadoghq.eu' : 'k' })
        expect(warnings()).toEqual([`${name} is ignored: provider greengrass does not use it`])
      }
    )

    it('warns about aws-region given to datadog-fleet, and does not check it', () => {
      const inputs = read({ ...DATADOG, 'aws-region': 'not a region' })
      expect(warnings()).toEqual(['aws-region is ignored: provider datadog-fleet does not use it'])
      expect(inputs.awsRegion).toBeUndefined()
    })

    it('never puts an ignored Datadog key into a warning', () => {
      read({ ...GREENGRASS, 'datadog-api-key': 'api-key-secret' })
      expect(warnings().join('\n')).not.toContain('api-key-secret')
    })

    it.each([
      ['thing-name', 'thing-1'],
      ['expected-version', '1'],
      ['status-details', 'a=b']
    ])('warns that iot-job ignores %s', (name, value) => {
      read({ ...IOT_JOB, [name]: value })
      expect(warnings()).toEqual([`${name} is ignored: provider iot-job does not use it`])
    })

    it.each([
      ['reason-code', 'ROLLBACK'],
      ['comment', 'why']
    ])('warns that iot-job-execution ignores %s and does not read it', (name, value) => {
      const inputs = read({ ...IOT, [name]: value })
      expect(warnings()).toEqual([`${name} is ignored: provider iot-job-execution does not use it`])
      expect(inputs.reasonCode).toBeUndefined()
      expect(inputs.comment).toBeUndefined()
    })
  })

  describe('several problems', () => {
    it('reports every problem in one InputError, each starting with its input name', () => {
      setInputs({
        provider: 'iot-job-execution',
        'thing-name': 'bad thing',
        'job-id': '',
        force: 'yes',
        'expected-version': '-1',
        'status-details': '{"a": 1}',
        'endpoint-url': 'ftp://x',
        'fail-on': 'sometimes',
        'max-concurrency': '0',
        wait: 'soon',
        'wait-timeout-seconds': '0',
        'dry-run': 'maybe',
        'timeout-seconds': '21601',
        'max-attempts': '11'
      })
      let thrown: unknown
      try {
        readInputs({})
      } catch (error) {
        thrown = error
      }
      expect(thrown).toBeInstanceOf(InputError)
      const error = thrown as InstanceType<typeof InputError>
      const names = [
        'thing-name',
        'job-id',
        'force',
        'expected-version',
        'status-details',
        'endpoint-url',
        'fail-on',
        'max-concurrency',
        'wait',
        'wait-timeout-seconds',
        'dry-run',
        'timeout-seconds',
        'max-attempts',
        'aws-region'
      ]
      expect(error.problems).toHaveLength(names.length)
      for (const name of names) {
        expect(error.problems.filter((p) => p.startsWith(`${name} `))).toHaveLength(1)
      }
      expect(error.message).toBe(`Input error: ${error.problems.join('; ')}`)
      expect(error.name).toBe('InputError')
    })

    it('returns typed values when everything is valid', () => {
      expect(
        read({
          ...IOT,
          force: 'TRUE',
          'expected-version': '4',
          'status-details': 'reason=ops',
          'fail-on': 'failed',
          'max-concurrency': '3',
          wait: 'true',
          'wait-timeout-seconds': '30',
          'timeout-seconds': '45',
          'max-attempts': '2'
        })
      ).toEqual({
        provider: 'iot-job-execution',
        targets: [{ label: 'thing-1/job-1', ids: { 'thing-name': 'thing-1', 'job-id': 'job-1' } }],
        force: true,
        expectedVersion: 4,
        statusDetails: { reason: 'ops' },
        awsRegion: 'us-east-1',
        failOn: new Set(['failed']),
        maxConcurrency: 3,
        wait: true,
        waitTimeoutSeconds: 30,
        dryRun: false,
        timeoutSeconds: 45,
        maxAttempts: 2,
        reach: 'counts'
      })
    })
  })

  describe('reach', () => {
    it('is counts by default, takes devices and none, and refuses anything else', () => {
      const base = { provider: 'greengrass', 'deployment-id': 'd' }
      const env = { AWS_REGION: 'us-east-1' }
      Object.assign(core.inputs, base)
      expect(readInputs(env).reach).toBe('counts')
      for (const level of ['devices', 'none'] as const) {
        core.resetCore()
        Object.assign(core.inputs, { ...base, reach: level })
        expect(readInputs(env).reach).toBe(level)
      }
      core.resetCore()
      Object.assign(core.inputs, { ...base, reach: 'all' })
      expect(() => readInputs(env)).toThrow(/reach.*must be counts, devices or none/)
    })
  })

  describe('the GitHub deployment', () => {
    const RUNNER: Env = {
      GITHUB_REPOSITORY: 'octo/app',
      GITHUB_RUN_ID: '4242',
      GITHUB_SERVER_URL: 'https://github.com'
    }
    const TOKEN = 'ghs_0123456789abcdefghijklmnopqrstuvwxyz'

    it('is not read without github-deployment-id or github-environment, even with a token', () => {
      expect(read({ ...GREENGRASS, 'github-token': TOKEN }, RUNNER).github).toBeUndefined()
    })

    it('names the deployment by id, with the run as log_url and the default state', () => {
      expect(
        read({ ...GREENGRASS, 'github-deployment-id': '1234', 'github-token': TOKEN }, RUNNER)
          .github
      ).toEqual({
        deploymentId: 1234,
        token: TOKEN,
        state: 'inactive',
        owner: 'octo',
        repo: 'app',
        apiUrl: 'https://api.github.com',
        logUrl: 'https://github.com/octo/app/actions/runs/4242'
      })
    })

    it('names it by environment, on GitHub Enterprise Server', () => {
      const github = read(
        {
          ...GREENGRASS,
          'github-environment': 'production',
          'github-token': TOKEN,
          'github-deployment-state': 'failure'
        },
        {
          ...RUNNER,
          GITHUB_SERVER_URL: 'https://127.0.0.1:8443/',
          GITHUB_API_URL: 'https://127.0.0.1:8443/api/v3/'
        }
      ).github
      expect(github).toMatchObject({
        environment: 'production',
        state: 'failure',
        apiUrl: 'https://127.0.0.1:8443/api/v3',
        logUrl: 'https://127.0.0.1:8443/octo/app/actions/runs/4242'
      })
      expect(github).not.toHaveProperty('deploymentId')
    })

    it('takes github-api-url over GITHUB_API_URL, which a workflow cannot override', () => {
      const values = {
        ...GREENGRASS,
        'github-deployment-id': '1',
        'github-token': TOKEN,
        'github-api-url': 'http://127.0.0.1:4010/'
      }
      expect(
        read(values, { ...RUNNER, GITHUB_API_URL: 'https://api.github.com' }).github?.apiUrl
      ).toBe('http://127.0.0.1:4010')
    })

    it('warns that the token travels in clear to a plain-http API URL that is not loopback (parsed only: nothing is sent)', () => {
      const values = { ...GREENGRASS, 'github-deployment-id': '1', 'github-token': TOKEN }
      read({ ...values, 'github-api-url': 'http://github.corp/api/v3' }, RUNNER)
      expect(warnings()).toEqual([
        'github-api-url is plain http:// to github.corp: the GitHub token travels unencrypted to it. Use https:// unless it is a relay inside your own network.'
      ])
      core.warning.mockClear()
      read(values, { ...RUNNER, GITHUB_API_URL: 'http://github.corp:8080/api/v3' })
      expect(warnings()).toEqual([
        expect.stringMatching(
          /^github-api-url \(from GITHUB_API_URL\) is plain http:\/\/ to github.corp:8080: the GitHub token travels unencrypted/
        )
      ])
      core.warning.mockClear()
      for (const url of ['http://127.0.0.1:4010', 'http://localhost:4010', 'http://[::1]:4010']) {
        read({ ...values, 'github-api-url': url }, RUNNER)
      }
      expect(warnings()).toEqual([])
    })

    it('names where a bad API URL came from', () => {
      const values = { ...GREENGRASS, 'github-deployment-id': '1', 'github-token': TOKEN }
      expect(problemOf({ ...values, 'github-api-url': 'ftp://x' }, RUNNER)).toMatch(
        /^github-api-url must be an http/
      )
      expect(problemOf(values, { ...RUNNER, GITHUB_API_URL: 'nonsense' })).toMatch(
        /^github-api-url \(from GITHUB_API_URL\) must be an http/
      )
    })

    it('masks the token at once, when a deployment is named', () => {
      problemsOf({ ...GREENGRASS, 'github-environment': 'prod', 'github-token': TOKEN, wait: 'x' })
      expect(core.setSecret).toHaveBeenCalledWith(TOKEN)
      const lastMask = Math.max(...core.setSecret.mock.invocationCallOrder)
      for (const fn of [core.warning, core.info, core.debug]) {
        for (const order of fn.mock.invocationCallOrder) expect(order).toBeGreaterThan(lastMask)
      }
    })

    it("leaves an unused token (action.yml's default, which the runner masks) alone", () => {
      read({ ...GREENGRASS, 'github-token': TOKEN })
      expect(core.setSecret).not.toHaveBeenCalled()
    })

    it('refuses a missing token, naming github-token', () => {
      expect(problemOf({ ...GREENGRASS, 'github-deployment-id': '7' }, RUNNER)).toMatch(
        /^github-token is not set/
      )
    })

    it('refuses both ways of naming the deployment at once', () => {
      expect(
        problemOf(
          {
            ...GREENGRASS,
            'github-deployment-id': '7',
            'github-environment': 'production',
            'github-token': TOKEN
          },
          RUNNER
        )
      ).toMatch(/^github-deployment-id and github-environment both name/)
    })

    it.each(['0', '-3', '12a', '1.5', '99999999999999999999'])(
      'refuses github-deployment-id %p',
      (id) => {
        expect(
          problemOf({ ...GREENGRASS, 'github-deployment-id': id, 'github-token': TOKEN }, RUNNER)
        ).toMatch(/^github-deployment-id /)
      }
    )

    it.each(['success', 'Inactive', 'cancelled', 'in_progress'])(
      'refuses github-deployment-state %p',
      (state) => {
        expect(
          problemOf(
            {
              ...GREENGRASS,
              'github-deployment-id': '7',
              'github-token': TOKEN,
              'github-deployment-state': state
            },
            RUNNER
          )
        ).toBe('github-deployment-state must be inactive, failure or error')
      }
    )

    it('refuses an environment name with control characters', () => {
      expect(
        problemOf(
          { ...GREENGRASS, 'github-environment': 'prod\u0007', 'github-token': TOKEN },
          RUNNER
        )
      ).toMatch(/^github-environment must not contain control characters/)
    })

    it('needs the runner to say which repository', () => {
      const values = { ...GREENGRASS, 'github-deployment-id': '7', 'github-token': TOKEN }
      expect(problemOf(values, {})).toBe(
        "github-deployment-id needs GITHUB_REPOSITORY (set by the runner) to name the deployment's repository: it is not set"
      )
      expect(problemOf(values, { GITHUB_REPOSITORY: 'just-a-name' })).toMatch(
        /^github-deployment-id needs GITHUB_REPOSITORY .*: it is not owner\/repository$/
      )
    })

    it('warns that github-deployment-state is ignored when no deployment is named', () => {
      read({ ...GREENGRASS, 'github-deployment-state': 'failure' }, RUNNER)
      expect(warnings()).toEqual([expect.stringMatching(/^github-deployment-state is ignored/)])
    })
  })

  describe('shard with a GitHub deployment', () => {
    it.each([
      ['github-deployment-id', '42'],
      ['github-environment', 'production']
    ])('is an input error with %s: a shard sees only part of the rollout', (input, value) => {
      setInputs({
        provider: 'greengrass',
        'deployment-id': 'd-1,d-2',
        'aws-region': 'us-east-1',
        shard: '1/2',
        [input]: value,
        'github-token': 'ghs_0123456789abcdefghij'
      })
      expect(() => readInputs({ GITHUB_REPOSITORY: 'o/r' })).toThrow(
        new RegExp(
          `shard cannot be combined with ${input}: .*mark the GitHub deployment in a job after the matrix`
        )
      )
    })
  })
})
