/**
 * A JSON array of objects read as a stream, whatever its layout: one line (`echo` of the
 * results output, `jq -c`), pretty-printed, or as this action writes its results file. Each
 * element's text goes to `onItem` with the line it starts on, for JSON.parse; only one element
 * is held at a time, at most MAX_ITEM_CHARS of it. Anything but an array of objects (text
 * after the `]`, a missing comma, a bare value) is refused, naming the line.
 */
import type { TextSink } from './targets-file.js'

/** One entry's most: ids of 64 Ki characters each, escaped, are far below it. */
const MAX_ITEM_CHARS = 4 * 1024 * 1024

/** The text is not a JSON array of objects; the message names the line. */
export class JsonLayoutError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'JsonLayoutError'
  }
}

type State = 'start' | 'first' | 'next' | 'after' | 'item' | 'done'

export class JsonArraySink implements TextSink {
  line = 1
  private state: State = 'start'
  private afterCr = false
  private depth = 0
  private inString = false
  private escaped = false
  private item = ''
  private itemLine = 0

  constructor(private readonly onItem: (text: string, line: number) => void) {}

  push(text: string): void {
    let i = 0
    while (i < text.length) {
      if (this.state === 'item') {
        i = this.scanItem(text, i)
        continue
      }
      const c = text[i]!
      i++
      if (this.lineBreak(c) || c === ' ' || c === '\t') continue
      this.between(c)
    }
  }

  end(): void {
    if (this.state !== 'done') {
      throw new JsonLayoutError(`line ${this.line}: the JSON array ends before its closing ]`)
    }
  }

  /** Counts a line ending (LF, CR/LF, CR); true for a break character. */
  private lineBreak(c: string): boolean {
    if (c === '\n') {
      if (!this.afterCr) this.line++
      this.afterCr = false
      return true
    }
    this.afterCr = c === '\r'
    if (this.afterCr) this.line++
    return this.afterCr
  }

  /** A character between the elements: the brackets, the commas, an element's start. */
  private between(c: string): void {
    const expected: Record<Exclude<State, 'item'>, string> = {
      start: '[',
      first: '{ or ]',
      next: '{',
      after: ', or ]',
      done: 'nothing'
    }
    const state = this.state as Exclude<State, 'item'>
    if (state === 'start' && c === '[') this.state = 'first'
    else if ((state === 'first' || state === 'next') && c === '{') this.startItem()
    else if ((state === 'first' || state === 'after') && c === ']') this.state = 'done'
    else if (state === 'after' && c === ',') this.state = 'next'
    else {
      const what = c === '\0' ? 'a NUL byte (is the file UTF-16 or binary?)' : `"${c}"`
      throw new JsonLayoutError(
        `line ${this.line}: ${what} where the JSON array has ${expected[state]}`
      )
    }
  }

  private startItem(): void {
    this.state = 'item'
    this.item = '{'
    this.itemLine = this.line
    this.depth = 1
  }

  /** Scans one element from `from`; returns where it stopped (its end, or the text's). */
  private scanItem(text: string, from: number): number {
    for (let i = from; i < text.length; i++) {
      const c = text[i]!
      if (this.inString) {
        if (this.escaped) this.escaped = false
        else if (c === '\\') this.escaped = true
        else if (c === '"') this.inString = false
        continue
      }
      if (c === '\n' || c === '\r') {
        this.lineBreak(c)
        continue
      }
      this.afterCr = false
      if (c === '"') this.inString = true
      else if (c === '{' || c === '[') this.depth++
      else if (c === '}' || c === ']') {
        if (--this.depth === 0) {
          this.append(text.slice(from, i + 1))
          this.state = 'after'
          this.onItem(this.item, this.itemLine)
          this.item = ''
          return i + 1
        }
      }
    }
    this.append(text.slice(from))
    return text.length
  }

  private append(part: string): void {
    this.item += part
    if (this.item.length > MAX_ITEM_CHARS) {
      throw new JsonLayoutError(
        `line ${this.itemLine}: an entry longer than ${MAX_ITEM_CHARS} characters is not one this action wrote`
      )
    }
  }
}
