/**
 * A cancel sent more than once (its first answer was lost), then refused because the target is
 * no longer in flight: a read showing it cancelled means the cancel that took was this step's.
 * Every provider says so in the same words.
 */
import { answer, type Answer } from '../util/outcome.js'

export function cancelledAfterLostAnswer(
  what: string,
  status: string,
  attempts: number,
  requestId = ''
): Answer {
  const What = what.charAt(0).toUpperCase() + what.slice(1)
  return answer(
    'cancelled',
    `${What} is ${status}: the cancel was sent ${attempts} times because an answer was lost, and the read after the refusal shows it took.`,
    { status, requestId }
  )
}
