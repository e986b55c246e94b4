/**
 * What a targets-file names, read once: a results file of this action (its first non-blank
 * character is `[`) gives its would-cancel entries (preview-file.ts); any other file gives
 * one value per line, each checked by the rule of the input it stands for, duplicates dropped.
 * The step reads it asynchronously (readTargetsFile), tests and tools may read it at once
 * (readTargetsFileSync): the same sinks and checks either way.
 */
import { errorMessage, shortId } from '../util/errors.js'
import type { TargetInput } from '../util/targets.js'
import { LineSink, MAX_LINE_CHARS } from './file-lines.js'
import { ID_RULES } from '../util/id-rules.js'
import { JsonArraySink, JsonLayoutError } from './json-array.js'
import { FileProblem, PreviewCollector, type Preview } from './preview-file.js'
import { readTextFile, readTextFileSync, targetsFilePath, type TextSink } from './targets-file.js'

/** A list (inputs and targets-file together) names at most this many: 10 shards of a step's most. */
export const MAX_LISTED = 1_000_000

export type FileContent =
  | { kind: 'preview'; preview: Preview }
  /** Distinct values of the provider's first target input, in file order. */
  | { kind: 'list'; values: string[] }
  | { kind: 'refused'; problem: string }

/** Which file, for whom. */
interface FileRequest {
  /** As given (targets-file), for messages. */
  file: string
  env: Record<string, string | undefined>
  provider: string
  names: readonly TargetInput[]
}

/** The sink that decides, by the first non-blank character, how the rest is read. */
class TargetsFileSink implements TextSink {
  private inner?: TextSink
  private head = ''
  constructor(private readonly choose: (preview: boolean) => TextSink) {}

  get line(): number {
    return this.inner?.line ?? 1 + (this.head.match(/\r\n|\r|\n/g)?.length ?? 0)
  }

  push(text: string): void {
    if (this.inner) return this.inner.push(text)
    this.head += text
    const first = /\S/.exec(this.head)?.[0]
    // Only blanks so far, and plenty of them: a list with blank lines first, as lines decide.
    if (first === undefined && this.head.length <= MAX_LINE_CHARS) return
    this.inner = this.choose(first === '[')
    const head = this.head
    this.head = ''
    this.inner.push(head)
  }

  end(): void {
    // Empty, or only blanks: a list of nothing.
    if (!this.inner) {
      this.inner = this.choose(false)
      this.inner.push(this.head)
    }
    this.inner.end()
  }
}

/** The sinks and the collectors of one read; `content()` says what was read. */
function reading({ file, provider, names }: FileRequest) {
  const values: string[] = []
  const seen = new Set<string>()
  let preview: PreviewCollector | undefined
  const [name] = names
  const onLine = (value: string, line: number) => {
    if (seen.has(value)) return
    const result = ID_RULES()[name!].safeParse(value)
    if (!result.success) {
      throw new FileProblem(
        `targets-file line ${line}: ${name} "${shortId(value)}" ${result.error.issues[0]?.message ?? 'is invalid'}`
      )
    }
    seen.add(value)
    values.push(value)
    if (values.length > MAX_LISTED) {
      throw new FileProblem(
        `targets-file ${file} names more than ${MAX_LISTED} targets; a list holds at most ${MAX_LISTED} (100000 per step, with shard): split the file`
      )
    }
  }
  const sink = new TargetsFileSink((isPreview) => {
    if (!isPreview) return new LineSink(onLine)
    const collector = (preview = new PreviewCollector(file, provider, names, MAX_LISTED))
    return new JsonArraySink((text, line) => collector.add(text, line))
  })
  const content = (): FileContent =>
    preview ? { kind: 'preview', preview: preview.result() } : { kind: 'list', values }
  return { sink, content }
}

function refused(request: FileRequest, path: string, error: unknown): FileContent {
  if (error instanceof FileProblem) return { kind: 'refused', problem: error.message }
  if (error instanceof JsonLayoutError) {
    return {
      kind: 'refused',
      problem: `targets-file ${request.file} starts as a JSON array but is not this action's results file: ${error.message}`
    }
  }
  const code = (error as { code?: string }).code
  const looked = path !== request.file ? `; looked for ${path}` : ''
  return {
    kind: 'refused',
    problem: `targets-file "${request.file}" cannot be read (${code ?? errorMessage(error)}${looked})`
  }
}

/** The file read at once (the event loop waits): for tests and tools. */
export function readTargetsFileSync(request: FileRequest): FileContent {
  const path = targetsFilePath(request.file, request.env)
  const { sink, content } = reading(request)
  try {
    readTextFileSync(path, sink)
    return content()
  } catch (error) {
    return refused(request, path, error)
  }
}

/**
 * The file read a chunk at a time, signals handled between chunks; when `signal` aborts (the
 * workflow cancelled), its reason is thrown.
 */
export async function readTargetsFile(
  request: FileRequest,
  signal?: AbortSignal
): Promise<FileContent> {
  const path = targetsFilePath(request.file, request.env)
  const { sink, content } = reading(request)
  try {
    await readTextFile(path, sink, signal)
    return content()
  } catch (error) {
    if (signal?.aborted) throw signal.reason
    return refused(request, path, error)
  }
}
