/**
 * Faults on the wire, against the emulator, through the bundled action: each
 * scenario asserts the outcome, how many requests were sent, and that the step
 * ended by itself (a stall outlasts the test; how long the backoff waits is the
 * unit tests' to say, on a virtual clock). One provider per wire protocol family:
 * Greengrass (AWS REST JSON), Proton (AWS JSON 1.0) and Datadog.
 */
import { describe, expect, it } from '@jest/globals'
import { fileEmulator } from '../../__fixtures__/emulator.js'
import type { FaultSpec } from '../../emulator/faults.js'
import { runAction } from '../../__fixtures__/run-action.js'

const AWS = {
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'secret',
  AWS_REGION: 'us-east-1'
}
const emu = await fileEmulator()

interface Provider {
  provider: string
  operation:
    | 'greengrass.CancelDeployment'
    | 'proton.CancelServicePipelineDeployment'
    | 'datadog.CancelDeployment'
  seed(id: string): void
  inputs(id: string): Record<string, string>
  env: Record<string, string>
}
const PROVIDERS: Provider[] = [
  {
    provider: 'greengrass',
    operation: 'greengrass.CancelDeployment',
    seed: (id) => emu.addGreengrassDeployment(id, { status: 'ACTIVE' }),
    inputs: (id) => ({ provider: 'greengrass', 'deployment-id': id }),
    env: AWS
  },
  {
    provider: 'proton-service-pipeline',
    operation: 'proton.CancelServicePipelineDeployment',
    seed: (id) => emu.addProtonService(id, 'IN_PROGRESS'),
    inputs: (id) => ({ provider: 'proton-service-pipeline', 'service-name': id }),
    env: AWS
  },
  {
    provider: 'datadog-fleet',
    operation: 'datadog.CancelDeployment',
    seed: (id) => emu.addDatadogDeployment(id, { status: 'running' }),
    inputs: (id) => ({
      provider: 'datadog-fleet',
      'deployment-id': id,
      'datadog-api-key': 'faults-api-key',
      'datadog-app-key': 'faults-app-key'
    }),
    env: {}
  }
]

interface Scenario {
  name: string
  faults: FaultSpec[]
  options: Record<string, string>
  outcome: string
  message?: RegExp
  requests: number
}
const SCENARIOS: Scenario[] = [
  {
    // The emulator, like a real service, may act on a request whose answer it then
    // loses: the retry is refused, and a read shows this step's own first attempt took.
    name: 'two connection resets, then an answer',
    faults: [{ reset: true }, { reset: true }],
    options: { 'max-attempts': '3' },
    outcome: 'cancelled',
    message: /sent 3 times because an answer was lost/,
    requests: 3
  },
  {
    name: 'resets on every attempt',
    faults: Array(3).fill({ reset: true }),
    options: { 'max-attempts': '3' },
    outcome: 'failed',
    message: /Could not reach/,
    requests: 3
  },
  {
    // The stall outlasts the run's 40 s: a step that waited for it would be killed.
    name: 'a provider that never answers',
    faults: [{ delayMs: 600_000 }],
    options: { 'timeout-seconds': '2' },
    outcome: 'failed',
    message: /timed out after 2 s \(timeout-seconds\)/,
    requests: 1
  },
  {
    name: 'a burst of 5xx, then an answer',
    faults: [{ status: 503 }, { status: 500 }],
    options: { 'max-attempts': '5' },
    outcome: 'cancelled',
    requests: 3
  },
  {
    // Throttling is not an attempt: the provider did nothing, so it is sent again.
    name: 'a storm of throttling answers, more than max-attempts',
    faults: Array(4).fill({ throttle: true, retryAfter: 0, rateLimitReset: 0 }),
    options: { 'max-attempts': '2' },
    outcome: 'cancelled',
    requests: 5
  },
  {
    name: 'a slow drip of the answer',
    faults: [{ dripMs: 300, dripChunks: 4 }],
    options: { 'timeout-seconds': '10' },
    outcome: 'cancelled',
    requests: 1
  },
  {
    name: 'HTML from a captive portal with status 200',
    faults: [
      {
        status: 200,
        body: '<html><body>Sign in to the network</body></html>',
        contentType: 'text/html'
      }
    ],
    options: {},
    outcome: 'failed',
    message: /could not be read/,
    requests: 1
  }
]

let counter = 0
describe.each(PROVIDERS)('$provider under faults', (p) => {
  // Each scenario scripts faults for its own target: they run at the same time.
  it.concurrent.each(SCENARIOS)(
    '$name',
    async (scenario) => {
      const id = `fault${++counter}`
      p.seed(id)
      emu.fault(p.operation, scenario.faults, { target: id })
      const run = await runAction(
        { ...p.inputs(id), 'endpoint-url': emu.url, ...scenario.options },
        { env: p.env, timeoutMs: 40_000 }
      )
      const mine = emu.requests.filter((r) => r.operation === p.operation && r.target === id)
      const sent = mine.length
      // Every scripted fault was met.
      expect(emu.pendingFaults(p.operation, { target: id })).toBe(0)
      expect({ outcome: run.outputs.outcome, requests: sent }).toEqual({
        outcome: scenario.outcome,
        requests: scenario.requests
      })
      if (scenario.message) expect(run.outputs.message).toMatch(scenario.message)
      // Not null: the step ended by itself, it was not killed at timeoutMs.
      expect(run.exitCode).toBe(scenario.outcome === 'failed' ? 1 : 0)
    },
    50_000
  )
})
