/**
 * AWS IoT Jobs against moto (a local AWS that really stores things, jobs and
 * executions): things and jobs are made with the real @aws-sdk/client-iot,
 * the bundled action cancels, and the SDK reads the result back.
 *
 * What moto does not model, and so is not tested here:
 *  - executions never leave QUEUED on their own (no IoT Jobs data plane), so
 *    the IN_PROGRESS-needs-force refusal cannot be reached; the force flag is
 *    still checked, through the forceCanceled moto records;
 *  - a new job is QUEUED, a status real IoT jobs never have (IN_PROGRESS,
 *    SCHEDULED, ...); see the iot-job tests;
 *  - cancelling an execution that is already CANCELED succeeds again, where
 *    IoT answers InvalidStateTransitionException;
 *  - expectedVersion and statusDetails are ignored;
 *  - an unknown execution is a 500 (a Python KeyError), not a 404.
 *
 * Without moto_server these tests are skipped, loudly; under CI=true its
 * absence is a failure.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  CancelJobCommand,
  CancelJobExecutionCommand,
  CreateJobCommand,
  CreateThingCommand,
  DescribeJobCommand,
  DescribeJobExecutionCommand,
  DescribeThingCommand,
  IoTClient
} from '@aws-sdk/client-iot'
import { motoAvailable, startMoto, type Moto, type MotoRequest } from '../../__fixtures__/moto.js'
import { runAction } from '../../__fixtures__/run-action.js'
import { AWS_ENV, expectExitPerFailOn, results, sleep, uid } from './support.js'

const available = motoAvailable()
const onCi = process.env.CI === 'true'

it('moto_server is available (required when CI=true)', () => {
  if (onCi) {
    expect(available).toBe(true)
  } else if (!available) {
    console.warn(
      '\n*** moto_server was not found: the IoT tests against moto are SKIPPED. ***\n' +
        "*** Install it with: pip install 'moto[server]' (required under CI=true). ***\n"
    )
  }
})

const describeMoto = available ? describe : describe.skip

describeMoto('AWS IoT Jobs against moto', () => {
  let moto: Moto
  let iot: IoTClient

  beforeAll(async () => {
    moto = await startMoto()
    iot = new IoTClient({
      endpoint: moto.url,
      region: 'us-east-1',
      credentials: { accessKeyId: AWS_ENV.AWS_ACCESS_KEY_ID, secretAccessKey: 'x' },
      maxAttempts: 1
    })
  }, 60_000)

  afterAll(async () => {
    iot?.destroy()
    await moto?.stop()
  })

  /** A thing and a job targeting it: moto queues one execution. */
  async function queuedExecution(): Promise<{ thing: string; job: string }> {
    const thing = uid('thing')
    const job = uid('job')
    const { thingArn } = await iot.send(new CreateThingCommand({ thingName: thing }))
    await iot.send(
      new CreateJobCommand({
        jobId: job,
        targets: [thingArn as string],
        document: JSON.stringify({ operation: 'update', version: '1.2.3' }),
        description: 'e2e'
      })
    )
    return { thing, job }
  }

  const execution = async (thing: string, job: string) =>
    (await iot.send(new DescribeJobExecutionCommand({ thingName: thing, jobId: job }))).execution

  const run = (inputs: Record<string, string>, endpoint = moto.url) =>
    runAction({ 'endpoint-url': endpoint, ...inputs }, { env: AWS_ENV, timeoutMs: 30_000 })

  /** Requests moto logged whose path starts with `prefix` (its log trails the answers a little). */
  async function motoSaw(prefix: string, method?: string): Promise<MotoRequest[]> {
    await sleep(200)
    return moto
      .requests()
      .filter((r) => r.path.startsWith(prefix) && (method === undefined || r.method === method))
  }

  it('cancels a queued execution: DescribeJobExecution then says CANCELED', async () => {
    const { thing, job } = await queuedExecution()
    expect((await execution(thing, job))?.status).toBe('QUEUED')

    const result = await run({ provider: 'iot-job-execution', 'thing-name': thing, 'job-id': job })

    expect(result.outputs.outcome).toBe('cancelled')
    expect(result.outputs['request-id']).not.toBe('')
    expectExitPerFailOn(result)
    const after = await execution(thing, job)
    expect(after?.status).toBe('CANCELED')
    expect(after?.forceCanceled).toBe(false)
    const cancels = await motoSaw(`/things/${thing}/jobs/${job}/cancel`, 'PUT')
    expect(cancels.map((r) => [r.path, r.status])).toEqual([
      [`/things/${thing}/jobs/${job}/cancel?force=false`, 200]
    ])
  })

  it('in-flight-on a thing lists its executions by status (ListJobExecutionsForThing) and cancels the queued one', async () => {
    const { thing, job } = await queuedExecution()
    // A second job on the same thing, already cancelled: the QUEUED filter leaves it out.
    const { thingArn } = await iot.send(new DescribeThingCommand({ thingName: thing }))
    const ended = uid('job')
    await iot.send(
      new CreateJobCommand({ jobId: ended, targets: [thingArn as string], document: '{}' })
    )
    await iot.send(new CancelJobExecutionCommand({ thingName: thing, jobId: ended }))
    const result = await run({ provider: 'iot-job-execution', 'in-flight-on': thing })
    expect(results(result).map((e) => [e.target, e.outcome])).toEqual([
      [`${thing}/${job}`, 'cancelled']
    ])
    expect((await execution(thing, job))?.status).toBe('CANCELED')
    const lists = await motoSaw(`/things/${thing}/jobs?`, 'GET')
    expect(lists.map((r) => new URL(r.path, 'http://x').searchParams.get('status')).sort()).toEqual(
      ['IN_PROGRESS', 'QUEUED']
    )
  })

  it('in-flight-on a thing moto does not have is not-found (DescribeThing)', async () => {
    const result = await run({ provider: 'iot-job-execution', 'in-flight-on': uid('nothing') })
    expect(result.outputs.outcome).toBe('not-found')
  })

  it('force: true reaches moto (forceCanceled is recorded)', async () => {
    const { thing, job } = await queuedExecution()
    const result = await run({
      provider: 'iot-job-execution',
      'thing-name': thing,
      'job-id': job,
      force: 'true'
    })
    expect(result.outputs.outcome).toBe('cancelled')
    const after = await execution(thing, job)
    expect(after?.status).toBe('CANCELED')
    expect(after?.forceCanceled).toBe(true)
  })

  it('wait: true reads the final state back from moto', async () => {
    const { thing, job } = await queuedExecution()
    const result = await run({
      provider: 'iot-job-execution',
      'thing-name': thing,
      'job-id': job,
      wait: 'true'
    })
    expect(result.outputs.outcome).toBe('cancelled')
    expect(result.outputs.status).toBe('CANCELED')
    expect(await motoSaw(`/things/${thing}/jobs/${job}`, 'GET')).not.toHaveLength(0)
  })

  it('dry-run: would-cancel, and moto still has it QUEUED', async () => {
    const { thing, job } = await queuedExecution()
    const result = await run({
      provider: 'iot-job-execution',
      'thing-name': thing,
      'job-id': job,
      'dry-run': 'true'
    })
    expect(result.outputs.outcome).toBe('would-cancel')
    expect(result.outputs.status).toBe('QUEUED')
    expect((await execution(thing, job))?.status).toBe('QUEUED')
    expect(await motoSaw(`/things/${thing}/jobs/${job}/cancel`)).toEqual([])
  })

  it('several executions of one job in one step', async () => {
    const job = uid('job')
    const things = [uid('thing'), uid('thing')]
    const arns: string[] = []
    for (const thingName of things) {
      arns.push((await iot.send(new CreateThingCommand({ thingName }))).thingArn as string)
    }
    await iot.send(new CreateJobCommand({ jobId: job, targets: arns, document: '{}' }))
    const result = await run({
      provider: 'iot-job-execution',
      'thing-name': things.join('\n'),
      'job-id': job
    })
    expect(results(result).map((e) => [e.target, e.outcome])).toEqual(
      things.map((t) => [`${t}/${job}`, 'cancelled'])
    )
    for (const thing of things) expect((await execution(thing, job))?.status).toBe('CANCELED')
  })

  it('an unknown execution: moto answers 500, so the action fails after its retries', async () => {
    // Real IoT answers 404 ResourceNotFoundException (→ not-found). moto raises a
    // KeyError and answers a 500 HTML page, which the action retries as a server
    // error and then reports as failed.
    const { job } = await queuedExecution()
    const thing = uid('not-targeted')
    const result = await run({
      provider: 'iot-job-execution',
      'thing-name': thing,
      'job-id': job,
      'max-attempts': '2'
    })
    expect(result.outputs.outcome).toBe('failed')
    expect(result.outputs.message).toContain('HTTP 500')
    expectExitPerFailOn(result)
    const cancels = await motoSaw(`/things/${thing}/jobs/${job}/cancel`, 'PUT')
    expect(cancels.map((r) => r.status)).toEqual([500, 500])
  })

  describe('iot-job (CancelJob)', () => {
    it('an unknown job: DescribeJob is a 404 in moto too, so not-found', async () => {
      const result = await run({ provider: 'iot-job', 'job-id': uid('no-such-job') })
      expect(result.outputs.outcome).toBe('not-found')
      expectExitPerFailOn(result)
    })

    it('a job in a status IoT does not document (moto says QUEUED) is cancelled', async () => {
      // moto creates jobs as QUEUED; IoT jobs are IN_PROGRESS, SCHEDULED, COMPLETED,
      // CANCELED or DELETION_IN_PROGRESS. Only a job that has ended is left alone:
      // a status the action does not know counts as still in flight.
      const { job } = await queuedExecution()
      const result = await run({ provider: 'iot-job', 'job-id': job })
      expect(result.outputs.outcome).toBe('cancelled')
      expect(await motoSaw(`/jobs/${job}/cancel`)).toHaveLength(1)
    })

    it('a job already CANCELED: not-cancellable, no second CancelJob', async () => {
      const { job } = await queuedExecution()
      await iot.send(new CancelJobCommand({ jobId: job }))
      const result = await run({ provider: 'iot-job', 'job-id': job })
      expect(result.outputs.outcome).toBe('not-cancellable')
      expect(result.outputs.status).toBe('CANCELED')
      // Only the CancelJob made above.
      expect(await motoSaw(`/jobs/${job}/cancel`)).toHaveLength(1)
    })

    describe("through a proxy that reports moto's QUEUED jobs as IN_PROGRESS", () => {
      let proxy: Server
      let proxyUrl: string

      beforeAll(async () => {
        proxy = queuedAsInProgress(new URL(moto.url))
        await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', () => resolve()))
        proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
      })
      afterAll(async () => {
        proxy.closeAllConnections()
        await new Promise((resolve) => proxy.close(resolve))
      })

      it('CancelJob reaches moto with force, reason-code and comment', async () => {
        const { thing, job } = await queuedExecution()
        const result = await run(
          { provider: 'iot-job', 'job-id': job, force: 'true', 'reason-code': 'E2E_ROLLBACK' },
          proxyUrl
        )
        expect(result.outputs.outcome).toBe('cancelled')
        expectExitPerFailOn(result)
        const cancels = await motoSaw(`/jobs/${job}/cancel`, 'PUT')
        expect(cancels.map((r) => [r.path, r.status])).toEqual([
          [`/jobs/${job}/cancel?force=true`, 200]
        ])
        const { job: after } = await iot.send(new DescribeJobCommand({ jobId: job }))
        expect(after?.status).toBe('CANCELED')
        expect(after?.forceCanceled).toBe(true)
        expect(after?.reasonCode).toBe('E2E_ROLLBACK')
        expect(after?.comment).toBe(
          'Cancelled by GitHub Actions: https://github.com/octo/app/actions/runs/4242'
        )
        // moto does not cascade a job cancel to its executions.
        expect((await execution(thing, job))?.status).toBe('QUEUED')
      })

      it('wait: true reads the job back: CANCELED', async () => {
        const { job } = await queuedExecution()
        const result = await run({ provider: 'iot-job', 'job-id': job, wait: 'true' }, proxyUrl)
        expect(result.outputs.outcome).toBe('cancelled')
        expect(result.outputs.status).toBe('CANCELED')
      })
    })
  })
})

/**
 * Forwards everything to moto, rewriting only DescribeJob answers
 * (`GET /jobs/{id}`) whose job.status is moto's QUEUED to IN_PROGRESS, the
 * status a real job has once created.
 */
function queuedAsInProgress(target: URL): Server {
  return createServer((req, res) => {
    const upstream = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: req.headers
      },
      (answer) => {
        const chunks: Buffer[] = []
        answer.on('data', (c: Buffer) => chunks.push(c))
        answer.on('end', () => {
          let body = Buffer.concat(chunks)
          if (req.method === 'GET' && /^\/jobs\/[^/?]+$/.test(req.url ?? '')) {
            const doc = JSON.parse(body.toString('utf8')) as { job?: { status?: string } }
            if (doc.job?.status === 'QUEUED') doc.job.status = 'IN_PROGRESS'
            body = Buffer.from(JSON.stringify(doc))
          }
          const headers = { ...answer.headers, 'content-length': String(body.length) }
          delete headers['transfer-encoding']
          res.writeHead(answer.statusCode ?? 502, headers)
          res.end(body)
        })
      }
    )
    upstream.on('error', () => {
      res.writeHead(502)
      res.end()
    })
    req.pipe(upstream)
  })
}
