/**
 * The layout a newcomer reads, in layers that only point down:
 * entry (index.ts) → orchestration (main.ts, the flow) → providers (providers/,
 * and the GitHub deployment's client) → shared parts (inputs, AWS client options,
 * request policy, report, outcome, the provider interface) → leaves (targets,
 * log, secrets, errors). Type-only and dynamic imports count too, since both tie
 * one module's meaning to another's. The emulator has no import circle either.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const SRC = fileURLToPath(new URL('../src', import.meta.url))
const EMULATOR = fileURLToPath(new URL('../emulator', import.meta.url))

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : []
  )
}

/** Module (path under `root`) → the modules under `root` it imports. */
function importGraph(root = SRC): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of sourceFiles(root)) {
    const text = readFileSync(file, 'utf8')
    const specifiers = [
      ...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+'(\.{1,2}\/[^']+)'/g),
      ...text.matchAll(/\bimport\(\s*'(\.{1,2}\/[^']+)'\s*\)/g)
    ].map((m) => m[1]!)
    graph.set(
      relative(root, file),
      specifiers.map((s) => relative(root, resolve(dirname(file), s.replace(/\.js$/, '.ts'))))
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

const LAYERS = ['entry', 'orchestration', 'providers', 'shared', 'leaves'] as const
type Layer = (typeof LAYERS)[number]

/** Which layer a module of src/ is in: named here for all but the shared parts. */
function layerOf(module: string): Layer {
  if (module === 'index.ts') return 'entry'
  if (['main.ts', 'flow.ts', 'in-flight.ts'].includes(module)) return 'orchestration'
  if (module.startsWith('providers/') || module === 'github.ts') return 'providers'
  if (['targets.ts', 'log.ts', 'secrets.ts', 'errors.ts', 'version.ts'].includes(module))
    return 'leaves'
  return 'shared'
}

/** Every import that points up a layer: `from → to`. */
function backEdges(graph: Map<string, string[]>, layer = layerOf): string[] {
  const rank = (module: string) => LAYERS.indexOf(layer(module))
  return [...graph].flatMap(([from, deps]) =>
    deps.filter((to) => rank(to) < rank(from)).map((to) => `${from} → ${to}`)
  )
}

describe('layout of src/', () => {
  const graph = importGraph()

  it('reads every module and every relative import', () => {
    expect(graph.get('main.ts')).toEqual(expect.arrayContaining(['inputs/index.ts', 'flow.ts']))
    expect(graph.get('providers/registry.ts')).toEqual(
      expect.arrayContaining(['providers/greengrass.ts', 'providers/datadog-fleet.ts'])
    )
    expect(graph.get('inputs/index.ts')).toEqual(expect.arrayContaining(['inputs/targets.ts']))
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

  it('has imports that only point down the layers', () => {
    expect(backEdges(graph)).toEqual([])
  })

  it('finds an import that points up (the check itself works)', () => {
    // The shapes that went wrong before: a shared part reaching into providers/, a leaf
    // reaching a shared part, a provider reaching the orchestration.
    const upward = new Map([
      ['aws.ts', ['providers/greengrass.ts', 'errors.ts']],
      ['errors.ts', ['report.ts']],
      ['providers/iot-job.ts', ['flow.ts', 'aws.ts']],
      ['main.ts', ['inputs/index.ts']]
    ])
    expect(backEdges(upward)).toEqual([
      'aws.ts → providers/greengrass.ts',
      'errors.ts → report.ts',
      'providers/iot-job.ts → flow.ts'
    ])
  })

  it('keeps the shared parts and the leaves off providers/', () => {
    for (const [module, deps] of graph) {
      if (['shared', 'leaves'].includes(layerOf(module))) {
        expect({ module, deps: deps.filter((d) => d.startsWith('providers/')) }).toEqual({
          module,
          deps: []
        })
      }
    }
  })

  it('lets only main.ts import the input parser from outside src/inputs/', () => {
    const importers = [...graph]
      .filter(([m, deps]) => !m.startsWith('inputs/') && deps.some((d) => d.startsWith('inputs/')))
      .map(([m]) => m)
    expect(importers).toEqual(['main.ts'])
    expect(graph.get('main.ts')!.filter((d) => d.startsWith('inputs/'))).toEqual([
      'inputs/index.ts'
    ])
  })

  it('keeps targets.ts a leaf', () => {
    expect(graph.get('targets.ts')).toEqual([])
  })
})

describe('layout of emulator/', () => {
  it('has no import circle', () => {
    const graph = importGraph(EMULATOR)
    expect(graph.get('server.ts')).toEqual(expect.arrayContaining(['control.ts']))
    expect(findCycle(graph)).toBeUndefined()
  })
})
