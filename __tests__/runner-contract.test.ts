/**
 * The built dist/index.js, run as the runner runs it. This is what users run:
 * it catches a bundle that cannot load, inputs read under the wrong name, and
 * outputs the runner cannot parse.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { DIST, runAction } from '../__fixtures__/run-action.js'
import { scriptedServer, type ScriptedServer } from '../__fixtures__/http.js'

const AWS = {
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'secret',
  AWS_REGION: 'us-east-1'
}
let server: ScriptedServer
beforeAll(async () => (server = await scriptedServer()))
afterAll(() => server.close())

describe('dist/index.js under the runner', () => {
  it('exists (run `npm run bundle`)', () => {
    expect(existsSync(DIST)).toBe(true)
  })

  it('cancels, writes every output and the summary, and exits 0', async () => {
    server.on('POST /greengrass/v2/deployments/dep-1/cancel', {
      status: 200,
      body: { message: 'cancelled' },
      headers: { 'x-amzn-requestid': 'req-abc' }
    })
    const run = await runAction(
      // reach: none: the one request this server answers is the cancel.
      {
        provider: 'greengrass',
        'deployment-id': 'dep-1',
        'endpoint-url': server.url,
        reach: 'none'
      },
      { env: AWS }
    )
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ outcome: 'cancelled', 'request-id': 'req-abc', status: '' })
    expect(run.outputs.message).toContain('dep-1')
    expect(JSON.parse(run.outputs.results!)).toEqual([
      expect.objectContaining({ target: 'dep-1', outcome: 'cancelled', 'request-id': 'req-abc' })
    ])
    expect(run.summary).toContain('<table>')
    expect(run.summary).toContain('greengrass')
    const sent = server.requests.filter((r) => r.url.includes('dep-1'))
    expect(sent).toHaveLength(1)
    expect(sent[0]!.headers['user-agent']).toMatch(/cancel-deployment\/\d+\.\d+\.\d+/)
    expect(sent[0]!.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 /)
  })

  it('refuses bad input with outputs, an error annotation and exit code 1, sending nothing', async () => {
    const before = server.requests.length
    const run = await runAction(
      {
        provider: 'iot-job-execution',
        'thing-name': 'bad thing',
        'job-id': 'j1',
        'endpoint-url': server.url
      },
      { env: AWS }
    )
    expect(run.exitCode).toBe(1)
    expect(run.outputs.outcome).toBe('failed')
    expect(run.outputs.message).toMatch(/thing-name "bad thing"/)
    expect(run.stdout).toMatch(/::error::Input error: thing-name/)
    expect(server.requests.length).toBe(before)
  })

  it('fails on a missing region even without action.yml defaults (a bare node run)', async () => {
    const run = await runAction(
      { provider: 'greengrass', 'deployment-id': 'd' },
      { defaults: false, env: { AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'y' } }
    )
    expect(run.exitCode).toBe(1)
    expect(run.outputs.outcome).toBe('failed')
    expect(run.outputs.message).toMatch(/aws-region is not set/)
  })

  it('takes AWS_DEFAULT_REGION when AWS_REGION is not set', async () => {
    server.on('POST /greengrass/v2/deployments/dep-2/cancel', {
      status: 200,
      body: { message: 'ok' },
      headers: { 'x-amzn-requestid': 'req-def' }
    })
    const run = await runAction(
      { provider: 'greengrass', 'deployment-id': 'dep-2', 'endpoint-url': server.url },
      {
        env: {
          AWS_ACCESS_KEY_ID: 'x',
          AWS_SECRET_ACCESS_KEY: 'y',
          AWS_DEFAULT_REGION: 'eu-central-1'
        }
      }
    )
    expect(run.outputs.outcome).toBe('cancelled')
    const sent = server.requests.find((r) => r.url.includes('dep-2'))
    expect(sent?.headers.authorization).toContain('/eu-central-1/greengrass/')
  })

  it('does not fail the step for an outcome missing from fail-on, but warns', async () => {
    server.on('POST /greengrass/v2/deployments/gone/cancel', {
      status: 404,
      body: { message: 'no such deployment' },
      headers: { 'x-amzn-errortype': 'ResourceNotFoundException', 'x-amzn-requestid': 'req-ghi' }
    })
    const run = await runAction(
      {
        provider: 'greengrass',
        'deployment-id': 'gone',
        'endpoint-url': server.url,
        'fail-on': 'failed'
      },
      { env: AWS }
    )
    expect(run.exitCode).toBe(0)
    expect(run.outputs.outcome).toBe('not-found')
    expect(run.stdout).toMatch(/::warning::not-found/)
  })

  it('masks the Datadog keys and never prints them', async () => {
    const run = await runAction(
      {
        provider: 'datadog-fleet',
        'deployment-id': 'x',
        'datadog-api-key': 'api-secret-123456',
        'datadog-app-key': 'app-secret-654321',
        'endpoint-url': 'http://127.0.0.1:9'
      },
      { env: {} }
    )
    expect(run.outputs.outcome).toBe('failed')
    expect(run.stdout).toContain('::add-mask::api-secret-123456')
    expect(run.stdout).toContain('::add-mask::app-secret-654321')
    const withoutMasks = run.stdout.replace(/::add-mask::.*\n/g, '')
    for (const text of [withoutMasks, run.stderr, run.summary, JSON.stringify(run.outputs)]) {
      expect(text).not.toContain('api-secret-123456')
      expect(text).not.toContain('app-secret-654321')
    }
  })
})
