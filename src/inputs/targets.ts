/**
 * The list of targets a step acts on: the provider's target inputs (one value
 * per line or comma-separated), the lines of targets-file, and this job's share
 * of them (shard). Each value is checked with its input's rule (id-rules.ts).
 */
import { errorMessage, shortId } from '../errors.js'
import type { Target, TargetInput } from '../targets.js'
import { ID_RULES } from './id-rules.js'
import { splitList, type InputContext } from './schema.js'
import { fileLines, targetsFilePath } from './targets-file.js'
import { isPreviewStart, readPreview, type Preview } from './preview-file.js'

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

type Lines = Iterator<{ value: string; line: number }>

/**
 * Every target the inputs name, in order, duplicates dropped; none when any value is refused.
 * A targets-file that is this action's results file (a preview) is read as one (preview-file.ts).
 */
export function readTargets(
  ctx: InputContext,
  names: readonly TargetInput[],
  provider = ''
): Preview {
  const { raw, problems } = ctx
  const file = raw('targets-file')
  const lines = file ? openTargetsFile(ctx, file) : undefined
  if (lines?.preview) {
    const given = names.filter((name) => raw(name))
    if (given.length) {
      problems.push(
        `targets-file ${file} is a preview (a results file): it names exactly what is cancelled, so ${given.join(' and ')} cannot be added to it`
      )
      return { targets: [] }
    }
    return readPreview(
      ctx,
      file,
      { [Symbol.iterator]: () => lines.rest },
      provider,
      names,
      MAX_TARGETS
    )
  }
  return { targets: readTargetColumns(ctx, names, file, lines) }
}

/** The file's lines, and whether its first says it is this action's results file; undefined if unreadable. */
function openTargetsFile(
  { env, problems }: InputContext,
  file: string
): { preview: boolean; rest: Lines } | undefined {
  const path = targetsFilePath(file, env)
  try {
    const all = fileLines(path)
    const first = all.next()
    if (!first.done && isPreviewStart(first.value.value)) return { preview: true, rest: all }
    const rest: Lines = first.done
      ? all
      : (function* () {
          yield first.value
          yield* { [Symbol.iterator]: () => all }
        })()
    return { preview: false, rest }
  } catch (error) {
    problems.push(unreadable(file, path, error))
    return undefined
  }
}

function unreadable(file: string, path: string, error: unknown): string {
  const code = (error as { code?: string }).code
  return `targets-file "${file}" cannot be read (${code ?? errorMessage(error)}${path !== file ? `; looked for ${path}` : ''})`
}

function readTargetColumns(
  ctx: InputContext,
  names: readonly TargetInput[],
  file: string,
  lines: { rest: Lines } | undefined
): Target[] {
  const { problems } = ctx
  const raw = ctx.raw
  const columns: string[][] = []
  if (file && !lines) return []
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
    if (i === 0 && lines && !readTargetsFile(ctx, file, lines.rest, name, values)) continue
    if (values.length === 0) {
      problems.push(`${name} is required for this provider`)
      continue
    }
    columns.push(values)
  }
  if (columns.length !== names.length) return []
  const count = columns.reduce((n, c) => n * c.length, 1)
  if (count > MAX_TARGETS) {
    problems.push(
      `${names.join(' × ')} name ${count} targets; a step takes at most ${MAX_TARGETS} (split the list with shard across jobs)`
    )
    return []
  }
  // Every combination: for iot-job-execution each (thing, job) pair is one target.
  let targets: Target[] = [{ label: '', ids: {} }]
  names.forEach((name, i) => {
    targets = targets.flatMap((t) =>
      columns[i]!.map((value) => ({
        label: t.label ? `${t.label}/${value}` : value,
        ids: { ...t.ids, [name]: value }
      }))
    )
  })
  return targets
}

/**
 * Adds the file's values to `values` (duplicates dropped, first kept), or records why the
 * file cannot be used. Stops reading once the step's limit is passed.
 */
function readTargetsFile(
  { env, problems }: InputContext,
  file: string,
  lines: Lines,
  name: TargetInput,
  values: string[]
): boolean {
  const path = targetsFilePath(file, env)
  const seen = new Set(values)
  try {
    for (const { value, line } of { [Symbol.iterator]: () => lines }) {
      if (seen.has(value)) continue
      const result = ID_RULES()[name].safeParse(value)
      if (!result.success) {
        const shown = value.length > 100 ? `${value.slice(0, 100)}…` : value
        problems.push(
          `targets-file line ${line}: ${name} "${shown}" ${result.error.issues[0]?.message ?? 'is invalid'}`
        )
        return false
      }
      seen.add(value)
      values.push(value)
      if (values.length > MAX_TARGETS) {
        problems.push(
          `targets-file ${file} names more than ${MAX_TARGETS} targets; a step takes at most ${MAX_TARGETS} (split the list with shard across jobs)`
        )
        return false
      }
    }
  } catch (error) {
    problems.push(unreadable(file, path, error))
    return false
  }
  return true
}
