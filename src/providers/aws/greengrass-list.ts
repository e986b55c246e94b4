/**
 * Greengrass's list of what is in flight at a place: ListDeployments (the latest revision of
 * each target), every page through the one list reader, each item checked where it enters
 * (its id a deployment-id, its target the ARN named) and only ACTIVE ones kept.
 */
import type { GreengrassV2Client } from '@aws-sdk/client-greengrassv2/dist-es/GreengrassV2Client.js'
import { ListDeploymentsCommand } from '@aws-sdk/client-greengrassv2/dist-es/commands/ListDeploymentsCommand.js'
import type { Deployment } from '@aws-sdk/client-greengrassv2'
import { listAws, tokenPage } from './client.js'
import { readList, type ListBudget } from '../list-reader.js'
import type { Place, Target } from '../../util/targets.js'
import type { ListResult, PageSender } from '../types.js'

/**
 * Said of every thing-group deployment in-flight-on finds, cancelled or previewed: a
 * cancel is not a rollback.
 */
const THING_GROUP_NOTE =
  'A thing-group deployment stays ACTIVE after every device has it (it goes on to devices that join the group later): a cancel stops it for the devices that have not received it yet and changes nothing on the devices that already have it.'

/** `thinggroup/NAME` or `thing/NAME` of a target ARN. */
const placeOf = (arn: string) => /:(thing(?:group)?\/.+)$/.exec(arn)?.[1]

export async function listActiveDeployments({
  client,
  place,
  page,
  budget,
  region
}: {
  client: GreengrassV2Client
  place: Place
  page: PageSender
  budget: ListBudget
  region: string | undefined
}): Promise<ListResult> {
  const found: Target[] = []
  const what = `the deployments on ${place.label}`
  const failed = await listAws(
    () =>
      readList<Deployment>({
        what,
        budget,
        page: async (nextToken) => {
          const out = await page((signal) =>
            client.send(
              new ListDeploymentsCommand({
                historyFilter: 'LATEST_ONLY',
                ...(place.all ? {} : { targetArn: place.value }),
                maxResults: 100,
                nextToken
              }),
              { abortSignal: signal }
            )
          )
          return tokenPage(out, out.deployments)
        },
        id: { input: 'deployment-id', of: (d) => d.deploymentId },
        ...(place.all
          ? {}
          : {
              elsewhere: {
                on: place.value,
                of: (d) =>
                  d.targetArn === place.value
                    ? undefined
                    : `its target is ${d.targetArn ?? 'not given'}`
              }
            }),
        each: (d) => {
          if (d.deploymentStatus !== 'ACTIVE' || d.isLatestForTarget === false) return
          const on = placeOf(d.targetArn ?? '') ?? place.label
          found.push({
            label: d.deploymentId!,
            ids: { 'deployment-id': d.deploymentId! },
            foundOn: on,
            ...(on.startsWith('thinggroup/') ? { note: THING_GROUP_NOTE } : {})
          })
        }
      }),
    { what, iamAction: 'greengrass:ListDeployments', region, errors: LIST_ERRORS }
  )
  return failed ? { ok: false, answer: failed } : { ok: true, found, refused: [] }
}

const LIST_ERRORS = {
  ResourceNotFoundException: 'not-found',
  ValidationException: 'failed'
} as const
