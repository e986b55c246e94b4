/**
 * A targets-file that is this action's own results file (a dry run's
 * results-file, or its results output, handed on): the targets are its
 * `would-cancel` entries, by their `ids`, and only them, so what an approval
 * between the two jobs saw is exactly what is cancelled. The file is read as
 * JSON whatever its layout (json-array.ts).
 */
import { shortId } from '../util/errors.js'
import type { Target, TargetInput } from '../util/targets.js'
import { ID_RULES } from '../util/id-rules.js'

/** What is refused in the file itself: the message is the whole problem, naming the line. */
export class FileProblem extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FileProblem'
  }
}

export interface Preview {
  targets: Target[]
  /** Set when the preview holds nothing to cancel: the step's one result says so. */
  nothing?: string
}

/**
 * Takes the results file's entries one at a time (json-array.ts hands them over as read):
 * every entry must be this action's, for this provider; the would-cancel ones become the
 * targets, each id checked by its input's rule. Throws FileProblem at the first that is not.
 */
export class PreviewCollector {
  private readonly targets: Target[] = []
  private readonly seen = new Set<string>()
  private entries = 0

  constructor(
    private readonly file: string,
    private readonly provider: string,
    private readonly names: readonly TargetInput[],
    /** How many entries a file may hold. */
    private readonly limit: number
  ) {}

  add(text: string, line: number): void {
    const entry = parseEntry(text)
    if (!entry) {
      throw new FileProblem(
        `targets-file line ${line}: not an entry of this action's results file (a JSON object with target, outcome, ids and provider)`
      )
    }
    if (++this.entries > this.limit) {
      throw new FileProblem(
        `targets-file ${this.file} holds more than ${this.limit} entries; a list holds at most ${this.limit}: split the file`
      )
    }
    if (entry.provider !== this.provider) {
      throw new FileProblem(
        entry.provider
          ? `targets-file ${this.file} is a results file written for provider ${shortId(String(entry.provider))}, not ${this.provider}: hand it to a step with provider ${shortId(String(entry.provider))}`
          : `targets-file line ${line}: a results entry without provider and ids (written by an older version of this action?): it cannot say what to cancel`
      )
    }
    if (entry.outcome !== 'would-cancel') return
    const ids = entry.ids ?? {}
    const values = this.names.map((name) => {
      const id = ids[name]
      if (typeof id !== 'string' || !ID_RULES()[name].safeParse(id).success) {
        throw new FileProblem(
          `targets-file line ${line}: the would-cancel entry ${shortId(String(entry.target ?? ''))} has no valid ${name}`
        )
      }
      return id
    })
    const label = values.join('/')
    if (this.seen.has(label)) return
    this.seen.add(label)
    this.targets.push({
      label,
      ids: Object.fromEntries(this.names.map((n, i) => [n, values[i]!]))
    })
  }

  /** The targets, or, when none would be cancelled, the step's one message. */
  result(): Preview {
    const { targets, entries, file } = this
    if (targets.length) return { targets }
    return {
      targets,
      nothing: `The preview in targets-file ${file} found nothing to cancel (${entries} entr${entries === 1 ? 'y' : 'ies'}, none would-cancel): nothing was sent.`
    }
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
