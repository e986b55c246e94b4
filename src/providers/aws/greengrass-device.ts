/**
 * Seen from one core device (in-flight-on a thing ARN): besides the deployments that target the
 * thing itself, those that reach it through a thing group and are still on their way there
 * (its execution QUEUED or IN_PROGRESS), read with ListEffectiveDeployments. They are never
 * cancelled from here: the cancel would stop them for the whole group. Each is reported
 * `not-cancellable`, with its group and how to cancel it for the group.
 */
import type { GreengrassV2Client } from '@aws-sdk/client-greengrassv2/dist-es/GreengrassV2Client.js'
import { allPages, listAws } from './client.js'
import { answer, type Answer } from '../../util/outcome.js'
import { shortId } from '../../util/errors.js'
import type { Target } from '../../util/targets.js'
import type { PageSender } from '../types.js'

/** A core device's execution states in which the deployment has not finished there. */
const ON_ITS_WAY = new Set(['QUEUED', 'IN_PROGRESS'])
const THING_GROUP = /^arn:[^:]+:iot:[^:]*:[^:]*:thinggroup\/(.+)$/

interface GroupDeployment {
  target: Target
  answer: Answer
  /** The IoT job it runs through, and its group: saves the reach read a GetDeployment. */
  jobId?: string
  group: string
}

/**
 * The group deployments still on their way to the core device `thing`; an answer when the list
 * fails (a thing that is not a core device has none). `skip` holds the deployments the thing's
 * own list found.
 */
export async function groupDeploymentsOn(
  client: GreengrassV2Client,
  thing: string,
  page: PageSender,
  region: string | undefined,
  skip: ReadonlySet<string>
): Promise<GroupDeployment[] | Answer> {
  const { ListEffectiveDeploymentsCommand } =
    await import('@aws-sdk/client-greengrassv2/dist-es/commands/ListEffectiveDeploymentsCommand.js')
  const found: GroupDeployment[] = []
  const failed = await listAws(
    () =>
      allPages(
        (nextToken) =>
          page((signal) =>
            client.send(
              new ListEffectiveDeploymentsCommand({
                coreDeviceThingName: thing,
                maxResults: 100,
                nextToken
              }),
              { abortSignal: signal }
            )
          ),
        (out) => {
          for (const d of out.effectiveDeployments ?? []) {
            const group = THING_GROUP.exec(d.targetArn ?? '')?.[1]
            const id = d.deploymentId ?? ''
            const status = d.coreDeviceExecutionStatus ?? ''
            if (!group || !id || skip.has(id) || !ON_ITS_WAY.has(status)) continue
            if (found.some((f) => f.target.label === id)) continue
            found.push(refusal(thing, id, group, d.targetArn ?? '', status, d.iotJobId))
          }
        }
      ),
    {
      what: `the effective deployments of core device ${thing}`,
      iamAction: 'greengrass:ListEffectiveDeployments',
      region,
      errors: { ResourceNotFoundException: 'not-found', ValidationException: 'failed' }
    }
  )
  // A thing that is not a core device has no effective deployments.
  if (failed && failed.outcome !== 'not-found') return failed
  return found
}

function refusal(
  thing: string,
  id: string,
  group: string,
  groupArn: string,
  status: string,
  jobId: string | undefined
): GroupDeployment {
  const target: Target = {
    label: id,
    ids: { 'deployment-id': id },
    foundOn: `thing/${thing}`
  }
  const message = `Greengrass deployment ${shortId(id)} reaches thing/${shortId(thing)} through thinggroup/${shortId(group)} (its execution there is ${status}): its cancel would stop it for the whole group, so it was not cancelled. Give deployment-id: ${shortId(id)}, or in-flight-on: ${shortId(groupArn)}, to cancel it for the group.`
  return {
    target,
    answer: { ...answer('not-cancellable', message, { status }), measure: true },
    group,
    ...(jobId ? { jobId } : {})
  }
}
