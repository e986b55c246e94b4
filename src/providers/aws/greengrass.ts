import { GreengrassV2Client } from '@aws-sdk/client-greengrassv2/dist-es/GreengrassV2Client.js'
import { CancelDeploymentCommand } from '@aws-sdk/client-greengrassv2/dist-es/commands/CancelDeploymentCommand.js'
import { GetDeploymentCommand } from '@aws-sdk/client-greengrassv2/dist-es/commands/GetDeploymentCommand.js'
import type { IoTClient } from '@aws-sdk/client-iot/dist-es/IoTClient.js'
import {
  attemptsOf,
  awsClientConfig,
  confirmAfterConflict,
  readAws,
  requestIdOf,
  sendAws,
  withAnswerCheck,
  type AwsCall
} from './client.js'
import { greengrassReach } from './greengrass-reach.js'
import { targetId, type Target } from '../../util/targets.js'
import { answer, type Answer } from '../../util/outcome.js'
import { shortId } from '../../util/errors.js'
import { listOnPlace } from './greengrass-place.js'
import type { AwsSettings, Phase, ProviderContext, ProviderSession, ReadResult } from '../types.js'

/** GetDeployment's deploymentStatus values. */
const GREENGRASS_PHASES: Record<string, Phase> = {
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

/** What the read and the cancel share: the client, how a call is named, the reach notes. */
interface DeploymentContext {
  client: GreengrassV2Client
  call: (target: Target, iamAction: string) => AwsCall
  reach: ReturnType<typeof greengrassReach>
}

const what = (target: Target) =>
  `Greengrass deployment ${shortId(targetId(target, 'deployment-id'))}`

export function createSession(context: ProviderContext<AwsSettings>): ProviderSession {
  const { region } = context.settings
  const client = withAnswerCheck(new GreengrassV2Client(awsClientConfig(context)))
  let iot: IoTClient | undefined
  /** The IoT client, loaded only when a place must be asked for or a rollout's reach read. */
  async function iotClient(): Promise<IoTClient> {
    const { IoTClient } = await import('@aws-sdk/client-iot/dist-es/IoTClient.js')
    iot ??= withAnswerCheck(new IoTClient(awsClientConfig(context)))
    return iot
  }
  const call = (target: Target, iamAction: string): AwsCall => ({
    what: what(target),
    iamAction,
    region,
    errors: ERRORS,
    hints: { ConflictException: 'It has already finished or been cancelled.' }
  })
  const getDeployment = (deploymentId: string, signal: AbortSignal) =>
    client.send(new GetDeploymentCommand({ deploymentId }), { abortSignal: signal })
  const reach = greengrassReach({ getDeployment, iot: iotClient, call })
  const deployments: DeploymentContext = { client, call, reach }
  const places = { client, region, iot: iotClient, noteJob: reach.noteJob }
  return {
    cancel: (target, signal) => cancelDeployment(deployments, target, signal),
    read: (target, signal) => readDeployment(deployments, target, signal),
    list: (place, page, budget) => listOnPlace(places, place, page, budget),
    reach: reach.reach,
    reachedDevices: reach.reachedDevices,
    close: () => {
      client.destroy()
      iot?.destroy()
    }
  }
}

/** GetDeployment's deploymentStatus, as a phase; the answer kept for reach. */
function readDeployment(
  { client, call, reach }: DeploymentContext,
  target: Target,
  signal: AbortSignal
): Promise<ReadResult> {
  const deploymentId = targetId(target, 'deployment-id')
  return readAws(
    () =>
      client
        .send(new GetDeploymentCommand({ deploymentId }), { abortSignal: signal })
        .then((out) => {
          reach.noteDeployment(deploymentId, out)
          return out
        }),
    (out) => out.deploymentStatus,
    GREENGRASS_PHASES,
    call(target, 'greengrass:GetDeployment')
  )
}

/** CancelDeployment; a conflict after a lost answer is confirmed by a read. */
function cancelDeployment(
  deployments: DeploymentContext,
  target: Target,
  signal: AbortSignal
): Promise<Answer> {
  const { client, call, reach } = deployments
  const deploymentId = targetId(target, 'deployment-id')
  return sendAws(
    () => client.send(new CancelDeploymentCommand({ deploymentId }), { abortSignal: signal }),
    (out) => {
      reach.noteCancelled(deploymentId)
      return answer('cancelled', `Cancelled ${what(target)}.`, { requestId: requestIdOf(out) })
    },
    call(target, 'greengrass:CancelDeployment'),
    (refused, error) =>
      confirmAfterConflict(
        refused,
        attemptsOf(error),
        () => readDeployment(deployments, target, signal),
        what(target)
      )
  )
}
