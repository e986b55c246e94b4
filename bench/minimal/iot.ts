// The floor: the least a cancel built on the card's parts can be. One IoT client, one
// CancelJobExecution, one output written through @actions/core (whose HTTP client loads
// undici at import, whatever is called). The action's start-up is measured against it.
import * as core from '@actions/core'
import { CancelJobExecutionCommand, IoTClient } from '@aws-sdk/client-iot'

// No top-level await, so that the reference stays a plain script-shaped entry.
async function main() {
  const client = new IoTClient({
    endpoint: process.env.BENCH_ENDPOINT,
    region: process.env.AWS_REGION
  })
  await client.send(
    new CancelJobExecutionCommand({
      thingName: process.env.BENCH_THING,
      jobId: process.env.BENCH_JOB
    })
  )
  core.setOutput('outcome', 'cancelled')
}
void main()
