/**
 * Typed stand-ins for @actions/core, registered with jest.unstable_mockModule
 * before the module under test is imported, as actions/typescript-action does. `inputs` feeds getInput the way
 * the runner does (no action.yml defaults: a test sets what it needs).
 */
import type * as core from '@actions/core'
import { jest } from '@jest/globals'

export const inputs: Record<string, string> = {}

export const getInput = jest.fn<typeof core.getInput>((name: string) => (inputs[name] ?? '').trim())
export const setOutput = jest.fn<typeof core.setOutput>()
export const setFailed = jest.fn<typeof core.setFailed>()
export const setSecret = jest.fn<typeof core.setSecret>()
export const info = jest.fn<typeof core.info>()
export const debug = jest.fn<typeof core.debug>()
export const warning = jest.fn<typeof core.warning>()
export const error = jest.fn<typeof core.error>()

/** The job summary: records what was written. */
export const summaryWrites: string[] = []
let buffer = ''
export const summary = {
  addHeading: jest.fn((text: string) => ((buffer += `<h3>${text}</h3>`), summary)),
  addTable: jest.fn((rows: unknown[][]) => ((buffer += JSON.stringify(rows)), summary)),
  addRaw: jest.fn((text: string) => ((buffer += text), summary)),
  write: jest.fn(async () => {
    summaryWrites.push(buffer)
    buffer = ''
    return summary
  }),
  emptyBuffer: jest.fn(() => ((buffer = ''), summary))
}

/** Clears inputs and recorded calls between tests. */
export function resetCore(): void {
  for (const key of Object.keys(inputs)) delete inputs[key]
  summaryWrites.length = 0
  buffer = ''
}

/** The value given to setOutput(name) last. */
export function output(name: string): string | undefined {
  const calls = setOutput.mock.calls.filter(([n]) => n === name)
  return calls.length ? String(calls[calls.length - 1]![1]) : undefined
}
