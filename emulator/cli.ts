// Standalone emulator: `npm run emulator -- --port 4010 [--cancel-delay-ms 2000] [--seed seeds.json]`.
// Prints `emulator listening on http://127.0.0.1:PORT` and runs until SIGINT/SIGTERM.
// Drive it through the control API (see emulator/control.ts).

import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { startEmulator, type SeedSpec } from './server.js'

function toNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a non-negative number`)
  return n
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      'cancel-delay-ms': { type: 'string' },
      seed: { type: 'string' }
    },
    strict: true
  })
  const emu = await startEmulator({
    port: toNumber('port', values.port, 0),
    cancelDelayMs: toNumber('cancel-delay-ms', values['cancel-delay-ms'], 0)
  })
  if (values.seed !== undefined) {
    const specs = JSON.parse(await readFile(values.seed, 'utf8')) as SeedSpec | SeedSpec[]
    for (const spec of Array.isArray(specs) ? specs : [specs]) emu.seed(spec)
  }
  console.log(`emulator listening on ${emu.url}`)

  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    console.log(`emulator: ${signal}, shutting down (${emu.requests.length} requests served)`)
    void emu.close().then(() => process.exit(0))
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
}

main().catch((e: unknown) => {
  console.error(`emulator: ${e instanceof Error ? e.message : String(e)}`)
  process.exit(1)
})
