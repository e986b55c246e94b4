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
    notAnArn('the deployment id'),
    z.refine((id) => id !== '.' && id !== '..', {
      error: 'cannot be sent: "." and ".." would change the URL path instead of naming a deployment'
    })
  ),
  'service-name': protonName(),
  'environment-name': protonName(),
  'thing-name': z
    .string()
    .check(
      notAnArn('the thing name'),
      notQuoted(),
      z.maxLength(128, { error: 'must be at most 128 characters' }),
      z.regex(/^[a-zA-Z0-9:_-]+$/, { error: 'may contain only letters, digits, ":", "_" and "-"' })
    ),
  'job-id': z
    .string()
    .check(
      notAnArn('the job id'),
      notQuoted(),
      z.maxLength(64, { error: 'must be at most 64 characters' }),
      z.regex(/^[a-zA-Z0-9_-]+$/, { error: 'may contain only letters, digits, "_" and "-"' })
    )
})

function protonName() {
  return z.string().check(
    notQuoted(),
    z.maxLength(100, { error: 'must be at most 100 characters' }),
    z.regex(/^[0-9A-Za-z]+[0-9A-Za-z_-]*$/, {
      error: 'must start with a letter or digit and contain only letters, digits, "_" and "-"'
    })
  )
}

/**
 * `arn:partition:service:region:account:type/name` (IoT: `job/…`, `thing/…`) or `…:type:name`
 * (Greengrass: `deployments:…`): where an id is expected, the name is.
 */
const ARN = /^arn:[^:]*:[^:]*:[^:]*:[^:]*:[^/:]+[/:](.+)$/

/**
 * An ARN where an id is expected (a Greengrass deployment's as deployment-id, a job's as
 * job-id, a thing's as thing-name): no id of these inputs is an ARN, so say which to give.
 * Checked first, so this is the message a user reads rather than the pattern's.
 */
function notAnArn(what: string) {
  return z.refine((value) => typeof value !== 'string' || !ARN.test(value), {
    error: (issue) =>
      `is an ARN: give ${what}, the part after the resource type (${String(ARN.exec(String(issue.input))?.[1] ?? '').slice(0, 100)})`,
    abort: true
  })
}

/** Quotes at both ends, as YAML or a shell may leave them: ", ' or `. */
const QUOTED = /^(["'`])(.*)\1$/s

/**
 * A name wrapped in quotes: these inputs never hold a quote, so say that the quotes are the
 * problem rather than only listing the characters allowed.
 */
function notQuoted() {
  return z.refine((value) => typeof value !== 'string' || !QUOTED.test(value), {
    error: (issue) =>
      `is wrapped in quotes, which are part of the value: give ${String(QUOTED.exec(String(issue.input))?.[2] ?? '').slice(0, 100)} without them`,
    abort: true
  })
}
