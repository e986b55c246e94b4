/**
 * The layout a newcomer reads: folders that are the layers, each importing only from the
 * folders below it (docs/architecture.md lists them). Type-only and dynamic imports count
 * too, since both tie one module's meaning to another's. The emulator has no import circle
 * either.
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

/**
 * The folders of src/, top to bottom: a module imports only from a folder below its own, or
 * from its own folder. Folders on one rank are siblings and do not import each other.
 */
const RANKS: Record<string, number> = {
  '.': 5, // index.ts, main.ts: entry and orchestration
  settle: 4,
  inputs: 4,
  report: 4,
  providers: 3,
  requests: 2,
  util: 1
}

/** The layer folder of a module of src/ (`.` for the root). */
function folderOf(module: string): string {
  return module.includes('/') ? module.slice(0, module.indexOf('/')) : '.'
}

/** The cloud folder of a provider module (`providers/aws/x.ts` → `aws`), if any. */
function cloudOf(module: string): string | undefined {
  const parts = module.split('/')
  return parts[0] === 'providers' && parts.length > 2 ? parts[1] : undefined
}

/** Every import that breaks the folder rule: `from → to`. */
function backEdges(graph: Map<string, string[]>): string[] {
  const rank = (module: string) => RANKS[folderOf(module)] ?? Number.NaN
  return [...graph].flatMap(([from, deps]) =>
    deps
      .filter((to) => {
        if (folderOf(to) === folderOf(from)) {
          // Inside providers/: a cloud's folder never reaches another cloud's.
          const a = cloudOf(from)
          const b = cloudOf(to)
          return a !== undefined && b !== undefined && a !== b
        }
        return !(rank(to) < rank(from))
      })
      .map((to) => `${from} → ${to}`)
  )
}

/** Packages a module may import only inside its cloud's folder. */
const SDKS: [RegExp, string][] = [
  [/^@aws-sdk\//, 'providers/aws/'],
  [/^@smithy\//, 'providers/aws/'],
  [/^@datadog\//, 'providers/datadog/'],
  [/^@actions\/github/, 'providers/github/']
]

describe('layout of src/', () => {
  const graph = importGraph()

  it('reads every module and every relative import', () => {
    expect(graph.get('main.ts')).toEqual(
      expect.arrayContaining(['inputs/index.ts', 'settle/batch.ts'])
    )
    expect(graph.get('providers/registry.ts')).toEqual(
      expect.arrayContaining(['providers/aws/greengrass.ts', 'providers/datadog/fleet.ts'])
    )
    expect(graph.get('inputs/index.ts')).toEqual(expect.arrayContaining(['inputs/targets.ts']))
  })

  it('keeps at most four modules at the root, and every other one in a layer folder', () => {
    const root = [...graph.keys()].filter((m) => folderOf(m) === '.' && !m.endsWith('.d.ts'))
    expect(root.length).toBeLessThanOrEqual(4)
    const unknown = [...graph.keys()].filter((m) => RANKS[folderOf(m)] === undefined)
    expect(unknown).toEqual([])
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

  it('has imports that only point down the folders', () => {
    expect(backEdges(graph)).toEqual([])
  })

  it('finds an import that points up or sideways (the check itself works)', () => {
    const wrong = new Map([
      ['requests/policy.ts', ['providers/aws/client.ts', 'util/errors.ts']],
      ['util/errors.ts', ['report/report.ts']],
      ['providers/aws/iot-job.ts', ['settle/flow.ts', 'providers/types.ts']],
      ['providers/aws/greengrass.ts', ['providers/datadog/http.ts']],
      ['settle/flow.ts', ['report/report.ts', 'requests/pacer.ts']],
      ['main.ts', ['inputs/index.ts']]
    ])
    expect(backEdges(wrong)).toEqual([
      'requests/policy.ts → providers/aws/client.ts',
      'util/errors.ts → report/report.ts',
      'providers/aws/iot-job.ts → settle/flow.ts',
      'providers/aws/greengrass.ts → providers/datadog/http.ts',
      'settle/flow.ts → report/report.ts'
    ])
  })

  it('keeps each SDK inside its provider folder', () => {
    const misplaced: string[] = []
    for (const file of sourceFiles(SRC)) {
      const module = relative(SRC, file)
      const text = readFileSync(file, 'utf8')
      for (const m of text.matchAll(/(?:from\s+|import\(\s*|import\s+)'(@[^']+)'/g)) {
        for (const [pkg, home] of SDKS) {
          if (pkg.test(m[1]!) && !module.startsWith(home)) misplaced.push(`${module}: ${m[1]}`)
        }
      }
    }
    expect(misplaced).toEqual([])
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

  it('has no module that only re-exports another', () => {
    const shims = sourceFiles(SRC).filter((file) => {
      const code = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '')
        .trim()
      const lines = code.split('\n').filter((l) => l.trim() && !/^\s*import\b/.test(l))
      return lines.length > 0 && lines.every((l) => /^\s*export\s*(\*|\{[^}]*\})\s*from\b/.test(l))
    })
    expect(shims.map((f) => relative(SRC, f))).toEqual([])
  })

  it('keeps util/targets.ts a leaf', () => {
    expect(graph.get('util/targets.ts')).toEqual([])
  })
})

describe('layout of emulator/', () => {
  it('has no import circle', () => {
    const graph = importGraph(EMULATOR)
    expect(graph.get('server.ts')).toEqual(expect.arrayContaining(['control.ts']))
    expect(findCycle(graph)).toBeUndefined()
  })
})
