import type { ProviderModule } from './types.js'
import type { OptionInput, TargetInput } from '../targets.js'

export interface ProviderEntry {
  /** Which credentials and settings it needs. */
  cloud: 'aws' | 'datadog'
  /** The inputs naming one target, all required; several inputs form every combination. */
  targets: readonly TargetInput[]
  /** The provider-specific options it reads; given to another provider, they are ignored with a warning. */
  options: readonly OptionInput[]
  /** Loaded only when chosen, so one provider's SDK never costs another's users anything. */
  load(): Promise<ProviderModule>
}

// prettier-ignore
export const PROVIDERS = {
  greengrass: { cloud: 'aws', targets: ['deployment-id'], options: [], load: () => import('./greengrass.js') },
  'proton-service-pipeline': { cloud: 'aws', targets: ['service-name'], options: [], load: () => import('./proton-service-pipeline.js') },
  'proton-environment': { cloud: 'aws', targets: ['environment-name'], options: [], load: () => import('./proton-environment.js') },
  'iot-job-execution': { cloud: 'aws', targets: ['thing-name', 'job-id'], options: ['force', 'expected-version', 'status-details'], load: () => import('./iot-job-execution.js') },
  'iot-job': { cloud: 'aws', targets: ['job-id'], options: ['force', 'reason-code', 'comment'], load: () => import('./iot-job.js') },
  'datadog-fleet': { cloud: 'datadog', targets: ['deployment-id'], options: [], load: () => import('./datadog-fleet.js') }
} as const satisfies Record<string, ProviderEntry>

export type ProviderName = keyof typeof PROVIDERS
export const PROVIDER_NAMES = Object.keys(PROVIDERS) as ProviderName[]
