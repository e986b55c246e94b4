/**
 * The boolean inputs (force, wait, dry-run) follow @actions/core's getBooleanInput to the letter:
 * the YAML 1.2 core schema's six spellings, nothing else. The action keeps its own parser so a bad
 * value joins the other input problems (getBooleanInput throws a TypeError on the first); this test
 * holds the two to the same answers, on the real @actions/core.
 */
import { describe, expect, it } from '@jest/globals'
import * as core from '@actions/core'
import fc from 'fast-check'
import { booleanText } from '../src/inputs/schema.js'

/** What @actions/core answers for the value as the runner passes it: true, false or a refusal. */
function coreAnswer(value: string): boolean | 'refused' {
  process.env.INPUT_FLAG = value
  try {
    return core.getBooleanInput('flag')
  } catch {
    return 'refused'
  } finally {
    delete process.env.INPUT_FLAG
  }
}

function ourAnswer(value: string): boolean | 'refused' {
  // The action trims every input before its rules, as getInput does.
  const result = booleanText().safeParse(value.trim())
  return result.success ? result.data : 'refused'
}

describe('boolean inputs', () => {
  it.each([
    'true',
    'True',
    'TRUE',
    'false',
    'False',
    'FALSE',
    'tRue',
    'yes',
    'on',
    '1',
    '0',
    'y',
    ' true ',
    'true\n'
  ])('%j is answered as getBooleanInput answers it', (value) =>
    expect(ourAnswer(value)).toBe(coreAnswer(value))
  )

  it('agrees with getBooleanInput on any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 8 }),
          fc
            .constantFrom('true', 'false', 'True', 'FALSE')
            .chain((word) =>
              fc
                .tuple(fc.string({ maxLength: 2 }), fc.string({ maxLength: 2 }))
                .map(([a, b]) => a + word + b)
            )
        ),
        (value) => {
          if (value === '') return // not given: the input's default applies, not this rule
          expect(ourAnswer(value)).toBe(coreAnswer(value))
        }
      ),
      { numRuns: 2000 }
    )
  })
})
