/**
 * Datadog Fleet Automation. The API class is imported from its own module, not
 * the package root, which would load every Datadog API at start-up.
 */
import './punycode-preload.js'
import { FleetAutomationApi } from '@datadog/datadog-api-client/dist/packages/datadog-api-client-v2/apis/FleetAutomationApi.js'
import {
  createConfiguration,
  type Configuration
} from '@datadog/datadog-api-client/dist/packages/datadog-api-client-common/configuration.js'
import { BaseServerConfiguration } from '@datadog/datadog-api-client/dist/packages/datadog-api-client-common/servers.js'
import { ApiException } from '@datadog/datadog-api-client/dist/packages/datadog-api-client-common/exception.js'
import { logger } from '@datadog/datadog-api-client/dist/logger.js'
import { proxyDispatchersFromEnv } from './proxy.js'
import { PacedFetchHttpLibrary } from './http.js'
import { datadogReach } from './reach.js'
import { onHost } from './hosts.js'
import { countingAttempts, type CallTally } from '../../requests/scope.js'
import { targetId, type Target } from '../../util/targets.js'
import { answer, type Answer } from '../../util/outcome.js'
import {
  AnswerCutShort,
  errorMessage,
  isTlsMismatch,
  NotTheProvidersAnswer,
  oneLine,
  RedirectRefused,
  required,
  shortId,
  TLS_MISMATCH_ADVICE
} from '../../util/errors.js'
import { StopReason } from '../../requests/deadlines.js'
import { cancelledAfterLostAnswer } from '../lost-answer.js'
import type { Place } from '../../util/targets.js'
import { ListRefused, readList, type ListBudget } from '../list-reader.js'
import type {
  ListResult,
  PageSender,
  Phase,
  ProviderContext,
  ProviderSession,
  ReadResult
} from '../types.js'

/** The list's filters, one a pass: Datadog's in-flight states. */
const LISTED_STATUSES = ['running', 'pending'] as const
/** The most a page holds. */
const PAGE_SIZE = 100

/**
 * high_level_status → phase for a read, a dry run and `wait`: in flight is exactly `pending` and
 * `running`, the LISTED_STATUSES the list asks for and holds each item to. Every other status is
 * finished (`datadogPhase`): a status Datadog adds later is not one this action may call in
 * flight, and `wait` must not wait on it.
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

export function createSession(context: ProviderContext): ProviderSession {
  const { inputs } = context
  const settings = inputs.datadog
  if (!settings) throw new Error('datadog-fleet needs the Datadog keys')
  // The client logs failed requests itself; this action reports them once, in its own words.
  logger.setLevel('silent')
  const proxies = proxyDispatchersFromEnv()
  const configuration = createConfiguration({
    authMethods: { apiKeyAuth: settings.apiKey, appKeyAuth: settings.appKey },
    // The client's own retry ignores maxRetries: 0 and network errors; the policy does it all.
    enableRetry: false,
    httpApi: new PacedFetchHttpLibrary({
      policy: context.requests,
      userAgent: context.userAgent,
      proxies
    }),
    ...(inputs.endpointUrl
      ? { baseServer: new BaseServerConfiguration(inputs.endpointUrl, {}) }
      : {})
  })
  configuration.setServerVariables({ site: settings.site })
  const api = new FleetAutomationApi(configuration)
  const what = (target: Target) =>
    `Datadog fleet deployment ${shortId(targetId(target, 'deployment-id'))}`

  /**
   * One API call under `signal`, with its attempts counted in `tally`: a cancel refused
   * after a retry may have been this step's own first attempt, whose answer was lost.
   */
  function send<T>(
    signal: AbortSignal,
    tally: CallTally,
    call: (options: Configuration) => Promise<T>
  ): Promise<T> {
    return countingAttempts(tally, () => call(withSignal(configuration, signal)))
  }

  const reach = datadogReach({
    getDetail: (deploymentId, signal) =>
      send(signal, { attempts: 0 }, (options) =>
        api.getFleetDeploymentV2({ deploymentId }, options)
      ),
    classify: (error, target) => classifyDatadogError(error, what(target), 'hosts_read', 1),
    keepForDevices: inputs.reach === 'devices'
  })

  async function read(target: Target, signal: AbortSignal): Promise<ReadResult> {
    const tally = { attempts: 0 }
    try {
      const deploymentId = targetId(target, 'deployment-id')
      const detail = await send(signal, tally, (options) =>
        api.getFleetDeploymentV2({ deploymentId }, options)
      )
      if (inputs.reach !== 'none') reach.noteDetail(deploymentId, detail)
      const status = required(detail?.data?.attributes?.highLevelStatus, 'high_level_status')
      return { ok: true, phase: datadogPhase(status), status, requestId: '' }
    } catch (error) {
      return {
        ok: false,
        answer: classifyDatadogError(error, what(target), 'hosts_read', tally.attempts)
      }
    }
  }

  return {
    async cancel(target, signal) {
      const deploymentId = targetId(target, 'deployment-id')
      const tally = { attempts: 0 }
      try {
        const out = await send(signal, tally, (options) =>
          api.cancelFleetDeploymentV2({ deploymentId }, options)
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
          ? settleBadRequest(target, refused, signal, tally.attempts)
          : refused
      }
    },
    read,
    list: (place, page, budget) => listDeployments(place, page, budget),
    reach: reach.reach,
    reachedDevices: reach.reachedDevices,
    close: () => proxies?.close()
  }

  /**
   * Every pending or running deployment of the organisation, each status's pages from 0 read
   * to its total_filtered_count by the one list reader; an item whose status is not the one
   * listed is not in flight there, and fails the list. For host:HOSTNAME, then each is read.
   */
  async function listDeployments(
    place: Place,
    page: PageSender,
    budget: ListBudget
  ): Promise<ListResult> {
    const found: Target[] = []
    const seen = new Set<string>()
    const tally = { attempts: 0 }
    try {
      for (const status of LISTED_STATUSES) {
        await readList({
          what: `the ${status} fleet deployments`,
          budget,
          page: async (cursor) => {
            const pageNumber = Number(cursor ?? 0)
            const out = await page((signal) =>
              send(signal, tally, (options) =>
                api.listFleetDeploymentsV2(
                  { pageSize: PAGE_SIZE, pageNumber, filter: `status:${status}` },
                  options
                )
              )
            )
            const items = required(out?.data, 'data')
            const total = required(out.meta?.page?.totalFilteredCount, 'total_filtered_count')
            // A short page is the last; the reader fails a list that ends before its total.
            const more = items.length === PAGE_SIZE && (pageNumber + 1) * PAGE_SIZE < total
            return { items, total, next: more ? String(pageNumber + 1) : undefined }
          },
          id: { input: 'deployment-id', of: (d) => d.id },
          elsewhere: {
            on: `the ${status} list`,
            of: (d) =>
              d.attributes?.status === status
                ? undefined
                : `its status is ${shortId(d.attributes?.status ?? 'not given')}`
          },
          each: (d) => {
            if (seen.has(d.id!)) return
            seen.add(d.id!)
            found.push({ label: d.id!, ids: { 'deployment-id': d.id! } })
          }
        })
      }
    } catch (error) {
      if (error instanceof StopReason) throw error
      if (error instanceof ListRefused) {
        return { ok: false, answer: answer('failed', error.message) }
      }
      return {
        ok: false,
        answer: classifyDatadogError(
          error,
          'the list of fleet deployments',
          'hosts_read',
          tally.attempts
        )
      }
    }
    if (place.all) return { ok: true, found, refused: [] }
    // host:HOSTNAME: each deployment in flight read, its hosts compared.
    return onHost(
      place,
      found,
      async (deploymentId) => {
        const detail = await page((signal) =>
          send(signal, tally, (options) => api.getFleetDeploymentV2({ deploymentId }, options))
        )
        if (inputs.reach !== 'none') reach.noteDetail(deploymentId, detail)
        return detail
      },
      (error) => {
        if (error instanceof StopReason) throw error
        return classifyDatadogError(
          error,
          `the deployments on ${place.label}`,
          'hosts_read',
          tally.attempts
        )
      }
    )
  }

  async function settleBadRequest(
    target: Target,
    refused: Answer,
    signal: AbortSignal,
    attempts: number
  ): Promise<Answer> {
    const state = await read(target, signal)
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
}

/**
 * What Datadog said: its `errors` list. The client wraps statuses it does not
 * model as 'Unknown API Status Code!\nBody: "…"', with the JSON inside.
 */
function datadogErrorText(body: unknown): string {
  let value = body
  if (typeof value === 'string') {
    const inner = value.replace(/^Unknown API Status Code!\s*Body:\s*"?([\s\S]*?)"?$/, '$1')
    try {
      value = JSON.parse(inner) as unknown
    } catch {
      value = inner
    }
  }
  const errors = (value as { errors?: unknown } | undefined)?.errors
  return oneLine(Array.isArray(errors) ? errors.join('; ') : String(value ?? ''))
}

/** The same configuration, with this call's abort signal. */
function withSignal(configuration: Configuration, signal: AbortSignal): Configuration {
  const copy = Object.create(Object.getPrototypeOf(configuration) as object) as Configuration
  return Object.assign(copy, configuration, { httpConfig: { ...configuration.httpConfig, signal } })
}

/** Datadog errors by HTTP status; the client keeps the body but not the headers. */
function classifyDatadogError(
  error: unknown,
  what: string,
  permission: string,
  attempts: number
): Answer {
  if (
    error instanceof NotTheProvidersAnswer ||
    (error as Error)?.name === 'NotTheProvidersAnswer'
  ) {
    return answer(
      'failed',
      `Datadog's answer for ${what} could not be read (${errorMessage(error)}): is a proxy or captive portal answering instead? Nothing shows that Datadog acted on it.`
    )
  }
  if (error instanceof RedirectRefused) {
    return answer(
      'failed',
      `Datadog's endpoint answered ${what} with a redirect (${errorMessage(error)}): an answer reached through a redirect is not Datadog's, so it was not followed and the keys were sent nowhere else. Check endpoint-url and datadog-site.`
    )
  }
  if (error instanceof AnswerCutShort) {
    return answer(
      'failed',
      `Datadog's answer for ${what} was cut short after ${Math.max(1, attempts)} attempt(s) (${errorMessage(error)}): nothing shows what Datadog did; try again.`
    )
  }
  if (isTlsMismatch(error)) {
    return answer('failed', `Could not reach Datadog for ${what}: ${TLS_MISMATCH_ADVICE}.`)
  }
  if (!(error instanceof ApiException)) {
    const network =
      (error as { code?: unknown }).code ?? (error as { type?: unknown }).type === 'system'
    return answer(
      'failed',
      network
        ? `Could not reach Datadog for ${what}: ${errorMessage(error)}. Check datadog-site, endpoint-url and the network.`
        : `Datadog's answer for ${what} could not be read (${errorMessage(error)}): is a proxy or captive portal answering instead?`
    )
  }
  const code = error.code as number
  attempts = Math.max(1, attempts)
  const said = datadogErrorText(error.body).slice(0, 300)
  const detail = `HTTP ${code}${said ? `: ${said}` : ''}`
  if (code === 404)
    return answer(
      'not-found',
      `${what} was not found (${detail}). Check the deployment id and datadog-site.`
    )
  if (code === 401)
    return answer(
      'failed',
      `Datadog rejected the API key for ${what} (${detail}): check datadog-api-key and datadog-site.`
    )
  if (code === 403) {
    return answer(
      'failed',
      `Datadog denied ${what} (${detail}): the application key's user or service account needs the ${permission} permission(s).`
    )
  }
  if (code === 429)
    return answer(
      'failed',
      `Throttled by Datadog for ${what} after ${attempts} attempt(s) (${detail}); try again later.`
    )
  if (code >= 500)
    return answer(
      'failed',
      `Datadog answered with a server error for ${what} after ${attempts} attempt(s) (${detail}); try again later.`
    )
  return answer('failed', `Datadog rejected the request for ${what} (${detail}).`)
}
