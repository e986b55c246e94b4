/**
 * On GitHub's runtime (action.yml's runs.using, the Node of .node-version) a run prints nothing
 * to stderr: a warning there (a deprecation from a dependency, the AWS SDK's notice about Node
 * versions) shows in every user's log. Every provider the registry lists, and an input error.
 *
 * The runner's environment has no NODE_OPTIONS and no AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED,
 * so neither is given here (the suite's own NODE_OPTIONS does not reach the child).
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileEmulator } from '../../__fixtures__/emulator.js'
import { ROOT } from '../../__fixtures__/run-action.js'
import { PROVIDER_NAMES } from '../../src/providers/registry.js'
import { act, DD_INPUTS, providerCase, uid } from './support.js'

// The SDK reads only the string 'true'; empty is how the runner leaves it: unset.
const AS_ON_GITHUB = { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: '' }

const emu = await fileEmulator()

describe("on GitHub's Node, stderr stays empty", () => {
  it('the bundle runs under the runtime action.yml names', () => {
    const runtime = /^\s*using:\s*node(\d+)\s*$/m.exec(
      readFileSync(join(ROOT, 'action.yml'), 'utf8')
    )?.[1]
    expect(runtime).toBe(readFileSync(join(ROOT, '.node-version'), 'utf8').trim())
    // runAction starts dist/index.js with the node running the tests.
    expect(process.versions.node.split('.')[0]).toBe(runtime)
  })

  it.concurrent.each(PROVIDER_NAMES.map((name) => [name]))(
    '%s: a successful cancel',
    async (provider) => {
      const c = providerCase(provider)
      const id = uid('quiet')
      c.seed(emu, id)
      const run = await act(emu, { provider, ...c.inputs(id), ...c.extra }, { env: AS_ON_GITHUB })
      expect(run.outputs.outcome).toBe('cancelled')
      expect(run.exitCode).toBe(0)
      expect(run.stderr).toBe('')
    }
  )

  it.concurrent.each([
    [
      'an AWS provider',
      { provider: 'greengrass', 'deployment-id': 'd-1', 'aws-region': 'not-a-region' }
    ],
    [
      'datadog-fleet',
      {
        provider: 'datadog-fleet',
        'deployment-id': 'd-1',
        'datadog-api-key': DD_INPUTS['datadog-api-key']
      }
    ]
  ])('an input error (%s)', async (_label, inputs) => {
    const run = await act(emu, inputs, { env: AS_ON_GITHUB })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.outcome).toBe('failed')
    expect(run.stdout).toMatch(/^::error::/m)
    expect(run.stderr).toBe('')
  })
})
