/**
 * src/inputs/: every rule of CONTRACT.md's Inputs table, read through the @actions/core stub with
 * an explicit environment (never process.env). Most rules are tables: a row is what a user types
 * and what they get back, or the message that refuses it.
 */
import { jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
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
type Want = string | RegExp

const region = { 'aws-region': 'us-east-1' }
const GREENGRASS: Values = { provider: 'greengrass', 'deployment-id': 'd-1', ...region }
const SERVICE: Values = { provider: 'proton-service-pipeline', 'service-name': 'svc', ...region }
const ENVIRONMENT: Values = { provider: 'proton-environment', 'environment-name': 'env', ...region }
const IOT: Values = {
  provider: 'iot-job-execution',
  'thing-name': 'thing-1',
  'job-id': 'job-1',
  ...region
}
const IOT_JOB: Values = { provider: 'iot-job', 'job-id': 'job-1', ...region }
const DATADOG_NO_KEYS: Values = { provider: 'datadog-fleet', 'deployment-id': 'dep-1' }
const DATADOG: Values = {
  ...DATADOG_NO_KEYS,
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

/** The words of a table written as text (values without blanks). */
const words = (text: string): string[] => text.trim().split(/\s+/)

/** A table row, typed as a tuple. */
const row = <T extends unknown[]>(...cells: T): T => cells

/** `values` without the named inputs. */
function without(values: Values, ...names: string[]): Values {
  const rest = { ...values }
  for (const name of names) delete rest[name]
  return rest
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

/** Expects these inputs to be refused with this one message (exactly, or matching). */
function refuses(values: Values, want: Want, env: Env = {}): void {
  const problem = problemOf(values, env)
  if (typeof want === 'string') expect(problem).toBe(want)
  else expect(problem).toMatch(want)
}

function warnings(): string[] {
  return core.warning.mock.calls.map(([message]) => String(message))
}

function labels(values: Values): string[] {
  return read(values).targets.map((t) => t.label)
}

/** Expects nothing to be logged before the last setSecret call. */
function expectMaskedFirst(): void {
  const lastMask = Math.max(...core.setSecret.mock.invocationCallOrder)
  for (const fn of [core.warning, core.info, core.debug]) {
    for (const order of fn.mock.invocationCallOrder) expect(order).toBeGreaterThan(lastMask)
  }
}

describe('inputs.ts', () => {
  beforeEach(() => core.resetCore())

  describe('provider', () => {
    it.each([undefined, ...words('gcp Greengrass greengrass-v2 iot-jobs')])(
      'refuses the provider %p, listing the valid names',
      (provider) => {
        const missing = provider === undefined
        const problem = problemOf(
          missing ? without(GREENGRASS, 'provider') : { ...GREENGRASS, provider }
        )
        expect(problem).toMatch(
          missing ? /^provider is required/ : new RegExp(`^provider "${provider}" is not one of`)
        )
        for (const name of PROVIDER_NAMES) expect(problem).toContain(name)
      }
    )

    it('offers the six providers of the contract', () => {
      expect([...PROVIDER_NAMES].sort()).toEqual(
        words('greengrass proton-service-pipeline proton-environment iot-job-execution iot-job')
          .concat('datadog-fleet')
          .sort()
      )
    })

    it.each([
      [GREENGRASS, 'deployment-id', undefined],
      [SERVICE, 'service-name', undefined],
      [ENVIRONMENT, 'environment-name', undefined],
      [IOT, 'thing-name', undefined],
      [IOT, 'job-id', undefined],
      [IOT_JOB, 'job-id', undefined],
      [DATADOG, 'deployment-id', undefined],
      [GREENGRASS, 'deployment-id', ' , \n ,']
    ])('%# requires its target input %s (blanks and commas are missing)', (base, name, blank) => {
      const values = blank === undefined ? without(base, name) : { ...base, [name]: blank }
      refuses(values, `${name} is required for this provider`)
    })
  })

  describe('deployment-id', () => {
    it.each<[Values, string]>([
      ...words('d-1 a/b ../../admin %2F..%2F id?x=1#frag dépl😀iement ... .x x. ..x ./..').map(
        (id) => row(GREENGRASS, id)
      ),
      [GREENGRASS, 'with space'],
      [DATADOG, '../x/%2e%2e']
    ])(
      '%# accepts %p unchanged: any characters, and dots that name one path segment',
      (base, id) => {
        expect(read({ ...base, 'deployment-id': id }).targets).toEqual([
          { label: id, ids: { 'deployment-id': id } }
        ])
      }
    )

    it.each([
      [GREENGRASS, '.'],
      [GREENGRASS, '..'],
      [GREENGRASS, ' .. '],
      [DATADOG, '.'],
      [DATADOG, '..'],
      [GREENGRASS, 'd-1\n..\nd-2']
    ])('%# refuses %p, which would change the URL path, and sends none', (base, id) => {
      const dots = id.includes('\n') ? '..' : id.trim()
      refuses(
        { ...base, 'deployment-id': id },
        `deployment-id "${dots}" cannot be sent: "." and ".." would change the URL path instead of naming a deployment`
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
      refuses(
        { ...base, [name]: 'x'.repeat(101) },
        new RegExp(`^${name} "x{101}" must be at most 100 characters$`)
      )
    })

    it.each(words('_svc -svc svc.1 svc/1 svc:1 sérvice'))('rejects %p', (value) => {
      const problem = problemOf({ ...base, [name]: value })
      expect(problem).toMatch(new RegExp(`^${name} `))
      expect(problem).toContain(`"${value}"`)
      expect(problem).toContain('must start with a letter or digit')
    })
  })

  describe.each([
    ['thing-name', IOT, 128, 't thing:1_a-B', 'thing.1 thing/1 thïng', '":", "_" and "-"'],
    ['job-id', IOT, 64, 'j job_1-A', 'job:1 job.1 job/1', '"_" and "-"'],
    ['job-id', IOT_JOB, 64, 'j job_1-A', 'job:1 job.1 job/1', '"_" and "-"']
  ])('%s of %j', (name, base, max, good, bad, allowed) => {
    it.each([...words(good), 'x'.repeat(max)])('accepts %p', (value) => {
      expect(read({ ...base, [name]: value }).targets[0]!.ids).toMatchObject({ [name]: value })
    })

    it(`rejects ${max + 1} characters`, () => {
      refuses(
        { ...base, [name]: 'x'.repeat(max + 1) },
        new RegExp(`^${name} "x{${max + 1}}" must be at most ${max} characters$`)
      )
    })

    it.each([...words(bad), 'with space'])('rejects %p', (value) => {
      refuses(
        { ...base, [name]: value },
        `${name} "${value}" may contain only letters, digits, ${allowed}`
      )
    })
  })

  describe('several targets', () => {
    it('reports a bad thing-name and a bad job-id together', () => {
      const problems = problemsOf({ ...IOT, 'thing-name': 'a.b', 'job-id': 'c.d' })
      expect(problems).toHaveLength(2)
      expect(problems[0]).toMatch(/^thing-name "a\.b"/)
      expect(problems[1]).toMatch(/^job-id "c\.d"/)
    })

    it('takes one value per line or comma-separated, dropping blanks and duplicates', () => {
      expect(labels({ ...GREENGRASS, 'deployment-id': 'a, b\n\n c ,a,,\nb\r\nd' })).toEqual(
        words('a b c d')
      )
      expect(read({ ...IOT_JOB, 'job-id': 'j1, j2\nj1' }).targets).toEqual([
        { label: 'j1', ids: { 'job-id': 'j1' } },
        { label: 'j2', ids: { 'job-id': 'j2' } }
      ])
    })

    it('names the bad value among several', () => {
      refuses({ ...SERVICE, 'service-name': 'ok-1,bad.name,ok-2' }, /^service-name "bad\.name" /)
    })

    it('makes every (thing, job) pair one target labelled thing/job, duplicates dropped first', () => {
      const inputs = read({ ...IOT, 'thing-name': 't1\nt2', 'job-id': 'j1, j2, j3' })
      expect(inputs.targets.map((t) => t.label)).toEqual(
        words('t1/j1 t1/j2 t1/j3 t2/j1 t2/j2 t2/j3')
      )
      expect(inputs.targets[4]).toEqual({
        label: 't2/j2',
        ids: { 'thing-name': 't2', 'job-id': 'j2' }
      })
      expect(labels({ ...IOT, 'thing-name': 't1,t1', 'job-id': 'j1\nj1' })).toEqual(['t1/j1'])
    })

    const ids = (n: number, prefix = 'd') => Array.from({ length: n }, (_, i) => `${prefix}${i}`)

    it(`takes exactly ${MAX_TARGETS} targets and rejects one more, naming the input and the limit`, () => {
      expect(MAX_TARGETS).toBe(100_000)
      expect(read({ ...GREENGRASS, 'deployment-id': ids(100_000).join(',') }).targets).toHaveLength(
        100_000
      )
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
    const onlyFile = (base: Values, name: string, path: string) => ({
      ...without(base, name),
      'targets-file': path
    })

    it('refuses what is not a regular file before reading it: a FIFO does not hang the step', () => {
      const fifo = join(dir, 'pipe')
      execFileSync('mkfifo', [fifo])
      refuses(
        { ...GREENGRASS, 'targets-file': fifo },
        /^targets-file ".*pipe" cannot be read \(it is a FIFO \(named pipe\), not a regular file\)/
      )
      refuses({ ...GREENGRASS, 'targets-file': dir }, /it is a folder, not a regular file/)
      refuses(
        { ...GREENGRASS, 'targets-file': join(dir, 'missing.txt') },
        /^targets-file ".*missing.txt" cannot be read \(ENOENT/
      )
    })

    it.each(words('/proc/self/status /dev/zero /sys/kernel/mm'))(
      'refuses %s: readable, but a system file and not a list',
      (path) => {
        refuses(
          { ...GREENGRASS, 'targets-file': path },
          /is a system file under \/proc, \/sys or \/dev, not a list of targets/
        )
      }
    )

    // prettier-ignore
    it.each([
      ['UTF-16 with a BOM', Buffer.from('\ufeffd-1\nd-2\n', 'utf16le'), /line 1: the file is UTF-16/],
      ['UTF-16 without a BOM', Buffer.from('d-1\nd-2\n', 'utf16le'), /line 1 holds a NUL byte/],
      ['a NUL byte', Buffer.from('d-1\nd-\u00002\n'), /line 2 holds a NUL byte/],
      [
        'invalid UTF-8',
        Buffer.concat([Buffer.from('d-1\nd-2\n'), Buffer.from([0xc3, 0x28, 0x0a])]),
        /line 3: the file is not valid UTF-8/
      ],
      ['a line of 1 MB', Buffer.from(`d-1\n${'x'.repeat(1 << 20)}\n`), /line 2 is longer than 65536 characters/]
    ])('refuses %s, naming the line', (_what, bytes, problem) => {
      refuses({ ...GREENGRASS, 'targets-file': file('encoded.txt', bytes) }, problem)
    })

    it.each([
      ['CR-only line endings, a UTF-8 BOM dropped', '\ufeffd-1\rd-2\r\rd-3\r', '', 'd-1 d-2 d-3'],
      [
        'CR/LF, blanks and duplicates dropped, commas kept, after the input',
        'd-2\r\n\r\n  d-3  \nd-1\nd,4\n\td-2\n\nd-5',
        'd-1',
        'd-1 d-2 d-3 d,4 d-5'
      ],
      ['the file standing in for the target input', 'd-9\n', '', 'd-9']
    ])('reads one id per line: %s', (_, text, input, want) => {
      const path = file('ids.txt', text)
      const values = { ...onlyFile(GREENGRASS, 'deployment-id', path), 'deployment-id': input }
      expect(labels(values)).toEqual(words(want))
    })

    it('is read relative to GITHUB_WORKSPACE', () => {
      file('relative.txt', 'svc-a\nsvc-b\n')
      setInputs(onlyFile(SERVICE, 'service-name', 'relative.txt'))
      const inputs = readInputs({ GITHUB_WORKSPACE: dir })
      expect(inputs.targets.map((t) => t.label)).toEqual(['svc-a', 'svc-b'])
    })

    it('holds thing names for iot-job-execution, each paired with every job-id', () => {
      const path = file('things.txt', 'thing-a\nthing-b\n')
      expect(labels({ ...onlyFile(IOT, 'thing-name', path), 'job-id': 'j1,j2' })).toEqual(
        words('thing-a/j1 thing-a/j2 thing-b/j1 thing-b/j2')
      )
    })

    it('streams 100,050 lines across many read chunks: two shards are needed, and the message says so', () => {
      const lines = Array.from({ length: 100_050 }, (_, i) => `deployment-ünïcode-${i}`)
      const rest = onlyFile(GREENGRASS, 'deployment-id', file('huge.txt', lines.join('\n')))
      refuses(
        rest,
        /^targets-file .*: deployment-id name 100050 targets; a step takes at most 100000: split the list with shard K\/N across 2 or more jobs \(N ≥ 2\)$/
      )
      const half = read({ ...rest, shard: '2/2' })
      expect(half.targets).toHaveLength(50_025)
      expect(half.targets[0]!.label).toBe('deployment-ünïcode-1')
      expect(half.targets[27_160]!.label).toBe('deployment-ünïcode-54321')
      expect(half.targets.at(-1)!.label).toBe('deployment-ünïcode-100049')
      expect(half.shard).toEqual({ index: 2, count: 2, of: 100_050 })
      // One shard too few is refused with the count it leaves, and the count that fits.
      refuses({ ...rest, shard: '1/1' }, /shard 1\/1 leaves 100050 of them; .*N ≥ 2\)$/)
    })

    it('reads a 1,000,000-line file for a matrix of 10 shards, and refuses one line more without reading on', () => {
      const path = file('million.txt', '')
      for (let start = 0; start < 1_000_000; start += 100_000) {
        const lines = Array.from({ length: 100_000 }, (_, i) => `dep-${start + i}\n`)
        appendFileSync(path, lines.join(''))
      }
      const rest = onlyFile(GREENGRASS, 'deployment-id', path)
      const tenth = read({ ...rest, shard: '10/10' })
      expect(tenth.targets).toHaveLength(100_000)
      expect(tenth.targets[0]!.label).toBe('dep-9')
      expect(tenth.targets.at(-1)!.label).toBe('dep-999999')
      expect(tenth.shard?.of).toBe(1_000_000)
      appendFileSync(path, 'dep-extra\n')
      refuses(
        { ...rest, shard: '10/10' },
        /^targets-file .* names more than 1000000 targets; a list holds at most 1000000/
      )
    })

    it('shards thing × job pairs by their position in the whole list', () => {
      const path = file('things.txt', 't1\nt2\nt3\n')
      // Positions 0..5: t1/j1 t1/j2 t2/j1 t2/j2 t3/j1 t3/j2; shard 2/3 takes 1 and 4.
      expect(
        labels({ ...onlyFile(IOT, 'thing-name', path), 'job-id': 'j1,j2', shard: '2/3' })
      ).toEqual(['t1/j2', 't3/j1'])
    })

    it('names the line of a bad value', () => {
      const path = file('bad.txt', 'thing-1\nthing-2\n\nthing 4\n')
      refuses(
        onlyFile(IOT, 'thing-name', path),
        'targets-file line 4: thing-name "thing 4" may contain only letters, digits, ":", "_" and "-"'
      )
    })
  })

  describe('shard', () => {
    const ten = Array.from({ length: 10 }, (_, i) => `d${i}`).join('\n')

    it('takes the positions whose remainder by N is K-1, after duplicates are dropped', () => {
      expect(labels({ ...GREENGRASS, 'deployment-id': `d0\n${ten}`, shard: '2/3' })).toEqual(
        words('d1 d4 d7')
      )
      expect(read({ ...GREENGRASS, 'deployment-id': ten, shard: '3/4' }).shard).toEqual({
        index: 3,
        count: 4,
        of: 10
      })
    })

    it('splits a list across N jobs, each target in exactly one', () => {
      const seen: string[] = []
      for (let k = 1; k <= 4; k++)
        seen.push(...labels({ ...GREENGRASS, 'deployment-id': ten, shard: `${k}/4` }))
      expect(seen.sort()).toEqual(ten.split('\n').sort())
    })

    it.each(words('0/4 5/4 1/257 4 1/0 a/b -1/2 1.5/3'))('rejects %p', (text) => {
      refuses({ ...GREENGRASS, shard: text }, /^shard ".*" is not K\/N with 1 ≤ K ≤ N ≤ 256/)
    })

    it.each([
      ['github-deployment-id', '42'],
      ['github-environment', 'production']
    ])('is an input error with %s: a shard sees only part of the rollout', (input, value) => {
      setInputs({
        ...GREENGRASS,
        'deployment-id': 'd-1,d-2',
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

  describe.each([
    ['force', 'force', IOT],
    ['force', 'force', IOT_JOB],
    ['wait', 'wait', GREENGRASS],
    ['dry-run', 'dryRun', GREENGRASS]
  ] as const)('%s (%s) of %j', (name, key, base) => {
    it.each([
      ['', false],
      ['true', true],
      ['True', true],
      ['TRUE', true],
      ['false', false],
      ['False', false],
      ['FALSE', false]
    ])('reads %p as %p (false when not given)', (text, value) => {
      expect(read({ ...base, [name]: text })[key]).toBe(value)
    })

    it.each(words('yes 1 on tRUE no 0'))('rejects %p', (text) => {
      refuses({ ...base, [name]: text }, `${name} must be true or false`)
    })
  })

  describe('wait and dry-run', () => {
    it.each(PROVIDER_NAMES)('both default to false for %s', (provider) => {
      expect(read(BASE[provider])).toMatchObject({ wait: false, dryRun: false })
    })

    it('refuses both together: a dry run sends no cancel to wait for; takes either one alone', () => {
      refuses(
        { ...GREENGRASS, wait: 'true', 'dry-run': 'true' },
        'wait and dry-run cannot both be true: a dry run sends no cancel to wait for'
      )
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

  describe('expected-version', () => {
    it.each([
      ['', undefined],
      ['0', 0],
      ['7', 7],
      ['9007199254740991', Number.MAX_SAFE_INTEGER]
    ])('reads %p as %p (absent unless given)', (text, value) => {
      expect(read({ ...IOT, 'expected-version': text }).expectedVersion).toBe(value)
    })

    it.each(words('-1 1.5 abc 1e3 0x10'))('rejects %p', (text) => {
      refuses({ ...IOT, 'expected-version': text }, /^expected-version must be a whole number/)
    })
  })

  describe('status-details', () => {
    const pairs = (n: number) => Array.from({ length: n }, (_, i) => `k${i}=v${i}`).join('\n')
    const key = 'k'.repeat(128)
    const value = 'v'.repeat(1024)

    // prettier-ignore
    it.each([
      ['absent unless given', '', undefined],
      [
        'a JSON object of strings',
        '{"reason": "rollback", "ticket:id": "OPS-1"}',
        { reason: 'rollback', 'ticket:id': 'OPS-1' }
      ],
      [
        'key=value lines, trimmed around the first "="',
        'reason = rollback now\n\nurl=https://x/?a=b\r\nk_1=v',
        { reason: 'rollback now', url: 'https://x/?a=b', k_1: 'v' }
      ],
      ['the same text inside two values, no repeat', '{"a":"x\\":\\"","b":"a"}', { a: 'x":"', b: 'a' }],
      ['a key of 128 characters and a value of 1024', `${key}=${value}`, { [key]: value }],
      ['non-ASCII text in a value', 'reason=Rückruf 🚧', { reason: 'Rückruf 🚧' }],
      ['10 pairs', pairs(10), Object.fromEntries(words(pairs(10)).map((p) => p.split('=')))]
    ])('accepts %s', (_, text, details) => {
      expect(read({ ...IOT, 'status-details': text }).statusDetails).toEqual(details)
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

    const eleven = JSON.stringify(
      Object.fromEntries(
        pairs(11)
          .split('\n')
          .map((p) => p.split('='))
      )
    )
    const chars = 'may contain only letters, digits, ":", "_" and "-"'
    // prettier-ignore
    it.each([
      ['11 pairs', pairs(11), 'has 11 pairs; at most 10 are allowed'],
      ['11 JSON pairs', eleven, 'has 11 pairs; at most 10 are allowed'],
      ['invalid JSON', '{"a": "b"', 'is not valid JSON'],
      ['a number value', '{"a": 1}', 'value of "a" must be a string'],
      ['a boolean value', '{"a": true}', 'value of "a" must be a string'],
      ['a null value', '{"a": null}', 'value of "a" must be a string'],
      ['an object value', '{"a": {"b": "c"}}', 'value of "a" must be a string'],
      ['an array value', '{"a": ["b"]}', 'value of "a" must be a string'],
      ['a JSON array', '["a"]', /^status-details must be a JSON object .* not a JSON array$/],
      ['a key twice in JSON', '{"reason":"a","reason":"b"}', 'has the key "reason" more than once'],
      ['a key twice in JSON, escaped', '{"reason":"a","re\\u0061son":"b"}', 'has the key "reason" more than once'],
      ['a key twice in lines', 'reason=a\nrun=1\nreason=b', 'has the key "reason" more than once'],
      ['a line that is not key=value', 'a=b\njust text', 'line "just text" is not key=value'],
      ['a key with a space', 'a b=v', `key "a b" ${chars}`],
      ['a key with a dot', 'a.b=v', `key "a.b" ${chars}`],
      ['a JSON key with a slash', '{"a/b": "v"}', `key "a/b" ${chars}`],
      ['the first bad pair among good ones', 'ok=1\nbad key=2\nalso bad=3', `key "bad key" ${chars}`],
      ['an empty key', '=v', 'key "" is empty'],
      ['an empty JSON key', '{"": "v"}', 'key "" is empty'],
      [
        'a key of 129 characters',
        `${'k'.repeat(129)}=v`,
        /^status-details key "k{1,129}" is longer than 128 characters$/
      ],
      ['a value of 1025 characters', `k=${'v'.repeat(1025)}`, 'value of "k" is longer than 1024 characters'],
      ['an empty value', 'k=', 'value of "k" is empty'],
      ['an empty JSON value', '{"k": ""}', 'value of "k" is empty'],
      ['a tab inside a value', 'k=a\tb', 'value of "k" contains control characters'],
      ['a newline in a JSON value', '{"k": "a\\nb"}', 'value of "k" contains control characters'],
      ['a BEL in a JSON value', '{"k": "a\\u0007b"}', 'value of "k" contains control characters'],
      ['a DEL in a value', 'k=a\u007fb', 'value of "k" contains control characters'],
      ['a C1 control in a JSON value', '{"k": "a\\u0085b"}', 'value of "k" contains control characters']
    ])('refuses %s, saying what is wrong', (_, text, why) => {
      refuses(
        { ...IOT, 'status-details': text },
        typeof why === 'string' ? `status-details ${why}` : why
      )
    })

    it.each(['{', '{"a": "b"} x', '{}x'])('rejects %p, which is not a JSON object', (json) => {
      refuses(
        { ...IOT, 'status-details': json },
        /^status-details (is not valid JSON|must be a JSON object whose values are strings)$/
      )
    })
  })

  describe('aws-region', () => {
    const noRegion = without(GREENGRASS, 'aws-region')

    it.each([
      [{ ...GREENGRASS, 'aws-region': 'eu-west-1' }, 'us-east-2', 'us-west-1', 'eu-west-1'],
      [noRegion, 'us-east-2', 'us-west-1', 'us-east-2'],
      [noRegion, undefined, 'us-west-1', 'us-west-1'],
      [noRegion, '  ', 'ap-south-1', 'ap-south-1']
    ])(
      '%# prefers the input, then AWS_REGION (%p), then AWS_DEFAULT_REGION (%p)',
      (values, AWS_REGION, AWS_DEFAULT_REGION, want) => {
        expect(read(values, { AWS_REGION, AWS_DEFAULT_REGION }).awsRegion).toBe(want)
      }
    )

    it.each(
      words(
        'us-east-1 us-gov-west-1 cn-northwest-1 ap-southeast-2 il-central-1 us-isob-east-1'
      ).concat('eusc-de-east-1')
    )('accepts %p', (name) => {
      expect(read({ ...GREENGRASS, 'aws-region': name }).awsRegion).toBe(name)
    })

    it.each([
      ['greengrass', GREENGRASS],
      ['proton-service-pipeline', SERVICE],
      ['iot-job-execution', IOT],
      ['iot-job', IOT_JOB]
    ])('is required by %s when neither variable is set', (_, base) => {
      refuses(without(base, 'aws-region'), /^aws-region is not set.*AWS_REGION.*AWS_DEFAULT_REGION/)
    })

    it.each(['US-EAST-1', 'useast1', 'us-east', 'https://us-east-1', 'us east 1'])(
      'rejects the input %p',
      (name) => {
        refuses(
          { ...GREENGRASS, 'aws-region': name },
          'aws-region is not an AWS region name such as us-east-1'
        )
      }
    )

    it.each(['AWS_REGION', 'AWS_DEFAULT_REGION'])(
      'names %s when the malformed region came from it',
      (variable) => {
        refuses(
          noRegion,
          `aws-region (from ${variable}) is not an AWS region name such as us-east-1`,
          { [variable]: 'Frankfurt' }
        )
      }
    )

    it('is not needed by datadog-fleet', () => {
      expect(read(DATADOG).awsRegion).toBeUndefined()
    })
  })

  describe('endpoint-url', () => {
    it.each([
      [GREENGRASS, '', undefined],
      [GREENGRASS, 'http://localhost:4566', 'http://localhost:4566'],
      [GREENGRASS, 'https://localhost:4566/', 'https://localhost:4566'],
      [GREENGRASS, 'http://127.0.0.1:8080/base//', 'http://127.0.0.1:8080/base'],
      [DATADOG, 'http://localhost:9000/', 'http://localhost:9000']
    ])('%# reads %p as %p (absent unless given)', (base, url, expected) => {
      expect(read({ ...base, 'endpoint-url': url }).endpointUrl).toBe(expected)
    })

    it.each(words('ftp://127.0.0.1 localhost:4566 localhost file:///etc/passwd https://'))(
      'rejects %p',
      (url) => {
        refuses(
          { ...GREENGRASS, 'endpoint-url': url },
          'endpoint-url must be an http:// or https:// URL'
        )
      }
    )
  })

  describe('datadog keys and site', () => {
    const ENV_KEYS = { DD_API_KEY: 'env-api-key', DD_APP_KEY: 'env-app-key' }

    it.each([
      [
        'inputs',
        { ...DATADOG, 'datadog-site': 'datadoghq.eu' },
        {},
        { apiKey: 'api-key-secret', appKey: 'app-key-secret', site: 'datadoghq.eu' }
      ],
      [
        'DD_API_KEY, DD_APP_KEY and DD_SITE',
        DATADOG_NO_KEYS,
        { ...ENV_KEYS, DD_SITE: 'us3.datadoghq.com' },
        { apiKey: 'env-api-key', appKey: 'env-app-key', site: 'us3.datadoghq.com' }
      ],
      [
        'inputs over the environment',
        { ...DATADOG, 'datadog-site': 'ap1.datadoghq.com' },
        { ...ENV_KEYS, DD_SITE: 'datadoghq.eu' },
        { apiKey: 'api-key-secret', appKey: 'app-key-secret', site: 'ap1.datadoghq.com' }
      ],
      [
        'inputs, the site defaulting to datadoghq.com',
        DATADOG,
        {},
        { apiKey: 'api-key-secret', appKey: 'app-key-secret', site: 'datadoghq.com' }
      ]
    ])('reads the keys and site from %s', (_, values, env, datadog) => {
      expect(read(values, env).datadog).toEqual(datadog)
    })

    const sites = words(`datadoghq.com datadoghq.eu us3.datadoghq.com us5.datadoghq.com
      ap1.datadoghq.com ap2.datadoghq.com uk1.datadoghq.com ddog-gov.com us2.ddog-gov.com`)
    it.each([
      ...sites.map((site) => row(site, site)),
      ['app.datadoghq.eu', 'datadoghq.eu'],
      ['https://app.datadoghq.eu/fleet/deployments?x=1', 'datadoghq.eu'],
      ['app.datadoghq.com', 'datadoghq.com'],
      ['api.us3.datadoghq.com', 'us3.datadoghq.com'],
      ['app.ddog-gov.com', 'ddog-gov.com'],
      ['https://datadoghq.com', 'datadoghq.com'],
      ['DATADOGHQ.COM', 'datadoghq.com'],
      ['datadoghq.com/', 'datadoghq.com']
    ])('takes the site %p (or copied from a browser or the API host) as %p', (given, site) => {
      expect(read({ ...DATADOG, 'datadog-site': given }).datadog?.site).toBe(site)
    })

    it.each(['datadoghq', 'datadog hq.com', 'app.'])('rejects the site %p', (site) => {
      refuses(
        { ...DATADOG, 'datadog-site': site },
        /^datadog-site must be a Datadog site host name/
      )
      refuses(DATADOG, /^datadog-site \(from DD_SITE\) must be/, { DD_SITE: site })
    })

    // The keys go to api.<site>: only Datadog's own sites, however the text dresses another host
    // (here localhost, so that no invented host is named). Parsed and refused, never contacted.
    it.each(
      words(`datadoghq.co datadoghq.com.localhost evil-datadoghq.com evildatadoghq.com
        datadoghq.evil us4.datadoghq.com xn--datadoghq-7ya.com datad0ghq.com eu.datadoghq.com
        localhost 127.0.0.1 https://localhost/datadoghq.com https://localhost/?site=datadoghq.eu
        https://localhost#datadoghq.com https://datadoghq.com@localhost
        https://datadoghq.com:x@localhost/ datadoghq.com@localhost datadoghq.com:8443
        https://datadoghq.com:443/ localhost\\datadoghq.com app.app.datadoghq.com api.localhost`)
    )('refuses %p, saying other hosts go through endpoint-url', (site) => {
      const problem = problemOf({ ...DATADOG, 'datadog-site': site })
      expect(problem).toMatch(
        /^datadog-site must be a Datadog site host name: one of datadoghq\.com, /
      )
      expect(problem).toMatch(/any other host goes through endpoint-url/)
      refuses(DATADOG, /^datadog-site \(from DD_SITE\) must be/, { DD_SITE: site })
    })

    it.each([
      [{}, [/^datadog-api-key is not set.*DD_API_KEY/, /^datadog-app-key is not set.*DD_APP_KEY/]],
      [{ DD_API_KEY: 'env-api-key' }, [/^datadog-app-key is not set/]],
      [{ DD_APP_KEY: 'env-app-key' }, [/^datadog-api-key is not set/]]
    ])('%# reports each missing key by name, and only those (env %j)', (env, want) => {
      const problems = problemsOf(DATADOG_NO_KEYS, env)
      expect(problems).toHaveLength(want.length)
      want.forEach((pattern, i) => expect(problems[i]).toMatch(pattern))
    })

    it('masks both keys before anything is logged', () => {
      read({ ...DATADOG, 'thing-name': 'ignored-thing' })
      const masked = core.setSecret.mock.calls.map(([value]) => value)
      expect(masked).toEqual(expect.arrayContaining(['api-key-secret', 'app-key-secret']))
      expect(core.warning).toHaveBeenCalled()
      expectMaskedFirst()
    })

    it.each([
      ['from the environment', DATADOG_NO_KEYS, ENV_KEYS, false, ['env-api-key', 'env-app-key']],
      [
        'for an AWS provider with invalid inputs',
        { ...without(DATADOG, 'deployment-id'), provider: 'greengrass' },
        ENV_KEYS,
        true,
        ['api-key-secret', 'app-key-secret', 'env-api-key', 'env-app-key']
      ],
      [
        'when the provider itself is invalid',
        { ...DATADOG, provider: 'nope' },
        {},
        true,
        ['api-key-secret', 'app-key-secret']
      ]
    ])('masks the keys %s', (_, values, env, invalid, secrets) => {
      setInputs(values)
      if (invalid) expect(() => readInputs(env)).toThrow(InputError)
      else readInputs(env)
      for (const secret of secrets) expect(core.setSecret).toHaveBeenCalledWith(secret)
    })

    it('never puts a key into a problem or a warning', () => {
      const values = { ...DATADOG, 'deployment-id': '', 'datadog-site': 'bad site', 'fail-on': 'x' }
      const problems = problemsOf(values)
      expect(problems.length).toBe(3)
      expect(problems.join('\n')).not.toMatch(/api-key-secret|app-key-secret/)
      read({ ...GREENGRASS, 'datadog-api-key': 'api-key-secret' })
      expect(warnings().length).toBe(1)
      expect(warnings().join('\n')).not.toContain('api-key-secret')
    })

    it('does not ask AWS providers for Datadog keys', () => {
      expect(read(GREENGRASS).datadog).toBeUndefined()
    })
  })

  describe('fail-on', () => {
    it.each([
      ['', 'failed not-found'],
      ['none', ''],
      ['failed, not-cancellable ,cancelled', 'cancelled failed not-cancellable']
    ])('reads %p as {%s} (the default is failed,not-found)', (text, outcomes) => {
      expect([...read({ ...GREENGRASS, 'fail-on': text }).failOn].sort()).toEqual(
        outcomes ? words(outcomes) : []
      )
    })

    it.each(words('bogus failed,error FAILED failed,timeout'))('rejects %p', (text) => {
      const problem = problemOf({ ...GREENGRASS, 'fail-on': text })
      expect(problem).toMatch(/^fail-on .* is not an outcome/)
      expect(problem).toContain('not-cancellable')
      if (text.includes('timeout')) expect(problem).toMatch(/^fail-on "timeout" is not an outcome/)
    })

    it.each([
      [
        'FAILED, not found, oops',
        /^fail-on "FAILED" \(did you mean failed\?\), "not found" \(did you mean not-found\?\), "oops" are not outcomes; /
      ],
      [
        'none,failed',
        'fail-on "none,failed" mixes none with outcomes: none stands alone (nothing fails the step); give none, or only outcomes'
      ],
      [' , ', /^fail-on "," names no outcome; /]
    ])('names what was typed in %p', (text, want) => {
      refuses({ ...GREENGRASS, 'fail-on': text }, want)
    })
  })

  describe('max-concurrency', () => {
    it.each([
      ['', 10],
      ['1', 1],
      ['100', 100],
      ['25', 25]
    ])('reads %p as %p (the default is 10)', (text, value) => {
      expect(read({ ...GREENGRASS, 'max-concurrency': text }).maxConcurrency).toBe(value)
    })

    it.each(words('0 101 -1 2.5 ten'))('rejects %p', (text) => {
      refuses(
        { ...GREENGRASS, 'max-concurrency': text },
        /^max-concurrency must be (a whole number )?from 1 to 100, not ("[^"]+"|\d+)$/
      )
    })
  })

  describe.each([
    ['wait-timeout-seconds', 'waitTimeoutSeconds', 1, 21_600, 600],
    ['timeout-seconds', 'timeoutSeconds', 1, 21_600, 120],
    ['max-attempts', 'maxAttempts', 1, 10, 5]
  ] as const)('%s', (name, key, min, max, fallback) => {
    it.each<[string, number]>([
      ['', fallback],
      ['  ', fallback],
      ...[min, min + 1, max - 1, max].map((n) => row(String(n), n)),
      [`00${min}`, min]
    ])(`reads %p as %p (the default is ${fallback}; leading zeros are the number)`, (text, n) => {
      expect(read({ ...GREENGRASS, [name]: text })[key]).toBe(n)
    })

    it.each([
      ...[min - 1, max + 1, 10 ** 20].map((n) => row(String(n), 'from')),
      ...words('-1 1.5 1e3 ten 0x5 +3').map((text) => row(text, 'a whole number from'))
    ])('rejects %p: it must be %s the range, and the value given is echoed', (text, what) => {
      const given = what === 'from' ? text : `"${text}"`
      refuses(
        { ...GREENGRASS, [name]: text },
        `${name} must be ${what} ${min} to ${max}, not ${given}`
      )
    })
  })

  describe('reason-code', () => {
    it.each(['', ...words('ROLLBACK R 9 _ BAD_FIRMWARE_2'), 'X'.repeat(128)])(
      'accepts %p (absent unless given)',
      (code) => {
        expect(read({ ...IOT_JOB, 'reason-code': code }).reasonCode).toBe(code || undefined)
      }
    )

    it.each([
      ['X'.repeat(129), 'reason-code must be at most 128 characters'],
      ...[...words('rollback Rollback BAD-FIRMWARE BAD.1 É Ⅻ ٣'), 'BAD FIRMWARE', 'A\u0007'].map(
        (code) => [code, 'reason-code may contain only upper-case letters A-Z, digits and "_"']
      )
    ])('rejects %p', (code, message) => {
      refuses({ ...IOT_JOB, 'reason-code': code }, message)
    })
  })

  describe('comment', () => {
    const RUN = {
      GITHUB_SERVER_URL: 'https://127.0.0.1:8443',
      GITHUB_REPOSITORY: 'octo/app',
      GITHUB_RUN_ID: '4242'
    }
    const OUTSIDE = 'Cancelled by GitHub Actions (cancel-deployment)'

    // prettier-ignore
    it.each([
      [
        'a line naming the repository and the workflow run by default',
        '',
        RUN,
        'Cancelled by GitHub Actions: https://127.0.0.1:8443/octo/app/actions/runs/4242'
      ],
      [
        'github.com when GITHUB_SERVER_URL is not set',
        '',
        { ...RUN, GITHUB_SERVER_URL: undefined },
        'Cancelled by GitHub Actions: https://github.com/octo/app/actions/runs/4242'
      ],
      ['the action outside a workflow run', '', {}, OUTSIDE],
      ['the action without a run id', '', { GITHUB_REPOSITORY: 'octo/app' }, OUTSIDE],
      ['the comment as given, over the default', 'Rolled back: see OPS-12 ✓', RUN, 'Rolled back: see OPS-12 ✓'],
      ['2028 characters', 'c'.repeat(2028), RUN, 'c'.repeat(2028)]
    ])('says %s', (_, comment, env, want) => {
      expect(read({ ...IOT_JOB, comment }, env).comment).toBe(want)
    })

    it.each([
      ['c'.repeat(2029), 'comment must be at most 2028 characters'],
      ...['line 1\nline 2', 'a\tb', 'a\u001b[31mb', 'a\u007fb'].map((text) =>
        row(text, 'comment must not contain control characters')
      )
    ])('rejects %j', (text, message) => {
      refuses({ ...IOT_JOB, comment: text }, message)
    })

    it.each(PROVIDER_NAMES.filter((p) => p !== 'iot-job'))('is not set for %s', (provider) => {
      expect(read(BASE[provider], RUN).comment).toBeUndefined()
    })
  })

  describe('inputs a provider does not use', () => {
    // Ignored means: one warning naming it, and read as if it had not been given.
    it.each([
      [GREENGRASS, 'force', 'true'],
      [GREENGRASS, 'force', 'false'],
      [GREENGRASS, 'expected-version', '3'],
      [GREENGRASS, 'status-details', 'a=b'],
      [GREENGRASS, 'thing-name', 'thing-1'],
      [GREENGRASS, 'job-id', 'job-1'],
      [GREENGRASS, 'service-name', 'svc'],
      [GREENGRASS, 'datadog-site', 'datadoghq.eu'],
      [GREENGRASS, 'datadog-api-key', 'k'],
      [GREENGRASS, 'datadog-app-key', 'k'],
      [IOT, 'deployment-id', 'd-1'],
      [IOT, 'reason-code', 'ROLLBACK'],
      [IOT, 'comment', 'why'],
      [IOT_JOB, 'thing-name', 'thing-1'],
      [IOT_JOB, 'expected-version', '1'],
      [IOT_JOB, 'status-details', 'a=b'],
      [DATADOG, 'aws-region', 'not a region']
    ])('%# warns that %j ignores %s, and does not read it', (base, name, value) => {
      const inputs = read({ ...base, [name]: value })
      expect(warnings()).toEqual([`${name} is ignored: provider ${base.provider} does not use it`])
      expect(inputs).toEqual(read(base))
    })

    it('does not validate an option the provider ignores', () => {
      expect(read({ ...DATADOG, force: 'maybe', 'expected-version': '-4' }).force).toBe(false)
      expect(warnings()).toEqual([
        'force is ignored: provider datadog-fleet does not use it',
        'expected-version is ignored: provider datadog-fleet does not use it'
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
  })

  describe('several problems', () => {
    it('reports every problem in one InputError, each starting with its input name', () => {
      const bad: Values = {
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
      }
      setInputs({ provider: 'iot-job-execution', ...bad })
      let thrown: unknown
      try {
        readInputs({})
      } catch (error) {
        thrown = error
      }
      expect(thrown).toBeInstanceOf(InputError)
      const error = thrown as InstanceType<typeof InputError>
      const names = [...Object.keys(bad), 'aws-region']
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
    const BY_ID = { ...GREENGRASS, 'github-deployment-id': '7', 'github-token': TOKEN }

    it('is not read without github-deployment-id or github-environment, even with a token', () => {
      expect(read({ ...GREENGRASS, 'github-token': TOKEN }, RUNNER).github).toBeUndefined()
    })

    it('names the deployment by id, with the run as log_url and the default state', () => {
      expect(read({ ...BY_ID, 'github-deployment-id': '1234' }, RUNNER).github).toEqual({
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
      const values = { ...BY_ID, 'github-api-url': 'http://127.0.0.1:4010/' }
      expect(
        read(values, { ...RUNNER, GITHUB_API_URL: 'https://api.github.com' }).github?.apiUrl
      ).toBe('http://127.0.0.1:4010')
    })

    // Parsed only: nothing is sent, so the host off loopback is never contacted.
    it('warns that the token travels in clear to a plain-http API URL that is not loopback', () => {
      read({ ...BY_ID, 'github-api-url': 'http://github.corp/api/v3' }, RUNNER)
      expect(warnings()).toEqual([
        'github-api-url is plain http:// to github.corp: the GitHub token travels unencrypted to it. Use https:// unless it is a relay inside your own network.'
      ])
      core.warning.mockClear()
      read(BY_ID, { ...RUNNER, GITHUB_API_URL: 'http://github.corp:8080/api/v3' })
      expect(warnings()).toEqual([
        expect.stringMatching(
          /^github-api-url \(from GITHUB_API_URL\) is plain http:\/\/ to github.corp:8080: the GitHub token travels unencrypted/
        )
      ])
      core.warning.mockClear()
      for (const url of ['http://127.0.0.1:4010', 'http://localhost:4010', 'http://[::1]:4010']) {
        read({ ...BY_ID, 'github-api-url': url }, RUNNER)
      }
      expect(warnings()).toEqual([])
    })

    it('masks the token at once, when a deployment is named', () => {
      problemsOf({ ...GREENGRASS, 'github-environment': 'prod', 'github-token': TOKEN, wait: 'x' })
      expect(core.setSecret).toHaveBeenCalledWith(TOKEN)
      expectMaskedFirst()
    })

    it("leaves an unused token (action.yml's default, which the runner masks) alone", () => {
      read({ ...GREENGRASS, 'github-token': TOKEN })
      expect(core.setSecret).not.toHaveBeenCalled()
    })

    const notRepo = /^github-deployment-id needs GITHUB_REPOSITORY .*: it is not owner\/repository$/
    it.each<[string, Values, Env, Want]>([
      [
        'a bad github-api-url',
        { 'github-api-url': 'ftp://x' },
        RUNNER,
        /^github-api-url must be an http/
      ],
      [
        'a bad GITHUB_API_URL',
        {},
        { ...RUNNER, GITHUB_API_URL: 'nonsense' },
        /^github-api-url \(from GITHUB_API_URL\) must be an http/
      ],
      [
        'a missing token',
        { 'github-token': '' },
        RUNNER,
        /^github-token is empty, so the cancel was not sent: remove the input .* or fix the secret/
      ],
      [
        'both ways of naming the deployment',
        { 'github-environment': 'production' },
        RUNNER,
        /^github-deployment-id and github-environment both name/
      ],
      ...words('0 -3 12a 1.5 99999999999999999999').map((id) =>
        row(
          `github-deployment-id ${id}`,
          { 'github-deployment-id': id },
          RUNNER,
          /^github-deployment-id /
        )
      ),
      ...words('success Inactive cancelled in_progress').map((state) =>
        row(
          `github-deployment-state ${state}`,
          { 'github-deployment-state': state },
          RUNNER,
          'github-deployment-state must be inactive, failure or error'
        )
      ),
      [
        'an environment name with control characters',
        { 'github-deployment-id': '', 'github-environment': 'prod\u0007' },
        RUNNER,
        /^github-environment must not contain control characters/
      ],
      [
        'no GITHUB_REPOSITORY',
        {},
        {},
        "github-deployment-id needs GITHUB_REPOSITORY (set by the runner) to name the deployment's repository: it is not set"
      ],
      ['a GITHUB_REPOSITORY without owner', {}, { GITHUB_REPOSITORY: 'just-a-name' }, notRepo]
    ])('refuses %s, naming where it came from', (_, values, env, want) => {
      refuses({ ...BY_ID, ...values }, want, env)
    })

    it('warns that github-deployment-state is ignored when no deployment is named', () => {
      read({ ...GREENGRASS, 'github-deployment-state': 'failure' }, RUNNER)
      expect(warnings()).toEqual([expect.stringMatching(/^github-deployment-state is ignored/)])
    })
  })
})
