/**
 * What the step knows of each provider before loading it: which credentials it
 * needs and which inputs name its targets. The input parser reads this; the
 * provider modules themselves are loaded by providers/registry.ts, which adds
 * one loader per name here (a name without a loader is a type error there).
 */
import type { OptionInput, TargetInput } from './targets.js'

export interface ProviderDescription {
  /** Which credentials and settings it needs. */
  cloud: 'aws' | 'datadog'
  /** The inputs naming one target, all required; several inputs form every combination. */
  targets: readonly TargetInput[]
  /** The provider-specific options it reads; given to another provider, they are ignored with a warning. */
  options: readonly OptionInput[]
}

// prettier-ignore
export const PROVIDER_CATALOG = {
  greengrass: { cloud: 'aws', targets: ['deployment-id'], options: [] },
  'proton-service-pipeline': { cloud: 'aws', targets: ['service-name'], options: [] },
  'proton-environment': { cloud: 'aws', targets: ['environment-name'], options: [] },
  'iot-job-execution': { cloud: 'aws', targets: ['thing-name', 'job-id'], options: ['force', 'expected-version', 'status-details'] },
  'iot-job': { cloud: 'aws', targets: ['job-id'], options: ['force', 'reason-code', 'comment'] },
  'datadog-fleet': { cloud: 'datadog', targets: ['deployment-id'], options: [] }
} as const satisfies Record<string, ProviderDescription>

export type ProviderName = keyof typeof PROVIDER_CATALOG
export const PROVIDER_NAMES = Object.keys(PROVIDER_CATALOG) as ProviderName[]
