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
import { groupDeploymentsOn } from './greengrass-device.js'
import { targetId, type Place, type Target } from '../../util/targets.js'
import { answer } from '../../util/outcome.js'
import { shortId } from '../../util/errors.js'
import type { ListBudget } from '../list-reader.js'
import { listActiveDeployments } from './greengrass-list.js'
import type {
  AwsSettings,
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

export function createSession(context: ProviderContext<AwsSettings>): ProviderSession {
  const { settings } = context
  const client = withAnswerCheck(new GreengrassV2Client(awsClientConfig(context)))
  let iot: IoTClient | undefined
  const what = (target: Target) =>
    `Greengrass deployment ${shortId(targetId(target, 'deployment-id'))}`
  const call = (target: Target, iamAction: string): AwsCall => ({
    what: what(target),
    iamAction,
    region: settings.region,
    errors: ERRORS,
    hints: { ConflictException: 'It has already finished or been cancelled.' }
  })
  const getDeployment = (deploymentId: string, signal: AbortSignal) =>
    client.send(new GetDeploymentCommand({ deploymentId }), { abortSignal: signal })
  const reach = greengrassReach({ getDeployment, iot: iotClient, call })
  function read(target: Target, signal: AbortSignal): Promise<ReadResult> {
    const deploymentId = targetId(target, 'deployment-id')
    return readAws(
      () =>
        getDeployment(deploymentId, signal).then((out) => {
          reach.noteDeployment(deploymentId, out)
          return out
        }),
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
        (out) => {
          reach.noteCancelled(deploymentId)
          return answer('cancelled', `Cancelled ${what(target)}.`, {
            requestId: requestIdOf(out)
          })
        },
        call(target, 'greengrass:CancelDeployment'),
        (refused, error) =>
          confirmAfterConflict(refused, attemptsOf(error), () => read(target, signal), what(target))
      )
    },
    read,
    list: (place, page, budget) => listDeployments(place, page, budget),
    reach: reach.reach,
    reachedDevices: reach.reachedDevices,
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
    const listed = await listActiveDeployments({
      client,
      place,
      page,
      budget,
      region: settings.region
    })
    if (!listed.ok || !place.label.startsWith('thing/')) return listed
    const refused = await onDevice(place, page, listed.found)
    if ('outcome' in refused) return { ok: false, answer: refused }
    return { ...listed, refused: [...listed.refused, ...refused] }
  }

  /** A core device's view: the group deployments still on their way to it, refused. */
  async function onDevice(place: Place, page: PageSender, found: Target[]) {
    const thing = place.label.slice('thing/'.length)
    const skip = new Set(found.map((t) => t.label))
    const listed = await groupDeploymentsOn(client, thing, page, settings.region, skip)
    if ('outcome' in listed) return listed
    for (const d of listed) {
      if (d.jobId) reach.noteJob(d.target.label, d.jobId, `thinggroup/${d.group}`)
    }
    return listed.map(({ target, answer }) => ({ target, answer }))
  }

  /** The IoT client, loaded only when a place must be asked for or a rollout's reach read. */
  async function iotClient(): Promise<IoTClient> {
    const { IoTClient } = await import('@aws-sdk/client-iot/dist-es/IoTClient.js')
    iot ??= withAnswerCheck(new IoTClient(awsClientConfig(context)))
    return iot
  }

  async function iotPlaces() {
    const [client, places] = await Promise.all([iotClient(), import('./iot-places.js')])
    return {
      checkPlace: (place: Place, page: PageSender) =>
        places.checkPlace(client, place, page, settings.region)
    }
  }
}
