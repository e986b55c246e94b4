/**
 * What each provider's run loads from dist/: bytes are deterministic, so this
 * is the budget that keeps an AWS user from paying for Datadog (and the other
 * way round). Timing goals live in `npm run bench`, not here.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, distFilesLoaded } from '../__fixtures__/run-action.js'
import { startEmulator } from '../emulator/server.js'
import { PROVIDER_CATALOG, PROVIDER_NAMES, type ProviderName } from '../src/providers/catalog.js'

/** A chunk holding Datadog's client: its API class and its auth header. */
const isDatadogChunk = (name: string) => {
  const text = readFileSync(join(ROOT, 'dist', name), 'utf8')
  return text.includes('FleetAutomationApiRequestFactory') || text.includes('DD-APPLICATION-KEY')
}

/** Octokit (@actions/github's client): its user agent. */
const isOctokitChunk = (name: string) =>
  readFileSync(join(ROOT, 'dist', name), 'utf8').includes('octokit-core.js/')
/** Octokit, or src/providers/github/mark.ts, which loads it: one of its messages. */
const isGithubChunk = (name: string) =>
  isOctokitChunk(name) ||
  readFileSync(join(ROOT, 'dist', name), 'utf8').includes('GitHub refused the token')

const UNREACHABLE = 'http://127.0.0.1:9'
const AWS_ENV = { AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'y', AWS_REGION: 'us-east-1' }
/** Every AWS provider of the catalogue, with a value for each of its target inputs. */
const runs: [string, Record<string, string>][] = PROVIDER_NAMES.filter(
  (name) => PROVIDER_CATALOG[name].cloud === 'aws'
).map((name) => [name, Object.fromEntries(PROVIDER_CATALOG[name].targets.map((t) => [t, 'x']))])
type AwsProviderName = {
  [P in ProviderName]: (typeof PROVIDER_CATALOG)[P]['cloud'] extends 'aws' ? P : never
}[ProviderName]
/** The SDK commands each AWS provider sends (its in-flight-on list included): all that its run loads. */
const IOT_PLACES = ['DescribeThingCommand', 'DescribeThingGroupCommand']
const COMMANDS: Record<AwsProviderName, string[]> = {
  greengrass: ['CancelDeploymentCommand', 'GetDeploymentCommand', 'ListDeploymentsCommand'],
  'proton-service-pipeline': ['CancelServicePipelineDeploymentCommand', 'GetServiceCommand'],
  'proton-environment': ['CancelEnvironmentDeploymentCommand', 'GetEnvironmentCommand'],
  'iot-job-execution': [
    'CancelJobExecutionCommand',
    'DescribeJobCommand',
    'DescribeJobExecutionCommand',
    ...IOT_PLACES,
    'ListJobExecutionsForThingCommand'
  ],
  'iot-job': ['CancelJobCommand', 'DescribeJobCommand', ...IOT_PLACES, 'ListJobsCommand']
}
/** Commands of the nested clients (STS, SSO, SSO OIDC) the SDK's default credential chain loads. */
const CREDENTIAL_CHAIN = [
  'AssumeRoleCommand',
  'AssumeRoleWithWebIdentityCommand',
  'CreateOAuth2TokenCommand',
  'CreateOAuth2TokenWithIAMCommand',
  'CreateTokenCommand',
  'GetRoleCredentialsCommand'
]
/** Generous ceilings: a dependency upgrade may grow them a little, not by a whole SDK. */
const AWS_BUDGET_BYTES = 4_000_000
const DATADOG_BUDGET_BYTES = 12_000_000

describe('bundle budget', () => {
  it.each(runs)('an %s run loads no Datadog or GitHub code', async (provider, targets) => {
    // The runner always passes github-token (action.yml's default): that alone loads nothing.
    const { run, files } = await distFilesLoaded(
      { provider, ...targets, 'endpoint-url': UNREACHABLE, 'max-attempts': '1' },
      { env: AWS_ENV }
    )
    expect(run.outputs.outcome).toBe('failed')
    expect(files.map((f) => f.name)).toContain('index.js')
    expect(files.filter((f) => isDatadogChunk(f.name))).toEqual([])
    expect(files.filter((f) => isGithubChunk(f.name))).toEqual([])
    expect(files.reduce((n, f) => n + f.bytes, 0)).toBeLessThan(AWS_BUDGET_BYTES)
    // The SDK's clients are imported command by command (src/providers/aws/sdk-modules.d.ts): the
    // package root's build would bring every command class of the service (client-iot: 270).
    const commands = new Set(
      files.flatMap((f) =>
        [
          ...readFileSync(join(ROOT, 'dist', f.name), 'utf8').matchAll(
            /class (\w+Command) extends/g
          )
        ].map((m) => m[1] ?? '')
      )
    )
    expect([...commands].filter((c) => !CREDENTIAL_CHAIN.includes(c)).sort()).toEqual(
      COMMANDS[provider as AwsProviderName]
    )
  })

  it('every file of dist/ is ASCII-only (V8 holds one non-ASCII character as a two-byte file)', () => {
    // scripts/compact-bundle.ts escapes what JavaScript can escape; a regex literal or a
    // String.raw template beyond ASCII in a dependency would stay, and show here.
    const js = readdirSync(join(ROOT, 'dist')).filter((name) => name.endsWith('.js'))
    const nonAscii = js.filter((name) =>
      /[^\p{ASCII}]/u.test(readFileSync(join(ROOT, 'dist', name), 'utf8'))
    )
    expect(js.length).toBeGreaterThan(1)
    expect(nonAscii).toEqual([])
  })

  it('a datadog-fleet run loads Datadog, but no AWS service client', async () => {
    const { run, files } = await distFilesLoaded(
      {
        provider: 'datadog-fleet',
        'deployment-id': 'd',
        'datadog-api-key': 'k',
        'datadog-app-key': 'a',
        'endpoint-url': UNREACHABLE,
        'max-attempts': '1'
      },
      { env: {} }
    )
    expect(run.outputs.outcome).toBe('failed')
    expect(files.some((f) => isDatadogChunk(f.name))).toBe(true)
    const awsClients = files.filter((f) =>
      /GreengrassV2Client|ProtonClient|IoTClient/.test(
        readFileSync(join(ROOT, 'dist', f.name), 'utf8')
      )
    )
    expect(awsClients).toEqual([])
    expect(files.reduce((n, f) => n + f.bytes, 0)).toBeLessThan(DATADOG_BUDGET_BYTES)
  })

  it('a run naming a GitHub deployment loads src/providers/github/mark.ts, but Octokit only to write', async () => {
    const inputs = {
      provider: 'greengrass',
      'max-attempts': '1',
      'github-deployment-id': '1',
      'github-token': 't'
    }
    const failed = await distFilesLoaded(
      { ...inputs, 'deployment-id': 'd', 'endpoint-url': UNREACHABLE },
      { env: AWS_ENV }
    )
    expect(failed.run.outputs['github-deployment-status']).toBe('skipped')
    expect(failed.files.some((f) => isGithubChunk(f.name))).toBe(true)
    expect(failed.files.filter((f) => isOctokitChunk(f.name))).toEqual([])

    const emu = await startEmulator()
    try {
      emu.addGreengrassDeployment('d')
      emu.github.addDeployment({ repository: 'octo/app', id: 1 })
      const written = await distFilesLoaded(
        { ...inputs, 'deployment-id': 'd', 'endpoint-url': emu.url, 'github-api-url': emu.url },
        { env: AWS_ENV }
      )
      expect(written.run.outputs['github-deployment-status']).toBe('written')
      expect(written.files.some((f) => isOctokitChunk(f.name))).toBe(true)
      expect(written.files.filter((f) => isDatadogChunk(f.name))).toEqual([])
      expect(written.files.reduce((n, f) => n + f.bytes, 0)).toBeLessThan(AWS_BUDGET_BYTES)
    } finally {
      await emu.close()
    }
  })

  it('an input error loads the entry point and the action, but no provider', async () => {
    const { run, files } = await distFilesLoaded({ provider: 'nope' })
    expect(run.exitCode).toBe(1)
    // The entry point is small: the interrupt handlers are installed before the rest loads.
    expect(files[0]).toEqual({ name: 'index.js', bytes: expect.any(Number) })
    expect(files[0]!.bytes).toBeLessThan(64 * 1024)
    expect(files.filter((f) => isDatadogChunk(f.name))).toEqual([])
    const awsClients = files.filter((f) =>
      /GreengrassV2Client|ProtonClient|IoTClient/.test(
        readFileSync(join(ROOT, 'dist', f.name), 'utf8')
      )
    )
    expect(awsClients).toEqual([])
  })
})
