/**
 * What a rollout reached: read after every cancel of the step has been answered (reading never
 * delays stopping), each request in a slot, at the step's shared send rate, within
 * timeout-seconds and the interrupt, like any other. A read that fails changes no outcome: the
 * entry gets no `reach`, and a warning says why. Knows no provider by name.
 */
import { mapWithConcurrency, type Slots } from './batch.js'
import { pageSender } from './page-sender.js'
import { StopReason, type Deadline } from '../requests/deadlines.js'
import { errorMessage, shortId } from '../util/errors.js'
import { log } from '../util/log.js'
import type { TargetResult } from '../util/outcome.js'
import type { Target } from '../util/targets.js'
import type { ProviderSession, ReachedDevice, ReachLevel, ReachRead } from '../providers/types.js'

interface ReachOptions {
  level: ReachLevel
  concurrency: number
  slots: Slots
  interrupt: AbortSignal
  /** Each request's own deadline (timeout-seconds), under the interrupt. */
  requestDeadline: (parent: AbortSignal) => Deadline
  /** With `devices`: hears of every device or host a rollout reached. */
  addDevice?: (target: string, device: ReachedDevice) => void
}

/** One settled target, and the target it settled. */
interface Settled {
  target: Target
  result: TargetResult
}

/** Only a cancel the provider accepted, or a preview of one, has a rollout to measure. */
const MEASURED = new Set(['cancelled', 'would-cancel'])
/** Warnings said one by one; past that, one line counts the rest. */
const WARNINGS = 10

/** Reads the reach of every settled target that has one, and writes it into its result. */
export async function readReach(
  session: ProviderSession,
  settled: readonly Settled[],
  options: ReachOptions
): Promise<void> {
  if (options.level === 'none' || !session.reach) return
  const measured = settled.filter(({ result }) => MEASURED.has(result.outcome) || result.measure)
  const page = pageSender(options)
  const problems: string[] = []
  await mapWithConcurrency(measured, options.concurrency, async ({ target, result }) => {
    if (options.interrupt.aborted) return
    const read = await guarded(() => session.reach!(target, page))
    if (!read.ok) {
      problems.push(`${shortId(target.label)}: ${read.answer.message}`)
      return
    }
    result.reach = read.reach
    result.message = withReach(result, read)
    if (options.level !== 'devices' || !session.reachedDevices || !options.addDevice) return
    const add = options.addDevice
    const listed = await guardedList(() =>
      session.reachedDevices!(target, page, (device) => add(result.target, device))
    )
    if (listed) {
      result.message += ` Its devices could not all be listed, so reached-file lacks some of them: ${listed}`
    }
  })
  warn(problems)
}

function warn(problems: string[]): void {
  for (const problem of problems.slice(0, WARNINGS)) {
    log.warning(`What the rollout reached was not read for ${problem}`, {
      title: 'Reach not read'
    })
  }
  if (problems.length > WARNINGS) {
    log.warning(
      `What the rollout reached was not read for ${problems.length - WARNINGS} more targets (their entries have no reach).`,
      { title: 'Reach not read' }
    )
  }
}

async function guarded(read: () => Promise<ReachRead>): Promise<ReachRead> {
  try {
    return await read()
  } catch (error) {
    const why = error instanceof StopReason ? error.message : errorMessage(error)
    return {
      ok: false,
      answer: { outcome: 'failed', message: `stopped: ${why}.`, status: '', requestId: '' }
    }
  }
}

/** Undefined when the list was read to its end, else why not. */
async function guardedList(
  list: () => Promise<{ message: string } | undefined>
): Promise<string | undefined> {
  try {
    return (await list())?.message
  } catch (error) {
    return `stopped: ${error instanceof StopReason ? error.message : errorMessage(error)}.`
  }
}

const n = (value: number) => value.toLocaleString('en-US')

/** The dry run's own first sentence (flow.ts), which the reach sentence replaces. */
export function previewSentence(label: string, status: string): string {
  return `Dry run: ${shortId(label)} is ${status}; a cancel would be sent.`
}

/** The message with what the rollout reached, said as a person reads it in an incident. */
export function withReach(result: TargetResult, read: Extract<ReachRead, { ok: true }>): string {
  const { reach, unit, where, before } = read
  const failed = reach.failed ? `, ${n(reach.failed)} failed on it` : ''
  if (result.outcome === 'would-cancel') {
    const context = [result.status, where].filter(Boolean).join(', ')
    const stop = reach.queued
      ? `a cancel would stop it for those ${n(reach.queued)}`
      : `a cancel would stop it for none of them now (only for ${unit} that join later)`
    const sentence = `Dry run: ${shortId(result.target)}${context ? ` (${context})` : ''}: ${n(reach.succeeded)} of ${n(reach.total)} ${unit} have it, ${n(reach.inProgress)} are installing it, ${n(reach.queued)} have not started${failed}; ${stop}.`
    const preview = previewSentence(result.target, result.status)
    return result.message.startsWith(preview)
      ? sentence + result.message.slice(preview.length)
      : `${result.message} ${sentence}`
  }
  if (result.outcome !== 'cancelled') {
    return `${result.message} It has reached ${n(reach.succeeded + reach.inProgress + reach.failed)} of ${n(reach.total)} ${unit}${where ? ` (${where})` : ''}: ${n(reach.succeeded)} have it, ${n(reach.inProgress)} are installing it, ${n(reach.queued)} have not started${failed}.`
  }
  const stopped = before ? reach.queued : reach.cancelled
  const reached = reach.succeeded + reach.inProgress + reach.failed
  return `${result.message} It had reached ${n(reached)} of ${n(reach.total)} ${unit}${where ? ` (${where})` : ''}: ${n(reach.succeeded)} have it, ${n(reach.inProgress)} are installing it${failed}; the cancel stopped it for ${n(stopped)} that had not started.`
}
