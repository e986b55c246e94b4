/** reach: what the step reads of how far each rollout got, after every cancel. */
import * as z from 'zod/mini'
import { once } from './schema.js'

export const reachLevel = once(() =>
  z.enum(['counts', 'devices', 'none'], { error: 'must be counts, devices or none' })
)
