// The Datadog cancel both Datadog references make, as the client's README shows it:
// imported from the package root.
import { client, v2 } from '@datadog/datadog-api-client'

export async function cancelFromRoot(): Promise<void> {
  const configuration = client.createConfiguration({
    authMethods: { apiKeyAuth: process.env.DD_API_KEY, appKeyAuth: process.env.DD_APP_KEY },
    baseServer: new client.BaseServerConfiguration(process.env.BENCH_ENDPOINT ?? '', {})
  })
  await new v2.FleetAutomationApi(configuration).cancelFleetDeploymentV2({
    deploymentId: process.env.BENCH_DEPLOYMENT ?? ''
  })
}
