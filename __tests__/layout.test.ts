/**
 * The layout a newcomer reads: entry → main → (inputs | flow → providers →
 * shared clients) → leaves. Imports go one way only; type-only and dynamic
 * imports count too, since both tie one module's meaning to another's.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const SRC = fileURLToPath(new URL('../src', import.meta.url))

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : []
  )
}

/** Module (path under src/) → the modules of src/ it imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8')
    const specifiers = [
      ...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+'(\.{1,2}\/[^']+)'/g),
      ...text.matchAll(/\bimport\(\s*'(\.{1,2}\/[^']+)'\s*\)/g)
    ].map((m) => m[1]!)
    graph.set(
      relative(SRC, file),
      specifiers.map((s) => relative(SRC, resolve(dirname(file), s.replace(/\.js$/, '.ts'))))
    )
  }
  return graph
}

function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>()
  const path: string[] = []
  function visit(node: string): string[] | undefined {
    if (state.get(node) === 'done') return undefined
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node]
    state.set(node, 'open')
    path.push(node)
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next)
      if (cycle) return cycle
    }
    path.pop()
    state.set(node, 'done')
    return undefined
  }
  for (const node of graph.keys()) {
    const cycle = visit(node)
    if (cycle) return cycle
  }
  return undefined
}

describe('layout of src/', () => {
  const graph = importGraph()

  it('reads every module and every relative import', () => {
    expect(graph.get('main.ts')).toEqual(expect.arrayContaining(['inputs.ts', 'flow.ts']))
    expect(graph.get('providers/registry.ts')).toEqual(
      expect.arrayContaining(['providers/greengrass.ts', 'providers/datadog-fleet.ts'])
    )
  })

  it('has no import circle', () => {
    expect(findCycle(graph)).toBeUndefined()
  })

  it('finds a circle when there is one (the check itself works)', () => {
    const circular = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']]
    ])
    expect(findCycle(circular)).toEqual(['a.ts', 'b.ts', 'c.ts', 'a.ts'])
  })

  it('lets only main.ts import inputs.ts', () => {
    const importers = [...graph].filter(([, deps]) => deps.includes('inputs.ts')).map(([m]) => m)
    expect(importers).toEqual(['main.ts'])
  })

  it('keeps providers off the input parser, the flow and the report', () => {
    for (const [module, deps] of graph) {
      if (!module.startsWith('providers/')) continue
      expect({ module, deps }).toEqual({
        module,
        deps: expect.not.arrayContaining(['inputs.ts', 'main.ts', 'flow.ts', 'report.ts'])
      })
    }
  })

  it('keeps targets.ts a leaf', () => {
    expect(graph.get('targets.ts')).toEqual([])
  })
})
