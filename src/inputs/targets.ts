/**
 * The list of targets a step acts on: the provider's target inputs (one value
 * per line or comma-separated), the lines of targets-file, and this job's share
 * of them (shard). Each value is checked with its input's rule (util/id-rules.ts).
 */
import { shortId } from '../util/errors.js'
import type { Target, TargetInput } from '../util/targets.js'
import { MAX_LISTED, readTargetsFileSync, type FileContent } from './file-content.js'
import { ID_RULES } from '../util/id-rules.js'
import { splitList, type InputContext } from './schema.js'
import type { Preview } from './preview-file.js'

/** A step takes at most this many targets (after its shard is taken). */
export const MAX_TARGETS = 100_000

/** `K/N`: this job's share of a list split N ways. */
export interface Shard {
  index: number
  count: number
}

/** The targets at positions (from 0) whose remainder by N is K−1: N jobs split a list exactly. */
export function takeShard<T>(items: readonly T[], shard: Shard | undefined): T[] {
  if (!shard) return [...items]
  return items.filter((_, position) => position % shard.count === shard.index - 1)
}

/** How many of `count` positions shard K/N takes. */
function shardSize(count: number, shard: Shard | undefined): number {
  if (!shard) return count
  return count >= shard.index ? Math.floor((count - shard.index) / shard.count) + 1 : 0
}

/** The targets a step may take, and, when it does not, a message that says what would. */
function overLimit(what: string, count: number, shard: Shard | undefined): string | undefined {
  const taken = shardSize(count, shard)
  if (taken <= MAX_TARGETS) return undefined
  const needed = Math.ceil(count / MAX_TARGETS)
  const share = shard ? `; shard ${shard.index}/${shard.count} leaves ${taken} of them` : ''
  return `${what} ${count} targets${share}; a step takes at most ${MAX_TARGETS}: split the list with shard K/N across ${needed} or more jobs (N ≥ ${needed})`
}

/**
 * Every target the inputs name, in order, duplicates dropped; none when any value is refused.
 * A targets-file that is this action's results file (a preview) is read as one (preview-file.ts).
 * `content` is the targets-file as the step has read it already (file-content.ts); without it,
 * the file is read here, at once.
 */
export function readTargets(
  ctx: InputContext,
  names: readonly TargetInput[],
  provider = '',
  shard?: Shard,
  content?: FileContent
): Preview & { of: number } {
  const { raw, problems, env } = ctx
  const file = raw('targets-file')
  const read = file ? (content ?? readTargetsFileSync({ file, env, provider, names })) : undefined
  if (read?.kind === 'refused') {
    problems.push(read.problem)
    return { targets: [], of: 0 }
  }
  if (read?.kind === 'preview') {
    const given = names.filter((name) => raw(name))
    if (given.length) {
      problems.push(
        `targets-file ${file} is a preview (a results file): it names exactly what is cancelled, so ${given.join(' and ')} cannot be added to it`
      )
      return { targets: [], of: 0 }
    }
    const { targets } = read.preview
    // The step's limit is on its shard, as for any list.
    const refused = overLimit(`targets-file ${file}: the preview names`, targets.length, shard)
    if (refused) {
      problems.push(refused)
      return { targets: [], of: 0 }
    }
    return { ...read.preview, targets: takeShard(targets, shard), of: targets.length }
  }
  return readTargetColumns(ctx, names, file, read?.values, shard)
}

function readTargetColumns(
  ctx: InputContext,
  names: readonly TargetInput[],
  file: string,
  listed: readonly string[] | undefined,
  shard: Shard | undefined
): { targets: Target[]; of: number } {
  const { problems } = ctx
  const raw = ctx.raw
  const columns: string[][] = []
  const none = { targets: [], of: 0 }
  for (const [i, name] of names.entries()) {
    const values = splitList(raw(name))
    const bad = values
      .map((v) => [v, ID_RULES()[name].safeParse(v)] as const)
      .find(([, r]) => !r.success)
    if (bad) {
      const [value, result] = bad
      const why = result.success ? '' : (result.error.issues[0]?.message ?? 'is invalid')
      problems.push(`${name} "${shortId(value)}" ${why}`)
      continue
    }
    // targets-file lists more values of the provider's first target input.
    if (i === 0 && listed) addListed(values, listed)
    if (values.length === 0) {
      problems.push(`${name} is required for this provider`)
      continue
    }
    columns.push(values)
  }
  if (columns.length !== names.length) return none
  const count = columns.reduce((n, c) => n * c.length, 1)
  const what = file
    ? `targets-file ${file}: ${names.join(' × ')} name`
    : `${names.join(' × ')} name`
  if (count > MAX_LISTED) {
    problems.push(
      `${what} ${count} targets; a list holds at most ${MAX_LISTED} (${MAX_TARGETS} per step, with shard)`
    )
    return none
  }
  const refused = overLimit(what, count, shard)
  if (refused) {
    problems.push(refused)
    return none
  }
  // Every combination, the first input outermost (for iot-job-execution each (thing, job) pair is
  // one target); only this shard's are made, so a million-line list never becomes a million objects.
  const targets: Target[] = []
  for (let position = 0; position < count; position++) {
    if (shard && position % shard.count !== shard.index - 1) continue
    let rest = position
    let label = ''
    const ids: Target['ids'] = {}
    for (let i = names.length - 1; i >= 0; i--) {
      const column = columns[i]!
      const value = column[rest % column.length]!
      rest = Math.floor(rest / column.length)
      ids[names[i]!] = value
      label = label ? `${value}/${label}` : value
    }
    targets.push({ label, ids: Object.fromEntries(names.map((n) => [n, ids[n]])) })
  }
  return { targets, of: count }
}

/**
 * The file's values after the input's own, duplicates dropped (the first kept). The file's are
 * distinct already (file-content.ts drops them as it reads), so only the input's few are looked up.
 */
function addListed(values: string[], listed: readonly string[]): void {
  const own = new Set(values)
  for (const value of listed) if (!own.has(value)) values.push(value)
}
