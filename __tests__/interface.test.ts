/**
 * action.yml, the code and the README describe the same interface: every input
 * and output the code uses is declared and documented, and nothing declared or
 * documented is missing from the code.
 */
import { jest, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as core from '../__fixtures__/core.js'
import { ROOT, actionYml } from '../__fixtures__/run-action.js'

jest.unstable_mockModule('@actions/core', () => core)
const { INPUT_NAMES, readInputs } = await import('../src/inputs/index.js')
const { OUTPUT_NAMES } = await import('../src/report/report.js')
const { PROVIDERS } = await import('../src/providers/registry.js')

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')

/** The first column of the markdown table under a heading. */
function tableNames(heading: string): string[] {
  const section = readme.split(/^#+ /m).find((s) => s.startsWith(heading))
  if (!section) return []
  return [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]!)
}

const sorted = (names: Iterable<string>) => [...names].sort()

describe('interface', () => {
  it('declares exactly the inputs the code reads', () => {
    expect(sorted(Object.keys(actionYml.inputs))).toEqual(sorted(INPUT_NAMES))
  })

  it('reads exactly the declared inputs, and no other name', () => {
    // What the parser asks the toolkit for, over every provider of the registry (a step reads
    // the inputs other providers use too, to warn that they are ignored), with a GitHub
    // deployment named so that its token is read.
    const read = new Set<string>()
    for (const provider of Object.keys(PROVIDERS)) {
      core.resetCore()
      core.getInput.mockClear()
      Object.assign(core.inputs, { provider, 'github-deployment-id': '1' })
      try {
        readInputs({ AWS_REGION: 'us-east-1', GITHUB_REPOSITORY: 'o/r' })
      } catch {
        // Missing target inputs: the names were read all the same.
      }
      for (const [name] of core.getInput.mock.calls) read.add(name)
    }
    core.resetCore()
    expect(sorted(read)).toEqual(sorted(INPUT_NAMES))
  })

  it('declares exactly the outputs the code sets', () => {
    // That a step sets each of OUTPUT_NAMES, once, and no other: report.test.ts ("sets each output
    // exactly once") and every end-to-end run (expectSingleTargetReport reads the output file).
    expect(sorted(Object.keys(actionYml.outputs))).toEqual(sorted(OUTPUT_NAMES))
  })

  it('documents every input and output in the README, and no others', () => {
    expect(sorted(tableNames('Inputs'))).toEqual(sorted(INPUT_NAMES))
    expect(sorted(tableNames('Outputs'))).toEqual(sorted(OUTPUT_NAMES))
  })

  it('runs on node24 from dist/index.js', () => {
    expect(actionYml.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('applies the same defaults in code as action.yml does for the runner', () => {
    const env = { AWS_REGION: 'us-east-1' }
    const base = { provider: 'iot-job-execution', 'thing-name': 't', 'job-id': 'j' }
    const withDefaults: Record<string, string> = { ...base }
    for (const [name, spec] of Object.entries(actionYml.inputs)) {
      if (spec.default !== undefined) withDefaults[name] = String(spec.default)
    }
    Object.assign(core.inputs, base)
    const bare = readInputs(env)
    core.resetCore()
    Object.assign(core.inputs, withDefaults)
    const runner = readInputs(env)
    core.resetCore()
    expect(runner).toEqual(bare)
  })

  it('writes each default once in the code, equal to action.yml', async () => {
    const { INPUT_DEFAULTS } = await import('../src/inputs/defaults.js')
    const inYml = Object.entries(INPUT_DEFAULTS).filter(([name]) => name !== 'force')
    for (const [name, value] of inYml) {
      expect({ name, value: String(actionYml.inputs[name]?.default) }).toEqual({ name, value })
    }
    // force has none in action.yml: a default there would be "given" to every provider, and
    // those that do not read it would warn that it is ignored.
    expect(actionYml.inputs.force?.default).toBeUndefined()
  })

  it("puts a complete workflow in the README's first 80 lines that also stops the rollout when the run is cancelled", () => {
    const first = readme.split('\n').slice(0, 80).join('\n')
    const workflow = /```yaml\n([\s\S]*?)```/.exec(first)?.[1] ?? ''
    expect(workflow).toMatch(/^on:/m)
    expect(workflow).toMatch(/^permissions:/m)
    expect(workflow).toContain('aws-actions/configure-aws-credentials@')
    expect(workflow).toMatch(/^ +if: \(failure\(\) \|\| cancelled\(\)\) && /m)
    expect(workflow).toContain('steps.cancel.outputs.outcome')
    for (const outcome of ['cancelled', 'not-cancellable', 'not-found', 'failed']) {
      expect(first).toContain(`- \`${outcome}\`:`)
    }
  })

  it('keeps the README for users: at most 40,000 bytes', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(40_000)
  })

  it('gives each input the default and the required flag action.yml gives it', () => {
    const section = readme.split(/^#+ /m).find((s) => s.startsWith('Inputs')) ?? ''
    const rows = new Map(
      [...section.matchAll(/^\| `([a-z-]+)` \| [^|]* \| ([^|]*) \|/gm)].map((m) => [m[1]!, m[2]!])
    )
    for (const [name, spec] of Object.entries(actionYml.inputs)) {
      const cell = rows.get(name)
      expect(`${name}: ${cell}`).not.toBe(`${name}: undefined`)
      // The first value in code font is action.yml's default. Without one, the README names the
      // environment variable the code reads instead (`AWS_REGION`, `DD_SITE`, …), or the default
      // that action.yml's description states ("Default false.").
      const first = /`([^`]+)`/.exec(cell!)?.[1]
      if (spec.default !== undefined) {
        expect(`${name}: ${first}`).toBe(`${name}: ${String(spec.default)}`)
      } else if (first !== undefined && !/^[A-Z][A-Z0-9_]*$/.test(first)) {
        expect(`${name}: ${spec.description}`).toContain(`Default ${first}`)
      }
      expect(`${name}: ${cell!.includes('required')}`).toBe(`${name}: ${spec.required === true}`)
    }
  })
})
