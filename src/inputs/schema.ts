/**
 * The schema toolkit every input rule is written with, and the context each
 * concern's reader is given: the raw inputs, the environment, and one list of
 * problems, so that a step with several bad inputs hears of all of them at once.
 *
 * zod/mini: the same checks as zod's chained API, as functions, at about half the
 * start-up cost (the action's whole start is measured in `npm run bench`). Each
 * schema is built the first time a run needs it (`once`), and every check names its
 * own message: zod/mini loads no locale, so a check without one would say only
 * "Invalid input".
 */
import * as core from '@actions/core'
import * as z from 'zod/mini'
import type { InputName } from './names.js'

/** Bad input: one line per problem, each starting with the input's name. */
export class InputError extends Error {
  constructor(readonly problems: string[]) {
    super(`Input error: ${problems.join('; ')}`)
    this.name = 'InputError'
  }
}

export type Env = Record<string, string | undefined>

/** A schema for one input's text. */
export type Schema<T> = z.ZodMiniType<T, string>
/** What the checks below take: the function that builds a schema, on first use. */
export type SchemaOf<T> = () => Schema<T>

/** A value made on first use and kept. */
export function once<T>(make: () => T): () => T {
  let made: T | undefined
  return () => (made ??= make())
}

/** A transform that refuses its input with `message` (one issue, the value never used). */
export function refuse(ctx: z.core.ParsePayload, message: string): never {
  ctx.issues.push({ code: 'custom', message, input: ctx.value })
  return z.NEVER
}

/** A string schema that maps the text to T, or refuses it with a message (`refuse`). */
export function parsed<T>(fn: (text: string, ctx: z.core.ParsePayload) => T): Schema<T> {
  return z.pipe(
    z.string(),
    z.transform((text: string, ctx) => fn(text, ctx))
  )
}

/** YAML 1.2 core schema booleans, as the runner documents for `getBooleanInput`. */
export const booleanText = once(() =>
  parsed((text, ctx) =>
    ['true', 'True', 'TRUE'].includes(text)
      ? true
      : ['false', 'False', 'FALSE'].includes(text)
        ? false
        : refuse(ctx, 'must be true or false')
  )
)

export const wholeNumber = (min: number, max: number): SchemaOf<number> =>
  once(() =>
    parsed((text, ctx) => {
      // The value given is echoed (clipped): the user sees what the step was really given.
      const given = text.length > 40 ? `${text.slice(0, 40)}…` : text
      if (!/^\d+$/.test(text)) {
        return refuse(ctx, `must be a whole number from ${min} to ${max}, not "${given}"`)
      }
      const n = Number(text)
      return n < min || n > max ? refuse(ctx, `must be from ${min} to ${max}, not ${given}`) : n
    })
  )

export const CONTROL_CHARS = /\p{Cc}/u

/** Lines or commas; blanks and duplicates dropped, first occurrence kept. */
export function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean)
    )
  ]
}

/** The first candidate that is set (after trimming), with where it came from. */
export function firstSet(
  candidates: [string, string | undefined][]
): [string, string] | [undefined, undefined] {
  for (const [source, value] of candidates) if (value?.trim()) return [source, value.trim()]
  return [undefined, undefined]
}

/** What each concern's reader is given. */
export interface InputContext {
  /** An input as the runner passes it, trimmed; '' when not given. */
  raw(name: InputName): string
  env: Env
  /** Every problem found so far, each starting with the input's name. */
  problems: string[]
  /** Parses a value with its schema; records a problem naming `name` when it is refused. */
  check<T>(name: string, schema: SchemaOf<T>, value: string): T | undefined
}

export function inputContext(env: Env): InputContext {
  const problems: string[] = []
  return {
    raw: (name) => core.getInput(name),
    env,
    problems,
    check(name, schema, value) {
      const result = schema().safeParse(value)
      if (result.success) return result.data
      problems.push(`${name} ${result.error.issues[0]?.message ?? 'is invalid'}`)
      return undefined
    }
  }
}

/** An optional input: its value, else `fallback`, parsed with `schema`. */
export function optional<T>(
  ctx: InputContext,
  name: InputName,
  schema: SchemaOf<T>,
  fallback: string
): T | undefined {
  return ctx.check(name, schema, ctx.raw(name) || fallback)
}
