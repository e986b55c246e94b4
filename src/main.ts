/**
 * read inputs → load the chosen provider → settle every target (cancel, wait
 * or preview) → report. Whatever happens, the step ends with an outcome and a
 * message, written before it fails.
 */
import * as core from '@actions/core'
import { DEFAULT_FAIL_ON, InputError, readInputs, type ActionInputs } from './inputs.js'
import { PROVIDERS } from './providers/registry.js'
import { errorMessage } from './errors.js'
import { settleBatch } from './flow.js'
import { boundHeap } from './batch.js'
import { proxyAgentFromEnv } from './http.js'
import { report } from './report.js'
import { redact } from './secrets.js'
import { requestPolicy } from './retry.js'
import { interruptSignal, targetDeadline } from './stop.js'
import { USER_AGENT } from './version.js'
import type { TargetResult } from './outcome.js'

/** From this many targets, the step collects garbage now and then to keep its memory flat. */
const LARGE_BATCH = 5_000

export async function run(): Promise<void> {
  const interrupt = interruptSignal()
  let provider = core.getInput('provider')
  let failOn = DEFAULT_FAIL_ON
  let results: TargetResult[]
  let inputError = false
  let dryRun = false
  let empty: string | undefined
  try {
    const inputs = readInputs()
    provider = inputs.provider
    failOn = inputs.failOn
    dryRun = inputs.dryRun
    if (inputs.shard) {
      const { index, count, of } = inputs.shard
      empty = `Shard ${index}/${count} holds none of the ${of} targets: nothing to do.`
      core.info(`shard ${index}/${count}: ${inputs.targets.length} of the ${of} targets`)
    }
    results = await settleAll(inputs, interrupt.signal)
  } catch (error) {
    inputError = error instanceof InputError
    const message = inputError
      ? `${errorMessage(error)}. Nothing was sent.`
      : `Unexpected error: ${errorMessage(error)}`
    results = [{ target: '', outcome: 'failed', status: '', message, requestId: '' }]
  } finally {
    interrupt.dispose()
  }
  await report({ provider, results, failOn, inputError, dryRun, empty })
}

async function settleAll(inputs: ActionInputs, interrupted: AbortSignal): Promise<TargetResult[]> {
  // The deadlines' timers do not hold node open; this does, until every target is settled, so
  // a reply that never ends (a body cut short) meets its deadline instead of an empty event loop.
  const keepAlive = setInterval(() => {}, 60_000)
  const stopBounding = inputs.targets.length >= LARGE_BATCH ? await boundHeap() : () => {}
  try {
    return await settleTargets(inputs, interrupted)
  } finally {
    clearInterval(keepAlive)
    stopBounding()
  }
}

async function settleTargets(
  inputs: ActionInputs,
  interrupted: AbortSignal
): Promise<TargetResult[]> {
  const requests = requestPolicy(inputs.maxAttempts)
  const context = { inputs, userAgent: USER_AGENT, requests, agent: await proxyAgentFromEnv() }
  const session = (await PROVIDERS[inputs.provider].load()).createSession(context)
  const options = {
    dryRun: inputs.dryRun,
    wait: inputs.wait,
    waitTimeoutSeconds: inputs.waitTimeoutSeconds,
    concurrency: inputs.maxConcurrency,
    requestSignal: interrupted,
    // Each target's own, from when it takes its slot: a long batch does not time out as a whole.
    requestDeadline: (parent: AbortSignal) =>
      targetDeadline(
        inputs.timeoutSeconds * 1000,
        `timed out after ${inputs.timeoutSeconds} s (timeout-seconds)`,
        parent
      ),
    waitSignal: () =>
      targetDeadline(
        inputs.waitTimeoutSeconds * 1000,
        `still in flight after ${inputs.waitTimeoutSeconds} s (wait-timeout-seconds)`,
        interrupted
      ),
    clock: requests.clock
  }
  return settleBatch(session, inputs.targets, options, (result) => {
    core.info(redact(`${result.target}: ${result.outcome}. ${result.message}`))
  })
}
