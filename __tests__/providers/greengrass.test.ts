import { beforeEach, describe, expect, it } from '@jest/globals'
import { mockClient } from 'aws-sdk-client-mock'
import {
  AccessDeniedException,
  CancelDeploymentCommand,
  ConflictException,
  GetDeploymentCommand,
  GreengrassV2Client,
  InternalServerException,
  ResourceNotFoundException,
  ValidationException
} from '@aws-sdk/client-greengrassv2'
import { createSession } from '../../src/providers/aws/greengrass.js'
import { createContext, never, target } from '../../__fixtures__/inputs.js'

const greengrass = mockClient(GreengrassV2Client)
const meta = (httpStatusCode: number) => ({ httpStatusCode, requestId: 'req-1', attempts: 1 })
const deployment = target({ 'deployment-id': 'dep-1' })

describe('greengrass', () => {
  beforeEach(() => {
    greengrass.reset()
  })
  const session = () => createSession(createContext())

  it('cancels the deployment it was given, once', async () => {
    greengrass.on(CancelDeploymentCommand).resolves({ message: 'ok', $metadata: meta(200) })
    const result = await session().cancel(deployment, never)
    expect(result).toMatchObject({ outcome: 'cancelled', requestId: 'req-1' })
    expect(result.message).toContain('dep-1')
    expect(greengrass.commandCalls(CancelDeploymentCommand)).toHaveLength(1)
    expect(greengrass.commandCalls(CancelDeploymentCommand)[0]!.args[0].input).toEqual({
      deploymentId: 'dep-1'
    })
  })

  it.each([
    [
      new ResourceNotFoundException({
        message: 'no',
        resourceId: 'dep-1',
        resourceType: 'deployment',
        $metadata: meta(404)
      }),
      'not-found',
      /was not found in us-east-1/
    ],
    [
      new ConflictException({
        message: 'done',
        resourceId: 'x',
        resourceType: 'y',
        $metadata: meta(409)
      }),
      'not-cancellable',
      /cannot be cancelled.*already finished/
    ],
    [
      new ValidationException({ message: 'bad id', $metadata: meta(400) }),
      'failed',
      /rejected the request.*bad id/
    ],
    [
      new AccessDeniedException({ message: 'denied', $metadata: meta(403) }),
      'failed',
      /grant greengrass:CancelDeployment/
    ],
    [
      new InternalServerException({ message: 'boom', $metadata: meta(500) }),
      'failed',
      /server error/
    ]
  ])('classifies %p', async (error, outcome, message) => {
    greengrass.on(CancelDeploymentCommand).rejects(error)
    const result = await session().cancel(deployment, never)
    expect(result.outcome).toBe(outcome)
    expect(result.message).toMatch(message)
    expect(result.requestId).toBe('req-1')
  })

  it.each([
    ['ACTIVE', 'in-flight'],
    ['CANCELED', 'cancelled'],
    ['COMPLETED', 'finished'],
    ['FAILED', 'finished'],
    ['INACTIVE', 'finished']
  ])('reads deploymentStatus %s as %s', async (deploymentStatus, phase) => {
    greengrass
      .on(GetDeploymentCommand)
      .resolves({ deploymentStatus: deploymentStatus as never, $metadata: meta(200) })
    expect(await session().read(deployment, never)).toEqual({
      ok: true,
      phase,
      status: deploymentStatus,
      requestId: 'req-1'
    })
  })

  it('reports a read that is denied with the IAM action to grant', async () => {
    greengrass
      .on(GetDeploymentCommand)
      .rejects(new AccessDeniedException({ message: 'no', $metadata: meta(403) }))
    const result = await session().read(deployment, never)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.answer.message).toMatch(/greengrass:GetDeployment/)
  })
})
