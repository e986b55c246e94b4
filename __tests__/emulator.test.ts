// The provider emulator, exercised through the real SDK clients so that every
// answer is proven to be parsed exactly as the action will see it.

import { spawn } from 'node:child_process'
import { request as httpRequest } from 'node:http'
import {
  CancelDeploymentCommand,
  ConflictException as GreengrassConflict,
  GetDeploymentCommand,
  GreengrassV2Client,
  InternalServerException as GreengrassInternal,
  ListDeploymentsCommand,
  ResourceNotFoundException as GreengrassNotFound,
  ThrottlingException as GreengrassThrottling
} from '@aws-sdk/client-greengrassv2'
import {
  CancelEnvironmentDeploymentCommand,
  CancelServicePipelineDeploymentCommand,
  ConflictException as ProtonConflict,
  GetEnvironmentCommand,
  GetServiceCommand,
  ProtonClient,
  ResourceNotFoundException as ProtonNotFound,
  ThrottlingException as ProtonThrottling
} from '@aws-sdk/client-proton'
import {
  CancelJobCommand,
  CancelJobExecutionCommand,
  DescribeJobCommand,
  DescribeJobExecutionCommand,
  InvalidStateTransitionException,
  IoTClient,
  ResourceNotFoundException as IotNotFound,
  ThrottlingException as IotThrottling,
  VersionConflictException
} from '@aws-sdk/client-iot'
import { createConfiguration } from '@datadog/datadog-api-client/dist/packages/datadog-api-client-common/configuration.js'
import { ApiException } from '@datadog/datadog-api-client/dist/packages/datadog-api-client-common/exception.js'
import { BaseServerConfiguration } from '@datadog/datadog-api-client/dist/packages/datadog-api-client-common/servers.js'
import { FleetAutomationApi } from '@datadog/datadog-api-client/dist/packages/datadog-api-client-v2/apis/FleetAutomationApi.js'
import { startEmulator, type Emulator } from '../emulator/server.js'

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' }

let emu: Emulator
let greengrass: GreengrassV2Client
let proton: ProtonClient
let iot: IoTClient
let fleet: FleetAutomationApi

function awsConfig(extra: Record<string, unknown> = {}) {
  return { endpoint: emu.url, region: 'us-east-1', credentials, maxAttempts: 1, ...extra }
}

function datadog(authMethods: Record<string, string>): FleetAutomationApi {
  return new FleetAutomationApi(
    createConfiguration({ baseServer: new BaseServerConfiguration(emu.url, {}), authMethods })
  )
}

/** Resolves with the rejection of `p` (fails the test if it resolves). */
async function rejection(p: Promise<unknown>): Promise<any> {
  try {
    await p
  } catch (e) {
    return e
  }
  throw new Error('expected the call to fail')
}

/** A GET as sent, its path not normalised; the answer with the chunks its body came in. */
function raw(
  path: string,
  headers: Record<string, string>
): Promise<{ status: number; headers: Record<string, unknown>; body: string; chunks: number }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${emu.url}${path}`, { headers }, (res) => {
      let body = ''
      let chunks = 0
      res.on('data', (c: Buffer) => ((body += c.toString()), chunks++))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, chunks })
      )
    })
    req.on('error', reject)
    req.end()
  })
}

/** `tsx emulator/cli.ts` with `args`, its stdout piped. */
const cli = (...args: string[]) =>
  spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'emulator/cli.ts', ...args], {
    stdio: ['ignore', 'pipe', 'inherit']
  })

beforeAll(async () => {
  delete process.env['DD_API_KEY']
  delete process.env['DD_APP_KEY']
  emu = await startEmulator()
  greengrass = new GreengrassV2Client(awsConfig())
  proton = new ProtonClient(awsConfig())
  iot = new IoTClient(awsConfig())
  fleet = datadog({ apiKeyAuth: 'api-key', appKeyAuth: 'app-key' })
})

afterEach(() => emu.reset())

afterAll(async () => {
  greengrass.destroy()
  proton.destroy()
  iot.destroy()
  await emu.close()
})

describe('Greengrass V2 (restJson1)', () => {
  it('parses GetDeployment and CancelDeployment and moves ACTIVE → CANCELED', async () => {
    emu.addGreengrassDeployment('dep-1', { status: 'ACTIVE' })
    const got = await greengrass.send(new GetDeploymentCommand({ deploymentId: 'dep-1' }))
    expect(got.deploymentId).toBe('dep-1')
    expect(got.deploymentStatus).toBe('ACTIVE')
    expect(got.creationTimestamp).toBeInstanceOf(Date)
    expect(got.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/)

    const cancelled = await greengrass.send(new CancelDeploymentCommand({ deploymentId: 'dep-1' }))
    expect(cancelled.message).toContain('dep-1')
    const after = await greengrass.send(new GetDeploymentCommand({ deploymentId: 'dep-1' }))
    expect(after.deploymentStatus).toBe('CANCELED')

    const again = await rejection(
      greengrass.send(new CancelDeploymentCommand({ deploymentId: 'dep-1' }))
    )
    expect(again).toBeInstanceOf(GreengrassConflict)
    expect(again.$metadata.httpStatusCode).toBe(409)
  })

  it('answers ResourceNotFoundException for an unknown deployment', async () => {
    const err = await rejection(greengrass.send(new GetDeploymentCommand({ deploymentId: 'nope' })))
    expect(err).toBeInstanceOf(GreengrassNotFound)
    expect(err.name).toBe('ResourceNotFoundException')
    expect(err.resourceId).toBe('nope')
    expect(err.$metadata.httpStatusCode).toBe(404)
  })

  it('honours the cancel delay, lost races and finishing on its own', async () => {
    emu.configure({ cancelDelayMs: 1000 })
    emu.addGreengrassDeployment('slow')
    emu.addGreengrassDeployment('racer', { cancelOutcome: 'succeeded' })
    emu.addGreengrassDeployment('done', { finishAfterMs: 500, finishAs: 'FAILED' })
    await greengrass.send(new CancelDeploymentCommand({ deploymentId: 'slow' }))
    await greengrass.send(new CancelDeploymentCommand({ deploymentId: 'racer' }))
    expect(emu.statusOf({ kind: 'greengrass', id: 'slow' })).toBe('ACTIVE')
    expect(emu.statusOf({ kind: 'greengrass', id: 'done' })).toBe('ACTIVE')
    emu.advanceTime(1000)
    const status = async (id: string) =>
      (await greengrass.send(new GetDeploymentCommand({ deploymentId: id }))).deploymentStatus
    expect(await status('slow')).toBe('CANCELED')
    expect(await status('racer')).toBe('COMPLETED')
    expect(await status('done')).toBe('FAILED')
    const err = await rejection(
      greengrass.send(new CancelDeploymentCommand({ deploymentId: 'done' }))
    )
    expect(err).toBeInstanceOf(GreengrassConflict)
  })
})

describe('Proton (awsJson1_0)', () => {
  it('parses GetService and cancels the pipeline through CANCELLING → CANCELLED', async () => {
    emu.configure({ cancelDelayMs: 2000 })
    emu.addProtonService('svc', 'IN_PROGRESS')
    const got = await proton.send(new GetServiceCommand({ name: 'svc' }))
    expect(got.service?.name).toBe('svc')
    expect(got.service?.status).toBe('ACTIVE')
    expect(got.service?.pipeline?.deploymentStatus).toBe('IN_PROGRESS')
    expect(got.service?.createdAt).toBeInstanceOf(Date)

    const cancel = await proton.send(
      new CancelServicePipelineDeploymentCommand({ serviceName: 'svc' })
    )
    expect(cancel.pipeline?.deploymentStatus).toBe('CANCELLING')
    expect(cancel.pipeline?.arn).toContain('service/svc')
    const mid = await proton.send(new GetServiceCommand({ name: 'svc' }))
    expect(mid.service?.pipeline?.deploymentStatus).toBe('CANCELLING')
    const busy = await rejection(
      proton.send(new CancelServicePipelineDeploymentCommand({ serviceName: 'svc' }))
    )
    expect(busy).toBeInstanceOf(ProtonConflict)
    emu.advanceTime(2000)
    const end = await proton.send(new GetServiceCommand({ name: 'svc' }))
    expect(end.service?.pipeline?.deploymentStatus).toBe('CANCELLED')

    const wire = emu.requests.find((r) => r.operation === 'proton.CancelServicePipelineDeployment')
    expect(wire?.headers['x-amz-target']).toBe('AwsProton20200720.CancelServicePipelineDeployment')
    expect(wire?.headers['content-type']).toBe('application/x-amz-json-1.0')
    expect(wire?.body).toEqual({ serviceName: 'svc' })
  })

  it('parses environments, and a cancel can end FAILED', async () => {
    emu.addProtonEnvironment('env', { status: 'IN_PROGRESS', cancelOutcome: 'failed' })
    emu.addProtonEnvironment('old', 'SUCCEEDED')
    const got = await proton.send(new GetEnvironmentCommand({ name: 'env' }))
    expect(got.environment?.deploymentStatus).toBe('IN_PROGRESS')
    expect(got.environment?.lastDeploymentAttemptedAt).toBeInstanceOf(Date)
    const cancel = await proton.send(
      new CancelEnvironmentDeploymentCommand({ environmentName: 'env' })
    )
    expect(cancel.environment?.name).toBe('env')
    expect(cancel.environment?.deploymentStatus).toBe('CANCELLING')
    const after = await proton.send(new GetEnvironmentCommand({ name: 'env' }))
    expect(after.environment?.deploymentStatus).toBe('FAILED')

    const conflict = await rejection(
      proton.send(new CancelEnvironmentDeploymentCommand({ environmentName: 'old' }))
    )
    // Proton answers its errors with HTTP 400, the error's type in `__type`.
    expect(conflict).toBeInstanceOf(ProtonConflict)
    expect(conflict.$metadata.httpStatusCode).toBe(400)
    const missing = await rejection(proton.send(new GetEnvironmentCommand({ name: 'nope' })))
    expect(missing).toBeInstanceOf(ProtonNotFound)
    expect(missing.$metadata.httpStatusCode).toBe(400)
  })
})

describe('IoT Jobs (restJson1)', () => {
  it('parses DescribeJobExecution and enforces force / version / terminal rules', async () => {
    emu.addIotJobExecution('thing-1', 'job-1', {
      status: 'IN_PROGRESS',
      versionNumber: 3,
      statusDetails: { step: 'download' }
    })
    const got = await iot.send(
      new DescribeJobExecutionCommand({ thingName: 'thing-1', jobId: 'job-1' })
    )
    expect(got.execution?.status).toBe('IN_PROGRESS')
    expect(got.execution?.versionNumber).toBe(3)
    expect(got.execution?.thingArn).toContain('thing/thing-1')
    expect(got.execution?.statusDetails?.detailsMap).toEqual({ step: 'download' })
    expect(got.execution?.queuedAt).toBeInstanceOf(Date)

    const noForce = await rejection(
      iot.send(new CancelJobExecutionCommand({ thingName: 'thing-1', jobId: 'job-1' }))
    )
    expect(noForce).toBeInstanceOf(InvalidStateTransitionException)
    expect(noForce.$metadata.httpStatusCode).toBe(409)

    const stale = await rejection(
      iot.send(
        new CancelJobExecutionCommand({
          thingName: 'thing-1',
          jobId: 'job-1',
          force: true,
          expectedVersion: 2
        })
      )
    )
    expect(stale).toBeInstanceOf(VersionConflictException)

    await iot.send(
      new CancelJobExecutionCommand({
        thingName: 'thing-1',
        jobId: 'job-1',
        force: true,
        expectedVersion: 3,
        statusDetails: { reason: 'ci' }
      })
    )
    const after = await iot.send(
      new DescribeJobExecutionCommand({ thingName: 'thing-1', jobId: 'job-1' })
    )
    expect(after.execution).toMatchObject({
      status: 'CANCELED',
      versionNumber: 4,
      forceCanceled: true
    })
    expect(after.execution?.statusDetails?.detailsMap).toEqual({ step: 'download', reason: 'ci' })
    const recorded = emu.requests.find(
      (r) => r.operation === 'iot.CancelJobExecution' && r.status === 200
    )
    expect(recorded?.query).toEqual({ force: 'true' })
    expect(recorded?.body).toEqual({ expectedVersion: 3, statusDetails: { reason: 'ci' } })

    const terminal = await rejection(
      iot.send(new CancelJobExecutionCommand({ thingName: 'thing-1', jobId: 'job-1', force: true }))
    )
    expect(terminal).toBeInstanceOf(InvalidStateTransitionException)
    const missing = await rejection(
      iot.send(new DescribeJobExecutionCommand({ thingName: 'thing-1', jobId: 'other' }))
    )
    expect(missing).toBeInstanceOf(IotNotFound)
  })

  it('cancels a QUEUED execution without force', async () => {
    emu.addIotJobExecution('t', 'j', { status: 'QUEUED' })
    await iot.send(new CancelJobExecutionCommand({ thingName: 't', jobId: 'j' }))
    expect(emu.statusOf({ kind: 'iot-job-execution', thing: 't', job: 'j' })).toBe('CANCELED')
  })

  it('parses CancelJob / DescribeJob and cascades to queued executions', async () => {
    emu.addIotJob('job-2', { status: 'IN_PROGRESS', things: { a: 'QUEUED', b: 'IN_PROGRESS' } })
    const cancel = await iot.send(
      new CancelJobCommand({ jobId: 'job-2', reasonCode: 'CI_CANCEL', comment: 'superseded' })
    )
    expect(cancel.jobId).toBe('job-2')
    expect(cancel.jobArn).toContain('job/job-2')
    const got = await iot.send(new DescribeJobCommand({ jobId: 'job-2' }))
    expect(got.job).toMatchObject({
      jobId: 'job-2',
      status: 'CANCELED',
      reasonCode: 'CI_CANCEL',
      comment: 'superseded',
      forceCanceled: false
    })
    expect(got.job?.completedAt).toBeInstanceOf(Date)
    expect(got.job?.jobProcessDetails).toMatchObject({
      numberOfCanceledThings: 1,
      numberOfInProgressThings: 1
    })
    expect(emu.statusOf({ kind: 'iot-job-execution', thing: 'b', job: 'job-2' })).toBe(
      'IN_PROGRESS'
    )
  })

  it('refuses CancelJob on a COMPLETED job and on unknown jobs', async () => {
    emu.addIotJob('done', { status: 'COMPLETED' })
    const err = await rejection(iot.send(new CancelJobCommand({ jobId: 'done' })))
    expect(err).toBeInstanceOf(InvalidStateTransitionException)
    expect(err.$metadata.httpStatusCode).toBe(409)
    const missing = await rejection(iot.send(new DescribeJobCommand({ jobId: 'nope' })))
    expect(missing).toBeInstanceOf(IotNotFound)
    expect(missing.$metadata.httpStatusCode).toBe(404)
  })

  it('force-cancels a job with its in-progress executions', async () => {
    emu.addIotJob('job-3', { things: ['x', 'y'], cancelDelayMs: 500 })
    await iot.send(new CancelJobCommand({ jobId: 'job-3', force: true }))
    expect(emu.statusOf({ kind: 'iot-job', id: 'job-3' })).toBe('IN_PROGRESS')
    emu.advanceTime(500)
    const got = await iot.send(new DescribeJobCommand({ jobId: 'job-3' }))
    expect(got.job?.status).toBe('CANCELED')
    expect(got.job?.forceCanceled).toBe(true)
    expect(got.job?.jobProcessDetails?.numberOfCanceledThings).toBe(2)
  })
})

describe('Datadog Fleet Automation v2', () => {
  it('parses the detail and cancel documents and moves running → cancelled', async () => {
    emu.addDatadogDeployment('dd-1', { status: 'running', hosts: 2 })
    const got = await fleet.getFleetDeploymentV2({ deploymentId: 'dd-1' })
    expect(got.data.id).toBe('dd-1')
    expect(got.data.type).toBe('deployment')
    expect(got.data.attributes.highLevelStatus).toBe('running')
    expect(got.data.attributes.runningHosts).toBe(2)
    expect(got.data.attributes.hosts).toHaveLength(2)

    const cancel = await fleet.cancelFleetDeploymentV2({ deploymentId: 'dd-1' })
    expect(cancel.data.id).toBe('dd-1')
    expect(cancel.data.attributes.status).toBe('cancelled')
    const after = await fleet.getFleetDeploymentV2({ deploymentId: 'dd-1' })
    expect(after.data.attributes.highLevelStatus).toBe('cancelled')
    expect(after.data.attributes.canceledHosts).toBe(2)

    const again = await rejection(fleet.cancelFleetDeploymentV2({ deploymentId: 'dd-1' }))
    expect(again).toBeInstanceOf(ApiException)
    expect(again.code).toBe(400)
    expect(again.body.errors[0]).toContain('cannot be cancelled')

    const wire = emu.requests.find((r) => r.operation === 'datadog.CancelDeployment')
    expect(wire?.headers['dd-api-key']).toBe('api-key')
    expect(wire?.headers['dd-application-key']).toBe('app-key')
  })

  it('answers 404 for unknown deployments and 403 without both keys', async () => {
    const missing = await rejection(fleet.getFleetDeploymentV2({ deploymentId: 'nope' }))
    expect(missing).toBeInstanceOf(ApiException)
    expect(missing.code).toBe(404)
    expect(missing.body.errors).toEqual(['Not found'])
    emu.addDatadogDeployment('dd-2')
    const partial: Record<string, string>[] = [{}, { apiKeyAuth: 'k' }, { appKeyAuth: 'k' }]
    for (const auth of partial) {
      const err = await rejection(datadog(auth).getFleetDeploymentV2({ deploymentId: 'dd-2' }))
      expect(err.code).toBe(403)
      expect(err.body.errors).toEqual(['Forbidden'])
    }
  })
})

describe('authentication', () => {
  it('refuses AWS requests without a SigV4 Authorization header', async () => {
    emu.addGreengrassDeployment('d')
    emu.addProtonService('s')
    emu.addIotJob('j')
    const unsigned = <C extends { middlewareStack: any }>(client: C): C => {
      client.middlewareStack.addRelativeTo(
        (next: any) => async (args: any) => {
          delete args.request.headers['authorization']
          return next(args)
        },
        { relation: 'after', toMiddleware: 'httpSigningMiddleware', name: 'stripAuth' }
      )
      return client
    }
    // Proton (awsJson1_0) answers every error but InternalServerException with HTTP 400.
    const clients: [() => Promise<unknown>, number][] = [
      [
        () =>
          unsigned(new GreengrassV2Client(awsConfig())).send(
            new GetDeploymentCommand({ deploymentId: 'd' })
          ),
        403
      ],
      [
        () => unsigned(new ProtonClient(awsConfig())).send(new GetServiceCommand({ name: 's' })),
        400
      ],
      [() => unsigned(new IoTClient(awsConfig())).send(new DescribeJobCommand({ jobId: 'j' })), 403]
    ]
    for (const [call, status] of clients) {
      const err = await rejection(call())
      expect(err.name).toBe('UnrecognizedClientException')
      expect(err.message).toBe('Missing Authentication Token')
      expect(err.$metadata.httpStatusCode).toBe(status)
    }
    const raw = await fetch(`${emu.url}/greengrass/v2/deployments/d`)
    expect(raw.status).toBe(403)
    expect(raw.headers.get('x-amzn-errortype')).toBe('UnrecognizedClientException')
    expect(await raw.json()).toEqual({
      __type: 'UnrecognizedClientException',
      message: 'Missing Authentication Token'
    })
  })
})

describe('scripted faults', () => {
  it('answers hostile pages: a query it pretends was asked, a member merged into the answer', async () => {
    emu.addGreengrassDeployment('h-1', { targetArn: 'arn:aws:iot:us-east-1:123456789012:thing/h' })
    emu.addGreengrassDeployment('h-2', { targetArn: 'arn:aws:iot:us-east-1:123456789012:thing/i' })
    emu.fault('greengrass.ListDeployments', [
      {
        query: { maxResults: '1' },
        merge: { nextToken: 'MA', deployments: [{ deploymentId: '..' }] }
      }
    ])
    const list = () => greengrass.send(new ListDeploymentsCommand({ maxResults: 100 }))
    const hostile = await list()
    expect(hostile.deployments?.map((d) => [d.deploymentId, d.deploymentStatus])).toEqual([
      ['..', 'ACTIVE']
    ])
    expect(hostile.nextToken).toBe('MA')
    expect(emu.requests.at(-1)?.fault).toContain('merge=')
    const normal = await list()
    expect(normal.deployments?.map((d) => d.deploymentId)).toEqual(['h-1', 'h-2'])
    expect(normal.nextToken).toBeUndefined()
  })

  it('consumes faults in order, then resumes normal behaviour', async () => {
    emu.addGreengrassDeployment('d')
    emu.fault('greengrass.GetDeployment', [
      { status: 429, retryAfter: 3 },
      { status: 500 },
      { status: 200, body: '<html>bad gateway</html>', contentType: 'text/html' },
      { status: 409, errorType: 'ConflictException', message: 'scripted' }
    ])
    expect(emu.pendingFaults('greengrass.GetDeployment')).toBe(4)
    const get = () => greengrass.send(new GetDeploymentCommand({ deploymentId: 'd' }))

    const throttled = await rejection(get())
    expect(throttled).toBeInstanceOf(GreengrassThrottling)
    expect(throttled.$metadata.httpStatusCode).toBe(429)
    expect(throttled.retryAfterSeconds).toBe(3)
    const internal = await rejection(get())
    expect(internal).toBeInstanceOf(GreengrassInternal)
    expect(internal.$metadata.httpStatusCode).toBe(500)
    const html = await rejection(get())
    expect(html).toBeInstanceOf(Error)
    expect(html.$metadata?.httpStatusCode ?? html.$response?.statusCode).toBe(200)
    const conflict = await rejection(get())
    expect(conflict).toBeInstanceOf(GreengrassConflict)
    expect(conflict.message).toBe('scripted')

    expect((await get()).deploymentStatus).toBe('ACTIVE')
    expect(emu.pendingFaults()).toBe(0)
    expect(emu.requests.map((r) => r.status)).toEqual([429, 500, 200, 409, 200])
    expect(emu.requests[0]?.fault).toContain('status=429')
  })

  it("applies '*' faults to any operation, with each provider's error format", async () => {
    emu.addProtonService('s')
    emu.addIotJob('j')
    emu.fault('*', [{ status: 429 }, { throttle: true }, { status: 503 }])
    const protonErr = await rejection(proton.send(new GetServiceCommand({ name: 's' })))
    expect(protonErr).toBeInstanceOf(ProtonThrottling)
    // As Proton answers it: ThrottlingException with HTTP 400, whatever status the fault named.
    expect(protonErr.$metadata.httpStatusCode).toBe(400)
    const iotErr = await rejection(iot.send(new DescribeJobCommand({ jobId: 'j' })))
    expect(iotErr).toBeInstanceOf(IotThrottling)
    expect(iotErr.$metadata.httpStatusCode).toBe(400)
    const unavailable = await rejection(iot.send(new DescribeJobCommand({ jobId: 'j' })))
    expect(unavailable.name).toBe('ServiceUnavailableException')
    expect(unavailable.$metadata.httpStatusCode).toBe(503)
  })

  it('keys faults by target: only requests naming it take them, before operation-wide ones', async () => {
    for (const id of ['mine', 'theirs']) emu.addGreengrassDeployment(id)
    emu.addIotJobExecution('t', 'j', { status: 'QUEUED' })
    emu.addProtonService('svc')
    emu.fault('greengrass.CancelDeployment', [{ status: 500 }], { target: 'mine' })
    emu.fault('greengrass.CancelDeployment', [{ status: 503 }])
    emu.fault('iot.CancelJobExecution', [{ status: 409 }], { target: 't/j' })
    emu.fault('*', [{ status: 429 }], { target: 'svc' })
    expect(emu.pendingFaults('greengrass.CancelDeployment')).toBe(1)
    expect(emu.pendingFaults('greengrass.CancelDeployment', { target: 'mine' })).toBe(1)
    const cancel = (deploymentId: string) =>
      greengrass.send(new CancelDeploymentCommand({ deploymentId }))

    // Another target's request leaves the targeted fault alone (it takes the operation-wide one).
    expect((await rejection(cancel('theirs'))).$metadata.httpStatusCode).toBe(503)
    expect(emu.pendingFaults('greengrass.CancelDeployment', { target: 'mine' })).toBe(1)
    expect((await cancel('theirs')).$metadata.httpStatusCode).toBe(200)
    expect((await rejection(cancel('mine'))).$metadata.httpStatusCode).toBe(500)
    expect((await cancel('mine')).$metadata.httpStatusCode).toBe(200)
    // IoT executions are named thing/job; Proton targets by their body member.
    expect(
      (await rejection(iot.send(new CancelJobExecutionCommand({ thingName: 't', jobId: 'j' }))))
        .$metadata.httpStatusCode
    ).toBe(409)
    expect(await rejection(proton.send(new GetServiceCommand({ name: 'svc' })))).toBeInstanceOf(
      ProtonThrottling
    )
    expect(emu.pendingFaults()).toBe(0)
    expect(emu.requests.map((r) => [r.target, r.status])).toEqual([
      ['theirs', 503],
      ['theirs', 200],
      ['mine', 500],
      ['mine', 200],
      ['t/j', 409],
      ['svc', 400]
    ])
  })

  it('resets, truncates, stalls and drips', async () => {
    emu.addIotJob('j')
    const describe = (client: IoTClient = iot) =>
      client.send(new DescribeJobCommand({ jobId: 'j' }))
    emu.fault('iot.DescribeJob', [{ reset: true }, { truncate: true }])
    const reset = await rejection(describe())
    // smithy names ECONNRESET a TimeoutError; under jest's VM realm it arrives wrapped
    // ("AWS SDK error wrapper for TimeoutError: read ECONNRESET").
    expect(`${reset.name} ${reset.code} ${reset.message}`).toMatch(/ECONNRESET/)
    const truncated = await rejection(describe())
    expect(truncated).toBeInstanceOf(Error)

    const impatient = new IoTClient(
      awsConfig({ requestHandler: { requestTimeout: 100, throwOnRequestTimeout: true } })
    )
    emu.fault('iot.DescribeJob', [{ delayMs: 1000 }])
    const timedOut = await rejection(describe(impatient))
    expect(timedOut.name).toBe('TimeoutError')
    impatient.destroy()

    // A dripped answer still parses, and comes in its chunks (counted, not timed).
    emu.fault('iot.DescribeJob', [
      { dripMs: 10, dripChunks: 4 },
      { dripMs: 10, dripChunks: 4 }
    ])
    expect((await describe()).job?.status).toBe('IN_PROGRESS')
    const { chunks } = await raw('/jobs/j', { authorization: 'AWS4-HMAC-SHA256 Credential=x' })
    expect(chunks).toBeGreaterThanOrEqual(4)
    expect(emu.requests.map((r) => r.status)).toEqual([null, 200, 200, 200, 200])
  })

  it('scripts Datadog 429s with x-ratelimit-reset', async () => {
    emu.addDatadogDeployment('dd')
    emu.fault('datadog.GetDeployment', [{ status: 429, rateLimitReset: 7 }])
    const res = await fetch(`${emu.url}/api/v2/fleet/deployments/dd`, {
      headers: { 'DD-API-KEY': 'a', 'DD-APPLICATION-KEY': 'b' }
    })
    expect(res.status).toBe(429)
    expect(res.headers.get('x-ratelimit-reset')).toBe('7')
    expect(await res.json()).toEqual({ errors: ['Too many requests'] })
  })
})

describe('throttle', () => {
  it("answers each provider's throttling error above the rate", async () => {
    emu.addGreengrassDeployment('d')
    emu.addIotJob('j')
    emu.addDatadogDeployment('dd')
    emu.throttle({ ratePerSecond: 1, burst: 2, scope: 'provider' })
    const get = () => greengrass.send(new GetDeploymentCommand({ deploymentId: 'd' }))
    await get()
    await get()
    const err = await rejection(get())
    expect(err).toBeInstanceOf(GreengrassThrottling)
    expect(err.$metadata.httpStatusCode).toBe(429)
    expect(err.retryAfterSeconds).toBeGreaterThanOrEqual(1)

    const describe = () => iot.send(new DescribeJobCommand({ jobId: 'j' }))
    await describe()
    await describe()
    const iotErr = await rejection(describe())
    expect(iotErr).toBeInstanceOf(IotThrottling)
    expect(iotErr.$metadata.httpStatusCode).toBe(400)

    await fleet.getFleetDeploymentV2({ deploymentId: 'dd' })
    await fleet.getFleetDeploymentV2({ deploymentId: 'dd' })
    const ddErr = await rejection(fleet.getFleetDeploymentV2({ deploymentId: 'dd' }))
    expect(ddErr.code).toBe(429)

    emu.advanceTime(1000)
    expect((await get()).deploymentStatus).toBe('ACTIVE')
  })
})

describe('path handling', () => {
  const oddIds = ['a/b', '../x', '..', '.', '%2F', 'x?y#z', 'with space', 'ünï©ødé', 'a+b&c=d']

  it.each(oddIds)('round-trips the AWS id %j', async (id) => {
    emu.addGreengrassDeployment(id)
    emu.addProtonService(id)
    emu.addIotJobExecution(id, id, { status: 'QUEUED' })
    emu.addIotJob(id)
    expect(
      (await greengrass.send(new GetDeploymentCommand({ deploymentId: id }))).deploymentId
    ).toBe(id)
    await greengrass.send(new CancelDeploymentCommand({ deploymentId: id }))
    expect((await proton.send(new GetServiceCommand({ name: id }))).service?.name).toBe(id)
    await iot.send(new CancelJobExecutionCommand({ thingName: id, jobId: id }))
    const exec = await iot.send(new DescribeJobExecutionCommand({ thingName: id, jobId: id }))
    expect(exec.execution?.status).toBe('CANCELED')
    expect((await iot.send(new DescribeJobCommand({ jobId: id }))).job?.jobId).toBe(id)
    const restCalls = emu.requests.filter((r) => !r.operation?.startsWith('proton.'))
    expect(restCalls).toHaveLength(5)
    for (const r of restCalls) expect(Object.values(r.params).every((v) => v === id)).toBe(true)
  })

  it.each(oddIds.filter((id) => id !== '..' && id !== '.'))(
    'round-trips the Datadog id %j',
    async (id) => {
      emu.addDatadogDeployment(id)
      expect((await fleet.getFleetDeploymentV2({ deploymentId: id })).data.id).toBe(id)
      expect((await fleet.cancelFleetDeploymentV2({ deploymentId: id })).data.id).toBe(id)
      expect(emu.requests.map((r) => r.params['deployment_id'])).toEqual([id, id])
    }
  )

  it.each(['..', '.'])(
    'Datadog ids %j are dot-segment-normalised by the client, so they 404',
    async (id) => {
      emu.addDatadogDeployment(id)
      const err = await rejection(fleet.getFleetDeploymentV2({ deploymentId: id }))
      expect(err.code).toBe(404)
      expect(emu.requests[0]?.operation).toBeNull()
    }
  )

  it('does not let an un-encoded slash escape its segment', async () => {
    emu.addGreengrassDeployment('a/b')
    emu.addDatadogDeployment('a/b')
    const aws = await raw('/greengrass/v2/deployments/a/b', {
      authorization: 'AWS4-HMAC-SHA256 Credential=x'
    })
    expect(aws.status).toBe(404)
    expect(aws.headers['x-amzn-errortype']).toBe('UnknownOperationException')
    const dd = await raw('/api/v2/fleet/deployments/a/b', {
      'dd-api-key': 'a',
      'dd-application-key': 'b'
    })
    expect(dd.status).toBe(404)
    expect(JSON.parse(dd.body)).toEqual({ errors: ['Not found'] })
    const encoded = await raw('/greengrass/v2/deployments/a%2Fb', {
      authorization: 'AWS4-HMAC-SHA256 Credential=x'
    })
    expect(JSON.parse(encoded.body).deploymentId).toBe('a/b')
    expect(emu.requests.map((r) => r.operation)).toEqual([null, null, 'greengrass.GetDeployment'])
  })
})

describe('control API and CLI', () => {
  const control = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${emu.url}/__emulator${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body)
    })
    return { status: res.status, json: (await res.json()) as any }
  }

  it('seeds, scripts faults and throttle, lists requests and resets over HTTP', async () => {
    const post = async (path: string, body?: unknown) => control('POST', path, body)
    const seeds = [
      { kind: 'greengrass', id: 'g', status: 'ACTIVE' },
      { kind: 'proton-service', name: 'p' },
      { kind: 'proton-environment', id: 'e', status: 'SUCCEEDED' },
      { kind: 'iot-job-execution', thing: 't', job: 'j', status: 'QUEUED', versionNumber: 2 },
      { kind: 'iot-job', id: 'j' },
      { kind: 'datadog', id: 'd', status: 'pending' }
    ]
    expect((await post('/seed', seeds)).status).toBe(201)
    expect((await post('/seed', { kind: 'greengrass', id: 'x', status: 'BOGUS' })).status).toBe(400)
    expect((await control('GET', '/status?kind=proton-environment&name=e')).json).toEqual({
      status: 'SUCCEEDED'
    })
    const protonFault = { operation: 'proton.GetService', faults: [{ status: 500 }] }
    expect((await post('/fault', protonFault)).json).toEqual({ pending: 1 })
    const err = await rejection(proton.send(new GetServiceCommand({ name: 'p' })))
    expect(err.name).toBe('InternalServerException')
    expect((await proton.send(new GetServiceCommand({ name: 'p' }))).service?.name).toBe('p')
    const getG = () => greengrass.send(new GetDeploymentCommand({ deploymentId: 'g' }))
    const targeted = {
      operation: 'greengrass.GetDeployment',
      target: 'g',
      faults: [{ status: 404 }]
    }
    expect((await post('/fault', targeted)).json).toEqual({ pending: 1 })
    expect(await rejection(getG())).toBeInstanceOf(GreengrassNotFound)
    const forG = await control('GET', '/requests?target=g')
    expect(forG.json.map((r: any) => r.status)).toEqual([404])
    expect((await post('/throttle', { ratePerSecond: 1, burst: 1 })).status).toBe(200)
    await getG()
    expect(await rejection(getG())).toBeInstanceOf(GreengrassThrottling)
    expect((await post('/throttle', { ratePerSecond: null })).status).toBe(200)
    const requests = await control('GET', '/requests?operation=proton.GetService')
    expect(requests.json.map((r: any) => r.status)).toEqual([500, 200])
    expect((await post('/reset')).status).toBe(200)
    expect(emu.requests).toHaveLength(0)
    expect(emu.statusOf({ kind: 'greengrass', id: 'g' })).toBeUndefined()
  })

  it('prints its usage for --help and exits without listening', async () => {
    const child = cli('--help')
    let out = ''
    child.stdout.on('data', (c: Buffer) => (out += c.toString()))
    const code = await new Promise((resolve) => child.on('exit', resolve))
    expect(code).toBe(0)
    expect(out).toMatch(/^Usage: npm run emulator -- /)
    for (const option of ['--port N', '--seed FILE', '--cancel-delay-ms N', 'endpoint-url']) {
      expect(out).toContain(option)
    }
    expect(out).not.toContain('listening')
  }, 15_000)

  it('runs standalone via `tsx emulator/cli.ts --port 0`', async () => {
    const child = cli('--port', '0')
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = ''
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString()
          const m = /emulator listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)
          if (m?.[1]) resolve(m[1])
        })
        child.on('exit', (code) => reject(new Error(`cli exited with ${code}`)))
      })
      expect((await fetch(`${url}/__emulator/health`)).status).toBe(200)
    } finally {
      const exited = new Promise((resolve) => child.on('exit', resolve))
      child.kill('SIGTERM')
      expect(await exited).toBe(0)
    }
  }, 15_000)
})
