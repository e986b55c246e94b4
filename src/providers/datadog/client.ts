/**
 * The Fleet Automation API client for one step: the keys and site it was given, its requests
 * through the step's policy (http.ts) and the proxy the runner names. The API class is imported
 * from its own module, not the package root, which would load every Datadog API at start-up.
 */
import './punycode-preload.js'
import { FleetAutomationApi } from '@datadog/datadog-api-client/dist/packages/datadog-api-client-v2/apis/FleetAutomationApi.js'
import {
  createConfiguration,
  type Configuration
} from '@datadog/datadog-api-client/dist/packages/datadog-api-client-common/configuration.js'
import { BaseServerConfiguration } from '@datadog/datadog-api-client/dist/packages/datadog-api-client-common/servers.js'
import { logger } from '@datadog/datadog-api-client/dist/logger.js'
import { proxyDispatchersFromEnv } from './proxy.js'
import { PacedFetchHttpLibrary } from './http.js'
import { countingAttempts, type CallTally } from '../../requests/scope.js'
import type { DatadogFleetSettings, ProviderContext } from '../types.js'

export interface DatadogClient {
  api: FleetAutomationApi
  /**
   * One API call under `signal`, with its attempts counted in `tally`: a cancel refused
   * after a retry may have been this step's own first attempt, whose answer was lost.
   */
  send<T>(
    signal: AbortSignal,
    tally: CallTally,
    call: (options: Configuration) => Promise<T>
  ): Promise<T>
  /** Releases the proxy's sockets. */
  close(): void
}

export function datadogClient({
  settings,
  requests,
  userAgent
}: ProviderContext<DatadogFleetSettings>): DatadogClient {
  // The client logs failed requests itself; this action reports them once, in its own words.
  logger.setLevel('silent')
  const proxies = proxyDispatchersFromEnv()
  const configuration = createConfiguration({
    authMethods: { apiKeyAuth: settings.apiKey, appKeyAuth: settings.appKey },
    // The client's own retry ignores maxRetries: 0 and network errors; the policy does it all.
    enableRetry: false,
    httpApi: new PacedFetchHttpLibrary({ policy: requests, userAgent, proxies }),
    ...(settings.endpointUrl
      ? { baseServer: new BaseServerConfiguration(settings.endpointUrl, {}) }
      : {})
  })
  configuration.setServerVariables({ site: settings.site })
  return {
    api: new FleetAutomationApi(configuration),
    send: (signal, tally, call) =>
      countingAttempts(tally, () => call(withSignal(configuration, signal))),
    close: () => proxies?.close()
  }
}

/** The same configuration, with this call's abort signal. */
function withSignal(configuration: Configuration, signal: AbortSignal): Configuration {
  const copy = Object.create(Object.getPrototypeOf(configuration) as object) as Configuration
  return Object.assign(copy, configuration, { httpConfig: { ...configuration.httpConfig, signal } })
}
