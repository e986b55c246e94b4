/**
 * What the two Proton providers share. AWS ended support for Proton on
 * 2026-10-07; the API still answers for existing accounts, so both stay.
 */
import { ProtonClient } from '@aws-sdk/client-proton/dist-es/ProtonClient.js'
import {
  attemptsOf,
  awsClientConfig,
  confirmAfterConflict,
  readAws,
  sendAws,
  withAnswerCheck,
  type AwsCall
} from './client.js'
import { targetId, type Target } from '../../util/targets.js'
import { answer } from '../../util/outcome.js'
import { shortId } from '../../util/errors.js'
import type { AwsSettings, Phase, ProviderContext, ProviderSession, ReadResult } from '../types.js'

/** deploymentStatus values of a pipeline or an environment. */
const PROTON_PHASES: Record<string, Phase> = {
  IN_PROGRESS: 'in-flight',
  CANCELLING: 'in-flight',
  CANCELLED: 'cancelled',
  SUCCEEDED: 'finished',
  DELETE_IN_PROGRESS: 'finished',
  DELETE_COMPLETE: 'finished',
  // The cancel itself (or the deployment) failed: the contract reports it as failed.
  FAILED: 'failed',
  DELETE_FAILED: 'failed'
}

const ERRORS = {
  ResourceNotFoundException: 'not-found',
  ConflictException: 'not-cancellable',
  ValidationException: 'failed'
} as const

/**
 * One Proton call's answer reduced to what the action reports. Each call
 * checks (with `required`) the member the API always returns: the pipeline or
 * the environment for a cancel, the service or the environment for a read.
 */
interface ProtonAnswer {
  status: string | undefined
  requestId: string
  /** Why the target has no deployment at all (a service without a pipeline), said to the user. */
  nothing?: string
}

/** The one thing that differs between the pipeline and the environment provider. */
export interface ProtonTarget {
  input: 'service-name' | 'environment-name'
  describe(name: string): string
  cancelAction: string
  readAction: string
  cancel(client: ProtonClient, name: string, signal: AbortSignal): Promise<ProtonAnswer>
  read(client: ProtonClient, name: string, signal: AbortSignal): Promise<ProtonAnswer>
}

export function protonSession(
  context: ProviderContext<AwsSettings>,
  spec: ProtonTarget
): ProviderSession {
  const { settings } = context
  const client = withAnswerCheck(new ProtonClient(awsClientConfig(context)))
  const call = (target: Target, iamAction: string): AwsCall => ({
    what: spec.describe(shortId(targetId(target, spec.input))),
    iamAction,
    region: settings.region,
    errors: ERRORS,
    hints: { ConflictException: 'Only a deployment that is IN_PROGRESS can be cancelled.' }
  })
  async function read(target: Target, signal: AbortSignal): Promise<ReadResult> {
    const name = targetId(target, spec.input)
    let nothing: string | undefined
    const state = await readAws(
      async () => {
        const out = await spec.read(client, name, signal)
        nothing = out.nothing
        return out
      },
      (out) => (out.nothing !== undefined ? '' : out.status),
      PROTON_PHASES,
      call(target, spec.readAction)
    )
    // Nothing to cancel is a finished state, not one still in flight: a dry run and a wait say so.
    return state.ok && nothing ? { ...state, phase: 'finished', refusal: nothing } : state
  }
  return {
    cancel(target, signal) {
      const name = targetId(target, spec.input)
      return sendAws(
        () => spec.cancel(client, name, signal),
        ({ status = '', requestId }) =>
          answer(
            'cancelled',
            `Cancelling ${spec.describe(shortId(name))}${status ? `: now ${status}` : ''}.`,
            { status, requestId }
          ),
        call(target, spec.cancelAction),
        // CANCELLING is this step's own cancel at work, as the accepted answer reports it.
        (refused, error) =>
          confirmAfterConflict(
            refused,
            attemptsOf(error),
            () => read(target, signal),
            spec.describe(shortId(name)),
            ['CANCELLING']
          )
      )
    },
    read,
    close: () => client.destroy()
  }
}
