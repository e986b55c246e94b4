import type { ActionInputs, Target } from '../src/inputs.js'

/** Parsed inputs as readInputs would return them, with overrides. */
export function createInputs(overrides: Partial<ActionInputs> = {}): ActionInputs {
  return {
    provider: 'greengrass',
    targets: [],
    force: false,
    awsRegion: 'us-east-1',
    failOn: new Set(['failed', 'not-found']),
    maxConcurrency: 10,
    ...overrides
  }
}

/** A target as readInputs builds it. */
export function target(ids: Target['ids']): Target {
  return { label: Object.values(ids).join('/'), ids }
}

export const never = new AbortController().signal
