import type { Settings as ActionInputs } from '../src/providers/types.js'
import type { Target } from '../src/util/targets.js'
import type { ProviderContext } from '../src/providers/types.js'
import { requestPolicy } from '../src/requests/policy.js'

/** Parsed inputs as readInputs would return them, with overrides. */
export function createInputs(overrides: Partial<ActionInputs> = {}): ActionInputs {
  return {
    provider: 'greengrass',
    targets: [],
    force: false,
    awsRegion: 'us-east-1',
    failOn: new Set(['failed', 'not-found']),
    maxConcurrency: 10,
    wait: false,
    waitTimeoutSeconds: 600,
    dryRun: false,
    timeoutSeconds: 120,
    maxAttempts: 1,
    reach: 'counts',
    ...overrides
  }
}

/** What main gives a provider: these inputs, a request policy and a user agent. */
export function createContext(overrides: Partial<ActionInputs> = {}): ProviderContext {
  const inputs = createInputs(overrides)
  return {
    inputs,
    userAgent: 'cancel-deployment/test',
    requests: requestPolicy(inputs.maxAttempts)
  }
}

/** A target as readInputs builds it. */
export function target(ids: Target['ids']): Target {
  return { label: Object.values(ids).join('/'), ids }
}

export const never = new AbortController().signal
