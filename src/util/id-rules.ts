/**
 * The syntax of each target input (deployment-id, service-name, …), as the
 * contract and the providers' APIs define it: checked for every value before
 * anything is sent, from the inputs, a targets-file and a provider's list alike
 * (an id a list answers stands for the input it would have been given as).
 */
import * as z from 'zod/mini'
import type { TargetInput } from './targets.js'

type IdSchema = z.ZodMiniType<string, string>

let rules: Record<TargetInput, IdSchema> | undefined

/** The rule of each target input, built on first use. */
export const ID_RULES = (): Record<TargetInput, IdSchema> => (rules ??= makeRules())

/** What is wrong with `value` as a value of `input`, or undefined when it obeys the rule. */
export function idProblem(input: TargetInput, value: string): string | undefined {
  const result = ID_RULES()[input].safeParse(value)
  return result.success ? undefined : (result.error.issues[0]?.message ?? 'is invalid')
}

const makeRules = (): Record<TargetInput, IdSchema> => ({
  // Any characters: the SDKs percent-encode it into one path segment. Only "."
  // and ".." cannot be sent: URL parsers resolve them, in any encoding, as
  // "this folder" and "the parent", which would change the API called.
  'deployment-id': z.string().check(
    z.minLength(1, { error: 'is empty' }),
    z.refine((id) => id !== '.' && id !== '..', {
      error: 'cannot be sent: "." and ".." would change the URL path instead of naming a deployment'
    })
  ),
  'service-name': protonName(),
  'environment-name': protonName(),
  'thing-name': z
    .string()
    .check(
      z.maxLength(128, { error: 'must be at most 128 characters' }),
      z.regex(/^[a-zA-Z0-9:_-]+$/, { error: 'may contain only letters, digits, ":", "_" and "-"' })
    ),
  'job-id': z
    .string()
    .check(
      z.maxLength(64, { error: 'must be at most 64 characters' }),
      z.regex(/^[a-zA-Z0-9_-]+$/, { error: 'may contain only letters, digits, "_" and "-"' })
    )
})

function protonName() {
  return z.string().check(
    z.maxLength(100, { error: 'must be at most 100 characters' }),
    z.regex(/^[0-9A-Za-z]+[0-9A-Za-z_-]*$/, {
      error: 'must start with a letter or digit and contain only letters, digits, "_" and "-"'
    })
  )
}
