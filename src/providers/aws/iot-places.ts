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
import type { Answer } from '../../util/outcome.js'
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

/**
 * Undefined when the thing or thing group exists; its not-found (or why it could not be told)
 * otherwise. Only asked when a list found nothing there.
 */
export async function placeMissing(
  client: IoTClient,
  kind: 'thing' | 'thinggroup',
  name: string,
  page: PageSender,
  region: string | undefined
): Promise<Answer | undefined> {
  const what = kind === 'thing' ? `Thing ${name}` : `Thing group ${name}`
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
      what: what.charAt(0).toLowerCase() + what.slice(1),
      iamAction: kind === 'thing' ? 'iot:DescribeThing' : 'iot:DescribeThingGroup',
      region,
      errors: { ResourceNotFoundException: 'not-found', InvalidRequestException: 'failed' }
    }
  )
  if (!('outcome' in described)) return undefined
  if (described.outcome === 'not-found') {
    return {
      ...described,
      message: `${described.message} Nothing was listed there, so nothing was cancelled.`
    }
  }
  return {
    ...described,
    outcome: 'failed',
    message: `Nothing is in flight on ${kind}/${name}, but whether it exists could not be told: ${described.message}`
  }
}
