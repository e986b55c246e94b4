/**
 * What a provider is given of the step's inputs: its cloud's settings and nothing else (no
 * GitHub token, no step option such as fail-on, max-concurrency, wait, dry-run or the timeouts).
 */
import type { AwsSettings, DatadogFleetSettings, ProviderSettings, Settings } from './types.js'

/** The settings a provider of the inputs' cloud reads, picked from the parsed inputs. */
export function providerSettings(inputs: Settings): ProviderSettings {
  // The input parser gives the Datadog keys exactly when the catalogue's cloud is datadog.
  return inputs.datadog
    ? datadogSettings(inputs, inputs.datadog)
    : awsSettings(inputs, inputs.awsRegion)
}

function awsSettings(inputs: Settings, region: string): AwsSettings {
  const { force, endpointUrl, expectedVersion, statusDetails, reasonCode, comment } = inputs
  return {
    cloud: 'aws',
    region,
    force,
    ...(endpointUrl !== undefined ? { endpointUrl } : {}),
    ...(expectedVersion !== undefined ? { expectedVersion } : {}),
    ...(statusDetails !== undefined ? { statusDetails } : {}),
    ...(reasonCode !== undefined ? { reasonCode } : {}),
    ...(comment !== undefined ? { comment } : {})
  }
}

function datadogSettings(
  inputs: Settings,
  { apiKey, appKey, site }: NonNullable<Settings['datadog']>
): DatadogFleetSettings {
  return {
    cloud: 'datadog',
    apiKey,
    appKey,
    site,
    reach: inputs.reach,
    ...(inputs.endpointUrl !== undefined ? { endpointUrl: inputs.endpointUrl } : {})
  }
}
