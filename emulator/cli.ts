// Standalone emulator: `npm run emulator -- --port 4010 [--cancel-delay-ms 2000] [--seed seeds.json]`
// (`--help` prints the usage).
// Prints `emulator listening on http://127.0.0.1:PORT` and runs until SIGINT/SIGTERM.
// Drive it through the control API (see emulator/control.ts).

import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { startEmulator, type SeedSpec } from './server.js'

const USAGE = `Usage: npm run emulator -- [--port N] [--seed FILE] [--cancel-delay-ms N]

A local stand-in for Greengrass V2, Proton, IoT Jobs, Datadog Fleet Automation and GitHub's
deployments API, on 127.0.0.1: no account, key or network.

  --port N             the port to listen on (default 0: any free port, printed at start)
  --seed FILE          a JSON file of deployments to create at start (one seed or an array),
                       e.g. .github/self-test/seeds.json
  --cancel-delay-ms N  how long an accepted cancel stays CANCELLING before it is CANCELED
  --help               print this and exit

Point the action at it with endpoint-url: http://127.0.0.1:PORT (and github-api-url for the
GitHub deployment). Seed more, script faults and read states through POST/GET /__emulator/…
(emulator/control.ts), e.g.
  curl -X POST http://127.0.0.1:PORT/__emulator/seed -d '{"kind":"greengrass","id":"gg-1"}'
`

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
      seed: { type: 'string' },
      help: { type: 'boolean', default: false }
    },
    strict: true
  })
  if (values.help) {
    console.log(USAGE)
    return
  }
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
