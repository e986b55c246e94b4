/**
 * What is in flight in the organisation (in-flight-on: all, or host:HOSTNAME): every pending or
 * running fleet deployment, each status's pages from 0 read to its total_filtered_count by the
 * one list reader. An item whose status is not the one listed is not in flight there, and fails
 * the list.
 */
import type { FleetDeploymentV2DetailResponse } from '@datadog/datadog-api-client/dist/packages/datadog-api-client-v2/models/FleetDeploymentV2DetailResponse.js'
import { StopReason } from '../../requests/deadlines.js'
import type { CallTally } from '../../requests/scope.js'
import { required, shortId } from '../../util/errors.js'
import { answer } from '../../util/outcome.js'
import type { Place, Target } from '../../util/targets.js'
import { ListRefused, readList, type ListBudget } from '../list-reader.js'
import type { ListResult, PageSender } from '../types.js'
import type { DatadogClient } from './client.js'
import { classifyDatadogError } from './errors.js'
import { onHost } from './hosts.js'

/** The list's filters, one a pass: Datadog's in-flight states. */
export const LISTED_STATUSES = ['running', 'pending'] as const
/** The most a page holds. */
const PAGE_SIZE = 100

interface FleetListContext {
  client: DatadogClient
  /** Reads one deployment (noted for reach), for host:HOSTNAME. */
  getDetail(
    deploymentId: string,
    signal: AbortSignal,
    tally: CallTally
  ): Promise<FleetDeploymentV2DetailResponse>
}

/** Every deployment in flight at the place; for host:HOSTNAME, each then read for its hosts. */
export async function listDeployments(
  context: FleetListContext,
  place: Place,
  page: PageSender,
  budget: ListBudget
): Promise<ListResult> {
  const found: Target[] = []
  const seen = new Set<string>()
  const tally = { attempts: 0 }
  try {
    for (const status of LISTED_STATUSES) {
      await listStatus({ ...context, page, budget, tally }, status, (id) => {
        if (seen.has(id)) return
        seen.add(id)
        found.push({ label: id, ids: { 'deployment-id': id } })
      })
    }
  } catch (error) {
    if (error instanceof StopReason) throw error
    if (error instanceof ListRefused) return { ok: false, answer: answer('failed', error.message) }
    return {
      ok: false,
      answer: classifyDatadogError(
        error,
        'the list of fleet deployments',
        'hosts_read',
        tally.attempts
      )
    }
  }
  if (place.all) return { ok: true, found, refused: [] }
  // host:HOSTNAME: each deployment in flight read, its hosts compared.
  return onHost(
    place,
    found,
    (deploymentId) => page((signal) => context.getDetail(deploymentId, signal, tally)),
    (error) => {
      if (error instanceof StopReason) throw error
      return classifyDatadogError(
        error,
        `the deployments on ${place.label}`,
        'hosts_read',
        tally.attempts
      )
    }
  )
}

/** Every page of the deployments in one status, each id handed to `each`. */
async function listStatus(
  {
    client,
    page,
    budget,
    tally
  }: FleetListContext & {
    page: PageSender
    budget: ListBudget
    tally: CallTally
  },
  status: (typeof LISTED_STATUSES)[number],
  each: (id: string) => void
): Promise<void> {
  await readList({
    what: `the ${status} fleet deployments`,
    budget,
    page: async (cursor) => {
      const pageNumber = Number(cursor ?? 0)
      const out = await page((signal) =>
        client.send(signal, tally, (options) =>
          client.api.listFleetDeploymentsV2(
            { pageSize: PAGE_SIZE, pageNumber, filter: `status:${status}` },
            options
          )
        )
      )
      const items = required(out?.data, 'data')
      const total = required(out.meta?.page?.totalFilteredCount, 'total_filtered_count')
      // A short page is the last; the reader fails a list that ends before its total.
      const more = items.length === PAGE_SIZE && (pageNumber + 1) * PAGE_SIZE < total
      return { items, total, next: more ? String(pageNumber + 1) : undefined }
    },
    id: { input: 'deployment-id', of: (d) => d.id },
    elsewhere: {
      on: `the ${status} list`,
      of: (d) =>
        d.attributes?.status === status
          ? undefined
          : `its status is ${shortId(d.attributes?.status ?? 'not given')}`
    },
    each: (d) => each(d.id!)
  })
}
