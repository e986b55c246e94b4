/**
 * Runs the jobs of a workflow file locally, step by step, the way GitHub's runner would for the
 * subset of features .github/workflows/self-test.yml uses (see __fixtures__/expressions.ts):
 *
 * - `uses: ./` runs dist/index.js with INPUT_<NAME> variables (hyphens kept, action.yml defaults
 *   applied) and reads its outputs back from GITHUB_OUTPUT;
 * - `run:` runs the script with `bash --noprofile --norc -eo pipefail`, as `shell: bash` does;
 * - `if:`, `continue-on-error`, `env:` at every level, job `outputs`, `needs`, and `include`
 *   matrices; an `os` matrix runs once, on this machine;
 * - the set-up steps (actions/checkout, actions/setup-node, actions/setup-python, `npm ci`) are
 *   skipped: this checkout is already installed.
 *
 * Anything else (another action, an unknown step key, an expression outside the subset) throws.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  condition,
  interpolate,
  strict,
  truthy,
  evaluate,
  type ExpressionContext,
  type Value
} from './expressions.js'
import { actionYml, compileCacheEnv, DIST, ROOT } from './run-action.js'
import { inputEnv, parseGithubOutput } from './runner-files.js'

export interface Step {
  id?: string
  name?: string
  if?: string | boolean
  uses?: string
  with?: Record<string, string | number | boolean>
  run?: string
  env?: Record<string, string | number | boolean>
  shell?: string
  'continue-on-error'?: boolean | string
  'timeout-minutes'?: number
}

export interface Job {
  name?: string
  'runs-on': string
  needs?: string | string[]
  if?: string
  'continue-on-error'?: boolean
  'timeout-minutes'?: number
  outputs?: Record<string, string>
  env?: Record<string, string | number | boolean>
  strategy?: { 'fail-fast'?: boolean; matrix: Record<string, Value> }
  permissions?: Record<string, string>
  steps: Step[]
}

export interface Workflow {
  name: string
  on: unknown
  permissions?: Record<string, string>
  concurrency?: unknown
  defaults?: { run?: { shell?: string } }
  env?: Record<string, string | number | boolean>
  jobs: Record<string, Job>
}

const STEP_KEYS = new Set([
  'id',
  'name',
  'if',
  'uses',
  'with',
  'run',
  'env',
  'shell',
  'continue-on-error',
  'timeout-minutes'
])
const JOB_KEYS = new Set([
  'name',
  'runs-on',
  'needs',
  'if',
  'continue-on-error',
  'timeout-minutes',
  'outputs',
  'env',
  'strategy',
  'permissions',
  'steps'
])

/** Set-up steps that this checkout has already done. */
const SETUP_ACTIONS = /^actions\/(checkout|setup-node|setup-python)@/
const SETUP_RUN = /^(npm ci|pip install)\b/

export interface StepResult {
  id: string | undefined
  label: string
  outcome: 'success' | 'failure' | 'skipped'
  conclusion: 'success' | 'failure' | 'skipped'
  outputs: Record<string, string>
  log: string
}

export interface JobResult {
  job: string
  matrix: Record<string, Value>
  result: 'success' | 'failure' | 'skipped'
  outputs: Record<string, string>
  steps: StepResult[]
}

export interface RunnerOptions {
  /** Variables that replace the workflow's own (e.g. a free EMULATOR_PORT). */
  envOverrides?: Record<string, string>
  /** How long one step may run before it is killed (default 120 s). */
  timeoutMs?: number
}

/** The matrix combinations a job runs locally: an `os` list runs once, here. */
export function matrixRuns(job: Job): Record<string, Value>[] {
  const matrix = job.strategy?.matrix
  if (matrix === undefined) return [{}]
  const keys = Object.keys(matrix)
  const unsupported = keys.filter((k) => k !== 'os' && k !== 'include')
  if (unsupported.length > 0) {
    throw new Error(`matrix keys other than os and include are not supported: ${unsupported}`)
  }
  const base: Record<string, Value> =
    matrix.os === undefined ? {} : { os: (matrix.os as Value[])[0] ?? null }
  const include = (matrix.include as Record<string, Value>[] | undefined) ?? []
  return include.length === 0 ? [base] : include.map((entry) => ({ ...base, ...entry }))
}

function checkKeys(what: string, object: object, allowed: Set<string>): void {
  const unknown = Object.keys(object).filter((k) => !allowed.has(k))
  if (unknown.length > 0) throw new Error(`${what}: unsupported keys ${unknown.join(', ')}`)
}

function stepLabel(step: Step, index: number): string {
  return step.id ?? step.name ?? step.uses ?? `step ${index + 1}`
}

function textValues(
  values: Record<string, string | number | boolean> | undefined,
  ctx: ExpressionContext
): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(values ?? {})) out[k] = interpolate(String(v), ctx)
  return out
}

interface Process {
  code: number | null
  log: string
}

/** Runs a command in its own process group; returns once it exits and its pipes close. */
function runProcess(
  argv: string[],
  env: Record<string, string>,
  groups: number[],
  timeoutMs: number
): Promise<Process> {
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true
    })
    if (child.pid !== undefined) groups.push(child.pid)
    let log = ''
    child.stdout.on('data', (d: Buffer) => (log += d.toString()))
    child.stderr.on('data', (d: Buffer) => (log += d.toString()))
    const timer = setTimeout(() => {
      log += `\n[killed after ${timeoutMs} ms]`
      child.kill('SIGKILL')
    }, timeoutMs)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, log })
    })
  })
}

/** Ends whatever a job's steps left running in the background (the emulator). */
function endGroups(groups: number[]): void {
  for (const pgid of groups) {
    try {
      process.kill(-pgid, 'SIGTERM')
    } catch {
      // the group has already exited
    }
  }
}

/** Runs one job (one matrix combination) of a workflow. */
export async function runJob(
  workflow: Workflow,
  jobId: string,
  matrix: Record<string, Value>,
  needs: Record<string, JobResult>,
  options: RunnerOptions = {}
): Promise<JobResult> {
  const job = workflow.jobs[jobId]
  if (job === undefined) throw new Error(`no job ${jobId}`)
  checkKeys(`job ${jobId}`, job, JOB_KEYS)
  const shell = workflow.defaults?.run?.shell

  const temp = mkdtempSync(join(tmpdir(), `self-test-${jobId}-`))
  const workspace = ROOT.replace(/\/$/, '')
  const needsContext: Record<string, Value> = {}
  for (const name of [job.needs ?? []].flat()) {
    const done = needs[name]
    if (done === undefined) throw new Error(`job ${jobId} needs ${name}, which has not run`)
    needsContext[name] = { result: done.result, outputs: done.outputs }
  }
  const stepsContext: Record<string, Value> = {}
  for (const step of job.steps) {
    if (step.id !== undefined)
      stepsContext[step.id] = { outputs: {}, outcome: null, conclusion: null }
  }
  const contexts: Record<string, Value> = {
    env: {},
    matrix: strict(matrix, 'matrix key'),
    needs: strict(needsContext, 'job in needs'),
    steps: strict(stepsContext, 'step id'),
    runner: strict({ temp, os: 'Linux', arch: 'X64' }, 'runner property'),
    github: strict(
      {
        workspace,
        repository: 'octo/cancel-deployment',
        run_id: '1',
        // A dummy: the self-test writes no GitHub deployment status.
        token: 'ghs_selftest0000000000000000000000000000'
      },
      'github property'
    ),
    secrets: {}
  }
  const ctx: ExpressionContext = { contexts, jobSucceeded: true }

  // env: workflow, then job, then the overrides (a free port instead of the workflow's).
  const baseEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: temp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'octo/cancel-deployment',
    GITHUB_RUN_ID: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    ...compileCacheEnv(),
    AWS_CONFIG_FILE: join(temp, 'aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(temp, 'aws-credentials')
  }
  const jobEnv: Record<string, string> = { ...textValues(workflow.env, ctx) }
  contexts.env = { ...jobEnv }
  Object.assign(jobEnv, textValues(job.env, ctx), options.envOverrides)
  contexts.env = { ...jobEnv }

  const results: StepResult[] = []
  const groups: number[] = []
  const timeoutMs = options.timeoutMs ?? 120_000
  try {
    for (const [index, step] of job.steps.entries()) {
      const label = stepLabel(step, index)
      checkKeys(`step ${label}`, step, STEP_KEYS)
      if ((step.uses === undefined) === (step.run === undefined)) {
        throw new Error(`step ${label}: exactly one of uses and run`)
      }
      const record = (r: Omit<StepResult, 'id' | 'label'>) => {
        results.push({ id: step.id, label, ...r })
        if (step.id !== undefined) {
          stepsContext[step.id] = {
            outputs: r.outputs,
            outcome: r.outcome,
            conclusion: r.conclusion
          }
        }
        if (r.conclusion === 'failure') ctx.jobSucceeded = false
      }
      if (!condition(step.if, ctx)) {
        record({ outcome: 'skipped', conclusion: 'skipped', outputs: {}, log: '' })
        continue
      }
      if (
        (step.uses !== undefined && SETUP_ACTIONS.test(step.uses)) ||
        (step.run !== undefined && SETUP_RUN.test(step.run.trim()))
      ) {
        record({ outcome: 'success', conclusion: 'success', outputs: {}, log: 'done locally' })
        continue
      }

      const outputFile = join(temp, `output-${index}`)
      writeFileSync(outputFile, '')
      const env: Record<string, string> = {
        ...baseEnv,
        ...jobEnv,
        ...textValues(step.env, ctx),
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: join(temp, `summary-${index}`),
        GITHUB_ENV: join(temp, `env-${index}`)
      }
      writeFileSync(env.GITHUB_STEP_SUMMARY!, '')
      writeFileSync(env.GITHUB_ENV!, '')

      let argv: string[]
      if (step.uses !== undefined) {
        if (step.uses !== './') throw new Error(`step ${label}: unsupported action ${step.uses}`)
        const inputs: Record<string, string> = {}
        // Defaults may be expressions too (a github-token input defaults to ${{ github.token }}).
        for (const [name, spec] of Object.entries(actionYml.inputs)) {
          if (spec.default !== undefined) inputs[name] = interpolate(String(spec.default), ctx)
        }
        Object.assign(inputs, textValues(step.with, ctx))
        Object.assign(env, inputEnv(inputs))
        argv = [process.execPath, DIST]
      } else {
        const stepShell = step.shell ?? shell
        if (stepShell !== 'bash') throw new Error(`step ${label}: only shell: bash is supported`)
        const script = join(temp, `script-${index}.sh`)
        writeFileSync(script, interpolate(step.run!, ctx))
        argv = ['bash', '--noprofile', '--norc', '-eo', 'pipefail', script]
      }
      const { code, log } = await runProcess(argv, env, groups, timeoutMs)
      if (readFileSync(env.GITHUB_ENV!, 'utf8') !== '') {
        throw new Error(`step ${label}: GITHUB_ENV is not supported by the local runner`)
      }
      const outcome = code === 0 ? 'success' : 'failure'
      const continueOnError =
        step['continue-on-error'] !== undefined &&
        truthy(
          typeof step['continue-on-error'] === 'boolean'
            ? step['continue-on-error']
            : evaluate(step['continue-on-error'].replace(/^\s*\$\{\{|\}\}\s*$/g, ''), ctx)
        )
      record({
        outcome,
        conclusion: outcome === 'failure' && continueOnError ? 'success' : outcome,
        outputs: parseGithubOutput(readFileSync(outputFile, 'utf8')),
        log
      })
    }
  } finally {
    endGroups(groups)
  }

  const outputs: Record<string, string> = {}
  for (const [name, source] of Object.entries(job.outputs ?? {})) {
    outputs[name] = interpolate(source, ctx)
  }
  return {
    job: jobId,
    matrix,
    result: ctx.jobSucceeded ? 'success' : 'failure',
    outputs,
    steps: results
  }
}

/** Whether a job runs, given the jobs it needs (`if:` on a job; success() by default). */
export function jobRuns(job: Job, needs: JobResult[]): boolean {
  const ctx: ExpressionContext = {
    contexts: {},
    jobSucceeded: needs.every((n) => n.result === 'success')
  }
  return condition(job.if, ctx)
}

/** A failed step's log, for the test's failure message. */
export function describeFailure(result: JobResult): string {
  return result.steps
    .filter((s) => s.outcome === 'failure')
    .map((s) => `--- step ${s.label} failed:\n${s.log.trim()}`)
    .join('\n')
}
