/**
 * What in-flight-on finds for Greengrass at one place: the place checked with IoT first (its
 * account and that it exists), then the ACTIVE deployments listed there (greengrass-list.ts),
 * and for a core device (thing/NAME) the group deployments still on their way to it, refused
 * (greengrass-device.ts).
 */
import type { GreengrassV2Client } from '@aws-sdk/client-greengrassv2/dist-es/GreengrassV2Client.js'
import type { IoTClient } from '@aws-sdk/client-iot/dist-es/IoTClient.js'
import type { Place, Target } from '../../util/targets.js'
import type { ListBudget } from '../list-reader.js'
import type { ListResult, PageSender } from '../types.js'
import { groupDeploymentsOn } from './greengrass-device.js'
import { listActiveDeployments } from './greengrass-list.js'

interface GreengrassPlaceContext {
  client: GreengrassV2Client
  region: string
  /** The IoT client, loaded only when a place must be asked for. */
  iot(): Promise<IoTClient>
  /** Keeps what ListEffectiveDeployments said of a group deployment's job, for reach. */
  noteJob(deploymentId: string, jobId: string, where: string): void
}

/** The deployments in flight on a place (greengrass-list.ts), its IoT answer asked first. */
export async function listOnPlace(
  context: GreengrassPlaceContext,
  place: Place,
  page: PageSender,
  budget: ListBudget
): Promise<ListResult> {
  const { client, region } = context
  if (!place.all) {
    const [iot, places] = await Promise.all([context.iot(), import('./iot-places.js')])
    const checked = await places.checkPlace(iot, place, page, region)
    if (checked && 'outcome' in checked) return { ok: false, answer: checked }
  }
  const listed = await listActiveDeployments({ client, place, page, budget, region })
  if (!listed.ok || !place.label.startsWith('thing/')) return listed
  const refused = await onDevice(context, place, page, listed.found)
  if ('outcome' in refused) return { ok: false, answer: refused }
  return { ...listed, refused: [...listed.refused, ...refused] }
}

/** A core device's view: the group deployments still on their way to it, refused. */
async function onDevice(
  { client, region, noteJob }: GreengrassPlaceContext,
  place: Place,
  page: PageSender,
  found: Target[]
) {
  const thing = place.label.slice('thing/'.length)
  const skip = new Set(found.map((t) => t.label))
  const listed = await groupDeploymentsOn(client, thing, page, region, skip)
  if ('outcome' in listed) return listed
  for (const d of listed) {
    if (d.jobId) noteJob(d.target.label, d.jobId, `thinggroup/${d.group}`)
  }
  return listed.map(({ target, answer }) => ({ target, answer }))
}
