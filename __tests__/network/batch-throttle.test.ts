/**
 * A batch under a provider-wide rate limit, through the bundled action: the
 * step slows down as a whole (one shared send rate) instead of each target
 * retrying on its own, every target ends with its own outcome, and no accepted
 * cancel is sent twice. The 1,000-target version with timings is `npm run bench`.
 */
import { describe, expect, it } from '@jest/globals'
import { fileEmulator } from '../../__fixtures__/emulator.js'
import { runAction } from '../../__fixtures__/run-action.js'

const AWS = {
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'secret',
  AWS_REGION: 'us-east-1'
}
const emu = await fileEmulator()

describe('a throttled batch', () => {
  it('120 IoT executions at 60 requests a second: all cancelled, few retries, about N/R', async () => {
    const things = Array.from({ length: 120 }, (_, i) => `batch-thing-${i}`)
    for (const thing of things) emu.addIotJobExecution(thing, 'batch-job', { status: 'QUEUED' })
    emu.throttle({ ratePerSecond: 60, burst: 10 })
    const run = await runAction(
      {
        provider: 'iot-job-execution',
        'thing-name': things.join(','),
        'job-id': 'batch-job',
        'endpoint-url': emu.url,
        'max-concurrency': '10'
      },
      { env: AWS }
    )
    emu.throttle(null)
    const sent = emu.requests.filter((r) => r.operation === 'iot.CancelJobExecution')
    const results = JSON.parse(run.outputs.results ?? '[]') as { target: string; outcome: string }[]
    expect(run.outputs.outcome).toBe('cancelled')
    expect(results).toHaveLength(120)
    expect(results.every((r) => r.outcome === 'cancelled')).toBe(true)
    // Each execution accepted exactly once…
    for (const thing of things) {
      expect(sent.filter((r) => r.params.thingName === thing && r.status === 200)).toHaveLength(1)
    }
    // …with few throttled retries, where each target retrying alone would multiply them.
    expect(sent.length / 120).toBeLessThanOrEqual(1.3)
    // How fast is the bench's to say (the 1,000-target figures are in the README): a process
    // starved of CPU by the rest of the suite sends slower than the bucket refills. A pacer stuck
    // near its slowest pace (one request in 20 s) would not end before the test does.
  }, 40_000)

  it('timeout-seconds counts from the first request: 60 targets in flight at once against 12 requests a second, with 3 s each, are all cancelled', async () => {
    // Together they need 5 s or more at that rate; each target's own requests take milliseconds.
    // Waiting for the shared send rate is the step pacing itself and never counts against them.
    const ids = Array.from({ length: 60 }, (_, i) => `paced-${i}`)
    for (const id of ids) emu.addGreengrassDeployment(id, { status: 'ACTIVE' })
    emu.throttle({ ratePerSecond: 12, burst: 4 })
    const run = await runAction(
      {
        provider: 'greengrass',
        'deployment-id': ids.join(','),
        'endpoint-url': emu.url,
        'max-concurrency': '100',
        'timeout-seconds': '3',
        // The cancels are what is measured: no reach reads after them at the same 12 a second.
        reach: 'none'
      },
      { env: AWS }
    )
    emu.throttle(null)
    const results = JSON.parse(run.outputs.results ?? '[]') as {
      target: string
      outcome: string
      message: string
    }[]
    expect(results.filter((r) => r.outcome !== 'cancelled').map((r) => r.message)).toEqual([])
    expect(run.outputs.outcome).toBe('cancelled')
    const cancels = emu.requests.filter((r) => r.operation === 'greengrass.CancelDeployment')
    expect(cancels.at(-1)!.time - cancels[0]!.time).toBeGreaterThan(3_000)
  }, 40_000)

  it('names this action in the user agent of every request, Datadog included', async () => {
    emu.addDatadogDeployment('ua-1', { status: 'running' })
    emu.addGreengrassDeployment('ua-2', { status: 'ACTIVE' })
    const before = emu.requests.length
    await runAction(
      {
        provider: 'datadog-fleet',
        'deployment-id': 'ua-1',
        'datadog-api-key': 'k-ua',
        'datadog-app-key': 'a-ua',
        'endpoint-url': emu.url
      },
      { env: {} }
    )
    await runAction(
      { provider: 'greengrass', 'deployment-id': 'ua-2', 'endpoint-url': emu.url },
      { env: AWS }
    )
    const agents = emu.requests.slice(before).map((r) => r.headers['user-agent'])
    // Each cancel, then its reach reads (reach: counts): Datadog's get deployment, and Greengrass's
    // GetDeployment and IoT DescribeJob (the IoT client loaded for it names the action too).
    expect(agents).toHaveLength(5)
    for (const agent of agents) expect(agent).toMatch(/cancel-deployment\/\d+\.\d+\.\d+/)
  }, 30_000)
})
