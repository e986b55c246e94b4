/**
 * AWS IoT CancelJob: the whole job, on every thing. The job is read first, so
 * a job that already ended is reported as not-cancellable without a cancel.
 */
import { IoTClient } from '@aws-sdk/client-iot/dist-es/IoTClient.js'
import { CancelJobCommand } from '@aws-sdk/client-iot/dist-es/commands/CancelJobCommand.js'
import { DescribeJobCommand } from '@aws-sdk/client-iot/dist-es/commands/DescribeJobCommand.js'
import { ListJobsCommand } from '@aws-sdk/client-iot/dist-es/commands/ListJobsCommand.js'
import {
  allPages,
  attemptsOf,
  awsClientConfig,
  confirmAfterConflict,
  listAws,
  readAws,
  requestIdOf,
  sendAws,
  withAnswerCheck,
  type AwsCall
} from './client.js'
import { targetId, type Place, type Target } from '../../util/targets.js'
import { answer, type Answer } from '../../util/outcome.js'
import { required, shortId } from '../../util/errors.js'
import type { ListResult, PageSender, Phase, ProviderContext, ProviderSession } from '../types.js'
import { GREENGRASS_JOB_REFUSAL, isGreengrassJob, placeMissing } from './iot-places.js'
import { JobReachMemo, listReachedThings, readJobReach } from './reach.js'

/** What ListJobs is asked for, one status a call: IoT's in-flight states of a job. */
const LISTED_STATUSES = ['IN_PROGRESS', 'SCHEDULED'] as const
/** How many of a job's other targets a refusal names. */
const NAMED_TARGETS = 5

/** DescribeJob's job.status values. */
export const IOT_JOB_PHASES: Record<string, Phase> = {
  SCHEDULED: 'in-flight',
  IN_PROGRESS: 'in-flight',
  CANCELED: 'cancelled',
  COMPLETED: 'finished',
  DELETION_IN_PROGRESS: 'finished'
}

const ERRORS = {
  ResourceNotFoundException: 'not-found',
  InvalidStateTransitionException: 'not-cancellable',
  InvalidRequestException: 'failed',
  LimitExceededException: 'failed'
} as const

export function createSession(context: ProviderContext): ProviderSession {
  const { inputs } = context
  const client = withAnswerCheck(new IoTClient(awsClientConfig(context)))
  const call = (target: Target, iamAction: string): AwsCall => ({
    what: `IoT job ${targetId(target, 'job-id')}`,
    iamAction,
    region: inputs.awsRegion,
    errors: ERRORS
  })

  // What DescribeJob said of each job, for reach: the read before the cancel is not sent twice.
  const memo = new JobReachMemo()
  function read(target: Target, signal: AbortSignal) {
    const jobId = targetId(target, 'job-id')
    return readAws(
      () =>
        client.send(new DescribeJobCommand({ jobId }), { abortSignal: signal }).then((out) => {
          memo.noteRead(jobId, out.job?.jobProcessDetails)
          return out
        }),
      (out) => out.job?.status,
      IOT_JOB_PHASES,
      call(target, 'iot:DescribeJob')
    )
  }

  return {
    async cancel(target, signal) {
      const jobId = targetId(target, 'job-id')
      const state = await read(target, signal)
      if (!state.ok) return state.answer
      if (state.phase !== 'in-flight') {
        return answer(
          'not-cancellable',
          `IoT job ${jobId} is ${state.status}: there is nothing to cancel.`,
          {
            status: state.status,
            requestId: state.requestId
          }
        )
      }
      return sendAws(
        () =>
          client.send(
            new CancelJobCommand({
              jobId,
              force: inputs.force,
              reasonCode: inputs.reasonCode,
              comment: inputs.comment
            }),
            { abortSignal: signal }
          ),
        (out) => {
          // CancelJob always names the job it cancelled.
          required(out.jobId, 'jobId')
          memo.noteCancelled(jobId)
          return answer(
            'cancelled',
            `Cancelled IoT job ${jobId} on every thing${inputs.force ? ', including executions in progress (forced)' : '; executions already IN_PROGRESS run on unless force: true'}.`,
            { requestId: requestIdOf(out) }
          )
        },
        call(target, 'iot:CancelJob'),
        (refused, error) =>
          confirmAfterConflict(
            refused,
            attemptsOf(error),
            () => read(target, signal),
            `IoT job ${jobId}`
          )
      )
    },
    read,
    list: (place, page) => listJobs(place, page),
    reach: (target, page) =>
      readJobReach(client, targetId(target, 'job-id'), memo, page, call(target, 'iot:DescribeJob')),
    reachedDevices: (target, page, add) =>
      listReachedThings(
        client,
        targetId(target, 'job-id'),
        page,
        call(target, 'iot:ListJobExecutionsForJob'),
        add
      ),
    close: () => client.destroy()
  }

  /**
   * The jobs in flight on a group (or everywhere), every page of each status; then each
   * job is described, because CancelJob stops a job on all its targets: one that also targets
   * things outside the group is refused here, and Greengrass's own jobs are left to it.
   */
  async function listJobs(place: Place, page: PageSender): Promise<ListResult> {
    const ids: string[] = []
    for (const status of LISTED_STATUSES) {
      const failed = await listAws(
        () =>
          allPages(
            (nextToken) =>
              page((signal) =>
                client.send(
                  new ListJobsCommand({
                    status,
                    ...(place.all ? {} : { thingGroupName: place.value }),
                    maxResults: 250,
                    nextToken
                  }),
                  { abortSignal: signal }
                )
              ),
            (out) => {
              for (const job of out.jobs ?? [])
                if (job.jobId && !ids.includes(job.jobId)) ids.push(job.jobId)
            }
          ),
        {
          what: `the jobs on ${place.label}`,
          iamAction: 'iot:ListJobs',
          region: inputs.awsRegion,
          errors: ERRORS
        }
      )
      if (failed) return { ok: false, answer: failed }
    }
    if (ids.length === 0 && !place.all) {
      const missing = await placeMissing(client, 'thinggroup', place.value, page, inputs.awsRegion)
      if (missing) return { ok: false, answer: missing }
    }
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
        call(target, 'iot:DescribeJob')
      )
      if ('outcome' in described) {
        refused.push({ target, answer: described })
        continue
      }
      const job = described.job
      if (isGreengrassJob(job)) {
        refused.push({
          target,
          answer: answer('not-cancellable', `IoT job ${jobId} ${GREENGRASS_JOB_REFUSAL}`)
        })
        continue
      }
      const others = place.all
        ? []
        : (job?.targets ?? []).filter((arn) => !arn.endsWith(`:thinggroup/${place.value}`))
      if (others.length) {
        const named = others
          .slice(0, NAMED_TARGETS)
          .map((arn) => shortId(arn.replace(/^arn:[^:]*:iot:[^:]*:[^:]*:/, '')))
        const more =
          others.length > NAMED_TARGETS ? ` and ${others.length - NAMED_TARGETS} more` : ''
        refused.push({
          target,
          answer: answer(
            'not-cancellable',
            `IoT job ${jobId} also targets ${named.join(', ')}${more}, not only ${place.label}: CancelJob would stop it on all of them, so it was not cancelled. Give job-id: ${jobId} to cancel it everywhere.`,
            { status: job?.status ?? '' }
          )
        })
        continue
      }
      found.push(target)
    }
    return { ok: true, found, refused }
  }
}
