/**
 * Runs the bundled dist/index.js the way the GitHub runner does: inputs as
 * INPUT_<NAME> with hyphens kept and action.yml defaults applied, outputs and
 * the job summary written to files, then reads them back.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { inputEnv, parseGithubOutput } from './runner-files.js'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const DIST = join(ROOT, 'dist', 'index.js')

/**
 * Node's compile cache for the processes the tests start (dist/index.js, tsx, local-action),
 * when the test's own environment names one: the e2e set-up does (__fixtures__/e2e-setup.ts), a
 * benchmark does not, so its start-up figures stay those of a runner's first run. The cache only
 * skips compiling code Node has compiled before: what the code does is the same.
 */
export function compileCacheEnv(): Record<string, string> {
  const dir = process.env.NODE_COMPILE_CACHE
  return dir ? { NODE_COMPILE_CACHE: dir } : {}
}

interface ActionYml {
  inputs: Record<string, { default?: string; required?: boolean; description?: string }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}
export const actionYml = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml

export interface ActionRun {
  exitCode: number | null
  outputs: Record<string, string>
  summary: string
  stdout: string
  stderr: string
  /** Milliseconds from spawn to exit. */
  elapsedMs: number
  /** Clock time (ms since epoch) of the exit. */
  exitedAt: number
  /** Peak resident memory in KiB, when run with `measureMemory`. */
  peakRssKb?: number
}

export interface RunOptions {
  /** Extra environment (AWS_REGION, DD_API_KEY, …); the runner's own variables are set for you. */
  env?: Record<string, string>
  /** Apply action.yml defaults as the runner does (default true). */
  defaults?: boolean
  /** Called once the process has started, e.g. to send it a signal. */
  onStart?: (pid: number) => void
  /** Called with everything written to stdout so far, each time more arrives. */
  onStdout?: (stdout: string, pid: number) => void
  timeoutMs?: number
  /** Extra arguments for node before the script (e.g. --import a tracer). */
  nodeArgs?: string[]
  /** Run under GNU time to read the peak memory (benchmarks). */
  measureMemory?: boolean
  /**
   * A slow reader: read nothing of stdout until the process has exited, or
   * for this long at most (a process that waits for its output to drain).
   */
  stdoutPauseMs?: number
  /**
   * With stdoutPauseMs: resume reading once GITHUB_OUTPUT holds this output
   * (the action is done; what is left is its output draining), not at the pause's end.
   */
  stdoutResumeOnOutput?: string
}

/** Runs the action with these inputs; resolves when the process exits. */
export async function runAction(
  inputs: Record<string, string>,
  options: RunOptions = {}
): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'cancel-deployment-'))
  const outputFile = join(dir, 'output')
  const summaryFile = join(dir, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: 'octo/app',
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: dir,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    ...compileCacheEnv(),
    // No shared credentials or config files from the machine running the tests.
    AWS_CONFIG_FILE: join(dir, 'aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'aws-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    ...options.env
  }
  const withDefaults: Record<string, string> = {}
  if (options.defaults !== false) {
    for (const [name, spec] of Object.entries(actionYml.inputs)) {
      if (spec.default !== undefined) withDefaults[name] = String(spec.default)
    }
  }
  Object.assign(env, inputEnv({ ...withDefaults, ...inputs }))

  const rssFile = join(dir, 'rss')
  const node = [process.execPath, ...(options.nodeArgs ?? []), DIST]
  const argv = options.measureMemory ? ['/usr/bin/time', '-f', '%M', '-o', rssFile, ...node] : node
  const started = Date.now()
  const child = spawn(argv[0]!, argv.slice(1), { env, stdio: ['ignore', 'pipe', 'pipe'] })
  if (child.pid !== undefined) options.onStart?.(child.pid)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString()
    if (child.pid !== undefined) options.onStdout?.(stdout, child.pid)
  })
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  if (options.stdoutPauseMs) {
    child.stdout.pause()
    const resume = setTimeout(() => child.stdout.resume(), options.stdoutPauseMs)
    const marker = options.stdoutResumeOnOutput
    const poll = marker
      ? setInterval(() => {
          if (!readFileSync(outputFile, 'utf8').includes(`${marker}<<`)) return
          clearInterval(poll)
          // A moment more, so that the action's last writes meet the full pipe.
          setTimeout(() => child.stdout.resume(), 500)
        }, 50)
      : undefined
    child.on('exit', () => {
      clearTimeout(resume)
      clearInterval(poll)
      child.stdout.resume()
    })
  }
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve))
  clearTimeout(timer)
  const exitedAt = Date.now()
  return {
    exitCode,
    outputs: parseGithubOutput(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    stdout,
    stderr,
    elapsedMs: exitedAt - started,
    exitedAt,
    ...(options.measureMemory
      ? { peakRssKb: Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) }
      : {})
  }
}

/** The dist/ files a run loads, in load order, with their sizes in bytes. */
export async function distFilesLoaded(
  inputs: Record<string, string>,
  options: RunOptions = {}
): Promise<{ run: ActionRun; files: { name: string; bytes: number }[] }> {
  const traceFile = join(mkdtempSync(join(tmpdir(), 'cancel-deployment-trace-')), 'loads')
  writeFileSync(traceFile, '')
  const run = await runAction(inputs, {
    ...options,
    env: { ...options.env, TRACE_LOADS_FILE: traceFile },
    nodeArgs: ['--import', join(ROOT, '__fixtures__', 'trace-loads.mjs')]
  })
  const distDir = join(ROOT, 'dist') + '/'
  const names = readFileSync(traceFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((url) => fileURLToPath(url))
    .filter((path) => path.startsWith(distDir))
    .map((path) => path.slice(distDir.length))
  const files = [...new Set(names)].map((name) => ({
    name,
    bytes: statSync(join(distDir, name)).size
  }))
  return { run, files }
}
