/**
 * Any deployment id is sent percent-encoded inside its own path segment: the
 * emulator decodes each raw segment exactly once, so the id it saw must equal
 * the input and the operation must still be the cancel (or the read). "." and
 * ".." cannot be sent that way (URL parsers resolve them in any encoding) and
 * are refused as input errors.
 */
import { describe, expect, it } from '@jest/globals'
import { type Emulator } from '../../emulator/server.js'
import { fileEmulator } from '../../__fixtures__/emulator.js'
import { act, DD_INPUTS, results, uid } from './support.js'

const emu = await fileEmulator()

/** Each one would change the URL if it were not encoded (or encoded twice). */
const ODD_IDS = [
  'a/b',
  'x?y#z',
  '%2F',
  '../etc',
  '..%2F..%2Fadmin',
  'with space',
  'déploiement-☃-日本-🚀',
  'a+b=c&d',
  '#',
  '?',
  '%',
  '...',
  '.hidden',
  'semi;colon',
  'quote\'"<tag>',
  'back\\slash'
]

const PROVIDERS = [
  {
    provider: 'greengrass',
    extra: {},
    seed: (e: Emulator, id: string) => e.addGreengrassDeployment(id),
    status: (e: Emulator, id: string) => e.statusOf({ kind: 'greengrass', id }),
    param: 'deploymentId',
    cancel: 'greengrass.CancelDeployment',
    read: 'greengrass.GetDeployment',
    cancelled: 'CANCELED'
  },
  {
    provider: 'datadog-fleet',
    extra: DD_INPUTS,
    seed: (e: Emulator, id: string) => e.addDatadogDeployment(id),
    status: (e: Emulator, id: string) => e.statusOf({ kind: 'datadog', id }),
    param: 'deployment_id',
    cancel: 'datadog.CancelDeployment',
    read: 'datadog.GetDeployment',
    cancelled: 'cancelled'
  }
] as const

describe.each(PROVIDERS.map((p) => [p.provider, p] as const))('%s', (_name, p) => {
  it.concurrent(
    'each odd id is cancelled, and read back with wait, under its own name',
    async () => {
      // One step, one target per line; a unique suffix keeps them apart from other tests.
      const suffix = uid('')
      const ids = ODD_IDS.map((id) => `${id}${suffix}`)
      for (const id of ids) p.seed(emu, id)
      const run = await act(emu, {
        provider: p.provider,
        'deployment-id': ids.join('\n'),
        wait: 'true',
        ...p.extra
      })

      expect(results(run).map((r) => [r.target, r.outcome, r.status])).toEqual(
        ids.map((id) => [id, 'cancelled', p.cancelled])
      )
      expect(run.exitCode).toBe(0)
      for (const id of ids) {
        expect(p.status(emu, id)).toBe(p.cancelled)
        const seen = emu.requests.filter((r) => r.params[p.param] === id)
        expect(seen.map((r) => r.operation)).toEqual([p.cancel, p.read])
        // Nothing of the id leaked into the query string or a fragment.
        for (const r of seen) expect(r.query).toEqual({})
      }
      // Every request of this step matched a route: no id changed the path's shape.
      const mine = emu.requests.filter((r) => r.path.includes(encodeURIComponent(suffix)))
      expect(mine).toHaveLength(ids.length * 2)
      expect(mine.every((r) => r.operation !== null)).toBe(true)
    }
  )

  it.concurrent('a missing odd id is not-found for that id, not another resource', async () => {
    const id = `../${uid('gone')}/cancel`
    const run = await act(emu, { provider: p.provider, 'deployment-id': id, ...p.extra })
    expect(run.outputs.outcome).toBe('not-found')
    const seen = emu.requests.filter((r) => r.params[p.param] === id)
    expect(seen.map((r) => r.operation)).toEqual([p.cancel])
  })

  it.concurrent.each([['.'], ['..'], [' .. ']])(
    'the id %j is an input error, and nothing is sent',
    async (id) => {
      const before = emu.requests.length
      const run = await act(emu, { provider: p.provider, 'deployment-id': id, ...p.extra })
      expect(run.exitCode).toBe(1)
      expect(run.outputs.outcome).toBe('failed')
      expect(run.outputs.message).toMatch(/^Input error: deployment-id "\.\.?" cannot be sent/)
      expect(run.outputs.message).toContain('Nothing was sent')
      expect(run.stdout).toMatch(/^::error::Input error: deployment-id/m)
      // Other tests may send meanwhile; none of their requests names "." or "..".
      const dots = emu.requests.slice(before).filter((r) => /^\.\.?$/.test(r.params[p.param] ?? ''))
      expect(dots).toEqual([])
    }
  )

  it.concurrent(
    'a "." among valid ids refuses the whole step before anything is sent',
    async () => {
      const good = uid('good')
      p.seed(emu, good)
      const run = await act(emu, {
        provider: p.provider,
        'deployment-id': `${good}\n.`,
        ...p.extra
      })
      expect(run.exitCode).toBe(1)
      expect(run.outputs.outcome).toBe('failed')
      expect(emu.requests.filter((r) => r.params[p.param] === good)).toEqual([])
      expect(p.status(emu, good)).not.toBe(p.cancelled)
    }
  )
})
