/**
 * Messages that name the fix, through the bundle: each says what the user typed or what
 * happened, and what to do instead (issue #26). Input errors send nothing; the others run
 * against the emulator, each on a target of its own, so they run at the same time.
 */
import { describe, expect, it } from '@jest/globals'
import { fileEmulator } from '../../__fixtures__/emulator.js'
import type { OperationName } from '../../emulator/types.js'
import { act, DD_INPUTS, providerCase, sentFor, uid, until } from './support.js'

const emu = await fileEmulator()

const ACCOUNT = '123456789012'
const gg = { provider: 'greengrass', 'deployment-id': 'dep-1' }

/** Refused before anything is sent: the message, and that no request left. */
const INPUT_ERRORS: [string, Record<string, string>, RegExp][] = [
  [
    'a Greengrass deployment ARN as deployment-id',
    {
      provider: 'greengrass',
      'deployment-id': `arn:aws:greengrass:us-east-1:${ACCOUNT}:deployments:4f1c2d3e-aaaa-bbbb-cccc-0123456789ab`
    },
    /deployment-id ".*" is an ARN: give the deployment id, the part after the resource type \(4f1c2d3e-aaaa-bbbb-cccc-0123456789ab\)/
  ],
  [
    'a job ARN as job-id',
    { provider: 'iot-job', 'job-id': `arn:aws:iot:us-east-1:${ACCOUNT}:job/firmware-42` },
    /job-id ".*" is an ARN: give the job id, the part after the resource type \(firmware-42\)/
  ],
  [
    'a thing ARN as thing-name',
    {
      provider: 'iot-job-execution',
      'thing-name': `arn:aws:iot:us-east-1:${ACCOUNT}:thing/core-7`,
      'job-id': 'job-1'
    },
    /thing-name ".*" is an ARN: give the thing name, the part after the resource type \(core-7\)/
  ],
  [
    'a Proton service name wrapped in quotes',
    { provider: 'proton-service-pipeline', 'service-name': '"checkout"' },
    /service-name ""checkout"" is wrapped in quotes, which are part of the value: give checkout without them/
  ],
  [
    'provider: Greengrass',
    { ...gg, provider: 'Greengrass' },
    /provider "Greengrass" is not one of .*: provider names are lower-case, so give greengrass/
  ],
  [
    'fail-on with an outcome spelled Not_Found',
    { ...gg, 'fail-on': 'failed, Not_Found' },
    /fail-on "Not_Found" \(did you mean not-found\?\) is not an outcome/
  ],
  [
    'fail-on: none, failed',
    { ...gg, 'fail-on': 'none, failed' },
    /fail-on "none, failed" mixes none with outcomes: none stands alone/
  ],
  ['fail-on: , (no outcome at all)', { ...gg, 'fail-on': ' , ' }, /fail-on "," names no outcome/],
  [
    'max-concurrency: 0',
    { ...gg, 'max-concurrency': '0' },
    /max-concurrency must be from 1 to 100, not 0\b/
  ],
  [
    'wait-timeout-seconds: 90000',
    { ...gg, 'wait-timeout-seconds': '90000' },
    /wait-timeout-seconds must be from 1 to 21600, not 90000\b/
  ],
  [
    'timeout-seconds: 2m',
    { ...gg, 'timeout-seconds': '2m' },
    /timeout-seconds must be a whole number from 1 to 21600, not "2m"/
  ],
  [
    'an empty github-token (a secret that is not set)',
    { ...gg, 'github-deployment-id': '5', 'github-token': '' },
    /github-token is empty, so the cancel was not sent: remove the input .* or fix the secret it names/
  ]
]

describe('input errors name the fix and echo what was given', () => {
  it.concurrent.each(INPUT_ERRORS)('%s', async (_name, inputs, message) => {
    const run = await act(emu, inputs)
    expect(run.outputs.outcome).toBe('failed')
    expect(run.outputs.message).toMatch(message)
    expect(run.exitCode).toBe(1)
    // Other tests of this file run alongside: only requests naming these inputs' values count.
    const named = new Set(Object.values(inputs))
    expect(emu.requests.filter((r) => r.target !== undefined && named.has(r.target))).toEqual([])
  })
})

describe('a target the provider does not know, whose id is wrapped in quotes', () => {
  const quoted: [string, string, string, Record<string, string>][] = [
    ['greengrass', '"', '"', {}],
    ['datadog-fleet', "'", "'", DD_INPUTS]
  ]
  it.concurrent.each(quoted)(
    '%s: not-found says the quotes are sent as part of it',
    async (provider, open, close, extra) => {
      const id = uid('quoted')
      const run = await act(emu, { provider, 'deployment-id': `${open}${id}${close}`, ...extra })
      expect(run.outputs.outcome).toBe('not-found')
      expect(run.outputs.message).toContain(
        `The deployment-id is wrapped in quotes, which are sent as part of it: give ${id} without them.`
      )
    }
  )

  it.concurrent('an unknown id without quotes says nothing of quotes', async () => {
    const run = await act(emu, { provider: 'greengrass', 'deployment-id': uid('plain') })
    expect(run.outputs.outcome).toBe('not-found')
    expect(run.outputs.message).not.toMatch(/quotes/)
  })
})

describe('no AWS credentials at all', () => {
  const NO_CREDENTIALS =
    'No AWS credentials were found, so nothing was sent: run aws-actions/configure-aws-credentials before this step (role-to-assume, with the job permission id-token: write), or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.'

  it.concurrent('one short sentence: nothing was sent, and the two ways to give them', async () => {
    const id = uid('nocreds')
    const run = await act(
      emu,
      { provider: 'greengrass', 'deployment-id': id },
      { env: { AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '' } }
    )
    expect(run.outputs.outcome).toBe('failed')
    expect(run.outputs.message).toBe(NO_CREDENTIALS)
    expect(sentFor(emu, id)).toEqual([])
  })

  it.concurrent('a batch says it once, with the targets it stopped', async () => {
    const ids = [1, 2, 3, 4, 5].map(() => uid('nocreds'))
    const run = await act(
      emu,
      { provider: 'greengrass', 'deployment-id': ids.join(',') },
      { env: { AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '' } }
    )
    expect(run.outputs.outcome).toBe('failed')
    expect(run.outputs.message).toBe(
      `5 targets: 5 failed. First: ${ids.slice(0, 3).join(', ')} and 2 more: ${NO_CREDENTIALS}`
    )
    expect(sentFor(emu, ids)).toEqual([])
  })
})

describe('a target that timed out while throttled', () => {
  it.concurrent(
    'says to give more timeout-seconds or lower max-concurrency, not to shard',
    async () => {
      const c = providerCase('iot-job-execution')
      const id = uid('throttled')
      c.seed(emu, id)
      emu.fault('iot.CancelJobExecution', [{ throttle: true, retryAfter: 30 }], {
        target: c.label(id)
      })
      const run = await act(emu, { provider: c.provider, ...c.inputs(id), 'timeout-seconds': '1' })
      expect(run.outputs.outcome).toBe('failed')
      expect(run.outputs.message).toMatch(
        /throttled by the provider 1 time\(s\): give more timeout-seconds, or lower the step's load with a smaller max-concurrency/
      )
      expect(run.outputs.message).toMatch(
        /shared by every .* job and shard, so splitting the list with shard does not help/
      )
      expect(run.outputs.message).not.toMatch(/split the list with shard/)
    }
  )
})

describe('a wait that ends before the target does', () => {
  it.concurrent('timed out: the cancel was accepted; give more wait-timeout-seconds', async () => {
    const id = uid('slow')
    emu.addGreengrassDeployment(id, { cancelDelayMs: 120_000 })
    const run = await act(emu, {
      provider: 'greengrass',
      'deployment-id': id,
      wait: 'true',
      'wait-timeout-seconds': '1'
    })
    expect(run.outputs.outcome).toBe('failed')
    expect(run.outputs.message).toBe(
      `${id} is still ACTIVE after waiting 1 s. The cancel was accepted (ACTIVE at the last read), but it had not ended: give more wait-timeout-seconds to wait for its end.`
    )
  })

  it.concurrent('interrupted: the cancel had been accepted, and its end is not known', async () => {
    const id = uid('interrupted')
    emu.addGreengrassDeployment(id, { cancelDelayMs: 120_000 })
    const run = await act(
      emu,
      { provider: 'greengrass', 'deployment-id': id, wait: 'true' },
      { onStart: interruptOnceSeen(id, 'greengrass.GetDeployment') }
    )
    expect(run.outputs.outcome).toBe('failed')
    expect(run.outputs.message).toMatch(
      new RegExp(
        `^${id}: interrupted by SIGINT: the workflow was cancelled\\. The cancel had been accepted \\(ACTIVE at the last read\\), but the interrupt cut the wait short, so its end is not known: .*wait-timeout-seconds`
      )
    )
  })
})

/** Sends SIGINT once the emulator has seen `operation` for `target`: the action is mid-wait. */
function interruptOnceSeen(target: string, operation: OperationName) {
  return (pid: number) => {
    void until(() => sentFor(emu, target, operation).length > 0, 30_000, operation).then(() =>
      setTimeout(() => process.kill(pid, 'SIGINT'), 100)
    )
  }
}
