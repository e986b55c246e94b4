/**
 * A targets-file's text as lines: LF, CR/LF and CR-only endings all end a line, each value
 * trimmed, blank lines skipped. A NUL byte (UTF-16 without a mark, a binary file) or a line
 * over MAX_LINE_CHARS is refused, naming the line.
 */
import type { TextSink } from './targets-file.js'

/** The longest line taken: far above any id, low enough that one huge line cannot eat the step. */
export const MAX_LINE_CHARS = 64 * 1024

export class LineSink implements TextSink {
  /** Lines ended so far. */
  private ended = 0
  private pending = ''

  /** `onLine` gets each non-blank value, trimmed, with its line number (from 1). */
  constructor(private readonly onLine: (value: string, line: number) => void) {}

  get line(): number {
    return this.ended + 1
  }

  push(text: string): void {
    const all = this.pending + text
    // A CR at the end of a chunk may be the first half of a CR/LF: decide with the next one.
    const held = all.endsWith('\r') ? 1 : 0
    const parts = all.slice(0, all.length - held).split(/\r\n|\r|\n/)
    this.pending = parts.pop()! + (held ? '\r' : '')
    for (const part of parts) this.take(part)
    if (this.pending.length > MAX_LINE_CHARS + 1) throw tooLong(this.line)
  }

  end(): void {
    const last = this.pending.replace(/\r$/, '')
    this.pending = ''
    if (last) this.take(last)
  }

  private take(part: string): void {
    const line = ++this.ended
    if (part.includes('\0')) {
      throw new Error(
        `line ${line} holds a NUL byte: is the file UTF-16 or binary? Save it as UTF-8 text`
      )
    }
    if (part.length > MAX_LINE_CHARS) throw tooLong(line)
    const value = part.trim()
    if (value) this.onLine(value, line)
  }
}

function tooLong(line: number): Error {
  return new Error(`line ${line} is longer than ${MAX_LINE_CHARS} characters: not a list of ids`)
}
