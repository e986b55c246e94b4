/**
 * How far a Datadog fleet deployment got: the v2 get deployment's host counts as
 * provider-neutral counts, and its `hosts` for the devices. A read the step made already (a dry
 * run's, wait's) is not sent again. Counts and hostnames are checked where they enter.
 */
import type { FleetDeploymentV2DetailResponse } from '@datadog/datadog-api-client/dist/packages/datadog-api-client-v2/models/FleetDeploymentV2DetailResponse.js'
import { StopReason } from '../../requests/deadlines.js'
import { answer, type Answer, type Reach } from '../../util/outcome.js'
import { NotTheProvidersAnswer, required, shortId } from '../../util/errors.js'
import { targetId, type Target } from '../../util/targets.js'
import type { PageSender, ProviderSession, ReachedDevice } from '../types.js'

type Detail = NonNullable<NonNullable<FleetDeploymentV2DetailResponse['data']>['attributes']>

interface DatadogReachDeps {
  getDetail(deploymentId: string, signal: AbortSignal): Promise<FleetDeploymentV2DetailResponse>
  /** Datadog's error for this target's read, as a message naming the permission. */
  classify(error: unknown, target: Target): Answer
  /** reach: devices: the answer a reach read took is kept for the host list. */
  keepForDevices: boolean
}

/** Host statuses that mean the deployment has not reached the host, or never will. */
const NOT_REACHED = new Set(['pending', 'queued', 'canceled', 'cancelled', 'skipped'])
/** A hostname: 1–255 characters, no whitespace or control characters. */
const HOSTNAME = /^[^\s\p{Cc}]{1,255}$/u
const MAX_HOSTS = 100_000

function count(value: number | undefined, name: string): number {
  if (value === undefined) return 0
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new NotTheProvidersAnswer(`${name} is ${String(value)}, not a count`)
  }
  return value
}

/**
 * The contract's mapping: running → in-progress; cancelled = canceled + skipped; queued = total −
 * the others, never below 0.
 */
export function reachOfDeployment(detail: Detail): Reach {
  const total = count(required(detail.totalHosts, 'total_hosts'), 'total_hosts')
  const succeeded = count(detail.succeededHosts, 'succeeded_hosts')
  const inProgress = count(detail.runningHosts, 'running_hosts')
  const failed = count(detail.failedHosts, 'failed_hosts')
  const cancelled =
    count(detail.canceledHosts, 'canceled_hosts') + count(detail.skippedHosts, 'skipped_hosts')
  const queued = Math.max(0, total - succeeded - inProgress - failed - cancelled)
  return { total, succeeded, inProgress, queued, failed, cancelled }
}

export function datadogReach(deps: DatadogReachDeps) {
  const details = new Map<string, { detail: Detail; before: boolean }>()
  const cancelled = new Set<string>()

  /** The detail of the deployment: one read already made, or one through `page`. */
  async function detailOf(target: Target, page: PageSender) {
    const deploymentId = targetId(target, 'deployment-id')
    const known = details.get(deploymentId)
    if (known) return known
    try {
      const out = await page((signal) => deps.getDetail(deploymentId, signal))
      const detail = required(out?.data?.attributes, 'data.attributes')
      const read = { detail, before: !cancelled.has(deploymentId) }
      details.set(deploymentId, read)
      return read
    } catch (error) {
      if (error instanceof StopReason) throw error
      return deps.classify(error, target)
    }
  }

  const reach: NonNullable<ProviderSession['reach']> = async (target, page) => {
    const read = await detailOf(target, page)
    if ('outcome' in read) return { ok: false, answer: read }
    try {
      const counts = reachOfDeployment(read.detail)
      const where = read.detail.query ? { where: `hosts matching ${read.detail.query}` } : {}
      return { ok: true, reach: counts, before: read.before, unit: 'hosts', ...where }
    } catch (error) {
      return { ok: false, answer: deps.classify(error, target) }
    } finally {
      // With reach: devices, the host list comes from this same answer.
      if (!deps.keepForDevices) details.delete(targetId(target, 'deployment-id'))
    }
  }

  const reachedDevices: NonNullable<ProviderSession['reachedDevices']> = async (
    target,
    page,
    add
  ) => {
    const deploymentId = targetId(target, 'deployment-id')
    const read = await detailOf(target, page)
    details.delete(deploymentId)
    if ('outcome' in read) return read
    return listHosts(deploymentId, read.detail, add)
  }

  return {
    noteDetail(deploymentId: string, out: FleetDeploymentV2DetailResponse): void {
      const detail = out?.data?.attributes
      if (detail) details.set(deploymentId, { detail, before: !cancelled.has(deploymentId) })
    },
    noteCancelled: (deploymentId: string) => cancelled.add(deploymentId),
    reach,
    reachedDevices
  }
}

/** Each host the deployment reached; an answer when its list is not whole. */
function listHosts(
  deploymentId: string,
  detail: Detail,
  add: (device: ReachedDevice) => void
): Answer | undefined {
  const hosts = detail.hosts ?? []
  const what = `Datadog fleet deployment ${shortId(deploymentId)}`
  if (hosts.length > MAX_HOSTS) {
    return answer('failed', `${what} lists more than ${MAX_HOSTS} hosts; none was taken.`)
  }
  for (const host of hosts) {
    const name = host.hostname ?? ''
    if (!HOSTNAME.test(name)) {
      return answer(
        'failed',
        `${what}: the answer lists a host ${JSON.stringify(name.slice(0, 100))}, which is not a hostname; the list is not whole.`
      )
    }
    const status = host.status ?? ''
    if (!NOT_REACHED.has(status.toLowerCase())) add({ device: name, status })
  }
  const total = detail.totalHosts ?? hosts.length
  if (hosts.length < total) {
    return answer(
      'failed',
      `${what}: the answer lists ${hosts.length} of its ${total} hosts (Datadog pages them); the list is not whole.`
    )
  }
  return undefined
}
