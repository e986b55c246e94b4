/**
 * The provider options (status-details, reason-code, comment) and the step's
 * own settings that need more than a number or a boolean (fail-on, shard).
 */
import * as z from 'zod/mini'
import { OUTCOMES, type Outcome } from '../util/outcome.js'
import { INPUT_DEFAULTS } from './defaults.js'
import { CONTROL_CHARS, once, parsed, refuse, splitList, type Env } from './schema.js'
import type { Shard } from './targets.js'

/** What fails the step unless `fail-on` says otherwise (also when inputs cannot be read). */
export const DEFAULT_FAIL_ON: ReadonlySet<Outcome> = new Set(
  INPUT_DEFAULTS['fail-on'].split(',') as Outcome[]
)

const statusDetailKey = once(() =>
  z.string().check(
    z.minLength(1, { error: 'is empty' }),
    z.maxLength(128, { error: 'is longer than 128 characters' }),
    z.regex(/^[a-zA-Z0-9:_-]+$/, {
      error: 'may contain only letters, digits, ":", "_" and "-"'
    })
  )
)
const statusDetailValue = once(() =>
  z.string().check(
    z.minLength(1, { error: 'is empty' }),
    z.maxLength(1024, { error: 'is longer than 1024 characters' }),
    z.refine((v) => !CONTROL_CHARS.test(v), { error: 'contains control characters' })
  )
)

/** JSON object of strings, or key=value lines; every key and value checked by name. */
export const statusDetails = once(() =>
  parsed((text, ctx): Record<string, string> => {
    const fail = (message: string) => refuse(ctx, message)
    let pairs: [string, unknown][]
    if (text.startsWith('[')) {
      return fail(
        'must be a JSON object such as {"reason":"rollback"}, or key=value lines, not a JSON array'
      )
    }
    if (text.startsWith('{')) {
      let parsedJson: unknown
      try {
        parsedJson = JSON.parse(text)
      } catch {
        return fail('is not valid JSON')
      }
      if (typeof parsedJson !== 'object' || parsedJson === null || Array.isArray(parsedJson)) {
        return fail('must be a JSON object whose values are strings')
      }
      pairs = Object.entries(parsedJson)
      // JSON.parse keeps the last of a repeated key: find repeats in the text itself.
      const flat = pairs.every(([, v]) => typeof v === 'string')
      const repeated = flat ? repeatedJsonKey(text, pairs.length) : undefined
      if (repeated !== undefined)
        return fail(`has the key "${repeated.slice(0, 40)}" more than once`)
    } else {
      pairs = []
      for (const line of text.split(/\r?\n/).map((l) => l.trim())) {
        if (!line) continue
        const eq = line.indexOf('=')
        if (eq < 0) return fail(`line "${line}" is not key=value`)
        pairs.push([line.slice(0, eq).trim(), line.slice(eq + 1).trim()])
      }
    }
    if (pairs.length > 10) return fail(`has ${pairs.length} pairs; at most 10 are allowed`)
    const seen = new Set<string>()
    for (const [key] of pairs) {
      if (seen.has(key)) return fail(`has the key "${key.slice(0, 40)}" more than once`)
      seen.add(key)
    }
    const checked: [string, string][] = []
    for (const [key, value] of pairs) {
      const keyCheck = statusDetailKey().safeParse(key)
      if (!keyCheck.success)
        return fail(`key "${key.slice(0, 40)}" ${keyCheck.error.issues[0]?.message}`)
      if (typeof value !== 'string') return fail(`value of "${key}" must be a string`)
      const valueCheck = statusDetailValue().safeParse(value)
      if (!valueCheck.success)
        return fail(`value of "${key}" ${valueCheck.error.issues[0]?.message}`)
      checked.push([key, value])
    }
    // fromEntries keeps a key such as "__proto__" as data, where assignment would drop it.
    return Object.fromEntries(checked)
  })
)

/**
 * A key that a flat JSON object of strings names twice. With string values only,
 * every key is a top-level key: a string token followed by ":".
 */
function repeatedJsonKey(text: string, distinct: number): string | undefined {
  const keys: string[] = []
  // Each string token whole, left to right, so a quote inside a value is never taken for a key.
  for (const match of text.matchAll(/"((?:[^"\\]|\\.)*)"(\s*:)?/g)) {
    if (match[2] !== undefined) keys.push(JSON.parse(`"${match[1]}"`) as string)
  }
  if (keys.length === distinct) return undefined
  const seen = new Set<string>()
  for (const key of keys) {
    if (seen.has(key)) return key
    seen.add(key)
  }
  return undefined
}

export const reasonCode = once(() =>
  z.string().check(
    z.maxLength(128, { error: 'must be at most 128 characters' }),
    // AWS's pattern [\p{Upper}\p{Digit}_]+ is a Java one: there, both classes are ASCII.
    z.regex(/^[A-Z0-9_]+$/, { error: 'may contain only upper-case letters A-Z, digits and "_"' })
  )
)

export const comment = once(() =>
  z.string().check(
    z.maxLength(2028, { error: 'must be at most 2028 characters' }),
    z.refine((v) => !CONTROL_CHARS.test(v), { error: 'must not contain control characters' })
  )
)

/** Points the audit trail in AWS back to the workflow run that cancelled. */
export function defaultComment(env: Env): string {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env
  if (repo && run) {
    return `Cancelled by GitHub Actions: ${server ?? 'https://github.com'}/${repo}/actions/runs/${run}`
  }
  return 'Cancelled by GitHub Actions (cancel-deployment)'
}

/** `K/N`, 1 ≤ K ≤ N ≤ 256. */
export const shard = once(() =>
  parsed((text, ctx): Shard => {
    const match = /^(\d+)\s*\/\s*(\d+)$/.exec(text)
    const index = Number(match?.[1])
    const count = Number(match?.[2])
    if (!match || index < 1 || count > 256 || index > count) {
      return refuse(
        ctx,
        `"${text}" is not K/N with 1 ≤ K ≤ N ≤ 256 (e.g. 2/4: the second of four jobs)`
      )
    }
    return { index, count }
  })
)

export const failOn = once(() =>
  parsed((text, ctx): Set<Outcome> => {
    const names = splitList(text)
    if (names.length === 1 && names[0] === 'none') return new Set()
    const bad = names.filter((n) => !(OUTCOMES as readonly string[]).includes(n))
    if (bad.length || names.length === 0) {
      return refuse(
        ctx,
        `"${bad.join(', ')}" is not an outcome; use a comma-separated list of ${OUTCOMES.join(', ')}, or none`
      )
    }
    return new Set(names as Outcome[])
  })
)
