import type {
  AwsSettings,
  DatadogFleetSettings,
  DatadogSettings,
  ProviderContext,
  Settings,
  StepSettings
} from '../src/providers/types.js'
import type { Target } from '../src/util/targets.js'
import { providerSettings } from '../src/providers/settings.js'
import { requestPolicy } from '../src/requests/policy.js'

/** What a test may set: any input, the AWS region or the Datadog keys (which make it Datadog's). */
export type InputOverrides = Partial<StepSettings> & {
  awsRegion?: string | undefined
  datadog?: DatadogSettings | undefined
}

/** The overrides of an AWS provider's test. */
export type AwsOverrides = InputOverrides & { datadog?: undefined }

/** Parsed inputs as readInputs would return them, with overrides. */
export function createInputs(overrides: InputOverrides = {}): Settings {
  const { datadog, awsRegion, ...step } = overrides
  const cloud = datadog ? { datadog } : { awsRegion: awsRegion ?? 'us-east-1' }
  return {
    provider: 'greengrass',
    targets: [],
    force: false,
    failOn: new Set(['failed', 'not-found']),
    maxConcurrency: 10,
    wait: false,
    waitTimeoutSeconds: 600,
    dryRun: false,
    timeoutSeconds: 120,
    maxAttempts: 1,
    reach: 'counts',
    ...step,
    ...cloud
  }
}

/**
 * What main gives a provider: its cloud's settings picked from these inputs (as run() does), a
 * request policy and a user agent. With Datadog keys the settings are Datadog's, else AWS's.
 */
export function createContext(
  overrides: InputOverrides & { datadog: DatadogSettings }
): ProviderContext<DatadogFleetSettings>
export function createContext(overrides?: AwsOverrides): ProviderContext<AwsSettings>
export function createContext(overrides: InputOverrides = {}): ProviderContext {
  const inputs = createInputs(overrides)
  return {
    settings: providerSettings(inputs),
    userAgent: 'cancel-deployment/test',
    requests: requestPolicy(inputs.maxAttempts)
  }
}

/** A target as readInputs builds it. */
export function target(ids: Target['ids']): Target {
  return { label: Object.values(ids).join('/'), ids }
}

export const never = new AbortController().signal
