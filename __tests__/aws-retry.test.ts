/**
 * src/providers/aws/retry-strategy.ts PacedRetryStrategy: how every AWS request is retried. First its
 * decisions one by one (a stub pacer, a virtual clock), then through a real SDK
 * client against a loopback server, counting the requests that reach it.
 */
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  jest
} from '@jest/globals'
import type { RetryErrorInfo, RetryErrorType, RetryToken } from '@smithy/types'
import { PacedRetryStrategy } from '../src/providers/aws/retry-strategy.js'
import type { Clock, Pacer } from '../src/requests/pacer.js'
import { requestPolicy } from '../src/requests/policy.js'
import { createSession } from '../src/providers/aws/greengrass.js'
import { createSession as createIotJob } from '../src/providers/aws/iot-job.js'
import { redact } from '../src/util/secrets.js'
import { createContext, never, target, type AwsOverrides } from '../__fixtures__/inputs.js'
import { scriptedServer, type ScriptedServer } from '../__fixtures__/http.js'

const NOW = 1_700_000_000_000

function policy(maxAttempts = 5) {
  const pacer = {
    acquire: jest.fn<Pacer['acquire']>(async () => {}),
    acquireRetry: jest.fn<Pacer['acquireRetry']>(async () => {}),
    onThrottle: jest.fn<Pacer['onThrottle']>(),
    onAccepted: jest.fn<Pacer['onAccepted']>()
  }
  const clock = {
    now: jest.fn<Clock['now']>(() => NOW),
    sleep: jest.fn<Clock['sleep']>(async () => {})
  }
  const strategy = new PacedRetryStrategy({
    maxAttempts,
    pacer: pacer as unknown as Pacer,
    clock
  })
  return { strategy, pacer, clock }
}

/** An SDK error as the retry middleware sees it; `answered` when the service sent a response. */
function failure(
  errorType: RetryErrorType,
  { answered = true, retryAfterMs }: { answered?: boolean; retryAfterMs?: number } = {}
): RetryErrorInfo {
  const error = Object.assign(new Error(`${errorType} happened`), {
    name: errorType === 'THROTTLING' ? 'ThrottlingException' : 'SomeError',
    ...(answered ? { $response: { statusCode: 500 } } : {})
  })
  return {
    errorType,
    error: error as RetryErrorInfo['error'],
    ...(retryAfterMs !== undefined ? { retryAfterHint: new Date(NOW + retryAfterMs) } : {})
  }
}

describe('PacedRetryStrategy', () => {
  it('waits for the pacer before the first attempt', async () => {
    const { strategy, pacer } = policy()
    let release = () => {}
    pacer.acquire.mockImplementationOnce(() => new Promise<void>((resolve) => (release = resolve)))
    let token: RetryToken | undefined
    const acquiring = strategy.acquireInitialRetryToken().then((t) => (token = t))
    await new Promise((resolve) => setImmediate(resolve))
    expect(token).toBeUndefined()
    release()
    await acquiring
    expect(token!.getRetryCount()).toBe(0)
    expect(token!.getRetryDelay()).toBe(0)
    expect(pacer.acquire).toHaveBeenCalledTimes(1)
    expect(strategy.mode).toBe('paced')
  })

  it('on throttling, tells the pacer, and retries first in its queue once the Retry-After hint (in ms) has passed, without backoff', async () => {
    const { strategy, pacer, clock } = policy()
    const first = await strategy.acquireInitialRetryToken()
    const next = await strategy.refreshRetryTokenForRetry(
      first,
      failure('THROTTLING', { retryAfterMs: 3_000 })
    )
    expect(pacer.onThrottle).toHaveBeenCalledTimes(1)
    expect(pacer.acquireRetry).toHaveBeenCalledWith(3_000)
    expect(pacer.onAccepted).not.toHaveBeenCalled()
    expect(clock.sleep).not.toHaveBeenCalled()
    expect(pacer.acquire).toHaveBeenCalledTimes(1)
    // Not an attempt: the provider did nothing.
    expect(next.getRetryCount()).toBe(0)
    expect(next.getRetryDelay()).toBe(0)
  })

  it('on throttling without a hint, retries first in the queue at once', async () => {
    const { strategy, pacer } = policy()
    await strategy.refreshRetryTokenForRetry(
      await strategy.acquireInitialRetryToken(),
      failure('THROTTLING')
    )
    expect(pacer.acquireRetry).toHaveBeenCalledWith(undefined)
  })

  it('never gives up on throttling, even with max-attempts 1: the deadline ends it', async () => {
    const { strategy, pacer } = policy(1)
    let token = await strategy.acquireInitialRetryToken()
    for (let i = 0; i < 50; i++) {
      token = await strategy.refreshRetryTokenForRetry(token, failure('THROTTLING'))
    }
    expect(pacer.acquireRetry).toHaveBeenCalledTimes(50)
    expect(token.getRetryCount()).toBe(0)
  })

  it('counts server errors after throttles: max-attempts bounds only them', async () => {
    const { strategy } = policy(3)
    let token = await strategy.acquireInitialRetryToken()
    token = await strategy.refreshRetryTokenForRetry(token, failure('THROTTLING'))
    token = await strategy.refreshRetryTokenForRetry(token, failure('SERVER_ERROR'))
    token = await strategy.refreshRetryTokenForRetry(token, failure('THROTTLING'))
    token = await strategy.refreshRetryTokenForRetry(token, failure('SERVER_ERROR'))
    expect(token.getRetryCount()).toBe(2)
    const last = failure('SERVER_ERROR')
    await expect(strategy.refreshRetryTokenForRetry(token, last)).rejects.toBe(last.error)
  })

  it.each<RetryErrorType>(['SERVER_ERROR', 'TRANSIENT'])(
    'backs off with full jitter after %s, then waits for the pacer',
    async (errorType) => {
      const { strategy, pacer, clock } = policy()
      let token = await strategy.acquireInitialRetryToken()
      for (const cap of [200, 400, 800]) {
        clock.sleep.mockClear()
        token = await strategy.refreshRetryTokenForRetry(token, failure(errorType))
        expect(clock.sleep).toHaveBeenCalledTimes(1)
        const wait = clock.sleep.mock.calls[0]![0]
        expect(wait).toBeGreaterThanOrEqual(0)
        expect(wait).toBeLessThanOrEqual(cap)
        expect(clock.sleep.mock.invocationCallOrder[0]!).toBeLessThan(
          pacer.acquire.mock.invocationCallOrder.at(-1)!
        )
      }
      expect(token.getRetryCount()).toBe(3)
      expect(pacer.onThrottle).not.toHaveBeenCalled()
    }
  )

  it('counts a server error that answered as a request the provider accepted', async () => {
    const { strategy, pacer } = policy()
    await strategy.refreshRetryTokenForRetry(
      await strategy.acquireInitialRetryToken(),
      failure('SERVER_ERROR')
    )
    expect(pacer.onAccepted).toHaveBeenCalledTimes(1)
  })

  it('does not count a network failure, which never reached the provider', async () => {
    const { strategy, pacer } = policy()
    await strategy.refreshRetryTokenForRetry(
      await strategy.acquireInitialRetryToken(),
      failure('TRANSIENT', { answered: false })
    )
    expect(pacer.onAccepted).not.toHaveBeenCalled()
  })

  it('does not retry a client error: it rethrows the original error', async () => {
    const { strategy, pacer, clock } = policy()
    const info = failure('CLIENT_ERROR')
    await expect(
      strategy.refreshRetryTokenForRetry(await strategy.acquireInitialRetryToken(), info)
    ).rejects.toBe(info.error)
    expect(clock.sleep).not.toHaveBeenCalled()
    expect(pacer.acquire).toHaveBeenCalledTimes(1)
  })

  it.each<RetryErrorType>(['SERVER_ERROR', 'TRANSIENT'])(
    'stops after max-attempts on %s, rethrowing the last error',
    async (errorType) => {
      const { strategy, pacer } = policy(3)
      let token = await strategy.acquireInitialRetryToken()
      token = await strategy.refreshRetryTokenForRetry(token, failure(errorType))
      token = await strategy.refreshRetryTokenForRetry(token, failure(errorType))
      const last = failure(errorType)
      await expect(strategy.refreshRetryTokenForRetry(token, last)).rejects.toBe(last.error)
      // 1 initial acquire + 2 retries: the third failure is not retried.
      expect(pacer.acquire).toHaveBeenCalledTimes(3)
    }
  )

  it('with max-attempts 1, never retries', async () => {
    const { strategy } = policy(1)
    await expect(
      strategy.refreshRetryTokenForRetry(
        await strategy.acquireInitialRetryToken(),
        failure('SERVER_ERROR')
      )
    ).rejects.toBeInstanceOf(Error)
  })

  it('counts a success as accepted', () => {
    const { strategy, pacer } = policy()
    strategy.recordSuccess()
    expect(pacer.onAccepted).toHaveBeenCalledTimes(1)
  })

  describe('through a real Greengrass client', () => {
    let server: ScriptedServer
    const CANCEL = 'POST /greengrass/v2/deployments/d-1/cancel'
    const deployment = target({ 'deployment-id': 'd-1' })
    const CREDENTIALS = {
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_SESSION_TOKEN: undefined,
      AWS_PROFILE: undefined,
      AWS_ENDPOINT_URL: undefined,
      AWS_ENDPOINT_URL_GREENGRASSV2: undefined
    }
    const saved = Object.fromEntries(Object.keys(CREDENTIALS).map((k) => [k, process.env[k]]))

    beforeAll(async () => {
      server = await scriptedServer()
      for (const [name, value] of Object.entries(CREDENTIALS)) {
        if (value === undefined) delete process.env[name]
        else process.env[name] = value
      }
    })
    afterEach(() => {
      server.requests.length = 0
    })
    afterAll(async () => {
      await server.close()
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name]
        else process.env[name] = value
      }
    })

    /** Virtual time: every wait the retries ask for is recorded and passes at once. */
    let clock: Clock & { sleeps: number[] }
    beforeEach(() => {
      // It starts at the real time: the SDK turns a Retry-After into a date from Date.now().
      let now = Date.now()
      const sleeps: number[] = []
      clock = {
        sleeps,
        now: () => now,
        sleep: async (ms, signal) => {
          signal?.throwIfAborted()
          sleeps.push(ms)
          now += ms
        }
      }
    })
    const session = (overrides: AwsOverrides = {}) => {
      const inputs = { maxAttempts: 3, endpointUrl: server.url, ...overrides }
      return { ...createContext(inputs), requests: requestPolicy(inputs.maxAttempts, clock) }
    }
    const cancelD1 = () => createSession(session()).cancel(deployment, never)
    const error = (status: number, type: string, headers: Record<string, string> = {}) => ({
      status,
      headers: { 'x-amzn-errortype': type, 'x-amzn-requestid': 'req-test', ...headers },
      body: { message: `${type} from the test server` }
    })

    it('retries a 429 and cancels with the second request', async () => {
      server.on(CANCEL, error(429, 'ThrottlingException'), {
        status: 200,
        headers: { 'x-amzn-requestid': 'req-test' },
        body: { message: 'cancelled' }
      })
      const result = await cancelD1()
      expect(result.outcome).toBe('cancelled')
      expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([CANCEL, CANCEL])
      // A throttled try is not an attempt: the provider did nothing with it.
      expect(server.requests[1]!.headers['amz-sdk-request']).toBe('attempt=1; max=3')
    })

    it('waits out a Retry-After of 2 s before the retry', async () => {
      server.on(CANCEL, error(429, 'ThrottlingException', { 'retry-after': '2' }), {
        status: 200,
        headers: { 'x-amzn-requestid': 'req-test' },
        body: {}
      })
      const result = await cancelD1()
      expect(result.outcome).toBe('cancelled')
      expect(server.requests).toHaveLength(2)
      // The one wait is the hint's (a throttle without one waits about 1 s), counted from when
      // the SDK read the header.
      expect(clock.sleeps).toEqual([expect.any(Number)])
      expect(clock.sleeps[0]).toBeGreaterThanOrEqual(1_900)
      expect(clock.sleeps[0]).toBeLessThan(3_000)
    })

    it('gives up on 500 after 3 requests (max-attempts 3)', async () => {
      server.on(CANCEL, error(500, 'InternalServerException'))
      const result = await cancelD1()
      expect(server.requests).toHaveLength(3)
      expect(result.outcome).toBe('failed')
      expect(result.message).toMatch(/server error .* after 3 attempt\(s\)/)
    })

    it('does not give up on throttling after max-attempts: it cancels with the sixth request', async () => {
      server.on(CANCEL, ...Array.from({ length: 5 }, () => error(429, 'ThrottlingException')), {
        status: 200,
        headers: { 'x-amzn-requestid': 'req-test' },
        body: {}
      })
      const result = await cancelD1()
      expect(server.requests).toHaveLength(6)
      expect(result.outcome).toBe('cancelled')
    })

    it('a 409 after throttles does not say an earlier attempt may have cancelled it', async () => {
      server.on(CANCEL, error(429, 'ThrottlingException'), error(409, 'ConflictException'))
      const result = await cancelD1()
      expect(server.requests).toHaveLength(2)
      expect(result.outcome).toBe('not-cancellable')
      expect(result.message).not.toMatch(/earlier attempt/)
    })

    it('does not retry a 400 ValidationException', async () => {
      server.on(CANCEL, error(400, 'ValidationException'))
      const result = await cancelD1()
      expect(server.requests).toHaveLength(1)
      expect(result.outcome).toBe('failed')
      expect(result.message).toMatch(/AWS rejected the request .*ValidationException/)
    })

    it('does not resend an IoT LimitExceededException (the SDK calls it throttling): the cancel ends at once, naming the quota', async () => {
      const CANCEL_JOB = 'PUT /jobs/fw-1/cancel?force=false'
      const DESCRIBE_JOB = 'GET /jobs/fw-1'
      server.on(DESCRIBE_JOB, {
        status: 200,
        headers: { 'x-amzn-requestid': 'req-test' },
        body: { job: { jobId: 'fw-1', status: 'IN_PROGRESS', targets: [] } }
      })
      server.on(CANCEL_JOB, error(410, 'LimitExceededException'))
      const result = await createIotJob(session({ timeoutSeconds: 30 })).cancel(
        target({ 'job-id': 'fw-1' }),
        never
      )
      expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([DESCRIBE_JOB, CANCEL_JOB])
      expect(clock.sleeps).toEqual([])
      expect(result.outcome).toBe('failed')
      expect(result.message).toMatch(/service quota is full \(LimitExceededException/)
      expect(result.message).toMatch(/not a rate, so it was not sent again/)
    })

    it('registers the session token the request was signed with, so an echo of it is redacted', async () => {
      const token = 'FwoGZXIvYXdzEXAMPLESESSIONTOKEN0123456789'
      process.env.AWS_SESSION_TOKEN = token
      try {
        server.on(CANCEL, error(400, 'ValidationException'))
        await cancelD1()
        expect(server.requests[0]!.headers['x-amz-security-token']).toBe(token)
        expect(redact(`bad token ${token}`)).toBe('bad token ***')
      } finally {
        delete process.env.AWS_SESSION_TOKEN
      }
    })

    it('does not retry a 409 ConflictException, which is an answer', async () => {
      server.on(CANCEL, error(409, 'ConflictException'))
      const result = await cancelD1()
      expect(server.requests).toHaveLength(1)
      expect(result.outcome).toBe('not-cancellable')
    })
  })
})
