import { GreengrassV2Client } from '@aws-sdk/client-greengrassv2/dist-es/GreengrassV2Client.js'
import { CancelDeploymentCommand } from '@aws-sdk/client-greengrassv2/dist-es/commands/CancelDeploymentCommand.js'
import { GetDeploymentCommand } from '@aws-sdk/client-greengrassv2/dist-es/commands/GetDeploymentCommand.js'
import {
  attemptsOf,
  awsClientConfig,
  confirmAfterConflict,
  readAws,
  requestIdOf,
  sendAws,
  withAnswerCheck,
  type AwsCall
} from '../aws.js'
import { targetId, type Target } from '../targets.js'
import { answer } from '../outcome.js'
import { shortId } from '../errors.js'
import type { Phase, ProviderContext, ProviderSession, ReadResult } from '../provider.js'

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
  const client = withAnswerCheck(new GreengrassV2Client(awsClientConfig(context)))
  const what = (target: Target) =>
    `Greengrass deployment ${shortId(targetId(target, 'deployment-id'))}`
  const call = (target: Target, iamAction: string): AwsCall => ({
    what: what(target),
    iamAction,
    region: inputs.awsRegion,
    errors: ERRORS,
    hints: { ConflictException: 'It has already finished or been cancelled.' }
  })
  function read(target: Target, signal: AbortSignal): Promise<ReadResult> {
    const deploymentId = targetId(target, 'deployment-id')
    return readAws(
      () => client.send(new GetDeploymentCommand({ deploymentId }), { abortSignal: signal }),
      (out) => out.deploymentStatus,
      GREENGRASS_PHASES,
      call(target, 'greengrass:GetDeployment')
    )
  }
  return {
    cancel(target, signal) {
      const deploymentId = targetId(target, 'deployment-id')
      return sendAws(
        () => client.send(new CancelDeploymentCommand({ deploymentId }), { abortSignal: signal }),
        (out) =>
          answer('cancelled', `Cancelled ${what(target)}.`, {
            requestId: requestIdOf(out)
          }),
        call(target, 'greengrass:CancelDeployment'),
        (refused, error) =>
          confirmAfterConflict(refused, attemptsOf(error), () => read(target, signal), what(target))
      )
    },
    read,
    close: () => client.destroy()
  }
}
