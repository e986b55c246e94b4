import { IoTClient } from '@aws-sdk/client-iot/dist-es/IoTClient.js'
import { CancelJobExecutionCommand } from '@aws-sdk/client-iot/dist-es/commands/CancelJobExecutionCommand.js'
import { DescribeJobExecutionCommand } from '@aws-sdk/client-iot/dist-es/commands/DescribeJobExecutionCommand.js'
import { DescribeJobCommand } from '@aws-sdk/client-iot/dist-es/commands/DescribeJobCommand.js'
import { ListJobExecutionsForThingCommand } from '@aws-sdk/client-iot/dist-es/commands/ListJobExecutionsForThingCommand.js'
import {
  attemptsOf,
  awsClientConfig,
  classifyAwsError,
  confirmAfterConflict,
  listAws,
  readAws,
  requestIdOf,
  tokenPage,
  withAnswerCheck,
  type AwsCall
} from './client.js'
import { readList, type ListBudget } from '../list-reader.js'
import { targetId, type Place, type Target } from '../../util/targets.js'
import { answer, type Answer } from '../../util/outcome.js'
import type {
  ListResult,
  PageSender,
  Phase,
  ProviderContext,
  ProviderSession,
  ReadResult
} from '../types.js'
import { GREENGRASS_JOB_REFUSAL, isGreengrassJob, placeMissing } from './iot-places.js'

/** What ListJobExecutionsForThing is asked for, one status a call: an execution in flight. */
const LISTED_STATUSES = ['QUEUED', 'IN_PROGRESS'] as const

/** DescribeJobExecution's execution.status values. */
const IOT_EXECUTION_PHASES: Record<string, Phase> = {
  QUEUED: 'in-flight',
  IN_PROGRESS: 'in-flight',
  CANCELED: 'cancelled',
  SUCCEEDED: 'finished',
  FAILED: 'finished',
  TIMED_OUT: 'finished',
  REJECTED: 'finished',
  REMOVED: 'finished'
}

const ERRORS = {
  ResourceNotFoundException: 'not-found',
  InvalidStateTransitionException: 'not-cancellable',
  VersionConflictException: 'not-cancellable',
  InvalidRequestException: 'failed'
} as const

export function createSession(context: ProviderContext): ProviderSession {
  const { inputs } = context
  const client = withAnswerCheck(new IoTClient(awsClientConfig(context)))
  const jobOwners = new Map<string, Promise<Answer | undefined>>()
  const call = (target: Target, iamAction: string): AwsCall => ({
    what: `IoT job execution of job ${targetId(target, 'job-id')} on thing ${targetId(target, 'thing-name')}`,
    iamAction,
    region: inputs.awsRegion,
    errors: ERRORS,
    hints: {
      VersionConflictException: `expected-version ${inputs.expectedVersion ?? ''} is not the execution's current version.`
    }
  })

  async function read(target: Target, signal: AbortSignal): Promise<ReadResult> {
    const state = await describe(target, signal)
    // IoT refuses to cancel an execution in progress unless forced: a dry run says so.
    return state.ok && state.status === 'IN_PROGRESS' && !inputs.force
      ? { ...state, refusal: 'is IN_PROGRESS: a cancel would be refused unless force: true.' }
      : state
  }

  function describe(target: Target, signal: AbortSignal) {
    const thingName = targetId(target, 'thing-name')
    const jobId = targetId(target, 'job-id')
    return readAws(
      () =>
        client.send(new DescribeJobExecutionCommand({ thingName, jobId }), { abortSignal: signal }),
      (out) => out.execution?.status,
      IOT_EXECUTION_PHASES,
      call(target, 'iot:DescribeJobExecution')
    )
  }

  /**
   * IoT says only "invalid state transition": read the execution so the message
   * can say which state it is in, and whether `force: true` would help.
   */
  async function explainStateConflict(target: Target, refused: Answer, signal: AbortSignal) {
    const state = await describe(target, signal)
    if (!state.ok) {
      return {
        ...refused,
        message: `${refused.message} If it is IN_PROGRESS, set force: true to cancel it.`
      }
    }
    const advice =
      state.status === 'IN_PROGRESS' && !inputs.force
        ? 'It is IN_PROGRESS: set force: true to cancel it anyway (the device may be left in an unknown state).'
        : `It is ${state.status || 'in a state that cannot be cancelled'}.`
    return { ...refused, status: state.status, message: `${refused.message} ${advice}` }
  }

  return {
    async cancel(target, signal) {
      const thingName = targetId(target, 'thing-name')
      const jobId = targetId(target, 'job-id')
      const command = new CancelJobExecutionCommand({
        thingName,
        jobId,
        force: inputs.force,
        expectedVersion: inputs.expectedVersion,
        statusDetails: inputs.statusDetails
      })
      try {
        const out = await client.send(command, { abortSignal: signal })
        return answer(
          'cancelled',
          `Cancelled the execution of IoT job ${jobId} on thing ${thingName}${inputs.force ? ' (forced)' : ''}.`,
          { requestId: requestIdOf(out) }
        )
      } catch (error) {
        const refused = classifyAwsError(error, call(target, 'iot:CancelJobExecution'))
        const confirmed = await confirmAfterConflict(
          refused,
          attemptsOf(error),
          () => describe(target, signal),
          `the execution of IoT job ${jobId} on thing ${thingName}`
        )
        if (confirmed.outcome === 'cancelled') return confirmed
        return (error as Error).name === 'InvalidStateTransitionException'
          ? explainStateConflict(target, refused, signal)
          : refused
      }
    },
    read,
    list: (place, page, budget) => listExecutions(place, page, budget),
    close: () => client.destroy()
  }

  /**
   * A thing's executions in flight, every page of each status read to its end by the one list
   * reader (each job id checked as a job-id where it enters). Each job is described once
   * (a step may list many things running the same job): Greengrass's own are left to it.
   */
  async function listExecutions(
    place: Place,
    page: PageSender,
    budget: ListBudget
  ): Promise<ListResult> {
    const thingName = place.value
    const jobIds = new Set<string>()
    for (const status of LISTED_STATUSES) {
      const what = `the ${status} job executions on ${place.label}`
      const failed = await listAws(
        () =>
          readList({
            what,
            budget,
            page: async (nextToken) => {
              const out = await page((signal) =>
                client.send(
                  new ListJobExecutionsForThingCommand({
                    thingName,
                    status,
                    maxResults: 100,
                    nextToken
                  }),
                  { abortSignal: signal }
                )
              )
              return tokenPage(out, out.executionSummaries)
            },
            id: { input: 'job-id', of: (e) => e.jobId },
            each: (e) => jobIds.add(e.jobId!)
          }),
        {
          what,
          iamAction: 'iot:ListJobExecutionsForThing',
          region: inputs.awsRegion,
          errors: ERRORS
        }
      )
      if (failed) return { ok: false, answer: failed }
    }
    if (jobIds.size === 0) {
      const missing = await placeMissing(client, 'thing', thingName, page, inputs.awsRegion)
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
      const owner = await greengrassOwned(jobId, target, page)
      if (owner) refused.push({ target, answer: owner })
      else found.push(target)
    }
    return { ok: true, found, refused }
  }

  /** Why a job is not this provider's to cancel (Greengrass's, or unreadable), per job. */
  function greengrassOwned(jobId: string, target: Target, page: PageSender) {
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
}
