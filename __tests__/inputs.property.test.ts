/**
 * Property-based tests of the input parser: for arbitrary strings in every
 * input, it either accepts a value the contract allows or rejects it with a
 * message naming the input, and run() never sends a cancel for a target the
 * contract does not allow. The oracles below are written from the contract,
 * not from src/inputs.ts.
 */
import { jest, describe, expect, it, beforeEach } from '@jest/globals'
import fc from 'fast-check'
import * as core from '../__fixtures__/core.js'
import { PROVIDER_CATALOG, PROVIDER_NAMES } from '../src/providers/catalog.js'

jest.unstable_mockModule('@actions/core', () => core)
const cancelled: Record<string, string | undefined>[] = []
const fakeSession = {
  createSession: () => ({
    cancel: async (target: { ids: Record<string, string | undefined> }) => {
      cancelled.push(target.ids)
      return { outcome: 'cancelled', status: '', message: 'ok', requestId: '' }
    },
    read: async () => ({ ok: true, phase: 'cancelled', status: 'CANCELED', requestId: '' })
  })
}
const PROVIDER_MODULES = {
  greengrass: 'aws/greengrass',
  'proton-service-pipeline': 'aws/proton-service-pipeline',
  'proton-environment': 'aws/proton-environment',
  'iot-job-execution': 'aws/iot-job-execution',
  'iot-job': 'aws/iot-job',
  'datadog-fleet': 'datadog/fleet'
} satisfies Record<(typeof PROVIDER_NAMES)[number], string>
for (const name of PROVIDER_NAMES) {
  jest.unstable_mockModule(`../src/providers/${PROVIDER_MODULES[name]}.js`, () => fakeSession)
}
// No call to GitHub (GITHUB_REPOSITORY is set on CI runners): only the cancel's flow is checked here.
jest.unstable_mockModule('../src/providers/github/mark.js', () => ({
  markDeployment: async () => ({ status: 'skipped', deploymentId: '', message: '' })
}))
const { INPUT_NAMES, InputError, readInputs } = await import('../src/inputs/index.js')
const { run } = await import('../src/main.js')

// ---- oracles, from ../shared/CONTRACT.md ----
const ALLOWED: Record<string, (v: string) => boolean> = {
  'deployment-id': (v) => v.length > 0 && v !== '.' && v !== '..',
  'service-name': (v) => v.length <= 100 && /^[0-9A-Za-z]+[0-9A-Za-z_-]*$/.test(v),
  'environment-name': (v) => v.length <= 100 && /^[0-9A-Za-z]+[0-9A-Za-z_-]*$/.test(v),
  'thing-name': (v) => v.length >= 1 && v.length <= 128 && /^[a-zA-Z0-9:_-]+$/.test(v),
  'job-id': (v) => v.length >= 1 && v.length <= 64 && /^[a-zA-Z0-9_-]+$/.test(v)
}
const inRange = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max

/** Strings users might type, and strings nobody should: separators, controls, unicode. */
const anyText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    'true',
    'FALSE',
    'yes',
    '0',
    '-1',
    '10',
    '101',
    '1e3',
    '.',
    '..',
    'a,b',
    'a\nb',
    '{"k":"v"}',
    'k=v',
    'none',
    'failed',
    'us-east-1',
    'https://x.test',
    '%2F',
    '../x'
  ),
  fc.stringMatching(/^[a-zA-Z0-9:_-]{1,140}$/)
)
/** A valid value for every input: most runs change only a few, so the others do not mask them. */
const VALID: Record<string, string> = {
  'deployment-id': 'd-1',
  'service-name': 'svc',
  'environment-name': 'env',
  'thing-name': 'thing-1',
  'job-id': 'job-1',
  force: 'false',
  'expected-version': '3',
  'status-details': 'k=v',
  'aws-region': 'us-east-1',
  'endpoint-url': 'http://127.0.0.1:1',
  'datadog-api-key': 'k',
  'datadog-app-key': 'a',
  'datadog-site': 'datadoghq.com',
  'fail-on': 'failed',
  'max-concurrency': '5',
  wait: 'false',
  'wait-timeout-seconds': '60',
  'dry-run': 'false',
  'reason-code': 'R1',
  comment: 'c',
  'timeout-seconds': '30',
  'max-attempts': '3'
}
/** A valid value with one character put in or taken out: the edge of each rule. */
const EDGE_CHARS = [
  '',
  ' ',
  '/',
  '.',
  ',',
  '\n',
  '\t',
  '\u0007',
  '\u007f',
  'é',
  ':',
  '=',
  '{',
  '-',
  '_',
  'A',
  '0',
  '%'
]
const nearValid = (valid: string) =>
  fc
    .tuple(fc.constantFrom(...EDGE_CHARS), fc.nat({ max: valid.length }), fc.boolean())
    .map(([char, at, remove]) =>
      remove
        ? valid.slice(0, at) + valid.slice(at + 1)
        : valid.slice(0, at) + char + valid.slice(at)
    )
const changeable = INPUT_NAMES.filter((n) => n !== 'provider')
/** Valid inputs with one to three of them changed: removed, nudged, or replaced by anything. */
const inputsArb = fc
  .subarray(changeable, { minLength: 1, maxLength: 3 })
  .chain((names) =>
    fc.tuple(
      fc.constant(names),
      fc.tuple(
        ...names.map((n) => fc.oneof(nearValid(VALID[n] ?? ''), anyText, fc.constant(undefined)))
      )
    )
  )
  .map(([names, values]) => {
    const inputs: Record<string, string | undefined> = { ...VALID }
    names.forEach((n, i) => (inputs[n] = values[i]))
    return inputs
  })
const providerArb = fc.oneof(
  { arbitrary: fc.constantFrom(...PROVIDER_NAMES), weight: 5 },
  { arbitrary: anyText, weight: 1 }
)
const envArb = fc.record({
  AWS_REGION: fc.option(fc.constantFrom('us-east-1', 'bogus', ''), { nil: undefined }),
  DD_API_KEY: fc.option(fc.constantFrom('k1', ''), { nil: undefined }),
  DD_APP_KEY: fc.option(fc.constantFrom('k2', ''), { nil: undefined })
})

function setInputs(provider: string, values: Record<string, string | undefined>) {
  core.resetCore()
  core.inputs.provider = provider
  for (const [k, v] of Object.entries(values)) if (v !== undefined) core.inputs[k] = v
}

beforeEach(() => {
  cancelled.length = 0
  jest.clearAllMocks()
})

/** Every provider's every target input, from the catalogue: a new provider is covered as it lands. */
const TARGET_OF: [string, string][] = PROVIDER_NAMES.flatMap((name) =>
  PROVIDER_CATALOG[name].targets.map((input): [string, string] => [name, input])
)

describe('inputs (properties)', () => {
  it.each(TARGET_OF)('%s takes a %s only when the contract allows it', (provider, input) => {
    fc.assert(
      fc.property(
        fc.oneof(
          nearValid(VALID[input]!),
          anyText,
          fc.array(nearValid(VALID[input]!)).map((a) => a.join('\n'))
        ),
        (value) => {
          setInputs(provider, { ...VALID, [input]: value })
          let targets
          try {
            targets = readInputs({}).targets
          } catch (error) {
            expect((error as InstanceType<typeof InputError>).problems[0]).toMatch(
              new RegExp(`^${input}\\b`)
            )
            return
          }
          for (const target of targets)
            expect(ALLOWED[input]!(target.ids[input as 'job-id']!)).toBe(true)
        }
      ),
      { numRuns: 1000 }
    )
  })

  it('accepts only what the contract allows, or names the input it refuses', () => {
    fc.assert(
      fc.property(providerArb, inputsArb, envArb, (provider, values, env) => {
        setInputs(provider, values)
        let parsed
        try {
          parsed = readInputs(env as Record<string, string | undefined>)
        } catch (error) {
          expect(error).toBeInstanceOf(InputError)
          for (const problem of (error as InstanceType<typeof InputError>).problems) {
            expect(problem).toMatch(/^(provider|[a-z]+(-[a-z]+)*)\b/)
            expect([...INPUT_NAMES, 'status-details'].some((n) => problem.startsWith(n))).toBe(true)
          }
          return
        }
        expect(PROVIDER_NAMES).toContain(parsed.provider)
        if (parsed.inFlightOn) {
          // The brake: places instead of ids, never both, and nothing to cancel until listed.
          expect(values['in-flight-on']?.trim()).toBeTruthy()
          expect(parsed.inFlightOn.length).toBeGreaterThan(0)
          expect(parsed.targets).toEqual([])
          for (const input of PROVIDER_CATALOG[parsed.provider].targets)
            expect(values[input]?.trim() ?? '').toBe('')
        } else expect(parsed.targets.length).toBeGreaterThan(0)
        expect(parsed.targets.length).toBeLessThanOrEqual(10_000)
        for (const target of parsed.targets) {
          for (const [name, value] of Object.entries(target.ids)) {
            expect(ALLOWED[name]!(value!)).toBe(true)
          }
        }
        expect(inRange(parsed.maxConcurrency, 1, 100)).toBe(true)
        expect(inRange(parsed.maxAttempts, 1, 10)).toBe(true)
        expect(inRange(parsed.timeoutSeconds, 1, 21_600)).toBe(true)
        expect(inRange(parsed.waitTimeoutSeconds, 1, 21_600)).toBe(true)
        expect(parsed.wait && parsed.dryRun).toBe(false)
        if (parsed.expectedVersion !== undefined)
          expect(inRange(parsed.expectedVersion, 0, Number.MAX_SAFE_INTEGER)).toBe(true)
        if (parsed.statusDetails) {
          const entries = Object.entries(parsed.statusDetails)
          expect(entries.length).toBeLessThanOrEqual(10)
          for (const [k, v] of entries) {
            expect(/^[a-zA-Z0-9:_-]{1,128}$/.test(k)).toBe(true)
            expect(v.length >= 1 && v.length <= 1024 && !/\p{Cc}/u.test(v)).toBe(true)
          }
        }
        if (parsed.reasonCode !== undefined)
          expect(/^[A-Z0-9_]{1,128}$/.test(parsed.reasonCode)).toBe(true)
        if (parsed.comment !== undefined) {
          expect(parsed.comment.length).toBeLessThanOrEqual(2028)
          expect(/\p{Cc}/u.test(parsed.comment)).toBe(false)
        }
      }),
      { numRuns: 3000 }
    )
  })

  it('never sends a cancel for a target the contract does not allow, and always sets an outcome', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PROVIDER_NAMES), inputsArb, async (provider, values) => {
        setInputs(provider, values)
        core.setOutput.mockClear()
        cancelled.length = 0
        process.env.AWS_REGION = 'us-east-1'
        process.env.DD_API_KEY = 'k'
        process.env.DD_APP_KEY = 'a'
        await run()
        expect(core.output('outcome')).toMatch(
          /^(cancelled|would-cancel|not-cancellable|not-found|failed)$/
        )
        for (const ids of cancelled) {
          for (const [name, value] of Object.entries(ids)) expect(ALLOWED[name]!(value!)).toBe(true)
        }
      }),
      { numRuns: 300 }
    )
    delete process.env.AWS_REGION
    delete process.env.DD_API_KEY
    delete process.env.DD_APP_KEY
  })
})
