/**
 * iot-job-execution's list of what is in flight on a thing: ListJobExecutionsForThing per
 * in-flight status through the one list reader (each job id checked as a job-id where it
 * enters); each job found is described once, and Greengrass's own are left to it.
 */
import type { IoTClient } from '@aws-sdk/client-iot/dist-es/IoTClient.js'
import { DescribeJobCommand } from '@aws-sdk/client-iot/dist-es/commands/DescribeJobCommand.js'
import { ListJobExecutionsForThingCommand } from '@aws-sdk/client-iot/dist-es/commands/ListJobExecutionsForThingCommand.js'
import { listAws, type AwsCall } from './client.js'
import { listJobIds } from './job-ids.js'
import { GREENGRASS_JOB_REFUSAL, isGreengrassJob, placeMissing } from './iot-places.js'
import type { ListBudget } from '../list-reader.js'
import { answer, type Answer } from '../../util/outcome.js'
import type { Place, Target } from '../../util/targets.js'
import type { ListResult, PageSender } from '../types.js'

/** What ListJobExecutionsForThing is asked for, one status a call: an execution in flight. */
const LISTED_STATUSES = ['QUEUED', 'IN_PROGRESS'] as const

interface ExecutionListContext {
  client: IoTClient
  page: PageSender
  budget: ListBudget
  region: string | undefined
  /** The provider's error table (error name → outcome). */
  errors: AwsCall['errors']
  /** How a call about one target is named, for its errors (the provider's table). */
  call: (target: Target, iamAction: string) => AwsCall
  /** Why each job is not this provider's to cancel, read once per job for the whole step. */
  jobOwners: Map<string, Promise<Answer | undefined>>
}

/**
 * A thing's executions in flight, every page of each status read to its end by the one list
 * reader (each job id checked as a job-id where it enters). Each job is described once
 * (a step may list many things running the same job): Greengrass's own are left to it.
 */
export async function listThingExecutions(
  place: Place,
  context: ExecutionListContext
): Promise<ListResult> {
  const { client, page, budget, region } = context
  const thingName = place.value
  const listed = await listJobIds({
    statuses: LISTED_STATUSES,
    what: (status) => `the ${status} job executions on ${place.label}`,
    budget,
    page,
    call: { iamAction: 'iot:ListJobExecutionsForThing', region, errors: context.errors },
    send: (status, nextToken, signal) =>
      client.send(
        new ListJobExecutionsForThingCommand({ thingName, status, maxResults: 100, nextToken }),
        { abortSignal: signal }
      ),
    items: (out) => out.executionSummaries
  })
  if (!Array.isArray(listed)) return { ok: false, answer: listed }
  const jobIds = new Set(listed)
  if (jobIds.size === 0) {
    const missing = await placeMissing(client, 'thing', thingName, page, region)
    return missing ? { ok: false, answer: missing } : { ok: true, found: [], refused: [] }
  }
  const found: Target[] = []
  const refused: { target: Target; answer: Answer }[] = []
  for (const jobId of jobIds) {
    const target: Target = {
      label: `${thingName}/${jobId}`,
      ids: { 'thing-name': thingName, 'job-id': jobId },
      foundOn: place.label
    }
    const owner = await greengrassOwned(jobId, target, context)
    if (owner) refused.push({ target, answer: owner })
    else found.push(target)
  }
  return { ok: true, found, refused }
}

/** Why a job is not this provider's to cancel (Greengrass's, or unreadable), per job. */
function greengrassOwned(
  jobId: string,
  target: Target,
  { client, page, call, jobOwners }: ExecutionListContext
) {
  let known = jobOwners.get(jobId)
  if (!known) {
    known = listAws(
      () =>
        page((signal) => client.send(new DescribeJobCommand({ jobId }), { abortSignal: signal })),
      { ...call(target, 'iot:DescribeJob'), what: `IoT job ${jobId}` }
    ).then((described) =>
      'outcome' in described
        ? described
        : isGreengrassJob(described.job)
          ? answer('not-cancellable', `IoT job ${jobId} ${GREENGRASS_JOB_REFUSAL}`)
          : undefined
    )
    jobOwners.set(jobId, known)
  }
  return known
}
