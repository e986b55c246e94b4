// Standalone emulator: `npm run emulator -- --port 4010 [--cancel-delay-ms 2000] [--seed seeds.json]`
// (`--help` prints the usage).
// Prints `emulator listening on http://127.0.0.1:PORT` and runs until SIGINT/SIGTERM.
// Drive it through the control API (see emulator/control.ts).

import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { startEmulator, type SeedSpec } from './server.js'

/** What `npm run emulator -- --help` prints: the options, and how to drive the emulator. */
const USAGE = `Usage: npm run emulator -- [--port PORT] [--cancel-delay-ms MS] [--seed FILE]

The provider emulator: AWS IoT Greengrass V2, AWS Proton, AWS IoT Jobs, Datadog Fleet Automation
and GitHub deployments, on 127.0.0.1, as their SDK clients send and parse them. It runs until
Ctrl-C (SIGINT) or SIGTERM.

Options:
  --port PORT            the port to listen on (default 0: a free one, printed at start)
  --cancel-delay-ms MS   how long an accepted cancel takes to land (default 0)
  --seed FILE            a JSON file of targets to start with: one seed or an array, e.g.
                         [{"kind": "greengrass", "id": "dep-1", "status": "ACTIVE"}]
  -h, --help             print this and exit

Drive it over http://127.0.0.1:PORT/__emulator/{seed,fault,throttle,config,advance,status,
requests,reset,health} (emulator/control.ts), and point the action at it with
endpoint-url: http://127.0.0.1:PORT (fake AWS keys do: requests are checked for a signature,
not by whom). Try the action without an account: npm run demo. More: emulator/README.md.
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
      help: { type: 'boolean', short: 'h' }
    },
    strict: true
  })
  if (values.help) {
    process.stdout.write(USAGE)
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
  // A mistyped option: say what was wrong, then how to call it.
  console.error(`emulator: ${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`)
  process.exit(2)
})
