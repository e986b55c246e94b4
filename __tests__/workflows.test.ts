/**
 * The repository's workflows: the README's complete workflows are the ones the self-test runs,
 * the self-test covers every provider, and every workflow has least-privilege permissions and
 * pinned actions. (lint:actions validates their syntax and expressions.)
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { ROOT } from '../__fixtures__/run-action.js'
import { PROVIDER_NAMES } from '../src/providers/catalog.js'
import type { Step, Workflow } from '../__fixtures__/workflow-runner.js'

const PUBLISHED = 'cancel-deployment/cancel-deployment@v1'
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
const workflowsDir = join(ROOT, '.github', 'workflows')
const workflows = Object.fromEntries(
  readdirSync(workflowsDir)
    .filter((f) => f.endsWith('.yml'))
    .map((f) => [f, parse(readFileSync(join(workflowsDir, f), 'utf8')) as Workflow])
)
const selfTest = workflows['self-test.yml']!

/**
 * The README's workflows that the self-test runs: the first screen's ("Cancel a rollout when the
 * check after it fails", shown once, at the top) and the "Complete workflows" section's.
 */
function completeWorkflows(): { title: string; workflow: Workflow }[] {
  const first = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
  const section = /^## Complete workflows\n([\s\S]*?)^## /m.exec(readme)?.[1] ?? ''
  return [
    { title: 'Cancel a rollout when the check after it fails', workflow: parse(first) as Workflow },
    ...[...section.matchAll(/^### (.+)\n[\s\S]*?```yaml\n([\s\S]*?)```/gm)].map((m) => ({
      title: m[1]!,
      workflow: parse(m[2]!) as Workflow
    }))
  ]
}

/** The README's workflow_dispatch `inputs.x` are the self-test's `matrix.x`. */
function asSelfTest(value: unknown): string {
  return String(value).replace(/\binputs\./g, 'matrix.')
}

/** The jobs of the README's workflows that use the action (a deploy job, say, does not). */
function readmeJobs(): { title: string; steps: Step[] }[] {
  return completeWorkflows().flatMap(({ title, workflow }) =>
    Object.values(workflow.jobs)
      .filter((job) => job.steps.some((s) => s.uses === PUBLISHED))
      .map((job) => ({ title, steps: job.steps }))
  )
}

const selfTestReadmeJobs = Object.entries(selfTest.jobs).filter(([id]) => id.startsWith('readme-'))

describe("the README's complete workflows", () => {
  it('are four, each with a job that uses the action', () => {
    expect(completeWorkflows()).toHaveLength(4)
    expect(new Set(readmeJobs().map((j) => j.title)).size).toBe(4)
  })

  it.each(readmeJobs().map((j) => [j.title, j] as const))(
    '"%s" runs in the self-test: the same inputs, conditions and branches',
    (_title, { steps }) => {
      const cancelIndex = steps.findIndex((s) => s.uses === PUBLISHED)
      const cancel = steps[cancelIndex]!
      const wanted = Object.fromEntries(
        Object.entries(cancel.with ?? {}).map(([k, v]) => [k, asSelfTest(v)])
      )
      const wantedIf = cancel.if === undefined ? undefined : asSelfTest(cancel.if)

      const match = selfTestReadmeJobs.find(([, job]) =>
        job.steps.some((s) => {
          if (s.uses !== './') return false
          // The emulator's address is the one addition: endpoint-url, and github-api-url
          // where the step marks a GitHub deployment.
          const {
            'endpoint-url': endpoint,
            'github-api-url': _githubApi,
            ...rest
          } = Object.fromEntries(Object.entries(s.with ?? {}).map(([k, v]) => [k, String(v)]))
          return (
            endpoint !== undefined &&
            JSON.stringify(rest) === JSON.stringify(wanted) &&
            (s.if === undefined ? undefined : asSelfTest(s.if)) === wantedIf
          )
        })
      )
      expect(match).toBeDefined()
      const [, job] = match!

      // The steps that branch on what the action did run there with the same conditions, and
      // the step ids the conditions read are there too.
      const branches = steps.slice(cancelIndex + 1).filter((s) => s.if !== undefined)
      for (const branch of branches) {
        expect(job.steps.map((s) => s.if)).toContain(asSelfTest(branch.if))
      }
      for (const step of steps.filter((s) => s.id !== undefined)) {
        expect(job.steps.map((s) => s.id)).toContain(step.id)
      }
    }
  )
})

describe('self-test.yml', () => {
  const job = selfTest.jobs['self-test']!
  const actionSteps = job.steps.filter((s) => s.uses === './')

  it('runs on Linux, Windows and macOS, in bash', () => {
    expect(job.strategy?.matrix.os).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest'])
    expect(selfTest.defaults?.run?.shell).toBe('bash')
  })

  it('cancels on every provider, and the README lists exactly the catalogue', () => {
    const table = /^## Providers\n([\s\S]*?)^#/m.exec(readme)?.[1] ?? ''
    const providers = [...table.matchAll(/^\| `([a-z-]+)` \|/gm)]
      .map((m) => m[1])
      .filter((name) => name !== 'provider')
    expect([...providers].sort()).toEqual([...PROVIDER_NAMES].sort())
    const used = new Set(actionSteps.map((s) => s.with?.provider))
    for (const provider of providers) expect(used).toContain(provider)
  })

  it('has a dry run, a wait, batches, a refused cancel with fail-on none, and checks', () => {
    const has = (test: (w: Record<string, unknown>) => boolean) =>
      actionSteps.some((s) => test(s.with ?? {}))
    expect(has((w) => String(w['dry-run']) === 'true')).toBe(true)
    expect(has((w) => String(w.wait) === 'true')).toBe(true)
    expect(has((w) => String(w['deployment-id']).trim().split('\n').length > 1)).toBe(true)
    expect(has((w) => w['targets-file'] !== undefined)).toBe(true)
    expect(has((w) => w['fail-on'] === 'none')).toBe(true)
    // Steps that read the outputs: outcome, status and results are each asserted somewhere.
    const read = job.steps.flatMap((s) => Object.values(s.env ?? {})).join('\n')
    for (const output of ['outcome', 'status', 'results']) {
      expect(read).toMatch(new RegExp(`steps\\.[a-z-]+\\.outputs\\.${output}\\b`))
    }
  })

  it('passes outputs to scripts through env, never by ${{ }} inside a script', () => {
    for (const j of Object.values(selfTest.jobs)) {
      for (const s of j.steps) expect(s.run ?? '').not.toContain('${{')
    }
  })
})

describe('every workflow', () => {
  it.each(Object.keys(workflows))('%s has least-privilege permissions', (file) => {
    const workflow = workflows[file]!
    expect(workflow.permissions).toEqual({ contents: 'read' })
    for (const job of Object.values(workflow.jobs)) {
      for (const [scope, level] of Object.entries(job.permissions ?? {})) {
        // Only CodeQL writes, and only its results.
        if (level === 'write') expect(`${file} ${scope}`).toBe('codeql.yml security-events')
      }
    }
  })

  it.each(Object.keys(workflows))(
    "%s pins its actions: GitHub's by major tag, others by SHA",
    (file) => {
      for (const job of Object.values(workflows[file]!.jobs)) {
        for (const { uses } of job.steps) {
          if (uses === undefined || uses === './') continue
          expect(uses).toMatch(
            /^(actions\/[a-z-]+@v\d+|github\/codeql-action\/[a-z-]+@v\d+|[^@]+@[0-9a-f]{40})$/
          )
        }
      }
    }
  )

  it('and dependabot keep the actions and npm packages current, grouped', () => {
    const config = parse(readFileSync(join(ROOT, '.github', 'dependabot.yml'), 'utf8')) as {
      updates: { 'package-ecosystem': string; groups?: object }[]
    }
    const ecosystems = config.updates.map((u) => u['package-ecosystem']).sort()
    expect(ecosystems).toEqual(['github-actions', 'npm'])
    for (const update of config.updates) expect(update.groups).toBeDefined()
  })
})

/** Every whole workflow (a YAML block with `jobs:`) in the README and docs/*.md, by page. */
function documentedWorkflows(): { page: string; workflow: Workflow }[] {
  const pages = [
    'README.md',
    ...readdirSync(join(ROOT, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`)
  ]
  return pages.flatMap((page) =>
    [...readFileSync(join(ROOT, page), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)]
      .filter((m) => /^jobs:/m.test(m[1]!))
      .map((m) => ({ page, workflow: parse(m[1]!) as Workflow }))
  )
}

describe('the workflows in the README and docs', () => {
  it('that cancel on failure() also cancel when the run is cancelled', () => {
    const conditions: string[] = []
    for (const { page, workflow } of documentedWorkflows()) {
      for (const [id, job] of Object.entries(workflow.jobs)) {
        const cancels = job.steps.filter((s) => s.uses === PUBLISHED)
        if (cancels.length === 0) continue
        for (const condition of [job.if, ...cancels.map((s) => s.if)]) {
          if (typeof condition === 'string' && condition.includes('failure()')) {
            conditions.push(`${page} ${id}: ${condition}`)
          }
        }
      }
    }
    expect(conditions.length).toBeGreaterThanOrEqual(2)
    expect(conditions.filter((c) => !c.includes('cancelled()'))).toEqual([])
  })

  it('use one version of aws-actions/configure-aws-credentials', () => {
    const versions = new Set(
      documentedWorkflows().flatMap(({ workflow }) =>
        Object.values(workflow.jobs).flatMap((job) =>
          job.steps
            .map((s) => s.uses ?? '')
            .filter((uses) => uses.startsWith('aws-actions/configure-aws-credentials@'))
        )
      )
    )
    expect([...versions]).toHaveLength(1)
  })
})
