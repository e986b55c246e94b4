// What a rollout reached, as the emulator answers it through the real SDK clients: a Greengrass
// deployment's IoT job, its executions page by page, a core device's effective deployments, and
// Datadog's host counts.

import {
  CancelDeploymentCommand,
  GetDeploymentCommand,
  GreengrassV2Client,
  ListEffectiveDeploymentsCommand
} from '@aws-sdk/client-greengrassv2'
import {
  DescribeJobCommand,
  InvalidRequestException,
  IoTClient,
  ListJobExecutionsForJobCommand
} from '@aws-sdk/client-iot'
import { createConfiguration } from '@datadog/datadog-api-client/dist/packages/datadog-api-client-common/configuration.js'
import { BaseServerConfiguration } from '@datadog/datadog-api-client/dist/packages/datadog-api-client-common/servers.js'
import { FleetAutomationApi } from '@datadog/datadog-api-client/dist/packages/datadog-api-client-v2/apis/FleetAutomationApi.js'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startEmulator, type Emulator } from '../emulator/server.js'

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' }
let emu: Emulator
let greengrass: GreengrassV2Client
let iot: IoTClient

beforeAll(async () => {
  emu = await startEmulator()
  const config = { endpoint: emu.url, region: 'us-east-1', credentials, maxAttempts: 1 }
  greengrass = new GreengrassV2Client(config)
  iot = new IoTClient(config)
})
afterAll(async () => {
  greengrass.destroy()
  iot.destroy()
  await emu.close()
})
beforeEach(() => emu.reset())

const devices = (n: number, status: string, from = 0) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`core-${from + i}`, status]))

describe('emulator: Greengrass reach', () => {
  it("runs a deployment with devices through an IoT job whose counts are its executions'", async () => {
    emu.addGreengrassDeployment('fw', {
      targetArn: 'arn:aws:iot:us-east-1:123456789012:thinggroup/production',
      devices: { ...devices(3, 'SUCCEEDED'), ...devices(2, 'QUEUED', 3), 'core-9': 'IN_PROGRESS' }
    })
    const deployment = await greengrass.send(new GetDeploymentCommand({ deploymentId: 'fw' }))
    expect(deployment.iotJobId).toBe('job-fw')
    const { job } = await iot.send(new DescribeJobCommand({ jobId: 'job-fw' }))
    expect(job?.namespaceId).toBe('aws-gg-deployment')
    expect(job?.targets).toContain('arn:aws:iot:us-east-1:123456789012:thinggroup/production')
    expect(job?.jobProcessDetails).toMatchObject({
      numberOfSucceededThings: 3,
      numberOfQueuedThings: 2,
      numberOfInProgressThings: 1,
      numberOfCanceledThings: 0
    })
  })

  it('cancels the queued executions of its job with the deployment, and only those', async () => {
    emu.addGreengrassDeployment('fw', {
      devices: { ...devices(3, 'SUCCEEDED'), ...devices(2, 'QUEUED', 3), 'core-9': 'IN_PROGRESS' }
    })
    await greengrass.send(new CancelDeploymentCommand({ deploymentId: 'fw' }))
    const { job } = await iot.send(new DescribeJobCommand({ jobId: 'job-fw' }))
    expect(job?.jobProcessDetails).toMatchObject({
      numberOfSucceededThings: 3,
      numberOfQueuedThings: 0,
      numberOfInProgressThings: 1,
      numberOfCanceledThings: 2
    })
  })

  it('lists the executions of a job by status, page by page, and refuses maxResults over 250', async () => {
    emu.addGreengrassDeployment('big', {
      devices: { ...devices(600, 'SUCCEEDED'), ...devices(10, 'QUEUED', 600) }
    })
    const seen: string[] = []
    let nextToken: string | undefined
    let pages = 0
    do {
      const out = await iot.send(
        new ListJobExecutionsForJobCommand({
          jobId: 'job-big',
          status: 'SUCCEEDED',
          maxResults: 250,
          nextToken
        })
      )
      pages++
      for (const e of out.executionSummaries ?? []) {
        expect(e.jobExecutionSummary?.status).toBe('SUCCEEDED')
        seen.push(e.thingArn ?? '')
      }
      nextToken = out.nextToken
    } while (nextToken)
    expect(pages).toBe(3)
    expect(new Set(seen).size).toBe(600)
    expect(seen[0]).toBe('arn:aws:iot:us-east-1:123456789012:thing/core-0')
    await expect(
      iot.send(new ListJobExecutionsForJobCommand({ jobId: 'job-big', maxResults: 251 }))
    ).rejects.toBeInstanceOf(InvalidRequestException)
  })

  it("lists a core device's effective deployments with its execution's status", async () => {
    emu.addGreengrassDeployment('on-group', {
      targetArn: 'arn:aws:iot:us-east-1:123456789012:thinggroup/production',
      devices: { 'core-1': 'QUEUED', 'core-2': 'SUCCEEDED' }
    })
    emu.addGreengrassDeployment('on-thing', {
      targetArn: 'arn:aws:iot:us-east-1:123456789012:thing/core-1',
      devices: { 'core-1': 'IN_PROGRESS' }
    })
    emu.addGreengrassDeployment('elsewhere', { devices: { 'core-7': 'QUEUED' } })
    const out = await greengrass.send(
      new ListEffectiveDeploymentsCommand({ coreDeviceThingName: 'core-1' })
    )
    expect(
      out.effectiveDeployments?.map((d) => [
        d.deploymentId,
        d.targetArn,
        d.coreDeviceExecutionStatus,
        d.iotJobId
      ])
    ).toEqual([
      [
        'on-thing',
        'arn:aws:iot:us-east-1:123456789012:thing/core-1',
        'IN_PROGRESS',
        'job-on-thing'
      ],
      [
        'on-group',
        'arn:aws:iot:us-east-1:123456789012:thinggroup/production',
        'QUEUED',
        'job-on-group'
      ]
    ])
  })
})

describe('emulator: Datadog reach', () => {
  const fleet = () =>
    new FleetAutomationApi(
      createConfiguration({
        baseServer: new BaseServerConfiguration(emu.url, {}),
        authMethods: { apiKeyAuth: 'a', appKeyAuth: 'b' }
      })
    )

  it('counts the hosts by status, lists them, and cancels the pending ones', async () => {
    emu.addDatadogDeployment('dd-1', {
      hostStatuses: {
        web1: 'succeeded',
        web2: 'succeeded',
        web3: 'running',
        web4: 'failed',
        web5: 'pending',
        web6: 'skipped'
      }
    })
    const before = (await fleet().getFleetDeploymentV2({ deploymentId: 'dd-1' })).data?.attributes
    expect(before).toMatchObject({
      totalHosts: 6,
      succeededHosts: 2,
      runningHosts: 1,
      failedHosts: 1,
      canceledHosts: 0,
      skippedHosts: 1
    })
    expect(before?.hosts?.map((h) => [h.hostname, h.status])).toContainEqual(['web5', 'pending'])
    await fleet().cancelFleetDeploymentV2({ deploymentId: 'dd-1' })
    const after = (await fleet().getFleetDeploymentV2({ deploymentId: 'dd-1' })).data?.attributes
    expect(after).toMatchObject({ canceledHosts: 1, succeededHosts: 2, runningHosts: 1 })
  })
})
