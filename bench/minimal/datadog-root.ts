// A Datadog cancel as the client's README shows it: imported from the package root.
import { appendFileSync } from 'node:fs'
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
  appendFileSync(process.env.GITHUB_OUTPUT ?? '/dev/null', 'outcome=cancelled\n')
}
void main()
