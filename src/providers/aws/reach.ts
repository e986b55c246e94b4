/**
 * How far an IoT job got, for iot-job and for the job a Greengrass deployment runs through:
 * DescribeJob's jobProcessDetails as provider-neutral counts, and the things it reached, listed
 * with ListJobExecutionsForJob one status at a time, every page. Both are checked where they
 * enter: counts are whole numbers, a thing name obeys thing-name's rule.
 */
import type { IoTClient } from '@aws-sdk/client-iot/dist-es/IoTClient.js'
import type { JobExecutionSummaryForJob } from '@aws-sdk/client-iot'
import { listAws, tokenPage, type AwsCall } from './client.js'
import { ListBudget, MAX_LISTED_ITEMS, readList } from '../list-reader.js'
import type { Answer, Reach } from '../../util/outcome.js'
import { NotTheProvidersAnswer, required } from '../../util/errors.js'
import type { PageSender, ReachedDevice, ReachRead } from '../types.js'

/** DescribeJob's jobProcessDetails: the counters that are there. */
export interface JobProcessDetails {
  numberOfCanceledThings?: number
  numberOfSucceededThings?: number
  numberOfFailedThings?: number
  numberOfRejectedThings?: number
  numberOfQueuedThings?: number
  numberOfInProgressThings?: number
  numberOfRemovedThings?: number
  numberOfTimedOutThings?: number
}

/** A counter an answer gives: a whole number, or none at all (0). */
function count(value: number | undefined, name: string): number {
  if (value === undefined) return 0
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new NotTheProvidersAnswer(`${name} is ${String(value)}, not a count`)
  }
  return value
}

/**
 * The contract's mapping: failed = failed + rejected + timed out; cancelled = canceled + removed;
 * total = the sum. Undefined when the answer has no jobProcessDetails at all.
 */
export function reachOfJob(details: JobProcessDetails | undefined): Reach | undefined {
  if (!details) return undefined
  const n = (key: keyof JobProcessDetails) => count(details[key], key)
  const reach = {
    succeeded: n('numberOfSucceededThings'),
    inProgress: n('numberOfInProgressThings'),
    queued: n('numberOfQueuedThings'),
    failed: n('numberOfFailedThings') + n('numberOfRejectedThings') + n('numberOfTimedOutThings'),
    cancelled: n('numberOfCanceledThings') + n('numberOfRemovedThings')
  }
  const total = Object.values(reach).reduce((a, b) => a + b, 0)
  return { total, ...reach }
}

/** The execution statuses of a thing that has the rollout, is installing it, or failed on it. */
const REACHED_STATUSES = ['SUCCEEDED', 'IN_PROGRESS', 'FAILED', 'TIMED_OUT', 'REJECTED'] as const
/** The most things one rollout's lists take, as in-flight-on's lists. */
const MAX_DEVICES = MAX_LISTED_ITEMS

/**
 * Every thing of the job with a reached status, every page of each status, through the one list
 * reader (read to its end or not at all; each thing name checked as thing-name is); undefined
 * when read to the end, else the answer saying why not. A StopReason from `page` goes through.
 */
export async function listReachedThings(
  client: IoTClient,
  jobId: string,
  page: PageSender,
  call: AwsCall,
  add: (device: ReachedDevice) => void
): Promise<Answer | undefined> {
  const { ListJobExecutionsForJobCommand } =
    await import('@aws-sdk/client-iot/dist-es/commands/ListJobExecutionsForJobCommand.js')
  const budget = new ListBudget(MAX_DEVICES)
  let listed = 0
  const thingOf = (arn: string | undefined) => /:thing\/(.+)$/.exec(arn ?? '')?.[1]
  for (const status of REACHED_STATUSES) {
    const failed = await listAws(
      () =>
        readList<JobExecutionSummaryForJob>({
          what: `the ${status} things of IoT job ${jobId}`,
          budget,
          page: async (nextToken) => {
            const out = await page((signal) =>
              client.send(
                new ListJobExecutionsForJobCommand({ jobId, status, maxResults: 250, nextToken }),
                { abortSignal: signal }
              )
            )
            return tokenPage(out, out.executionSummaries)
          },
          id: { input: 'thing-name', of: (e) => thingOf(e.thingArn) },
          each: (e) => {
            listed++
            add({ device: thingOf(e.thingArn)!, status: e.jobExecutionSummary?.status ?? status })
          }
        }),
      call
    )
    if (failed) {
      return {
        ...failed,
        message: `${failed.message} The devices were listed as far as ${listed}; the list is not whole.`
      }
    }
  }
  return undefined
}

/**
 * What this session has read of each job, so that a read the action made (a dry run's, wait's,
 * iot-job's own DescribeJob before its cancel) is not sent again, and whether it was read before
 * the step's cancel of it.
 */
export class JobReachMemo {
  private readonly seen = new Map<string, { reach: Reach; before: boolean }>()
  private readonly cancelled = new Set<string>()

  /** A DescribeJob answer this session read for its own reasons. */
  noteRead(jobId: string, details: JobProcessDetails | undefined): void {
    try {
      const reach = reachOfJob(details)
      if (reach) this.seen.set(jobId, { reach, before: !this.cancelled.has(jobId) })
    } catch {
      // Counts that are not counts: the reach read asks again, and says so if it must.
      this.seen.delete(jobId)
    }
  }

  noteCancelled(key: string): void {
    this.cancelled.add(key)
  }

  wasCancelled(key: string): boolean {
    return this.cancelled.has(key)
  }

  /** The counts read already, once: a second reach read would be stale. */
  take(jobId: string): { reach: Reach; before: boolean } | undefined {
    const seen = this.seen.get(jobId)
    this.seen.delete(jobId)
    return seen
  }
}

/**
 * The counts of one IoT job: from the memo, or DescribeJob through `page`. `cancelledAs` is the
 * key under which the step's cancel was noted (the job, or the Greengrass deployment).
 */
export async function readJobReach(
  client: IoTClient,
  jobId: string,
  memo: JobReachMemo,
  page: PageSender,
  call: AwsCall,
  { cancelledAs = jobId, where }: { cancelledAs?: string; where?: string } = {}
): Promise<ReachRead> {
  const place = where ? { where } : {}
  const seen = memo.take(jobId)
  if (seen) return { ok: true, ...seen, unit: 'devices', ...place }
  const before = !memo.wasCancelled(cancelledAs)
  const { DescribeJobCommand } =
    await import('@aws-sdk/client-iot/dist-es/commands/DescribeJobCommand.js')
  const read = await listAws(async () => {
    const out = await page((signal) =>
      client.send(new DescribeJobCommand({ jobId }), { abortSignal: signal })
    )
    return required(reachOfJob(out.job?.jobProcessDetails), 'jobProcessDetails')
  }, call)
  if ('outcome' in read) return { ok: false, answer: read }
  return { ok: true, reach: read, before, unit: 'devices', ...place }
}
