import { IoTClient } from '@aws-sdk/client-iot/dist-es/IoTClient.js'
import { CancelJobExecutionCommand } from '@aws-sdk/client-iot/dist-es/commands/CancelJobExecutionCommand.js'
import { DescribeJobExecutionCommand } from '@aws-sdk/client-iot/dist-es/commands/DescribeJobExecutionCommand.js'
import {
  attemptsOf,
  awsClientConfig,
  classifyAwsError,
  confirmAfterConflict,
  readAws,
  requestIdOf,
  withAnswerCheck,
  type AwsCall
} from './client.js'
import { targetId, type Target } from '../../util/targets.js'
import { answer, type Answer } from '../../util/outcome.js'
import type { AwsSettings, Phase, ProviderContext, ProviderSession, ReadResult } from '../types.js'
import { listThingExecutions } from './iot-job-execution-list.js'

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

export function createSession(context: ProviderContext<AwsSettings>): ProviderSession {
  const { settings } = context
  const client = withAnswerCheck(new IoTClient(awsClientConfig(context)))
  const jobOwners = new Map<string, Promise<Answer | undefined>>()
  const call = executionCall(settings)

  async function read(target: Target, signal: AbortSignal): Promise<ReadResult> {
    const state = await describe(target, signal)
    // IoT refuses to cancel an execution in progress unless forced: a dry run says so.
    return state.ok && state.status === 'IN_PROGRESS' && !settings.force
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

  return {
    async cancel(target, signal) {
      const thingName = targetId(target, 'thing-name')
      const jobId = targetId(target, 'job-id')
      const command = new CancelJobExecutionCommand({
        thingName,
        jobId,
        force: settings.force,
        expectedVersion: settings.expectedVersion,
        statusDetails: settings.statusDetails
      })
      try {
        const out = await client.send(command, { abortSignal: signal })
        return answer(
          'cancelled',
          `Cancelled the execution of IoT job ${jobId} on thing ${thingName}${settings.force ? ' (forced)' : ''}.`,
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
          ? explainStateConflict(refused, await describe(target, signal), settings.force)
          : refused
      }
    },
    read,
    list: (place, page, budget) =>
      listThingExecutions(place, {
        client,
        page,
        budget,
        region: settings.region,
        errors: ERRORS,
        call,
        jobOwners
      }),
    close: () => client.destroy()
  }
}

/** How a call about one execution is named, for its errors. */
function executionCall(settings: AwsSettings) {
  return (target: Target, iamAction: string): AwsCall => ({
    what: `IoT job execution of job ${targetId(target, 'job-id')} on thing ${targetId(target, 'thing-name')}`,
    iamAction,
    region: settings.region,
    errors: ERRORS,
    hints: {
      VersionConflictException: `expected-version ${settings.expectedVersion ?? ''} is not the execution's current version.`
    }
  })
}

/**
 * IoT says only "invalid state transition": the execution, read after the refusal, lets the
 * message say which state it is in, and whether `force: true` would help.
 */
function explainStateConflict(refused: Answer, state: ReadResult, force: boolean): Answer {
  if (!state.ok) {
    return {
      ...refused,
      message: `${refused.message} If it is IN_PROGRESS, set force: true to cancel it.`
    }
  }
  const advice =
    state.status === 'IN_PROGRESS' && !force
      ? 'It is IN_PROGRESS: set force: true to cancel it anyway (the device may be left in an unknown state).'
      : `It is ${state.status || 'in a state that cannot be cancelled'}.`
  return { ...refused, status: state.status, message: `${refused.message} ${advice}` }
}
