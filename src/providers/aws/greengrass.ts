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
import { targetId, type Place, type Target } from '../../util/targets.js'
import { answer } from '../../util/outcome.js'
import { shortId } from '../../util/errors.js'
import type { ListBudget } from '../list-reader.js'
import { listActiveDeployments } from './greengrass-list.js'
import type {
  ListResult,
  PageSender,
  Phase,
  ProviderContext,
  ProviderSession,
  ReadResult
} from '../types.js'

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

export function createSession(context: ProviderContext): ProviderSession {
  const { inputs } = context
  const client = withAnswerCheck(new GreengrassV2Client(awsClientConfig(context)))
  let iot: IoTClient | undefined
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
    list: (place, page, budget) => listDeployments(place, page, budget),
    close: () => {
      client.destroy()
      iot?.destroy()
    }
  }

  /** The deployments in flight on a place (greengrass-list.ts), its IoT answer asked first. */
  async function listDeployments(
    place: Place,
    page: PageSender,
    budget: ListBudget
  ): Promise<ListResult> {
    const checked = place.all ? undefined : await (await iotPlaces()).checkPlace(place, page)
    if (checked && 'outcome' in checked) return { ok: false, answer: checked }
    return listActiveDeployments({ client, place, page, budget, region: inputs.awsRegion })
  }

  /** The IoT client, loaded only when a place must be asked for (not for ids, nor all). */
  async function iotPlaces() {
    const [{ IoTClient }, places] = await Promise.all([
      import('@aws-sdk/client-iot/dist-es/IoTClient.js'),
      import('./iot-places.js')
    ])
    iot ??= withAnswerCheck(new IoTClient(awsClientConfig(context)))
    const client = iot
    return {
      checkPlace: (place: Place, page: PageSender) =>
        places.checkPlace(client, place, page, inputs.awsRegion)
    }
  }
}
