import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createSession } from '../../src/providers/datadog/fleet.js'
import { createContext, never, target } from '../../__fixtures__/inputs.js'
import { scriptedServer, type ScriptedServer } from '../../__fixtures__/http.js'
import type { FlowOptions } from '../../src/settle/flow.js'
import { settleOne } from '../../__fixtures__/settle.js'
import { realClock, type Clock } from '../../src/requests/pacer.js'
import { requestPolicy } from '../../src/requests/policy.js'

let dd: ScriptedServer
beforeAll(async () => (dd = await scriptedServer()))
afterAll(() => dd.close())
beforeEach(() => {
  dd.requests.length = 0
})

const API_KEY = 'api-key-0123456789abcdef'
const APP_KEY = 'app-key-0123456789abcdef0123'
/**
 * The step's clock with its waits skipped: a backoff or a throttled retry's wait moves its time on
 * at once, so the retries are tested without sleeping on the real clock.
 */
function skippingClock(): Clock {
  let t = 0
  return {
    now: () => t,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw signal.reason as Error
      t += Math.max(0, ms)
    }
  }
}
const session = () => {
  const context = createContext({
    provider: 'datadog-fleet',
    awsRegion: undefined,
    endpointUrl: dd.url,
    maxAttempts: 3,
    datadog: { apiKey: API_KEY, appKey: APP_KEY, site: 'datadoghq.eu' }
  })
  return createSession({ ...context, requests: requestPolicy(3, skippingClock()) })
}
const deployment = (id: string) => target({ 'deployment-id': id })
const accepted = {
  status: 200,
  body: { data: { id: 'd1', type: 'deployment', attributes: { status: 'cancelling' } } }
}
const detail = (status: string) => ({
  status: 200,
  body: { data: { id: 'd1', type: 'deployment', attributes: { high_level_status: status } } }
})

describe('datadog-fleet', () => {
  it('cancels with both keys and reports the status Datadog returns', async () => {
    dd.on('POST /api/v2/fleet/deployments/d1/cancel', {
      status: 200,
      body: { data: { id: 'd1', type: 'deployment', attributes: { status: 'cancelling' } } }
    })
    const result = await session().cancel(deployment('d1'), never)
    expect(result).toMatchObject({ outcome: 'cancelled', status: 'cancelling' })
    expect(dd.requests).toHaveLength(1)
    expect(dd.requests[0]!.headers['dd-api-key']).toBe(API_KEY)
    expect(dd.requests[0]!.headers['dd-application-key']).toBe(APP_KEY)
  })

  it('keeps an odd id inside its path segment', async () => {
    dd.on('POST /api/v2/fleet/deployments/..%2Fx%3Fy%23z/cancel', accepted)
    const result = await session().cancel(deployment('../x?y#z'), never)
    expect(result.outcome).toBe('cancelled')
    expect(dd.requests.map((r) => r.url)).toEqual([
      '/api/v2/fleet/deployments/..%2Fx%3Fy%23z/cancel'
    ])
  })

  it('settles a 400 by reading the deployment: finished means not-cancellable', async () => {
    dd.on('POST /api/v2/fleet/deployments/d2/cancel', {
      status: 400,
      body: { errors: ['cannot cancel'] }
    })
    dd.on('GET /api/v2/fleet/deployments/d2', detail('succeeded'))
    const result = await session().cancel(deployment('d2'), never)
    expect(result).toMatchObject({ outcome: 'not-cancellable', status: 'succeeded' })
    expect(result.message).toContain('it is succeeded')
  })

  it('keeps a 400 as failed when the deployment is still running', async () => {
    dd.on('POST /api/v2/fleet/deployments/d3/cancel', {
      status: 400,
      body: { errors: ['malformed'] }
    })
    dd.on('GET /api/v2/fleet/deployments/d3', detail('running'))
    const result = await session().cancel(deployment('d3'), never)
    expect(result.outcome).toBe('failed')
    expect(result.message).toContain('malformed')
  })

  it.each([
    [404, 'not-found', /was not found/],
    [401, 'failed', /API key/],
    [403, 'failed', /fleet_policies_write/]
  ])('classifies HTTP %i as %s', async (status, outcome, message) => {
    dd.on(`POST /api/v2/fleet/deployments/e${status}/cancel`, { status, body: { errors: ['x'] } })
    const result = await session().cancel(deployment(`e${status}`), never)
    expect(result.outcome).toBe(outcome)
    expect(result.message).toMatch(message)
    expect(result.message).not.toContain(API_KEY)
    expect(result.message).not.toContain(APP_KEY)
  })

  it('retries a throttled cancel, honouring x-ratelimit-reset', async () => {
    dd.on(
      'POST /api/v2/fleet/deployments/t1/cancel',
      { status: 429, body: { errors: ['slow down'] }, headers: { 'x-ratelimit-reset': '0' } },
      accepted
    )
    const result = await session().cancel(deployment('t1'), never)
    expect(result.outcome).toBe('cancelled')
    expect(dd.requests).toHaveLength(2)
  })

  it('sends a throttled cancel again past max-attempts: a 429 is not an attempt', async () => {
    const throttled = {
      status: 429,
      body: { errors: ['slow down'] },
      headers: { 'x-ratelimit-reset': '0' }
    }
    dd.on(
      'POST /api/v2/fleet/deployments/t2/cancel',
      throttled,
      throttled,
      throttled,
      throttled,
      accepted
    )
    const result = await session().cancel(deployment('t2'), never)
    expect(result.outcome).toBe('cancelled')
    expect(dd.requests).toHaveLength(5)
  }, 15_000)

  it('still gives up on 5xx after max-attempts, throttles in between not counted', async () => {
    const throttled = { status: 429, body: {}, headers: { 'x-ratelimit-reset': '0' } }
    const broken = { status: 503, body: { errors: ['down'] } }
    dd.on('POST /api/v2/fleet/deployments/t3/cancel', broken, throttled, broken, throttled, broken)
    const result = await session().cancel(deployment('t3'), never)
    expect(result.outcome).toBe('failed')
    expect(result.message).toMatch(/server error .* after 3 attempt/)
    expect(dd.requests).toHaveLength(5)
  }, 15_000)

  it('fails, saying so, when a 200 answer is not what the API promises', async () => {
    dd.on('POST /api/v2/fleet/deployments/h1/cancel', {
      status: 200,
      body: '<html>proxy login</html>'
    })
    const result = await session().cancel(deployment('h1'), never)
    expect(result.outcome).toBe('failed')
    expect(result.message).toMatch(/could not be read/)
  })

  it('says it could not reach Datadog when the connection is refused', async () => {
    const closed = await scriptedServer()
    await closed.close()
    const unreachable = createSession(
      createContext({
        provider: 'datadog-fleet',
        endpointUrl: closed.url,
        datadog: { apiKey: API_KEY, appKey: APP_KEY, site: 'datadoghq.com' }
      })
    )
    const result = await unreachable.cancel(deployment('n1'), never)
    expect(result.outcome).toBe('failed')
    expect(result.message).toMatch(/Could not reach Datadog.*ECONNREFUSED/)
  })

  it.each([
    ['running', 'in-flight'],
    ['pending', 'in-flight'],
    ['cancelled', 'cancelled'],
    ['succeeded', 'finished']
  ])('reads high_level_status %s as %s', async (status, phase) => {
    dd.on('GET /api/v2/fleet/deployments/r1', detail(status))
    expect(await session().read(deployment('r1'), never)).toMatchObject({ ok: true, phase, status })
  })

  describe('an endpoint that redirects', () => {
    let elsewhere: ScriptedServer
    beforeAll(async () => (elsewhere = await scriptedServer()))
    afterAll(() => elsewhere.close())

    it.each([301, 302, 307, 308])(
      'HTTP %i: failed, naming the redirect and its host; nothing goes there',
      async (status) => {
        // Another origin on loopback: the same address, another port, another name.
        const target = new URL(elsewhere.url)
        const away = `http://localhost:${target.port}/api/v2/fleet/deployments/r${status}/cancel?key=x`
        elsewhere.on(`POST /api/v2/fleet/deployments/r${status}/cancel?key=x`, accepted)
        dd.on(`POST /api/v2/fleet/deployments/r${status}/cancel`, {
          status,
          headers: { location: away },
          body: {}
        })
        const result = await session().cancel(deployment(`r${status}`), never)
        expect(result.outcome).toBe('failed')
        expect(result.message).toContain(
          `redirect (HTTP ${status}, a redirect to localhost:${target.port})`
        )
        expect(result.message).not.toContain('key=x')
        expect(elsewhere.requests).toEqual([])
        expect(dd.requests).toHaveLength(1)
      }
    )
  })

  it('a body cut short is sent again, and fails, saying so, when it stays cut', async () => {
    dd.on('POST /api/v2/fleet/deployments/c1/cancel', { ...accepted, truncate: true })
    const result = await session().cancel(deployment('c1'), never)
    expect(result.outcome).toBe('failed')
    expect(result.message).toMatch(/answer for .* was cut short after 3 attempt\(s\)/)
    expect(dd.requests).toHaveLength(3)
  })

  it('a body cut short once, then whole: cancelled', async () => {
    dd.on('POST /api/v2/fleet/deployments/c2/cancel', { ...accepted, truncate: true }, accepted)
    const result = await session().cancel(deployment('c2'), never)
    expect(result).toMatchObject({ outcome: 'cancelled', status: 'cancelling' })
    expect(dd.requests).toHaveLength(2)
  })

  describe('in flight is exactly pending and running; every other status is finished', () => {
    const flow = (o: Partial<FlowOptions>): FlowOptions => ({
      dryRun: false,
      wait: false,
      waitTimeoutSeconds: 5,
      interrupt: never,
      waitSignal: () => ({ signal: never, dispose: () => {} }),
      clock: realClock,
      ...o
    })
    // A status Datadog may add later is finished too: nothing waits on it, nothing previews it.
    const finished = ['completed', 'failed', 'done_with_errors', 'canceled', 'paused_for_review']
    let n = 0

    it.each(finished)(
      'a dry run of a deployment that is %s: not-cancellable, naming it',
      async (status) => {
        const id = `f${++n}`
        dd.on(`GET /api/v2/fleet/deployments/${id}`, detail(status))
        const preview = await settleOne(session(), deployment(id), flow({ dryRun: true }))
        expect(preview).toMatchObject({ outcome: 'not-cancellable', status })
        expect(preview.message).toBe(`Dry run: ${id} is ${status}; there is nothing to cancel.`)
      }
    )

    it.each(finished)(
      'a refused cancel (400), then a read of %s: not-cancellable',
      async (status) => {
        const id = `g${++n}`
        dd.on(`POST /api/v2/fleet/deployments/${id}/cancel`, {
          status: 400,
          body: { errors: ['cannot cancel'] }
        })
        dd.on(`GET /api/v2/fleet/deployments/${id}`, detail(status))
        const result = await session().cancel(deployment(id), never)
        expect(result).toMatchObject({ outcome: 'not-cancellable', status })
        expect(result.message).toContain(`it is ${status}`)
      }
    )

    it.each(finished)('wait stops at the first read of %s', async (status) => {
      const id = `w${++n}`
      dd.on(`POST /api/v2/fleet/deployments/${id}/cancel`, accepted)
      dd.on(`GET /api/v2/fleet/deployments/${id}`, detail(status))
      // A clock that ends the wait instead of sleeping: a second read would be a wait on it.
      const noSleep = { now: () => 0, sleep: () => Promise.reject(new Error('no second read')) }
      const ended = await settleOne(session(), deployment(id), flow({ wait: true, clock: noSleep }))
      expect(ended.outcome).toBe(status === 'canceled' ? 'cancelled' : 'not-cancellable')
      expect(ended.message).toContain(status)
      expect(dd.requests.filter((r) => r.url.endsWith(id))).toHaveLength(1)
    })

    it.each(['pending', 'running'])('a dry run of %s: a cancel would be sent', async (status) => {
      const id = `p${++n}`
      dd.on(`GET /api/v2/fleet/deployments/${id}`, detail(status))
      const preview = await settleOne(session(), deployment(id), flow({ dryRun: true }))
      expect(preview.outcome).toBe('would-cancel')
    })
  })
})
