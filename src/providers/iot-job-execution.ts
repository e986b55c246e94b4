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
} from '../aws.js'
import { targetId, type Target } from '../targets.js'
import { answer, type Answer } from '../outcome.js'
import type { Phase, ProviderContext, ProviderSession, ReadResult } from '../provider.js'

/** DescribeJobExecution's execution.status values. */
export const IOT_EXECUTION_PHASES: Record<string, Phase> = {
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
    close: () => client.destroy()
  }
}
