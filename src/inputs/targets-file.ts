/**
 * Reading the targets-file input: a text file with one value per line, read in
 * chunks so a 100,000-line file is never held whole.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'

/** Where a targets-file path points: relative paths are read from the workspace. */
export function targetsFilePath(path: string, env: Record<string, string | undefined>): string {
  return isAbsolute(path) ? path : resolve(env.GITHUB_WORKSPACE || process.cwd(), path)
}

/** The longest line taken: far above any id, low enough that one huge line cannot eat the step. */
const MAX_LINE_CHARS = 64 * 1024

/** Where the kernel's and devices' files live: readable, but never a user's list. */
const SYSTEM_TREES = /^\/(proc|sys|dev)(\/|$)/

/**
 * Opens the file only if it can be a list: a regular file outside /proc, /sys and /dev. It is
 * opened without blocking and checked before any read, so a FIFO (which would wait for a writer
 * for ever) or a device (which never ends) is refused at once.
 */
function openListFile(path: string): number {
  const real = realpathSync(path)
  if (SYSTEM_TREES.test(real)) {
    throw new Error(`${real} is a system file under /proc, /sys or /dev, not a list of targets`)
  }
  const fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK)
  const stat = fstatSync(fd)
  if (!stat.isFile()) {
    closeSync(fd)
    const kind = stat.isFIFO()
      ? 'a FIFO (named pipe)'
      : stat.isDirectory()
        ? 'a folder'
        : stat.isSocket()
          ? 'a socket'
          : 'a device'
    throw new Error(`it is ${kind}, not a regular file`)
  }
  return fd
}

/**
 * Each line's value, trimmed (LF, CR/LF and CR-only endings and surrounding blanks dropped), with
 * its 1-based line number; blank lines are skipped. Throws, naming the line, on what is not UTF-8
 * text (UTF-16 as PowerShell's `>` writes it, NUL bytes, invalid UTF-8) or a line over
 * MAX_LINE_CHARS; throws if the file cannot be read or is not a regular file.
 */
export function* fileLines(path: string): Generator<{ value: string; line: number }> {
  const fd = openListFile(path)
  try {
    const buffer = Buffer.alloc(64 * 1024)
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
    let pending = ''
    let line = 0
    let first = true
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null)
      const chunk = buffer.subarray(0, read)
      if (
        first &&
        read >= 2 &&
        ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))
      ) {
        throw new Error(
          "line 1: the file is UTF-16 (PowerShell's default for >); save it as UTF-8, e.g. with Out-File -Encoding utf8"
        )
      }
      first = false
      let text: string
      try {
        text = pending + (read > 0 ? decoder.decode(chunk, { stream: true }) : decoder.decode())
      } catch {
        // Where: the first replacement character of a lenient decoding of the same bytes.
        const lenient = pending + new TextDecoder('utf-8').decode(chunk)
        const before = lenient.slice(0, Math.max(0, lenient.indexOf('\ufffd')))
        throw new Error(`line ${line + 1 + countBreaks(before)}: the file is not valid UTF-8 text`)
      }
      // A CR at the end of a chunk may be the first half of a CR/LF: decide with the next one.
      const held = read > 0 && text.endsWith('\r') ? 1 : 0
      const parts = text.slice(0, text.length - held).split(/\r\n|\r|\n/)
      pending = read > 0 ? parts.pop()! + (held ? '\r' : '') : ''
      for (const part of parts) {
        line++
        if (part.includes('\0')) {
          throw new Error(
            `line ${line} holds a NUL byte: is the file UTF-16 or binary? Save it as UTF-8 text`
          )
        }
        if (part.length > MAX_LINE_CHARS) throw tooLong(line)
        const value = part.trim()
        if (value) yield { value, line }
      }
      if (pending.length > MAX_LINE_CHARS) throw tooLong(line + 1)
      if (read === 0) return
    }
  } finally {
    closeSync(fd)
  }
}

function tooLong(line: number): Error {
  return new Error(`line ${line} is longer than ${MAX_LINE_CHARS} characters: not a list of ids`)
}

function countBreaks(text: string): number {
  return (text.match(/\r\n|\r|\n/g) ?? []).length
}
