/**
 * A targets-file that is this action's own results file (a dry run's
 * results-file, handed on): the targets are its `would-cancel` entries, by
 * their `ids`, and only them, so what an approval between the two jobs saw is
 * exactly what is cancelled. The file is read as this action writes it, one
 * entry per line.
 */
import { shortId } from '../util/errors.js'
import type { Target, TargetInput } from '../util/targets.js'
import { ID_RULES } from '../util/id-rules.js'
import type { InputContext } from './schema.js'

/** The first line of a results file: a JSON array. */
export const isPreviewStart = (firstLine: string) => firstLine.startsWith('[')

export interface Preview {
  targets: Target[]
  /** Set when the preview holds nothing to cancel: the step's one result says so. */
  nothing?: string
}

/**
 * The would-cancel entries of the results file whose lines follow the opening `[`.
 * Problems (another provider's file, a line that is not an entry) go to `ctx.problems`.
 */
export function readPreview(
  { problems }: InputContext,
  file: string,
  lines: Iterable<{ value: string; line: number }>,
  provider: string,
  names: readonly TargetInput[],
  limit: number
): Preview {
  const targets: Target[] = []
  const seen = new Set<string>()
  let entries = 0
  for (const { value, line } of lines) {
    if (value === ']') break
    const entry = parseEntry(value.replace(/,$/, ''))
    if (!entry) {
      problems.push(
        `targets-file line ${line}: not an entry of this action's results file (a JSON object per line)`
      )
      return { targets: [] }
    }
    entries++
    if (entry.provider !== provider) {
      problems.push(
        entry.provider
          ? `targets-file ${file} is a results file written for provider ${entry.provider}, not ${provider}: hand it to a step with provider ${entry.provider}`
          : `targets-file line ${line}: a results entry without provider and ids (written by an older version of this action?): it cannot say what to cancel`
      )
      return { targets: [] }
    }
    if (entry.outcome !== 'would-cancel') continue
    const ids = entry.ids ?? {}
    const values: string[] = []
    for (const name of names) {
      const id = ids[name]
      const result = typeof id === 'string' ? ID_RULES()[name].safeParse(id) : undefined
      if (!result?.success) {
        problems.push(
          `targets-file line ${line}: the would-cancel entry ${shortId(String(entry.target ?? ''))} has no valid ${name}`
        )
        return { targets: [] }
      }
      values.push(id as string)
    }
    const label = values.join('/')
    if (seen.has(label)) continue
    seen.add(label)
    targets.push({ label, ids: Object.fromEntries(names.map((n, i) => [n, values[i]!])) })
    if (targets.length > limit) {
      problems.push(
        `targets-file ${file} names more than ${limit} targets; a step takes at most ${limit} (split the list with shard across jobs)`
      )
      return { targets: [] }
    }
  }
  if (targets.length) return { targets }
  return {
    targets,
    nothing: `The preview in targets-file ${file} found nothing to cancel (${entries} entr${entries === 1 ? 'y' : 'ies'}, none would-cancel): nothing was sent.`
  }
}

interface Entry {
  target?: unknown
  outcome?: unknown
  provider?: unknown
  ids?: Record<string, unknown>
}

function parseEntry(text: string): Entry | undefined {
  try {
    const value = JSON.parse(text) as unknown
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Entry)
      : undefined
  } catch {
    return undefined
  }
}
