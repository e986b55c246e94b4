/**
 * Runs .github/workflows/self-test.yml's jobs here, step by step (__fixtures__/workflow-runner.ts),
 * against the emulator each job starts, so the steps GitHub runs on Linux, Windows and macOS are
 * known to work even where GitHub's runners are not reachable.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { parse } from 'yaml'
import { evaluate, condition, strict, type ExpressionContext } from '../__fixtures__/expressions.js'
import { ROOT } from '../__fixtures__/run-action.js'
import {
  describeFailure,
  jobRuns,
  matrixRuns,
  runJob,
  type JobResult,
  type Workflow
} from '../__fixtures__/workflow-runner.js'

const workflow = parse(
  readFileSync(join(ROOT, '.github', 'workflows', 'self-test.yml'), 'utf8')
) as Workflow

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

describe('self-test workflow, run locally', () => {
  const runs = Object.entries(workflow.jobs).flatMap(([jobId, job]) =>
    matrixRuns(job).map((matrix) => ({ jobId, job, matrix }))
  )
  // Jobs run side by side, as on GitHub: each waits only for the jobs it needs (a job is
  // done when every one of its matrix runs is). Jobs are listed after those they need, and
  // jest starts concurrent tests in order, so a waiting job never holds up one it needs.
  const done: Record<string, JobResult> = {}
  const finished = new Map<string, Promise<JobResult>>()
  const settle = new Map<string, { resolve: (r: JobResult) => void; reject: (e: Error) => void }>()
  for (const jobId of Object.keys(workflow.jobs)) {
    finished.set(
      jobId,
      new Promise<JobResult>((resolve, reject) => settle.set(jobId, { resolve, reject }))
    )
    // A job whose own test failed fails its dependants too; that is not a second error here.
    finished.get(jobId)?.catch(() => undefined)
  }
  const runsLeft = new Map(
    Object.keys(workflow.jobs).map((id) => [id, matrixRuns(workflow.jobs[id]!).length])
  )

  it.concurrent.each(runs.map((r) => [`${r.jobId} ${JSON.stringify(r.matrix)}`, r] as const))(
    '%s',
    async (_label, { jobId, job, matrix }) => {
      try {
        const names = [job.needs ?? []].flat()
        const order = Object.keys(workflow.jobs)
        for (const name of names) {
          if (order.indexOf(name) > order.indexOf(jobId)) {
            throw new Error(`${jobId} needs ${name}, listed after it`)
          }
        }
        const needs = await Promise.all(names.map((name) => finished.get(name)!))
        if (!jobRuns(job, needs)) throw new Error(`${jobId} would not run`)
        const port = await freePort()
        const result = await runJob(workflow, jobId, matrix, done, {
          envOverrides: { EMULATOR_PORT: String(port), EMULATOR_URL: `http://127.0.0.1:${port}` }
        })
        // A job GitHub lets fail (continue-on-error) is checked by the job that needs it.
        if (job['continue-on-error'] !== true) {
          if (result.result !== 'success') throw new Error(describeFailure(result))
        }
        // Every `uses: ./` step ran.
        const actionSteps = job.steps.filter((s) => s.uses === './').map((s) => s.id)
        const ran = result.steps.filter((s) => actionSteps.includes(s.id))
        expect(ran.every((s) => s.outcome !== 'skipped')).toBe(true)
        done[jobId] = result
        const left = (runsLeft.get(jobId) ?? 1) - 1
        runsLeft.set(jobId, left)
        if (left === 0) settle.get(jobId)?.resolve(result)
      } catch (error) {
        settle.get(jobId)?.reject(error as Error)
        throw error
      }
    },
    180_000
  )
})

describe('the local runner', () => {
  const ctx = (over: Partial<ExpressionContext> = {}): ExpressionContext => ({
    contexts: {
      steps: strict(
        { cancel: { outputs: { outcome: 'cancelled' }, outcome: 'success' } },
        'step id'
      ),
      env: { X: 'x' },
      matrix: strict({ provider: 'greengrass', target: 't' }, 'matrix key')
    },
    jobSucceeded: true,
    ...over
  })

  it('evaluates what the workflow uses, as GitHub does', () => {
    expect(evaluate("steps.cancel.outputs.outcome == 'Cancelled'", ctx())).toBe(true)
    expect(evaluate("matrix.provider == 'datadog-fleet' && matrix.target || ''", ctx())).toBe('')
    expect(evaluate("(matrix.provider == 'greengrass') && matrix.target || ''", ctx())).toBe('t')
    expect(evaluate('steps.cancel.outputs.missing', ctx())).toBe(null)
    expect(
      condition("steps.cancel.outputs.outcome == 'cancelled'", ctx({ jobSucceeded: false }))
    ).toBe(false)
    expect(condition("failure() && env.X != ''", ctx({ jobSucceeded: false }))).toBe(true)
  })

  it('compares loosely, as GitHub does', () => {
    expect(evaluate('true == 1', ctx())).toBe(true)
    expect(evaluate("'' == 0", ctx())).toBe(true)
    expect(evaluate('null == 0', ctx())).toBe(true)
    expect(evaluate("'1' == 1", ctx())).toBe(true)
    expect(evaluate("'x' == 1", ctx())).toBe(false)
    expect(evaluate("contains(env.X, 'X')", ctx())).toBe(true)
  })

  it('reads a step whose id is a status function as a step', () => {
    const steps = strict(
      { always: { outcome: 'failure' }, success: { outcome: 'success' } },
      'step id'
    )
    const failed = ctx({ contexts: { steps }, jobSucceeded: false })
    // No status function called: success() is implied, and the job has failed.
    expect(condition("steps.always.outcome == 'failure'", failed)).toBe(false)
    expect(condition("steps.success.outcome == 'success'", ctx({ contexts: { steps } }))).toBe(true)
    expect(condition("always() && steps.always.outcome == 'failure'", failed)).toBe(true)
  })

  it('fails loudly on what it does not know', () => {
    expect(() => evaluate('steps.cancle.outputs.outcome', ctx())).toThrow(/unknown steps.cancle/)
    expect(() => evaluate("inputs.provider == 'x'", ctx())).toThrow(/named-value: 'inputs'/)
    expect(() => evaluate("hashFiles('x')", ctx())).toThrow(/Unrecognized function: 'hashFiles'/)
    expect(() => evaluate('matrix.os', ctx())).toThrow(/unknown matrix.os/)
  })
})
