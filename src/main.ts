/**
 * read inputs → load the chosen provider → settle every target (cancel, wait
 * or preview) → report. Whatever happens, the step ends with an outcome and a
 * message, written before it fails.
 */
import * as core from '@actions/core'
import {
  DEFAULT_FAIL_ON,
  InputError,
  readInputsAsync,
  takeShard,
  type ActionInputs
} from './inputs/index.js'
import { PROVIDERS } from './providers/registry.js'
import { providerSettings } from './providers/settings.js'
import { errorMessage, shortId, withoutLabel } from './util/errors.js'
import { settleBatch, type FlowOptions } from './settle/flow.js'
import { boundHeap, Slots } from './settle/batch.js'
import { listInFlight } from './settle/in-flight.js'
import { readReach } from './settle/reach.js'
import { openReachedFile } from './report/reach.js'
import type { ProviderSession } from './providers/types.js'
import type { Target } from './util/targets.js'

import { log } from './util/log.js'
import { report } from './report/report.js'
import { requestPolicy, type RequestPolicy } from './requests/policy.js'
import { interruptSignal, stepDeadlines, StopReason, type Deadline } from './requests/deadlines.js'
import { USER_AGENT } from './util/version.js'
import { summarize, type TargetResult } from './util/outcome.js'
import type { DeploymentMark } from './providers/github/settings.js'

/** From this many targets, the step collects garbage now and then to keep its memory flat. */
const LARGE_BATCH = 5_000

/**
 * `interrupt` is installed by src/index.ts before this module is even loaded,
 * so a SIGINT during start-up still ends with outputs.
 */
export async function run(given?: ReturnType<typeof interruptSignal>): Promise<void> {
  const interrupt = given ?? interruptSignal()
  let provider = core.getInput('provider')
  let failOn = DEFAULT_FAIL_ON
  let results: TargetResult[]
  let inputError = false
  let dryRun = false
  let github: DeploymentMark = NO_GITHUB_DEPLOYMENT
  let empty: string | undefined
  let reachedFile = ''
  try {
    const inputs = await readInputsAsync(process.env, interrupt.signal)
    provider = inputs.provider
    failOn = inputs.failOn
    dryRun = inputs.dryRun
    if (inputs.shard) {
      const { index, count, of } = inputs.shard
      empty = emptyShard(inputs.shard, of)
      log.info(`shard ${index}/${count}: ${inputs.targets.length} of the ${of} targets`)
    }
    const settled = await settleTargets(inputs, interrupt.signal)
    results = settled.results
    if (settled.empty) empty = settled.empty
    reachedFile = settled.reachedFile ?? ''
    github = await markGithubDeployment(inputs, results, interrupt.signal)
  } catch (error) {
    inputError = error instanceof InputError
    const message = inputError
      ? `${errorMessage(error)}. Nothing was sent.`
      : error instanceof StopReason
        ? `${errorMessage(error)} while the inputs were read: nothing was sent.`
        : `Unexpected error: ${errorMessage(error)}`
    results = [{ target: '', outcome: 'failed', status: '', message, requestId: '' }]
  } finally {
    if (!given) interrupt.dispose()
  }
  await report({ provider, results, failOn, inputError, dryRun, github, empty, reachedFile })
}

const NO_GITHUB_DEPLOYMENT: DeploymentMark = { status: 'skipped', deploymentId: '', message: '' }

/**
 * After the cancel, its record on the GitHub deployment, when one is named. Loads GitHub's
 * client only then; whatever happens here, the cancel's outcome stays as it is.
 */
async function markGithubDeployment(
  inputs: ActionInputs,
  results: TargetResult[],
  interrupted: AbortSignal
): Promise<DeploymentMark> {
  if (!inputs.github) return NO_GITHUB_DEPLOYMENT
  const { outcome, status } = summarize(results)
  const cancel = {
    provider: inputs.provider,
    outcome,
    targets: results.map((r) => r.target),
    // A dry run's status is the state now, not what a cancel would leave.
    status: inputs.dryRun ? '' : status,
    dryRun: inputs.dryRun
  }
  const signal = stepDeadlines(inputs, interrupted).stepSignal()
  try {
    const { markDeployment } = await import('./providers/github/mark.js')
    return await markDeployment(inputs.github, cancel, signal, USER_AGENT)
  } catch (error) {
    const message = `GitHub deployment not marked: ${errorMessage(error)}`
    log.warning(message, { title: 'GitHub deployment not marked' })
    return { status: 'failed', deploymentId: '', message }
  }
}

/**
 * Opens the provider's session and settles every target through the flow. The step's own
 * timers do not hold node open; this does, until every target is settled, so a reply that
 * never ends (a body cut short) meets its deadline instead of an empty event loop.
 */
async function settleTargets(
  inputs: ActionInputs,
  interrupt: AbortSignal
): Promise<{ results: TargetResult[]; empty?: string; reachedFile?: string }> {
  if (inputs.nothingToDo && inputs.targets.length === 0) {
    return {
      results: [
        {
          target: '',
          outcome: 'not-cancellable',
          status: '',
          message: inputs.nothingToDo,
          requestId: '',
          ids: {}
        }
      ]
    }
  }
  const keepAlive = setInterval(() => {}, 60_000)
  // A list can find thousands: its targets are not known yet.
  const stopBounding =
    inputs.targets.length >= LARGE_BATCH || inputs.inFlightOn ? await boundHeap() : () => {}
  const requests = requestPolicy(inputs.maxAttempts)
  // Only its cloud's settings: no GitHub token, no step option reaches a provider.
  const context = { settings: providerSettings(inputs), userAgent: USER_AGENT, requests }
  try {
    const session = (await PROVIDERS[inputs.provider].load()).createSession(context)
    const options = {
      ...flowOptions(inputs, interrupt, requests),
      slots: new Slots(inputs.maxConcurrency)
    }
    try {
      const measure = (targets: readonly Target[], settled: TargetResult[]) =>
        measureReach(session, inputs, targets, settled, options)
      if (!inputs.inFlightOn) {
        const results = await settleBatch(session, inputs.targets, options, logResult)
        return { results, reachedFile: await measure(inputs.targets, results) }
      }
      // Every list is read to its end before the first cancel is sent.
      const found = await listInFlight(session, inputs.inFlightOn, {
        concurrency: inputs.maxConcurrency,
        slots: options.slots,
        interrupt,
        requestDeadline: options.requestDeadline,
        ...(inputs.awsRegion ? { lookedIn: inputs.awsRegion } : {})
      })
      found.settled.forEach(logResult)
      const targets = takeShard(found.targets, inputs.shard)
      log.info(
        `in-flight-on: ${found.targets.length} in flight${inputs.shard ? `, ${targets.length} in shard ${inputs.shard.index}/${inputs.shard.count}` : ''}`
      )
      const batch = await settleBatch(session, targets, options, logResult)
      // Found but not cancelled (a device's view): their reach is read all the same.
      const refused = found.settled.filter((r) => r.measure)
      const reachedFile = await measure(
        [...targets, ...refused.map((r) => ({ label: r.target, ids: { ...r.ids } }))],
        [...batch, ...refused]
      )
      const results = [...found.settled, ...batch]
      const empty =
        inputs.shard && results.length === 0
          ? emptyShard(inputs.shard, found.targets.length)
          : undefined
      return { results, empty, reachedFile }
    } finally {
      // Idle sockets would keep node running after the report: the step ends on its own.
      session.close?.()
    }
  } finally {
    clearInterval(keepAlive)
    stopBounding()
  }
}

/**
 * After every cancel of the step has been answered: how far each rollout got (reach), and with
 * `devices` the devices it reached, in reached-file (its path, else '').
 */
async function measureReach(
  session: ProviderSession,
  inputs: ActionInputs,
  targets: readonly Target[],
  results: TargetResult[],
  options: ReturnType<typeof flowOptions> & { slots: Slots }
): Promise<string> {
  if (inputs.reach === 'none' || !session.reach) return ''
  const file = inputs.reach === 'devices' ? openReachedFile(inputs.provider) : undefined
  await readReach(
    session,
    targets.map((target, i) => ({ target, result: results[i]! })),
    {
      level: inputs.reach,
      concurrency: inputs.maxConcurrency,
      slots: options.slots,
      interrupt: options.interrupt,
      requestDeadline: options.requestDeadline,
      ...(file
        ? {
            addDevice: (target: string, d: { device: string; status: string }) =>
              file.add({ target, ...d })
          }
        : {})
    }
  )
  return file?.close() ?? ''
}

/** How the flow settles this step's targets: its inputs' deadlines, the interrupt, the clock. */
function flowOptions(
  inputs: ActionInputs,
  interrupt: AbortSignal,
  requests: RequestPolicy
): FlowOptions & { concurrency: number; requestDeadline: (parent: AbortSignal) => Deadline } {
  return {
    dryRun: inputs.dryRun,
    wait: inputs.wait,
    waitTimeoutSeconds: inputs.waitTimeoutSeconds,
    concurrency: inputs.maxConcurrency,
    interrupt,
    ...stepDeadlines(inputs, interrupt),
    clock: requests.clock
  }
}

/** What a shard with no target says, in every place it is reported. */
function emptyShard({ index, count }: { index: number; count: number }, of: number): string {
  return `Shard ${index}/${count} holds none of the ${of} targets: nothing to do.`
}

/** Each target's line in the log, as it ends. */
function logResult(result: TargetResult): void {
  log.info(
    `${shortId(result.target)}: ${result.outcome}. ${withoutLabel(result.target, result.message)}`
  )
}
