// The least a cancel can be: one IoT client, one CancelJobExecution, one output line.
// The benchmark's reference for "supporting many providers costs nothing measurable".
import { appendFileSync } from 'node:fs'
import { CancelJobExecutionCommand, IoTClient } from '@aws-sdk/client-iot'

// No top-level await: these references are bundled without type information.
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
  appendFileSync(process.env.GITHUB_OUTPUT ?? '/dev/null', 'outcome=cancelled\n')
}
void main()
