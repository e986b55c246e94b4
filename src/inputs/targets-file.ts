/**
 * Reading the targets-file input: only a regular file, as UTF-8 text, in chunks so a
 * million-line file is never held whole. The text goes to a sink (file-lines.ts for a list,
 * json-array.ts for a preview). The step reads it asynchronously (readTextFile), so a signal
 * is handled between chunks; readTextFileSync is the same reader without the waits.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs'
import { open, realpath } from 'node:fs/promises'
import { isAbsolute, resolve } from 'node:path'

/** Where a targets-file path points: relative paths are read from the workspace. */
export function targetsFilePath(path: string, env: Record<string, string | undefined>): string {
  return isAbsolute(path) ? path : resolve(env.GITHUB_WORKSPACE || process.cwd(), path)
}

/** Where the kernel's and devices' files live: readable, but never a user's list. */
const SYSTEM_TREES = /^\/(proc|sys|dev)(\/|$)/

/**
 * Opens the file only if it can be a list: a regular file outside /proc, /sys and /dev. It is
 * opened without blocking and checked before any read, so a FIFO (which would wait for a writer
 * for ever) or a device (which never ends) is refused at once.
 */
function openListFile(path: string): number {
  const fd = openSync(systemChecked(realpathSync(path)), OPEN_FLAGS)
  try {
    regularChecked(fstatSync(fd))
  } catch (error) {
    closeSync(fd)
    throw error
  }
  return fd
}

const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK

function systemChecked(real: string): string {
  if (SYSTEM_TREES.test(real)) {
    throw new Error(`${real} is a system file under /proc, /sys or /dev, not a list of targets`)
  }
  return real
}

function regularChecked(stat: import('node:fs').Stats): void {
  if (!stat.isFile()) {
    const kind = stat.isFIFO()
      ? 'a FIFO (named pipe)'
      : stat.isDirectory()
        ? 'a folder'
        : stat.isSocket()
          ? 'a socket'
          : 'a device'
    throw new Error(`it is ${kind}, not a regular file`)
  }
}

/** Where decoded text goes, a chunk at a time; `line` is the line it has reached (from 1). */
export interface TextSink {
  push(text: string): void
  end(): void
  readonly line: number
}

const CHUNK_BYTES = 64 * 1024

/**
 * UTF-8 bytes to text for a sink: a UTF-8 byte-order mark dropped, UTF-16 (PowerShell's `>`)
 * and invalid UTF-8 refused, naming the line.
 */
class FileDecoder {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
  private first = true
  constructor(private readonly sink: TextSink) {}

  chunk(bytes: Uint8Array): void {
    if (this.first && bytes.length >= 2 && isUtf16Mark(bytes[0]!, bytes[1]!)) {
      throw new Error(
        "line 1: the file is UTF-16 (PowerShell's default for >); save it as UTF-8, e.g. with Out-File -Encoding utf8"
      )
    }
    this.first = false
    let text: string
    try {
      text = this.decoder.decode(bytes, { stream: true })
    } catch {
      // Where: the text before the first replacement character of a lenient decoding.
      const lenient = new TextDecoder('utf-8').decode(bytes)
      this.sink.push(lenient.slice(0, Math.max(0, lenient.indexOf('\ufffd'))))
      throw new Error(`line ${this.sink.line}: the file is not valid UTF-8 text`)
    }
    this.sink.push(text)
  }

  end(): void {
    try {
      this.sink.push(this.decoder.decode())
    } catch {
      throw new Error(`line ${this.sink.line}: the file is not valid UTF-8 text`)
    }
    this.sink.end()
  }
}

const isUtf16Mark = (a: number, b: number) =>
  (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)

/** The file's text into `sink`, read synchronously. Throws as readTextFile does. */
export function readTextFileSync(path: string, sink: TextSink): void {
  const fd = openListFile(path)
  try {
    const buffer = Buffer.alloc(CHUNK_BYTES)
    const decoder = new FileDecoder(sink)
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null)
      if (read === 0) return decoder.end()
      decoder.chunk(buffer.subarray(0, read))
    }
  } finally {
    closeSync(fd)
  }
}

/**
 * The file's text into `sink`, a chunk at a time, the event loop free between chunks: a signal
 * (the workflow cancelled) is handled at once, and `signal` stops the read with its reason.
 * Throws if the file cannot be read, is not a regular file or not UTF-8 text, or what the sink throws.
 */
export async function readTextFile(
  path: string,
  sink: TextSink,
  signal?: AbortSignal
): Promise<void> {
  const file = await open(systemChecked(await realpath(path)), OPEN_FLAGS)
  try {
    regularChecked(await file.stat())
    const buffer = Buffer.alloc(CHUNK_BYTES)
    const decoder = new FileDecoder(sink)
    for (;;) {
      signal?.throwIfAborted()
      const { bytesRead } = await file.read(buffer, 0, buffer.length, null)
      if (bytesRead === 0) return decoder.end()
      decoder.chunk(buffer.subarray(0, bytesRead))
    }
  } finally {
    await file.close()
  }
}
