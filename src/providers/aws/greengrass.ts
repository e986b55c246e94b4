import { GreengrassV2Client } from '@aws-sdk/client-greengrassv2/dist-es/GreengrassV2Client.js'
import { CancelDeploymentCommand } from '@aws-sdk/client-greengrassv2/dist-es/commands/CancelDeploymentCommand.js'
import { GetDeploymentCommand } from '@aws-sdk/client-greengrassv2/dist-es/commands/GetDeploymentCommand.js'
import type { IoTClient } from '@aws-sdk/client-iot/dist-es/IoTClient.js'
import { ListDeploymentsCommand } from '@aws-sdk/client-greengrassv2/dist-es/commands/ListDeploymentsCommand.js'
import {
  allPages,
  attemptsOf,
  awsClientConfig,
  confirmAfterConflict,
  listAws,
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

/**
 * Said of every thing-group deployment in-flight-on finds, cancelled or previewed: a
 * cancel is not a rollback.
 */
const THING_GROUP_NOTE =
  'A thing-group deployment stays ACTIVE after every device has it (it goes on to devices that join the group later): a cancel stops it for the devices that have not received it yet and changes nothing on the devices that already have it.'

/** `thinggroup/NAME` or `thing/NAME` of a target ARN. */
const placeOf = (arn: string) => /:(thing(?:group)?\/.+)$/.exec(arn)?.[1]

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
    list: (place, page) => listDeployments(place, page),
    reach: reach.reach,
    reachedDevices: reach.reachedDevices,
    close: () => {
      client.destroy()
      iot?.destroy()
    }
  }

  /** The latest revision of each target's deployments, every page, ACTIVE ones kept. */
  async function listDeployments(place: Place, page: PageSender): Promise<ListResult> {
    const found: Target[] = []
    const listed = await listAws(
      () =>
        allPages(
          (nextToken) =>
            page((signal) =>
              client.send(
                new ListDeploymentsCommand({
                  historyFilter: 'LATEST_ONLY',
                  ...(place.all ? {} : { targetArn: place.value }),
                  maxResults: 100,
                  nextToken
                }),
                { abortSignal: signal }
              )
            ),
          (out) => {
            for (const d of out.deployments ?? []) {
              if (!d.deploymentId || d.deploymentStatus !== 'ACTIVE') continue
              if (d.isLatestForTarget === false) continue
              const on = placeOf(d.targetArn ?? '') ?? place.label
              found.push({
                label: d.deploymentId,
                ids: { 'deployment-id': d.deploymentId },
                foundOn: on,
                ...(on.startsWith('thinggroup/') ? { note: THING_GROUP_NOTE } : {})
              })
            }
          }
        ),
      {
        what: `the deployments on ${place.label}`,
        iamAction: 'greengrass:ListDeployments',
        region: inputs.awsRegion,
        errors: ERRORS
      }
    )
    if (listed) return { ok: false, answer: listed }
    const refused = place.label.startsWith('thing/') ? await onDevice(place, page, found) : []
    if ('outcome' in refused) return { ok: false, answer: refused }
    if (found.length || refused.length || place.all) return { ok: true, found, refused }
    // Greengrass lists nothing for a target that does not exist: IoT tells whether it does.
    const [kind, name] = place.label.split('/') as ['thing' | 'thinggroup', string]
    const missing = await (await iotPlaces()).placeMissing(kind, name, page)
    return missing ? { ok: false, answer: missing } : { ok: true, found, refused: [] }
  }

  /** A core device's view: the group deployments still on their way to it, refused. */
  async function onDevice(place: Place, page: PageSender, found: Target[]) {
    const thing = place.label.slice('thing/'.length)
    const skip = new Set(found.map((t) => t.label))
    const listed = await groupDeploymentsOn(client, thing, page, inputs.awsRegion, skip)
    if ('outcome' in listed) return listed
    for (const d of listed) {
      if (d.jobId) reach.noteJob(d.target.label, d.jobId, `thinggroup/${d.group}`)
    }
    return listed.map(({ target, answer }) => ({ target, answer }))
  }

  /** The IoT client, loaded only when a target's existence or a rollout's reach is asked. */
  async function iotClient(): Promise<IoTClient> {
    const { IoTClient } = await import('@aws-sdk/client-iot/dist-es/IoTClient.js')
    iot ??= withAnswerCheck(new IoTClient(awsClientConfig(context)))
    return iot
  }

  async function iotPlaces() {
    const [client, places] = await Promise.all([iotClient(), import('./iot-places.js')])
    return {
      placeMissing: (kind: 'thing' | 'thinggroup', name: string, page: PageSender) =>
        places.placeMissing(client, kind, name, page, inputs.awsRegion)
    }
  }
}
