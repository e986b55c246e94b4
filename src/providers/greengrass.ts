import {
  CancelDeploymentCommand,
  GetDeploymentCommand,
  GreengrassV2Client
} from '@aws-sdk/client-greengrassv2'
import { awsClientConfig, readAws, requestIdOf, sendAws, type AwsCall } from '../aws.js'
import { targetId, type Target } from '../targets.js'
import { answer } from '../outcome.js'
import type { Phase, ProviderContext, ProviderSession } from './types.js'

/** GetDeployment's deploymentStatus values. */
export const GREENGRASS_PHASES: Record<string, Phase> = {
  ACTIVE: 'in-flight',
  CANCELED: 'cancelled',
  COMPLETED: 'finished',
  FAILED: 'finished',
  INACTIVE: 'finished'
}

const ERRORS = {
  ResourceNotFoundException: 'not-found',
  ConflictException: 'not-cancellable',
  ValidationException: 'failed'
} as const

export function createSession(context: ProviderContext): ProviderSession {
  const { inputs } = context
  const client = new GreengrassV2Client(awsClientConfig(context))
  const call = (target: Target, iamAction: string): AwsCall => ({
    what: `Greengrass deployment ${targetId(target, 'deployment-id')}`,
    iamAction,
    region: inputs.awsRegion,
    errors: ERRORS,
    hints: { ConflictException: 'It has already finished or been cancelled.' }
  })
  return {
    cancel(target, signal) {
      const deploymentId = targetId(target, 'deployment-id')
      return sendAws(
        () => client.send(new CancelDeploymentCommand({ deploymentId }), { abortSignal: signal }),
        (out) =>
          answer('cancelled', `Cancelled Greengrass deployment ${deploymentId}.`, {
            requestId: requestIdOf(out)
          }),
        call(target, 'greengrass:CancelDeployment')
      )
    },
    read(target, signal) {
      const deploymentId = targetId(target, 'deployment-id')
      return readAws(
        () => client.send(new GetDeploymentCommand({ deploymentId }), { abortSignal: signal }),
        (out) => out.deploymentStatus,
        GREENGRASS_PHASES,
        call(target, 'greengrass:GetDeployment')
      )
    }
  }
}
