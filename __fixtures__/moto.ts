/**
 * moto_server (https://github.com/getmoto/moto) as a test fixture: a local AWS
 * that really stores things, jobs and executions, so a cancel made by the
 * action can be read back with the real SDK.
 *
 *   const moto = await startMoto()   // free port on 127.0.0.1, waits until it answers
 *   ... new IoTClient({ endpoint: moto.url, region: 'us-east-1', credentials }) ...
 *   await moto.stop()                // kills the whole process group
 *
 * moto_server is a Python console script (`pip install 'moto[server]'`).
 * `motoAvailable()` says whether it can be started here at all.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'

export const MOTO_COMMAND = process.env.MOTO_SERVER ?? 'moto_server'

export interface MotoRequest {
  method: string
  /** Raw request target, as logged (path and query). */
  path: string
  status: number
}

export interface Moto {
  /** `http://127.0.0.1:PORT` */
  readonly url: string
  readonly port: number
  /** The last few KB moto_server printed (for failure messages). */
  readonly log: () => string
  /** Every request moto_server logged (werkzeug's access log), oldest first. */
  readonly requests: () => MotoRequest[]
  /** Forgets every resource (POST /moto-api/reset). */
  reset(): Promise<void>
  /** Stops moto_server and every process it started; resolves once they are gone. */
  stop(): Promise<void>
}

/**
 * True when `moto_server` runs here. A pyenv shim can exist without moto being
 * installed for the active Python, so the check runs it rather than looking at PATH.
 */
export function motoAvailable(): boolean {
  const probe = spawnSync(MOTO_COMMAND, ['--help'], { stdio: 'ignore', timeout: 20_000 })
  return probe.error === undefined && probe.status === 0
}

/** A TCP port that was free a moment ago. */
export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  if (address === null || typeof address === 'string') throw new Error('no TCP address')
  return address.port
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Resolves once anything answers HTTP on `url`, or rejects after `timeoutMs`. */
async function waitUntilAnswering(
  url: string,
  child: ChildProcess,
  log: () => string,
  timeoutMs: number
): Promise<void> {
  const until = Date.now() + timeoutMs
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`moto_server exited (${child.exitCode ?? child.signalCode}): ${log()}`)
    }
    try {
      const response = await fetch(`${url}/moto-api/`, { signal: AbortSignal.timeout(1000) })
      await response.arrayBuffer()
      return
    } catch {
      // not listening yet
    }
    if (Date.now() > until) {
      throw new Error(`moto_server did not answer on ${url} within ${timeoutMs} ms: ${log()}`)
    }
    await sleep(100)
  }
}

/** Starts moto_server on a free port of 127.0.0.1 and waits until it answers. */
export async function startMoto(options: { timeoutMs?: number } = {}): Promise<Moto> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  // Its own process group, so stop() reaches the Python process behind any shim.
  const child = spawn(MOTO_COMMAND, ['-H', '127.0.0.1', '-p', String(port)], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PYTHONUNBUFFERED: '1' }
  })
  let output = ''
  let partial = ''
  const requests: MotoRequest[] = []
  const append = (chunk: Buffer) => {
    const text = chunk.toString()
    output = (output + text).slice(-4000)
    const lines = (partial + text).split('\n')
    partial = lines.pop() ?? ''
    for (const line of lines) {
      // 127.0.0.1 - - [22/Nov/2026 04:49:03] "GET /jobs/job-1 HTTP/1.1" 200 -
      const m = /"([A-Z]+) (\S+) HTTP\/[\d.]+" (\d{3}) /.exec(line)
      if (m) requests.push({ method: m[1]!, path: m[2]!, status: Number(m[3]) })
    }
  }
  child.stdout?.on('data', append)
  child.stderr?.on('data', append)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const spawnError = new Promise<never>((_, reject) => child.once('error', reject))
  spawnError.catch(() => undefined)
  const log = () => output.trim()

  const killGroup = (signal: NodeJS.Signals) => {
    if (child.pid === undefined) return
    try {
      process.kill(-child.pid, signal)
    } catch {
      // already gone
    }
  }
  // Should the test process end without stop() (a crash, a kill), take moto_server along.
  const onExit = () => killGroup('SIGKILL')
  process.once('exit', onExit)
  const stop = async () => {
    process.off('exit', onExit)
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
    killGroup('SIGTERM')
    const killer = setTimeout(() => killGroup('SIGKILL'), 3000)
    await exited
    clearTimeout(killer)
    child.stdout?.destroy()
    child.stderr?.destroy()
  }

  try {
    await Promise.race([
      waitUntilAnswering(url, child, log, options.timeoutMs ?? 30_000),
      spawnError
    ])
  } catch (error) {
    await stop()
    throw error
  }
  return {
    url,
    port,
    log,
    requests: () => [...requests],
    stop,
    async reset() {
      const response = await fetch(`${url}/moto-api/reset`, { method: 'POST' })
      await response.arrayBuffer()
    }
  }
}
