/**
 * Datadog Fleet Automation: the cancel, the read of a deployment's state, and (list.ts) what is
 * in flight; its client is client.ts, its errors errors.ts, how far a rollout got reach.ts.
 */
import './punycode-preload.js'
import { ApiException } from '@datadog/datadog-api-client/dist/packages/datadog-api-client-common/exception.js'
import { datadogClient, type DatadogClient } from './client.js'
import { classifyDatadogError } from './errors.js'
import { listDeployments } from './list.js'
import { datadogReach } from './reach.js'
import type { CallTally } from '../../requests/scope.js'
import { targetId, type Target } from '../../util/targets.js'
import { answer, type Answer } from '../../util/outcome.js'
import { required, shortId } from '../../util/errors.js'
import { cancelledAfterLostAnswer } from '../lost-answer.js'
import type {
  DatadogFleetSettings,
  Phase,
  ProviderContext,
  ProviderSession,
  ReadResult
} from '../types.js'

/**
 * high_level_status → phase for a read, a dry run and `wait`: in flight is exactly `pending` and
 * `running`, the LISTED_STATUSES the list asks for and holds each item to (list.ts). Every other
 * status is finished (`datadogPhase`): a status Datadog adds later is not one this action may
 * call in flight, and `wait` must not wait on it.
 */
const DATADOG_PHASES: Readonly<Record<string, Phase>> = {
  pending: 'in-flight',
  running: 'in-flight',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  succeeded: 'finished',
  completed: 'finished',
  failed: 'finished',
  done_with_errors: 'finished'
}

/** The phase of a Datadog status: a status not in the table (one not known yet) is finished. */
function datadogPhase(status: string): Phase {
  return Object.hasOwn(DATADOG_PHASES, status) ? DATADOG_PHASES[status]! : 'finished'
}

const what = (target: Target) =>
  `Datadog fleet deployment ${shortId(targetId(target, 'deployment-id'))}`

/** What the cancel and the read share: the client, the reach notes, one deployment's read. */
interface FleetContext {
  client: DatadogClient
  reach: ReturnType<typeof datadogReach>
  getDetail: (
    deploymentId: string,
    signal: AbortSignal,
    tally: CallTally
  ) => ReturnType<DatadogClient['api']['getFleetDeploymentV2']>
}

export function createSession(context: ProviderContext<DatadogFleetSettings>): ProviderSession {
  const { settings } = context
  const client = datadogClient(context)
  const reach = datadogReach({
    getDetail: (deploymentId, signal) =>
      client.send(signal, { attempts: 0 }, (options) =>
        client.api.getFleetDeploymentV2({ deploymentId }, options)
      ),
    classify: (error, target) => classifyDatadogError(error, what(target), 'hosts_read', 1),
    keepForDevices: settings.reach === 'devices'
  })
  // A read the step makes is kept for reach, so reach does not send it again.
  const getDetail: FleetContext['getDetail'] = async (deploymentId, signal, tally) => {
    const detail = await client.send(signal, tally, (options) =>
      client.api.getFleetDeploymentV2({ deploymentId }, options)
    )
    if (settings.reach !== 'none') reach.noteDetail(deploymentId, detail)
    return detail
  }
  const fleet: FleetContext = { client, reach, getDetail }
  return {
    cancel: (target, signal) => cancelDeployment(fleet, target, signal),
    read: (target, signal) => readDeployment(fleet, target, signal),
    list: (place, page, budget) => listDeployments(fleet, place, page, budget),
    reach: reach.reach,
    reachedDevices: reach.reachedDevices,
    close: () => client.close()
  }
}

/** The deployment's high_level_status, as a phase. */
async function readDeployment(
  { getDetail }: FleetContext,
  target: Target,
  signal: AbortSignal
): Promise<ReadResult> {
  const tally = { attempts: 0 }
  try {
    const detail = await getDetail(targetId(target, 'deployment-id'), signal, tally)
    const status = required(detail?.data?.attributes?.highLevelStatus, 'high_level_status')
    return { ok: true, phase: datadogPhase(status), status, requestId: '' }
  } catch (error) {
    return {
      ok: false,
      answer: classifyDatadogError(error, what(target), 'hosts_read', tally.attempts)
    }
  }
}

async function cancelDeployment(
  fleet: FleetContext,
  target: Target,
  signal: AbortSignal
): Promise<Answer> {
  const { client, reach } = fleet
  const deploymentId = targetId(target, 'deployment-id')
  const tally = { attempts: 0 }
  try {
    const out = await client.send(signal, tally, (options) =>
      client.api.cancelFleetDeploymentV2({ deploymentId }, options)
    )
    // The cancel's answer always holds the deployment it cancelled.
    const status = required(out?.data, 'data').attributes?.status ?? ''
    reach.noteCancelled(deploymentId)
    return answer('cancelled', `Cancelled ${what(target)}${status ? `: now ${status}` : ''}.`, {
      status
    })
  } catch (error) {
    const refused = classifyDatadogError(
      error,
      what(target),
      'agent_upgrade_write and fleet_policies_write',
      tally.attempts
    )
    // Datadog answers 400 both for a finished deployment and for a bad request:
    // the deployment's own status tells them apart.
    return error instanceof ApiException && error.code === 400
      ? settleBadRequest(fleet, target, refused, signal, tally.attempts)
      : refused
  }
}

async function settleBadRequest(
  fleet: FleetContext,
  target: Target,
  refused: Answer,
  signal: AbortSignal,
  attempts: number
): Promise<Answer> {
  const state = await readDeployment(fleet, target, signal)
  if (!state.ok) {
    // Without the read, a finished deployment and a bad request look the same: say so.
    return {
      ...refused,
      message: `${refused.message} Reading it to tell whether it has already finished failed too: ${state.answer.message}`
    }
  }
  if (state.phase === 'in-flight') return refused
  if (state.phase === 'cancelled' && attempts > 1) {
    // Sent more than once because an answer was lost: the cancel that took was this step's.
    return cancelledAfterLostAnswer(what(target), state.status, attempts)
  }
  return answer(
    'not-cancellable',
    `${what(target)} cannot be cancelled: it is ${state.status || 'no longer running'}.`,
    { status: state.status }
  )
}
