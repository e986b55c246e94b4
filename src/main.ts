/**
 * read inputs → load the chosen provider → cancel every target → report.
 * One try/catch: whatever happens, the step ends with an outcome and a message.
 */
import * as core from '@actions/core'
import { InputError, readInputs, type ActionInputs } from './inputs.js'
import { PROVIDERS } from './providers/registry.js'
import { mapWithConcurrency } from './batch.js'
import { errorMessage } from './errors.js'
import { report } from './report.js'
import { USER_AGENT } from './version.js'
import type { Outcome, TargetResult } from './outcome.js'

const DEFAULT_FAIL_ON: ReadonlySet<Outcome> = new Set(['failed', 'not-found'])

export async function run(): Promise<void> {
  let provider = core.getInput('provider')
  let failOn = DEFAULT_FAIL_ON
  let results: TargetResult[]
  let inputError = false
  try {
    const inputs = readInputs()
    provider = inputs.provider
    failOn = inputs.failOn
    results = await cancelAll(inputs)
  } catch (error) {
    inputError = error instanceof InputError
    const message = inputError
      ? `${errorMessage(error)}. Nothing was sent.`
      : `Unexpected error: ${errorMessage(error)}`
    results = [{ target: '', outcome: 'failed', status: '', message, requestId: '' }]
  }
  await report({ provider, results, failOn, inputError })
}

async function cancelAll(inputs: ActionInputs): Promise<TargetResult[]> {
  const module = await PROVIDERS[inputs.provider].load()
  const session = module.createSession({ inputs, userAgent: USER_AGENT })
  const signal = new AbortController().signal
  return mapWithConcurrency(inputs.targets, inputs.maxConcurrency, async (target) => {
    const result: TargetResult = { target: target.label, ...(await session.cancel(target, signal)) }
    core.info(`${result.target}: ${result.outcome}. ${result.message}`)
    return result
  })
}
