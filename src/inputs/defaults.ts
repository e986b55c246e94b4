/**
 * action.yml's defaults, written once for the code: a bare `node dist/index.js` gets none from the
 * runner, so the parser applies them itself (`__tests__/interface.test.ts` holds the two equal).
 */
import type { InputName } from './names.js'
import type { InputContext, SchemaOf } from './schema.js'

export const INPUT_DEFAULTS = {
  force: 'false',
  'fail-on': 'failed,not-found',
  'max-concurrency': '10',
  wait: 'false',
  'wait-timeout-seconds': '600',
  'dry-run': 'false',
  'timeout-seconds': '120',
  'max-attempts': '5',
  reach: 'counts'
} as const satisfies Partial<Record<InputName, string>>

/**
 * An input with a default: its value parsed, else the default's. A refused value is already a
 * problem (the step ends with an input error before anything is sent): the default stands in.
 */
export function withDefault<T>(
  ctx: InputContext,
  name: keyof typeof INPUT_DEFAULTS,
  schema: SchemaOf<T>
): T {
  const given = ctx.raw(name)
  const value = given ? ctx.check(name, schema, given) : undefined
  return value ?? schema().parse(INPUT_DEFAULTS[name])
}
