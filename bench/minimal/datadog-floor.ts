// The floor for datadog-fleet, as bench/minimal/iot.ts is for the AWS providers: the least a
// cancel built on the card's parts can be. FleetAutomationApi imported from its own module (not
// the package root), one cancelFleetDeploymentV2 on the client's own HTTP layer, one output
// written through @actions/core.
import * as core from '@actions/core'
import { FleetAutomationApi } from '@datadog/datadog-api-client/dist/packages/datadog-api-client-v2/apis/FleetAutomationApi.js'
import { createConfiguration } from '@datadog/datadog-api-client/dist/packages/datadog-api-client-common/configuration.js'
import { BaseServerConfiguration } from '@datadog/datadog-api-client/dist/packages/datadog-api-client-common/servers.js'

// No top-level await, so that the reference stays a plain script-shaped entry.
async function main() {
  const configuration = createConfiguration({
    authMethods: { apiKeyAuth: process.env.DD_API_KEY, appKeyAuth: process.env.DD_APP_KEY },
    baseServer: new BaseServerConfiguration(process.env.BENCH_ENDPOINT ?? '', {})
  })
  await new FleetAutomationApi(configuration).cancelFleetDeploymentV2({
    deploymentId: process.env.BENCH_DEPLOYMENT ?? ''
  })
  core.setOutput('outcome', 'cancelled')
}
void main()
