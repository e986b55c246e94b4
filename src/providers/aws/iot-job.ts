/**
 * AWS IoT CancelJob: the whole job, on every thing. The job is read first, so
 * a job that already ended is reported as not-cancellable without a cancel.
 */
import { IoTClient } from '@aws-sdk/client-iot/dist-es/IoTClient.js'
import { CancelJobCommand } from '@aws-sdk/client-iot/dist-es/commands/CancelJobCommand.js'
import { DescribeJobCommand } from '@aws-sdk/client-iot/dist-es/commands/DescribeJobCommand.js'
import {
  attemptsOf,
  awsClientConfig,
  confirmAfterConflict,
  readAws,
  requestIdOf,
  sendAws,
  withAnswerCheck,
  type AwsCall
} from './client.js'
import { targetId, type Target } from '../../util/targets.js'
import { answer, type Answer } from '../../util/outcome.js'
import { required } from '../../util/errors.js'
import type { AwsSettings, Phase, ProviderContext, ProviderSession } from '../types.js'
import { listGroupJobs } from './iot-job-list.js'
import { JobReachMemo, listReachedThings, readJobReach } from './reach.js'

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

/** What the read and the cancel share: the client, the settings, how calls are named, the memo. */
interface JobContext {
  client: IoTClient
  settings: AwsSettings
  call: (target: Target, iamAction: string) => AwsCall
  /** What DescribeJob said of each job, for reach: the read before the cancel is not sent twice. */
  memo: JobReachMemo
}

export function createSession(context: ProviderContext<AwsSettings>): ProviderSession {
  const { settings } = context
  const client = withAnswerCheck(new IoTClient(awsClientConfig(context)))
  const call = (target: Target, iamAction: string): AwsCall => ({
    what: `IoT job ${targetId(target, 'job-id')}`,
    iamAction,
    region: settings.region,
    errors: ERRORS
  })
  const job: JobContext = { client, settings, call, memo: new JobReachMemo() }
  return {
    cancel: (target, signal) => cancelJob(job, target, signal),
    read: (target, signal) => describeJob(job, target, signal),
    list: (place, page, budget) =>
      listGroupJobs(place, { client, page, budget, region: settings.region, call }),
    reach: (target, page) =>
      readJobReach(
        client,
        targetId(target, 'job-id'),
        job.memo,
        page,
        call(target, 'iot:DescribeJob')
      ),
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
}

/** DescribeJob: the job's state, its counts kept for reach. */
function describeJob({ client, call, memo }: JobContext, target: Target, signal: AbortSignal) {
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

/** Reads the job first: one that already ended is not-cancellable without a CancelJob. */
async function cancelJob(job: JobContext, target: Target, signal: AbortSignal): Promise<Answer> {
  const { client, settings, call, memo } = job
  const jobId = targetId(target, 'job-id')
  const state = await describeJob(job, target, signal)
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
  const { force, reasonCode, comment } = settings
  return sendAws(
    () =>
      client.send(new CancelJobCommand({ jobId, force, reasonCode, comment }), {
        abortSignal: signal
      }),
    (out) => {
      // CancelJob always names the job it cancelled.
      required(out.jobId, 'jobId')
      memo.noteCancelled(jobId)
      return answer(
        'cancelled',
        `Cancelled IoT job ${jobId} on every thing${force ? ', including executions in progress (forced)' : '; executions already IN_PROGRESS run on unless force: true'}.`,
        { requestId: requestIdOf(out) }
      )
    },
    call(target, 'iot:CancelJob'),
    (refused, error) =>
      confirmAfterConflict(
        refused,
        attemptsOf(error),
        () => describeJob(job, target, signal),
        `IoT job ${jobId}`
      )
  )
}
