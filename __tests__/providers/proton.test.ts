import { beforeEach, describe, expect, it } from '@jest/globals'
import { mockClient } from 'aws-sdk-client-mock'
import {
  AccessDeniedException,
  CancelEnvironmentDeploymentCommand,
  CancelServicePipelineDeploymentCommand,
  ConflictException,
  GetEnvironmentCommand,
  GetServiceCommand,
  InternalServerException,
  ProtonClient,
  ResourceNotFoundException,
  ValidationException
} from '@aws-sdk/client-proton'
import * as pipeline from '../../src/providers/aws/proton-service-pipeline.js'
import * as environment from '../../src/providers/aws/proton-environment.js'
import { createContext, never, target } from '../../__fixtures__/inputs.js'
import { table } from '../../__fixtures__/each.js'
import { settleOne as settleTarget } from '../../__fixtures__/settle.js'
import { realClock } from '../../src/requests/pacer.js'

const proton = mockClient(ProtonClient)
const meta = (httpStatusCode: number) => ({ httpStatusCode, requestId: 'req-9', attempts: 1 })
const context = createContext({ provider: 'proton-environment' })

// As Proton answers them: HTTP 400 with the error's type, 500 for InternalServerException.
const errors = [
  [new ResourceNotFoundException({ message: 'no', $metadata: meta(400) }), 'not-found'],
  [new ConflictException({ message: 'not in progress', $metadata: meta(400) }), 'not-cancellable'],
  [new ValidationException({ message: 'bad', $metadata: meta(400) }), 'failed'],
  [new AccessDeniedException({ message: 'denied', $metadata: meta(400) }), 'failed'],
  [new InternalServerException({ message: 'oops', $metadata: meta(500) }), 'failed']
] as const
/** What each error's message says, by name: the outcome comes from the name, not the status. */
const said: Record<string, RegExp> = {
  ResourceNotFoundException: /was not found/,
  ConflictException: /cannot be cancelled in its current state.*IN_PROGRESS/,
  ValidationException: /AWS rejected the request/,
  AccessDeniedException: /Access denied calling proton:Cancel\w+Deployment/,
  InternalServerException: /server error/
}

describe('proton-service-pipeline', () => {
  beforeEach(() => {
    proton.reset()
  })
  const service = target({ 'service-name': 'checkout' })

  it('cancels the pipeline deployment and reports its new state', async () => {
    proton
      .on(CancelServicePipelineDeploymentCommand, { serviceName: 'checkout' })
      .resolves({ pipeline: { deploymentStatus: 'CANCELLING' } as never, $metadata: meta(200) })
    const result = await pipeline.createSession(context).cancel(service, never)
    expect(result).toMatchObject({ outcome: 'cancelled', status: 'CANCELLING', requestId: 'req-9' })
    expect(result.message).toMatch(/service pipeline deployment of checkout: now CANCELLING/)
  })

  it('a service without a pipeline has nothing to cancel: a dry run says so, never "a cancel would be sent"', async () => {
    proton
      .on(GetServiceCommand, { name: 'checkout' })
      .resolves({ service: { name: 'checkout' } as never, $metadata: meta(200) })
    const session = pipeline.createSession(context)
    const state = await session.read(service, never)
    expect(state).toMatchObject({ ok: true, phase: 'finished' })
    const preview = await settleTarget(session, service, {
      dryRun: true,
      wait: false,
      waitTimeoutSeconds: 1,
      interrupt: never,
      waitSignal: () => ({ signal: never, dispose: () => {} }),
      clock: realClock
    })
    expect(preview.outcome).toBe('not-cancellable')
    expect(preview.message).toBe(
      'Dry run: checkout has no pipeline (its template defines none), so there is no pipeline deployment to cancel.'
    )
  })

  it.each(table(errors))('classifies %p', async (error, outcome) => {
    proton.on(CancelServicePipelineDeploymentCommand).rejects(error)
    const result = await pipeline.createSession(context).cancel(service, never)
    expect(result.outcome).toBe(outcome)
    expect(result.message).toMatch(said[error.name]!)
    if (error.name === 'AccessDeniedException') {
      expect(result.message).toContain('proton:CancelServicePipelineDeployment')
    }
  })

  it.each([
    ['IN_PROGRESS', 'in-flight'],
    ['CANCELLING', 'in-flight'],
    ['CANCELLED', 'cancelled'],
    ['SUCCEEDED', 'finished'],
    ['FAILED', 'failed']
  ])('reads the pipeline status %s as %s with GetService', async (deploymentStatus, phase) => {
    proton
      .on(GetServiceCommand, { name: 'checkout' })
      .resolves({ service: { pipeline: { deploymentStatus } } as never, $metadata: meta(200) })
    expect(await pipeline.createSession(context).read(service, never)).toMatchObject({
      ok: true,
      phase,
      status: deploymentStatus
    })
  })
})

describe('proton-environment', () => {
  beforeEach(() => {
    proton.reset()
  })
  const env = target({ 'environment-name': 'prod' })

  it('cancels the environment deployment', async () => {
    proton
      .on(CancelEnvironmentDeploymentCommand, { environmentName: 'prod' })
      .resolves({ environment: { deploymentStatus: 'CANCELLING' } as never, $metadata: meta(200) })
    const result = await environment.createSession(context).cancel(env, never)
    expect(result).toMatchObject({ outcome: 'cancelled', status: 'CANCELLING' })
    expect(result.message).toMatch(/Proton environment prod/)
  })

  it.each(table(errors))('classifies %p', async (error, outcome) => {
    proton.on(CancelEnvironmentDeploymentCommand).rejects(error)
    const result = await environment.createSession(context).cancel(env, never)
    expect(result.outcome).toBe(outcome)
    expect(result.message).toMatch(said[error.name]!)
    if (error.name === 'AccessDeniedException') {
      expect(result.message).toContain('proton:CancelEnvironmentDeployment')
    }
  })

  it('reads the environment status with GetEnvironment', async () => {
    proton
      .on(GetEnvironmentCommand, { name: 'prod' })
      .resolves({ environment: { deploymentStatus: 'SUCCEEDED' } as never, $metadata: meta(200) })
    expect(await environment.createSession(context).read(env, never)).toMatchObject({
      ok: true,
      phase: 'finished',
      status: 'SUCCEEDED'
    })
  })
})
