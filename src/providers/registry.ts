/**
 * Provider name → its module, loaded only when chosen, so one provider's SDK
 * never costs another's users anything. What the step knows of a provider
 * before loading it is in src/providers/catalog.ts.
 */
import type { ProviderModule, ProviderSettings } from './types.js'
import { PROVIDER_CATALOG, type ProviderDescription, type ProviderName } from './catalog.js'

interface ProviderEntry extends ProviderDescription {
  load(): Promise<ProviderModule>
}

/** The settings a provider of this name is given: its cloud's (a datadog module for an aws name is a type error). */
type SettingsOf<N extends ProviderName> = Extract<
  ProviderSettings,
  { cloud: (typeof PROVIDER_CATALOG)[N]['cloud'] }
>

const LOADERS: { [N in ProviderName]: () => Promise<ProviderModule<SettingsOf<N>>> } = {
  greengrass: () => import('./aws/greengrass.js'),
  'proton-service-pipeline': () => import('./aws/proton-service-pipeline.js'),
  'proton-environment': () => import('./aws/proton-environment.js'),
  'iot-job-execution': () => import('./aws/iot-job-execution.js'),
  'iot-job': () => import('./aws/iot-job.js'),
  'datadog-fleet': () => import('./datadog/fleet.js')
}

export const PROVIDERS = Object.fromEntries(
  Object.entries(PROVIDER_CATALOG).map(([name, description]) => [
    name,
    { ...description, load: LOADERS[name as ProviderName] as () => Promise<ProviderModule> }
  ])
) as { [name in ProviderName]: (typeof PROVIDER_CATALOG)[name] & ProviderEntry }

export { PROVIDER_NAMES, type ProviderName } from './catalog.js'
