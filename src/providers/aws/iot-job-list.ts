/**
 * iot-job's list of what is in flight at a place: the group is asked for first (checkPlace: it
 * is the place named, its ARN known), then ListJobs per in-flight status through the one list
 * reader, then each job is described, because CancelJob stops a job on all its targets: a job
 * that does not target the group is not on it (the place fails), one that also targets other
 * things is refused, and Greengrass's own jobs are left to it.
 */
import type { IoTClient } from '@aws-sdk/client-iot/dist-es/IoTClient.js'
import { DescribeJobCommand } from '@aws-sdk/client-iot/dist-es/commands/DescribeJobCommand.js'
import { ListJobsCommand } from '@aws-sdk/client-iot/dist-es/commands/ListJobsCommand.js'
import type { Job } from '@aws-sdk/client-iot'
import { listAws, type AwsCall } from './client.js'
import { listJobIds } from './job-ids.js'
import { checkPlace, GREENGRASS_JOB_REFUSAL, isGreengrassJob } from './iot-places.js'
import { notOnPlace, type ListBudget } from '../list-reader.js'
import { answer, type Answer } from '../../util/outcome.js'
import { shortId } from '../../util/errors.js'
import type { Place, Target } from '../../util/targets.js'
import type { ListResult, PageSender } from '../types.js'

/** What ListJobs is asked for, one status a pass: IoT's in-flight states of a job. */
const LISTED_STATUSES = ['IN_PROGRESS', 'SCHEDULED'] as const
/** How many of a job's other targets a refusal names. */
const NAMED_TARGETS = 5

interface JobListContext {
  client: IoTClient
  page: PageSender
  budget: ListBudget
  region: string | undefined
  /** How a call about one job is named, for its errors (the provider's table). */
  call: (target: Target, iamAction: string) => AwsCall
}

export async function listGroupJobs(place: Place, context: JobListContext): Promise<ListResult> {
  const { client, page, region } = context
  const group = place.all ? undefined : await checkPlace(client, place, page, region)
  if (group && 'outcome' in group) return { ok: false, answer: group }
  const ids = await listJobIds({
    statuses: LISTED_STATUSES,
    what: (status) => `the ${status} jobs on ${place.label}`,
    budget: context.budget,
    page,
    call: { iamAction: 'iot:ListJobs', region, errors: LIST_ERRORS },
    send: (status, nextToken, signal) =>
      client.send(
        new ListJobsCommand({
          status,
          ...(place.all ? {} : { thingGroupName: place.value }),
          maxResults: 250,
          nextToken
        }),
        { abortSignal: signal }
      ),
    items: (out) => out.jobs
  })
  if (!Array.isArray(ids)) return { ok: false, answer: ids }
  const found: Target[] = []
  const refused: { target: Target; answer: Answer }[] = []
  for (const jobId of ids) {
    const target: Target = {
      label: jobId,
      ids: { 'job-id': jobId },
      ...(place.all ? {} : { foundOn: place.label })
    }
    const described = await listAws(
      () =>
        page((signal) => client.send(new DescribeJobCommand({ jobId }), { abortSignal: signal })),
      context.call(target, 'iot:DescribeJob')
    )
    if ('outcome' in described) {
      refused.push({ target, answer: described })
      continue
    }
    const verdict = judgeJob(place, group?.arn, jobId, described.job)
    if (verdict === undefined) found.push(target)
    else if ('outcome' in verdict) refused.push({ target, answer: verdict })
    else return { ok: false, answer: answer('failed', verdict.notOnPlace) }
  }
  return { ok: true, found, refused }
}

/**
 * Undefined: the job is this place's to cancel. An answer: found there, but refused (never
 * sent). `notOnPlace`: the list answered a job that is not on the place, which fails it.
 */
function judgeJob(
  place: Place,
  groupArn: string | undefined,
  jobId: string,
  job: Job | undefined
): Answer | { notOnPlace: string } | undefined {
  const what = `the jobs on ${place.label}`
  if (groupArn !== undefined) {
    const targets = job?.targets
    if (!targets) {
      return {
        notOnPlace: `${capitalised(what)}: IoT's DescribeJob of job ${jobId} could not be read (it holds no targets), so whether the job is on ${place.label} cannot be told.`
      }
    }
    if (!targets.includes(groupArn)) {
      const named = targets.slice(0, NAMED_TARGETS).map(shortArn).join(', ') || 'nothing'
      return {
        notOnPlace: notOnPlace(what, 'job-id', jobId, groupArn, `it targets ${named}`).message
      }
    }
  }
  if (isGreengrassJob(job)) {
    return answer('not-cancellable', `IoT job ${jobId} ${GREENGRASS_JOB_REFUSAL}`)
  }
  const others = groupArn === undefined ? [] : (job?.targets ?? []).filter((a) => a !== groupArn)
  if (others.length === 0) return undefined
  const named = others.slice(0, NAMED_TARGETS).map(shortArn)
  const more = others.length > NAMED_TARGETS ? ` and ${others.length - NAMED_TARGETS} more` : ''
  return answer(
    'not-cancellable',
    `IoT job ${jobId} also targets ${named.join(', ')}${more}, not only ${place.label}: CancelJob would stop it on all of them, so it was not cancelled. Give job-id: ${jobId} to cancel it everywhere.`,
    { status: job?.status ?? '' }
  )
}

const shortArn = (arn: string) => shortId(arn.replace(/^arn:[^:]*:iot:[^:]*:[^:]*:/, ''))
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

const LIST_ERRORS = {
  ResourceNotFoundException: 'not-found',
  InvalidRequestException: 'failed',
  LimitExceededException: 'failed'
} as const
