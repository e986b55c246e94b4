// Context for the Datadog ratio, not its goal: the root-import reference plus @actions/core
// for its output, as the AWS floor has it. Every action built on the card's parts loads
// @actions/core (and the undici its HTTP client loads at import); the goal's reference does not.
import * as core from '@actions/core'
import { client, v2 } from '@datadog/datadog-api-client'

// No top-level await, so that the reference stays a plain script-shaped entry.
async function main() {
  const configuration = client.createConfiguration({
    authMethods: { apiKeyAuth: process.env.DD_API_KEY, appKeyAuth: process.env.DD_APP_KEY },
    baseServer: new client.BaseServerConfiguration(process.env.BENCH_ENDPOINT ?? '', {})
  })
  await new v2.FleetAutomationApi(configuration).cancelFleetDeploymentV2({
    deploymentId: process.env.BENCH_DEPLOYMENT ?? ''
  })
  core.setOutput('outcome', 'cancelled')
}
void main()
