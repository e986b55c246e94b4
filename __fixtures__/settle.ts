/**
 * One target through the step's own batch (src/settle/flow.ts has no single-target entry of its
 * own): the answer as the flow settled it, without the result's label and ids.
 */
import type { ProviderSession } from '../src/providers/types.js'
import type { Target } from '../src/util/targets.js'
import type { Answer } from '../src/util/outcome.js'
import type { FlowOptions } from '../src/settle/flow.js'

export async function settleOne(
  session: ProviderSession,
  target: Target,
  options: FlowOptions
): Promise<Answer> {
  const { settleBatch } = await import('../src/settle/flow.js')
  const [result] = await settleBatch(session, [target], { ...options, concurrency: 1 })
  const { target: _label, ids: _ids, ...settled } = result!
  return settled
}
