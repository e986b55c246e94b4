/**
 * Input errors, end to end: found before any request is sent (the emulator,
 * which every run points at, records none), the outcome is failed, the message
 * names the input and what is wrong with it, and the step fails whatever
 * fail-on says.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { startEmulator, type Emulator } from '../../emulator/server.js'
import { act, DD_INPUTS, publicText, results } from './support.js'

let emu: Emulator
beforeAll(async () => {
  emu = await startEmulator()
  // Targets that exist: a run that wrongly went ahead would cancel them.
  emu.addGreengrassDeployment('dep-1')
  emu.addDatadogDeployment('dep-1')
  emu.addProtonService('svc1')
  emu.addIotJobExecution('thing-1', 'job-1', { status: 'QUEUED' })
  emu.addIotJob('job-1')
})
afterAll(async () => {
  // Nothing in this file may reach the provider.
  expect(emu.requests).toEqual([])
  await emu.close()
})

const gg = { provider: 'greengrass', 'deployment-id': 'dep-1' }
const iotExec = { provider: 'iot-job-execution', 'thing-name': 'thing-1', 'job-id': 'job-1' }
const iotJob = { provider: 'iot-job', 'job-id': 'job-1' }
const dd = { provider: 'datadog-fleet', 'deployment-id': 'dep-1', ...DD_INPUTS }

const CASES: [string, Record<string, string>, RegExp][] = [
  ['no provider', { provider: '' }, /provider is required: one of greengrass, /],
  [
    'an unknown provider',
    { provider: 'gitlab', 'deployment-id': 'dep-1' },
    /provider "gitlab" is not one of greengrass, proton-service-pipeline, proton-environment, iot-job-execution, iot-job, datadog-fleet/
  ],
  ['a missing deployment-id', { provider: 'greengrass' }, /deployment-id is required/],
  [
    'a blank deployment-id',
    { provider: 'greengrass', 'deployment-id': ' ,\n ' },
    /deployment-id is required/
  ],
  [
    'a Proton service name with a space',
    { provider: 'proton-service-pipeline', 'service-name': 'my service' },
    /service-name "my service" must start with a letter or digit/
  ],
  [
    'a Proton environment name of 101 characters',
    { provider: 'proton-environment', 'environment-name': 'e'.repeat(101) },
    /environment-name "e{101}" must be at most 100 characters/
  ],
  [
    'a thing name with a slash',
    { ...iotExec, 'thing-name': 'a/b' },
    /thing-name "a\/b" may contain only/
  ],
  ['a job id with a dot', { ...iotExec, 'job-id': 'job.1' }, /job-id "job\.1" may contain only/],
  [
    'a missing job-id',
    { provider: 'iot-job-execution', 'thing-name': 'thing-1' },
    /job-id is required/
  ],
  ['force: yes', { ...iotExec, force: 'yes' }, /force must be true or false/],
  [
    'expected-version: -1',
    { ...iotExec, 'expected-version': '-1' },
    /expected-version must be a whole number/
  ],
  [
    'status-details that are not JSON',
    { ...iotExec, 'status-details': '{oops' },
    /status-details is not valid JSON/
  ],
  [
    'status-details with 11 pairs',
    {
      ...iotExec,
      'status-details': Array.from({ length: 11 }, (_, i) => `k${i}=v`).join('\n')
    },
    /status-details has 11 pairs; at most 10/
  ],
  [
    'a lower-case reason-code',
    { ...iotJob, 'reason-code': 'rollback' },
    /reason-code may contain only upper-case/
  ],
  [
    'a comment with a control character',
    { ...iotJob, comment: 'a\u0007b' },
    /comment must not contain control characters/
  ],
  ['aws-region: mars', { ...gg, 'aws-region': 'mars' }, /aws-region is not an AWS region name/],
  [
    'endpoint-url: ftp://',
    { ...gg, 'endpoint-url': 'ftp://127.0.0.1/' },
    /endpoint-url must be an http/
  ],
  [
    'fail-on: sometimes',
    { ...gg, 'fail-on': 'sometimes' },
    /fail-on "sometimes" is not an outcome/
  ],
  [
    'max-concurrency: 0',
    { ...gg, 'max-concurrency': '0' },
    /max-concurrency must be from 1 to 100/
  ],
  [
    'max-concurrency: 101',
    { ...gg, 'max-concurrency': '101' },
    /max-concurrency must be from 1 to 100/
  ],
  ['max-attempts: 0', { ...gg, 'max-attempts': '0' }, /max-attempts must be from 1 to 10/],
  ['max-attempts: 11', { ...gg, 'max-attempts': '11' }, /max-attempts must be from 1 to 10/],
  [
    'timeout-seconds: abc',
    { ...gg, 'timeout-seconds': 'abc' },
    /timeout-seconds must be a whole number/
  ],
  [
    'wait-timeout-seconds: 0',
    { ...gg, wait: 'true', 'wait-timeout-seconds': '0' },
    /wait-timeout-seconds must be from 1/
  ],
  [
    'wait and dry-run together',
    { ...gg, wait: 'true', 'dry-run': 'true' },
    /wait and dry-run cannot both be true/
  ],
  [
    'more than 100,000 targets',
    {
      provider: 'iot-job-execution',
      'thing-name': Array.from({ length: 401 }, (_, i) => `t${i}`).join(','),
      'job-id': Array.from({ length: 250 }, (_, i) => `j${i}`).join(',')
    },
    /100250 targets; a step takes at most 100000/
  ],
  [
    'a Datadog step without keys',
    { provider: 'datadog-fleet', 'deployment-id': 'dep-1' },
    /datadog-api-key is not set.*datadog-app-key is not set/
  ],
  [
    'datadog-site: not a host',
    { ...dd, 'datadog-site': 'not a site' },
    /datadog-site must be a Datadog site host name/
  ],
  [
    'an input error with fail-on: none still fails',
    { ...gg, 'max-attempts': '0', 'fail-on': 'none' },
    /max-attempts/
  ]
]

it.concurrent.each(CASES)('%s', async (_name, inputs, why) => {
  const run = await act(emu, inputs)
  expect(run.exitCode).toBe(1)
  expect(run.outputs.outcome).toBe('failed')
  expect(run.outputs.message).toMatch(/^Input error: /)
  expect(run.outputs.message).toMatch(why)
  expect(run.outputs.message).toMatch(/Nothing was sent\.$/)
  expect(run.outputs.status).toBe('')
  expect(run.outputs['request-id']).toBe('')
  expect(results(run)).toEqual([
    {
      target: '',
      outcome: 'failed',
      status: '',
      message: run.outputs.message,
      'request-id': '',
      ids: {},
      provider: expect.any(String)
    }
  ])
  expect(run.stdout).toContain(`::error::${run.outputs.message}`)
  expect(run.summary).toContain('<td>failed</td>')
  expect(emu.requests).toEqual([])
})

it.concurrent('a missing region (no input, no AWS_REGION or AWS_DEFAULT_REGION)', async () => {
  const run = await act(emu, gg, { env: { AWS_REGION: '' } })
  expect(run.exitCode).toBe(1)
  expect(run.outputs.outcome).toBe('failed')
  expect(run.outputs.message).toMatch(/aws-region is not set/)
  expect(emu.requests).toEqual([])
})

it.concurrent('several problems are all named at once', async () => {
  const run = await act(emu, { ...iotExec, 'thing-name': 'bad thing', 'max-attempts': '99' })
  expect(run.outputs.message).toMatch(/thing-name "bad thing".*; max-attempts must be/)
  expect(emu.requests).toEqual([])
})

it.concurrent('Datadog keys given with an input error are still masked', async () => {
  const run = await act(emu, { ...dd, 'datadog-site': 'bad site' })
  expect(run.exitCode).toBe(1)
  expect(run.stdout).toContain(`::add-mask::${DD_INPUTS['datadog-api-key']}`)
  for (const text of publicText(run)) {
    expect(text).not.toContain(DD_INPUTS['datadog-api-key'])
    expect(text).not.toContain(DD_INPUTS['datadog-app-key'])
  }
})
