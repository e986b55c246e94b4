// The SDK alone on a throttled batch: N CancelJobExecution calls, `concurrency`
// at a time, with the SDK's own retry mode (standard or adaptive). Prints the wall time.
import { CancelJobExecutionCommand, IoTClient } from '@aws-sdk/client-iot'

// No top-level await, so that the reference stays a plain script-shaped entry.
async function main() {
  const [mode = 'standard', count = '1000', concurrency = '10'] = process.argv.slice(2)
  const client = new IoTClient({
    endpoint: process.env.BENCH_ENDPOINT,
    region: 'us-east-1',
    retryMode: mode,
    maxAttempts: 10
  })
  const started = Date.now()
  let next = 0
  let failed = 0
  async function worker() {
    while (next < Number(count)) {
      const i = next++
      try {
        await client.send(
          new CancelJobExecutionCommand({ thingName: `thing-${i}`, jobId: 'job-bench' })
        )
      } catch {
        failed++
      }
    }
  }
  await Promise.all(Array.from({ length: Number(concurrency) }, worker))
  console.log(JSON.stringify({ wallMs: Date.now() - started, failed }))
}
void main()
