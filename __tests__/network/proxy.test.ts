/**
 * Self-hosted runners behind a proxy: every provider's requests go through
 * HTTP_PROXY / HTTPS_PROXY (plain HTTP in absolute form, HTTPS via CONNECT),
 * and hosts in NO_PROXY go direct. The bundled action is run as the runner runs it.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { connect, type AddressInfo } from 'node:net'
import { join } from 'node:path'
import { createServer as createTlsServer, type Server as TlsServer } from 'node:tls'
import { startEmulator, type Emulator } from '../../emulator/server.js'
import { startForwardProxy, type ForwardProxy } from '../../__fixtures__/proxy.js'
import { ROOT, runAction } from '../../__fixtures__/run-action.js'
import { table } from '../../__fixtures__/each.js'

const TLS = join(ROOT, '__fixtures__', 'tls')
const AWS = {
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'secret',
  AWS_REGION: 'us-east-1'
}
const DATADOG = { 'datadog-api-key': 'proxy-test-api-key', 'datadog-app-key': 'proxy-test-app-key' }

let emu: Emulator
let proxy: ForwardProxy
let tls: TlsServer
let httpsUrl: string

beforeAll(async () => {
  emu = await startEmulator()
  proxy = await startForwardProxy()
  // HTTPS in front of the emulator: TLS ends here and the bytes go on to its plain port.
  tls = createTlsServer(
    {
      key: readFileSync(join(TLS, 'localhost.key')),
      cert: readFileSync(join(TLS, 'localhost.crt'))
    },
    (socket) => {
      const upstream = connect(emu.port, '127.0.0.1')
      socket.pipe(upstream).pipe(socket)
      socket.on('error', () => upstream.destroy())
      upstream.on('error', () => socket.destroy())
    }
  )
  await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve))
  httpsUrl = `https://localhost:${(tls.address() as AddressInfo).port}`
})
afterAll(async () => {
  await proxy.close()
  await new Promise((resolve) => tls.close(resolve))
  await emu.close()
})
beforeEach(() => {
  proxy.records.length = 0
})

const providers = [
  [
    'greengrass',
    { 'deployment-id': 'gg-1' },
    AWS,
    () => emu.addGreengrassDeployment('gg-1', { status: 'ACTIVE' })
  ],
  [
    'datadog-fleet',
    { 'deployment-id': 'dd-1', ...DATADOG },
    {},
    () => emu.addDatadogDeployment('dd-1', { status: 'running' })
  ]
] as const

describe('proxies', () => {
  it.each(table(providers))(
    '%s: plain HTTP goes through HTTP_PROXY',
    async (provider, targets, env, seed) => {
      seed()
      const run = await runAction(
        { provider, ...targets, 'endpoint-url': emu.url },
        { env: { ...env, HTTP_PROXY: proxy.url } }
      )
      expect(run.outputs.outcome).toBe('cancelled')
      expect(proxy.records.map((r) => r.method)).toContain('POST')
      expect(proxy.records.every((r) => r.target.startsWith(emu.url))).toBe(true)
    }
  )

  it.each(table(providers))(
    '%s: HTTPS goes through https_proxy with CONNECT',
    async (provider, targets, env, seed) => {
      seed()
      const run = await runAction(
        { provider, ...targets, 'endpoint-url': httpsUrl },
        {
          env: {
            ...env,
            https_proxy: proxy.url,
            NODE_EXTRA_CA_CERTS: join(TLS, 'localhost.crt')
          }
        }
      )
      expect(run.outputs.outcome).toBe('cancelled')
      expect(proxy.records).toContainEqual({ method: 'CONNECT', target: new URL(httpsUrl).host })
    }
  )

  it.each(table(providers))(
    '%s: a host in NO_PROXY goes direct',
    async (provider, targets, env, seed) => {
      seed()
      const run = await runAction(
        { provider, ...targets, 'endpoint-url': emu.url },
        { env: { ...env, HTTP_PROXY: proxy.url, NO_PROXY: 'localhost,127.0.0.1' } }
      )
      expect(run.outputs.outcome).toBe('cancelled')
      expect(proxy.records).toEqual([])
    }
  )

  const several = [
    [
      'greengrass',
      (ids: string[]) => ({ 'deployment-id': ids.join(',') }),
      AWS,
      (id: string) => emu.addGreengrassDeployment(id, { status: 'ACTIVE' })
    ],
    [
      'datadog-fleet',
      (ids: string[]) => ({ 'deployment-id': ids.join(','), ...DATADOG }),
      {},
      (id: string) => emu.addDatadogDeployment(id, { status: 'running' })
    ]
  ] as const

  it.each(table(several))(
    '%s: several targets over plain HTTP through an authenticating proxy, each request in absolute form with the credentials',
    async (provider, targets, env, seed) => {
      const authenticating = await startForwardProxy({ credentials: 'runner:s3cret-proxy' })
      try {
        const ids = Array.from({ length: 6 }, (_, i) => `${provider}-via-auth-${i}`)
        ids.forEach(seed)
        const run = await runAction(
          { provider, ...targets(ids), 'endpoint-url': emu.url, 'max-concurrency': '2' },
          { env: { ...env, HTTP_PROXY: authenticating.url } }
        )
        const results = JSON.parse(run.outputs.results ?? '[]') as { outcome: string }[]
        expect(results.map((r) => r.outcome)).toEqual(ids.map(() => 'cancelled'))
        expect(authenticating.refused).toEqual([])
        expect(authenticating.records.filter((r) => r.method === 'POST')).toHaveLength(ids.length)
        expect(authenticating.records.every((r) => r.target.startsWith(emu.url))).toBe(true)
      } finally {
        await authenticating.close()
      }
    }
  )

  it.each(
    table([
      ['through HTTP_PROXY', {}, 1],
      ['directly when github-api-url is in NO_PROXY', { NO_PROXY: '127.0.0.1' }, 0]
    ] as const)
  )(
    'marks the GitHub deployment at github-api-url %s, whatever GITHUB_API_URL says',
    async (_how, noProxy, throughProxy) => {
      emu.addGreengrassDeployment('gg-mark', { status: 'ACTIVE' })
      const deployment = emu.github.addDeployment({
        repository: 'octo/app',
        environment: 'production',
        statuses: ['success']
      })
      const run = await runAction(
        {
          provider: 'greengrass',
          'deployment-id': 'gg-mark',
          'endpoint-url': `http://localhost:${emu.port}`,
          'github-deployment-id': String(deployment),
          'github-token': 'ghs_proxyTest0123456789abcdefghijklmnop',
          'github-api-url': emu.url,
          reach: 'none'
        },
        { env: { ...AWS, HTTP_PROXY: proxy.url, ...noProxy } }
      )
      expect(run.outputs['github-deployment-status']).toBe('written')
      const marks = proxy.records.filter((r) => r.target.includes(`/deployments/${deployment}/`))
      expect(marks.length > 0 ? 1 : 0).toBe(throughProxy)
    }
  )

  it('a proxy that refuses connections ends as failed, naming the network problem', async () => {
    const run = await runAction(
      {
        provider: 'greengrass',
        'deployment-id': 'gg-x',
        'endpoint-url': emu.url,
        'max-attempts': '2'
      },
      { env: { ...AWS, HTTP_PROXY: 'http://127.0.0.1:9' } }
    )
    expect(run.outputs.outcome).toBe('failed')
    expect(run.outputs.message).toMatch(/Could not reach/)
  })
})
