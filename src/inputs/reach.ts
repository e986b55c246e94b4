/** reach: what the step reads of how far each rollout got, after every cancel. */
import * as z from 'zod/mini'
import type { ReachLevel } from '../providers/types.js'
import { once, optional, type InputContext } from './schema.js'

const reachLevel = once(() =>
  z.enum(['counts', 'devices', 'none'], { error: 'must be counts, devices or none' })
)

export function readReach(ctx: InputContext): ReachLevel {
  return optional(ctx, 'reach', reachLevel, 'counts') ?? 'counts'
}
