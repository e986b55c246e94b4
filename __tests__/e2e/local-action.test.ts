/**
 * `npm run local-action` (@github/local-action running src/main.ts, no bundle) on this Node against
 * the emulator: one AWS run and one for Datadog's transport; and it exits 1 when the action fails,
 * which local-action 7.0.1 alone does not (scripts/local-action/hooks.mjs). Each run costs about
 * 4 s of CPU, so the other AWS providers' modules are checked statically: every SDK file they
 * import is one the hooks map to a package root that exports the imported name, the same mapping
 * the Greengrass run goes through.
 */
import { describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { fileEmulator } from '../../__fixtures__/emulator.js'
import { compileCacheEnv, ROOT } from '../../__fixtures__/run-action.js'
import { AWS_ENV, DD_API_KEY, DD_APP_KEY, providerCase, uid } from './support.js'

const script = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>
  }
).scripts['local-action']!

const emu = await fileEmulator()

/** Runs the package.json script with its `.env` replaced by a file of these variables. */
function localAction(
  variables: Record<string, string>
): Promise<{ code: number | null; log: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'local-action-'))
  const envFile = join(dir, 'env')
  writeFileSync(
    envFile,
    Object.entries(variables)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n') + '\n'
  )
  expect(script).toMatch(/ \.env$/)
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', script.replace(/ \.env$/, ` ${envFile}`)], {
      cwd: ROOT,
      env: {
        PATH: [join(ROOT, 'node_modules', '.bin'), process.env.PATH].join(delimiter),
        HOME: dir,
        AWS_CONFIG_FILE: join(dir, 'aws-config'),
        AWS_SHARED_CREDENTIALS_FILE: join(dir, 'aws-credentials'),
        ...compileCacheEnv()
      },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let log = ''
    child.stdout.on('data', (d: Buffer) => (log += d.toString()))
    child.stderr.on('data', (d: Buffer) => (log += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, log }))
  })
}

const inputs = (values: Record<string, string>) =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))

const common = () => ({
  ...AWS_ENV,
  DD_API_KEY,
  DD_APP_KEY,
  ...inputs({ 'endpoint-url': emu.url })
})

describe('npm run local-action', () => {
  it.concurrent(
    'datadog-fleet: cancels, and exits 0',
    async () => {
      const c = providerCase('datadog-fleet')
      const id = uid('local')
      c.seed(emu, id)
      const run = await localAction({
        ...common(),
        ...inputs({ provider: 'datadog-fleet', ...c.inputs(id), ...c.extra })
      })
      expect(run.log).toMatch(/^::set-output name=outcome::cancelled$/m)
      expect(run.code).toBe(0)
      expect(c.statusIn(emu, id)).toBe(c.states.cancelled)
    },
    60_000
  )

  it.concurrent(
    'greengrass: cancels the one in flight, and exits 1 when the action fails (another not found)',
    async () => {
      const c = providerCase('greengrass')
      const [id, missing] = [uid('local'), uid('missing')]
      c.seed(emu, id)
      const run = await localAction({
        ...common(),
        ...inputs({ provider: 'greengrass', 'deployment-id': `${id},${missing}` })
      })
      expect(run.log).toMatch(/^::set-output name=outcome::not-found$/m)
      expect(run.code).toBe(1)
      expect(c.statusIn(emu, id)).toBe(c.states.cancelled)
    },
    60_000
  )
})

describe('the SDK files the providers import', () => {
  const SDK_FILE = /^import \{ (\w+) \} from '(@aws-sdk\/client-[a-z0-9]+)\/dist-es\/[^']+'$/gm
  const folder = join(ROOT, 'src', 'providers', 'aws')
  const imports = readdirSync(folder)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .flatMap((file) =>
      [...readFileSync(join(folder, file), 'utf8').matchAll(SDK_FILE)].map((m) => [
        file,
        m[1]!,
        m[2]!
      ])
    )

  it('are found', () => {
    expect(new Set(imports.map(([, , pkg]) => pkg))).toEqual(
      new Set(['@aws-sdk/client-greengrassv2', '@aws-sdk/client-proton', '@aws-sdk/client-iot'])
    )
  })

  it.each(imports)(
    "%s: %s is exported by %s's root, where the hooks send it",
    async (_, name, pkg) => {
      expect(typeof ((await import(pkg)) as Record<string, unknown>)[name]).toBe('function')
    }
  )
})
