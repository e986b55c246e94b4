/**
 * Seen from one host (in-flight-on: host:HOSTNAME): of the deployments in flight, those whose
 * hosts include it (exact, case-insensitive). One whose only host it is, is cancelled; one that
 * reaches other hosts too is `not-cancellable`, naming its query and saying that deployment-id
 * cancels it everywhere (its reach is read after the cancels, like any).
 */
import type { FleetDeploymentV2DetailResponse } from '@datadog/datadog-api-client/dist/packages/datadog-api-client-v2/models/FleetDeploymentV2DetailResponse.js'
import { answer, type Answer } from '../../util/outcome.js'
import { required, shortId } from '../../util/errors.js'
import type { Place, Target } from '../../util/targets.js'
import type { ListResult } from '../types.js'

/**
 * `inFlight`: every deployment listed in flight; `detail` reads one (through the page sender,
 * throwing what the client throws); `failed` turns such an error into the place's answer.
 */
export async function onHost(
  place: Place,
  inFlight: readonly Target[],
  detail: (deploymentId: string) => Promise<FleetDeploymentV2DetailResponse>,
  failed: (error: unknown) => Answer
): Promise<ListResult> {
  const host = place.value.toLowerCase()
  const found: Target[] = []
  const refused: { target: Target; answer: Answer }[] = []
  for (const target of inFlight) {
    const id = target.label
    let attributes
    try {
      attributes = required((await detail(id))?.data?.attributes, 'data.attributes')
    } catch (error) {
      return { ok: false, answer: failed(error) }
    }
    const hosts = (attributes.hosts ?? []).map((h) => (h.hostname ?? '').toLowerCase())
    const total = attributes.totalHosts ?? hosts.length
    if (hosts.length < total) {
      return {
        ok: false,
        answer: answer(
          'failed',
          `Datadog fleet deployment ${shortId(id)} lists ${hosts.length} of its ${total} hosts, so whether it runs on ${place.label} cannot be told. Nothing found there was cancelled.`
        )
      }
    }
    if (!hosts.includes(host)) continue
    const on = { ...target, foundOn: place.label }
    if (hosts.every((h) => h === host)) {
      found.push(on)
      continue
    }
    const query = attributes.query ? ` (hosts matching ${shortId(attributes.query)})` : ''
    refused.push({
      target: on,
      answer: {
        ...answer(
          'not-cancellable',
          `Datadog fleet deployment ${shortId(id)} runs on ${place.label} and on ${total - 1} other hosts${query}: its cancel would stop it on all of them, so it was not cancelled. Give deployment-id: ${shortId(id)} to cancel it everywhere.`,
          { status: attributes.highLevelStatus ?? '' }
        ),
        measure: true
      }
    })
  }
  return { ok: true, found, refused }
}
