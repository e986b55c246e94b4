/**
 * Provider name → its module, loaded only when chosen, so one provider's SDK
 * never costs another's users anything. What the step knows of a provider
 * before loading it is in src/provider-catalog.ts.
 */
import type { ProviderModule } from '../provider.js'
import {
  PROVIDER_CATALOG,
  type ProviderDescription,
  type ProviderName
} from '../provider-catalog.js'

export interface ProviderEntry extends ProviderDescription {
  load(): Promise<ProviderModule>
}

const LOADERS = {
  greengrass: () => import('./greengrass.js'),
  'proton-service-pipeline': () => import('./proton-service-pipeline.js'),
  'proton-environment': () => import('./proton-environment.js'),
  'iot-job-execution': () => import('./iot-job-execution.js'),
  'iot-job': () => import('./iot-job.js'),
  'datadog-fleet': () => import('./datadog-fleet.js')
} satisfies Record<ProviderName, () => Promise<ProviderModule>>

export const PROVIDERS = Object.fromEntries(
  Object.entries(PROVIDER_CATALOG).map(([name, description]) => [
    name,
    { ...description, load: LOADERS[name as ProviderName] }
  ])
) as { [name in ProviderName]: (typeof PROVIDER_CATALOG)[name] & ProviderEntry }

export { PROVIDER_NAMES, type ProviderName } from '../provider-catalog.js'
