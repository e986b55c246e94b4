/**
 * What the IoT providers, and Greengrass for its targets, share when listing
 * in flight: whether a thing or thing group exists (a list of a place that does
 * not exist comes back empty, which must not read as "nothing in flight"), and
 * which IoT jobs are Greengrass's own.
 */
import type { IoTClient } from '@aws-sdk/client-iot/dist-es/IoTClient.js'
import { DescribeThingCommand } from '@aws-sdk/client-iot/dist-es/commands/DescribeThingCommand.js'
import { DescribeThingGroupCommand } from '@aws-sdk/client-iot/dist-es/commands/DescribeThingGroupCommand.js'
import { listAws } from './client.js'
import { answer, type Answer } from '../../util/outcome.js'
import { shortId } from '../../util/errors.js'
import type { Place } from '../../util/targets.js'
import type { PageSender } from '../types.js'

/**
 * Greengrass V2 runs each deployment through an IoT job in its own namespace (its devices
 * listen on `…/jobs/…/namespace-aws-gg-deployment/…`): such a job is Greengrass's to cancel.
 */
const GREENGRASS_NAMESPACE = /^aws-gg/

export function isGreengrassJob(job: { namespaceId?: string } | undefined): boolean {
  return GREENGRASS_NAMESPACE.test(job?.namespaceId ?? '')
}

export const GREENGRASS_JOB_REFUSAL =
  "runs a Greengrass deployment (its job namespace is Greengrass's): it is left to provider greengrass, which cancels the deployment itself."

type PlaceKind = 'thing' | 'thinggroup'

/** DescribeThing or DescribeThingGroup of one place: IoT's answer, or why there is none. */
async function describePlace(
  client: IoTClient,
  kind: PlaceKind,
  name: string,
  page: PageSender,
  region: string | undefined
): Promise<{ arn: string | undefined } | Answer> {
  const described = await listAws(
    () =>
      page((signal) =>
        kind === 'thing'
          ? client.send(new DescribeThingCommand({ thingName: name }), { abortSignal: signal })
          : client.send(new DescribeThingGroupCommand({ thingGroupName: name }), {
              abortSignal: signal
            })
      ),
    {
      what: kind === 'thing' ? `thing ${name}` : `thing group ${name}`,
      iamAction: kind === 'thing' ? 'iot:DescribeThing' : 'iot:DescribeThingGroup',
      region,
      errors: { ResourceNotFoundException: 'not-found', InvalidRequestException: 'failed' }
    }
  )
  if ('outcome' in described) return described
  const { thingArn, thingGroupArn } = described as { thingArn?: string; thingGroupArn?: string }
  return { arn: kind === 'thing' ? thingArn : thingGroupArn }
}

/** A not-found of a place says that nothing was listed; any other failure says why. */
function placeUnknown(described: Answer, kind: PlaceKind, name: string): Answer {
  if (described.outcome === 'not-found') {
    return {
      ...described,
      message: `${described.message} Nothing was listed there, so nothing was cancelled.`
    }
  }
  return {
    ...described,
    outcome: 'failed',
    message: `Whether ${kind}/${name} exists, and in which account, could not be told: ${described.message}`
  }
}

const ARN_PARTS = /^arn:[^:]+:iot:([^:]*):(\d{12}):(thing|thinggroup)\/(.+)$/

/**
 * A place is that place: IoT's own answer for it (DescribeThing, DescribeThingGroup) carries its
 * ARN, which must be the ARN named (its account the ARN's: the credentials may reach another
 * account, which has a place of the same name), or, for a place named by name, an ARN of that
 * kind and name in the step's region. Asked before the place is listed; its ARN is what the
 * items found there must target. Not-found where IoT says so.
 */
export async function checkPlace(
  client: IoTClient,
  place: Place,
  page: PageSender,
  region: string | undefined
): Promise<{ arn: string } | Answer> {
  const [kind, name] = place.label.split('/') as [PlaceKind, string]
  const described = await describePlace(client, kind, name, page, region)
  if ('outcome' in described) return placeUnknown(described, kind, name)
  const parts = ARN_PARTS.exec(described.arn ?? '')
  const refuse = (why: string) => answer('failed', `${place.label}: ${why} It was not listed.`)
  if (!parts) {
    return refuse(
      `IoT's answer for it (${kind === 'thing' ? 'DescribeThing' : 'DescribeThingGroup'}) could not be read: it holds no ARN of a ${kind}.`
    )
  }
  const [arn, answeredRegion, account, answeredKind, answeredName] = parts as unknown as string[]
  const named = place.arn
  if (named && account !== named.account) {
    return refuse(
      `in-flight-on names account ${named.account}, but the credentials reach account ${account} (IoT answered ${shortId(arn!)}): its place of that name is another one. Use credentials of account ${named.account} for this step.`
    )
  }
  const expected = named?.value ?? `…:${region ?? ''}:…:${kind}/${name}`
  if (
    (named && arn !== named.value) ||
    answeredKind !== kind ||
    answeredName !== name ||
    (region !== undefined && answeredRegion !== region)
  ) {
    return refuse(`IoT answered for it with ${shortId(arn!)}, which is not ${shortId(expected)}.`)
  }
  return { arn: arn! }
}

/**
 * Undefined when the thing or thing group exists; its not-found (or why it could not be told)
 * otherwise. Only asked when a list of a place named by name found nothing there.
 */
export async function placeMissing(
  client: IoTClient,
  kind: PlaceKind,
  name: string,
  page: PageSender,
  region: string | undefined
): Promise<Answer | undefined> {
  const described = await describePlace(client, kind, name, page, region)
  return 'outcome' in described ? placeUnknown(described, kind, name) : undefined
}
