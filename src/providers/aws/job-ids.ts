/**
 * IoT's job lists take one status a call: the ids of the jobs listed under each of the statuses, every
 * page of each read to its end by the one list reader (each id checked as a job-id where it
 * enters). ListJobs (iot-job) and ListJobExecutionsForThing (iot-job-execution) both read so.
 */
import { listAws, tokenPage, type AwsCall } from './client.js'
import { readList, type ListBudget } from '../list-reader.js'
import type { Answer } from '../../util/outcome.js'
import type { PageSender } from '../types.js'

interface JobIdList<S extends string, O extends { nextToken?: string }> {
  statuses: readonly S[]
  /** What one status's list is called in a message, e.g. "the IN_PROGRESS jobs on …". */
  what: (status: S) => string
  budget: ListBudget
  page: PageSender
  /** The call's IAM action, region and error table, for its errors. */
  call: Omit<AwsCall, 'what'>
  /** One page of one status's list. */
  send: (status: S, nextToken: string | undefined, signal: AbortSignal) => Promise<O>
  /** The page's items. */
  items: (out: O) => readonly { jobId?: string }[] | undefined
}

/** The job ids listed, first seen first; or why a list could not be read to its end. */
export async function listJobIds<S extends string, O extends { nextToken?: string }>(
  list: JobIdList<S, O>
): Promise<string[] | Answer> {
  const ids = new Set<string>()
  for (const status of list.statuses) {
    const what = list.what(status)
    const failed = await listAws(
      () =>
        readList({
          what,
          budget: list.budget,
          page: async (nextToken) => {
            const out = await list.page((signal) => list.send(status, nextToken, signal))
            return tokenPage(out, list.items(out))
          },
          id: { input: 'job-id', of: (item) => item.jobId },
          each: (item) => ids.add(item.jobId!)
        }),
      { ...list.call, what }
    )
    if (failed) return failed
  }
  return [...ids]
}
