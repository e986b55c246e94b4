/**
 * A JSON array written to a file under RUNNER_TEMP a few thousand entries at a time, so a list of
 * 100,000 entries is never held in memory as one text: results-file and reached-file both are.
 */
import { closeSync, openSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { errorMessage } from '../util/errors.js'
import { log } from '../util/log.js'

const CHUNK = 2000

/**
 * Opens `cancel-deployment-<kind>-….json`. `add` takes one entry's JSON text; `close` returns the
 * file's path, or '' when it could not be written (a warning names the output and says why).
 */
export function openJsonArrayFile(output: string, kind: string, env = process.env) {
  const dir = env.RUNNER_TEMP || tmpdir()
  const path = join(dir, `cancel-deployment-${kind}-${process.pid}-${Date.now()}.json`)
  let fd: number | undefined
  let pending: string[] = []
  let count = 0
  let failure: string | undefined
  const guard = (work: () => void) => {
    if (failure) return
    try {
      work()
    } catch (error) {
      failure = errorMessage(error)
    }
  }
  const flush = () => {
    if (fd === undefined || pending.length === 0) return
    writeSync(fd, (count > pending.length ? ',\n' : '\n') + pending.join(',\n'))
    pending = []
  }
  guard(() => {
    fd = openSync(path, 'w')
    writeSync(fd, '[')
  })
  return {
    add(json: string): void {
      count++
      pending.push(json)
      if (pending.length >= CHUNK) guard(flush)
    },
    close(): string {
      guard(() => {
        flush()
        if (fd !== undefined) writeSync(fd, '\n]\n')
      })
      if (fd !== undefined) closeSync(fd)
      if (!failure) return path
      log.warning(`${output} could not be written to ${dir}: ${failure}`)
      return ''
    }
  }
}
