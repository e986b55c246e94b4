/**
 * Reading the targets-file input: a text file with one value per line, read in
 * chunks so a 100,000-line file is never held whole.
 */
import { closeSync, openSync, readSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
import { StringDecoder } from 'node:string_decoder'

/** Where a targets-file path points: relative paths are read from the workspace. */
export function targetsFilePath(path: string, env: Record<string, string | undefined>): string {
  return isAbsolute(path) ? path : resolve(env.GITHUB_WORKSPACE || process.cwd(), path)
}

/**
 * Each line's value, trimmed (CR/LF endings and surrounding blanks dropped), with its
 * 1-based line number; blank lines are skipped. Throws if the file cannot be read.
 */
export function* fileLines(path: string): Generator<{ value: string; line: number }> {
  const fd = openSync(path, 'r')
  try {
    const buffer = Buffer.alloc(64 * 1024)
    const decoder = new StringDecoder('utf8')
    let pending = ''
    let line = 0
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null)
      const text = pending + (read > 0 ? decoder.write(buffer.subarray(0, read)) : decoder.end())
      const parts = text.split('\n')
      pending = read > 0 ? parts.pop()! : ''
      for (const part of parts) {
        line++
        const value = part.trim()
        if (value) yield { value, line }
      }
      if (read === 0) return
    }
  } finally {
    closeSync(fd)
  }
}
