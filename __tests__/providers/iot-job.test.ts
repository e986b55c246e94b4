import { beforeEach, describe, expect, it } from '@jest/globals'
import { mockClient } from 'aws-sdk-client-mock'
import {
  CancelJobCommand,
  DescribeJobCommand,
  InvalidRequestException,
  InvalidStateTransitionException,
  IoTClient,
  LimitExceededException,
  ResourceNotFoundException,
  ServiceUnavailableException,
  UnauthorizedException,
  type JobStatus
} from '@aws-sdk/client-iot'
import { createSession, IOT_JOB_PHASES } from '../../src/providers/aws/iot-job.js'
import { createContext, never, target, type AwsOverrides } from '../../__fixtures__/inputs.js'
import { table } from '../../__fixtures__/each.js'

const iot = mockClient(IoTClient)
const meta = (httpStatusCode: number, requestId = 'req-7') => ({
  httpStatusCode,
  requestId,
  attempts: 1
})
const job = target({ 'job-id': 'fw-2' })
const session = (overrides: AwsOverrides = {}) =>
  createSession(createContext({ provider: 'iot-job', ...overrides }))
const describes = (status: JobStatus | undefined) =>
  iot.on(DescribeJobCommand).resolves({
    job: status ? { jobId: 'fw-2', status } : undefined,
    $metadata: meta(200, 'req-describe')
  })

describe('iot-job', () => {
  beforeEach(() => {
    iot.reset()
  })

  it('reads the job first, then cancels it with force, reason-code and comment as given', async () => {
    describes('IN_PROGRESS')
    iot.on(CancelJobCommand).resolves({ jobId: 'fw-2', $metadata: meta(200, 'req-cancel') })
    const result = await session({
      force: true,
      reasonCode: 'BAD_FIRMWARE',
      comment: 'Cancelled by GitHub Actions: https://github.com/octo/app/actions/runs/42'
    }).cancel(job, never)
    expect(result).toEqual({
      outcome: 'cancelled',
      message: 'Cancelled IoT job fw-2 on every thing, including executions in progress (forced).',
      status: '',
      requestId: 'req-cancel'
    })
    expect(iot.commandCalls(DescribeJobCommand).map((c) => c.args[0].input)).toEqual([
      { jobId: 'fw-2' }
    ])
    expect(iot.commandCalls(CancelJobCommand).map((c) => c.args[0].input)).toEqual([
      {
        jobId: 'fw-2',
        force: true,
        reasonCode: 'BAD_FIRMWARE',
        comment: 'Cancelled by GitHub Actions: https://github.com/octo/app/actions/runs/42'
      }
    ])
    const [describeCall] = iot.commandCalls(DescribeJobCommand)
    const [cancelCall] = iot.commandCalls(CancelJobCommand)
    expect(describeCall!.calledBefore(cancelCall!)).toBe(true)
  })

  it.each<JobStatus>(['IN_PROGRESS', 'SCHEDULED'])('cancels a %s job', async (status) => {
    describes(status)
    iot.on(CancelJobCommand).resolves({ jobId: 'fw-2', $metadata: meta(200) })
    const result = await session().cancel(job, never)
    expect(result.outcome).toBe('cancelled')
    expect(iot.commandCalls(CancelJobCommand)).toHaveLength(1)
  })

  it('without force, says executions already IN_PROGRESS run on', async () => {
    describes('IN_PROGRESS')
    iot.on(CancelJobCommand).resolves({ jobId: 'fw-2', $metadata: meta(200) })
    const result = await session({ force: false }).cancel(job, never)
    expect(result.message).toBe(
      'Cancelled IoT job fw-2 on every thing; executions already IN_PROGRESS run on unless force: true.'
    )
    expect(iot.commandCalls(CancelJobCommand)[0]!.args[0].input).toMatchObject({ force: false })
  })

  it('sends no reasonCode or comment that was not given', async () => {
    describes('IN_PROGRESS')
    iot.on(CancelJobCommand).resolves({ jobId: 'fw-2', $metadata: meta(200) })
    await session().cancel(job, never)
    const input = iot.commandCalls(CancelJobCommand)[0]!.args[0].input
    expect(input.reasonCode).toBeUndefined()
    expect(input.comment).toBeUndefined()
  })

  it.each<JobStatus>(['COMPLETED', 'CANCELED', 'DELETION_IN_PROGRESS'])(
    'reports a %s job as not-cancellable and sends no CancelJob',
    async (status) => {
      describes(status)
      const result = await session({ force: true }).cancel(job, never)
      expect(result).toEqual({
        outcome: 'not-cancellable',
        message: `IoT job fw-2 is ${status}: there is nothing to cancel.`,
        status,
        requestId: 'req-describe'
      })
      expect(iot.commandCalls(CancelJobCommand)).toHaveLength(0)
    }
  )

  it('reports a job that DescribeJob does not find as not-found, and sends no CancelJob', async () => {
    iot
      .on(DescribeJobCommand)
      .rejects(
        new ResourceNotFoundException({ message: 'Job fw-2 not found', $metadata: meta(404) })
      )
    const result = await session().cancel(job, never)
    expect(result).toMatchObject({ outcome: 'not-found', requestId: 'req-7' })
    expect(result.message).toMatch(/^IoT job fw-2 was not found in us-east-1/)
    expect(iot.commandCalls(CancelJobCommand)).toHaveLength(0)
  })

  it('names iot:DescribeJob when the read is denied, and sends no CancelJob', async () => {
    iot
      .on(DescribeJobCommand)
      .rejects(new UnauthorizedException({ message: 'denied', $metadata: meta(403) }))
    const result = await session().cancel(job, never)
    expect(result.outcome).toBe('failed')
    expect(result.message).toMatch(/grant iot:DescribeJob/)
    expect(iot.commandCalls(CancelJobCommand)).toHaveLength(0)
  })

  it.each([
    [
      new InvalidStateTransitionException({ message: 'already done', $metadata: meta(409) }),
      'not-cancellable',
      /^IoT job fw-2 cannot be cancelled in its current state/
    ],
    [
      new ResourceNotFoundException({ message: 'gone', $metadata: meta(404) }),
      'not-found',
      /^IoT job fw-2 was not found/
    ],
    [
      new InvalidRequestException({ message: 'bad comment', $metadata: meta(400) }),
      'failed',
      /rejected the request for IoT job fw-2.*bad comment/
    ],
    [
      new LimitExceededException({ message: 'too many', $metadata: meta(410) }),
      'failed',
      /too many/
    ],
    [
      new UnauthorizedException({ message: 'denied', $metadata: meta(403) }),
      'failed',
      /grant iot:CancelJob/
    ],
    [
      new ServiceUnavailableException({ message: 'down', $metadata: meta(503) }),
      'failed',
      /server error/
    ]
  ])('classifies %p from CancelJob', async (error, outcome, message) => {
    describes('IN_PROGRESS')
    iot.on(CancelJobCommand).rejects(error)
    const result = await session().cancel(job, never)
    expect(result.outcome).toBe(outcome)
    expect(result.message).toMatch(message)
    expect(result.requestId).toBe('req-7')
  })

  it.each(
    table([
      ['SCHEDULED', 'in-flight'],
      ['IN_PROGRESS', 'in-flight'],
      ['CANCELED', 'cancelled'],
      ['COMPLETED', 'finished'],
      ['DELETION_IN_PROGRESS', 'finished']
    ] as const)
  )('reads job.status %s as %s', async (status, phase) => {
    describes(status)
    expect(await session().read(job, never)).toEqual({
      ok: true,
      phase,
      status,
      requestId: 'req-describe'
    })
    expect(iot.commandCalls(CancelJobCommand)).toHaveLength(0)
  })

  it('maps every JobStatus the SDK knows', () => {
    expect(Object.keys(IOT_JOB_PHASES).sort()).toEqual(
      ['CANCELED', 'COMPLETED', 'DELETION_IN_PROGRESS', 'IN_PROGRESS', 'SCHEDULED'].sort()
    )
  })

  it('gives a read that fails as its answer', async () => {
    iot
      .on(DescribeJobCommand)
      .rejects(new ResourceNotFoundException({ message: 'none', $metadata: meta(404) }))
    const result = await session().read(job, never)
    expect(result).toMatchObject({ ok: false, answer: { outcome: 'not-found' } })
  })

  it('passes the abort signal to both calls', async () => {
    describes('IN_PROGRESS')
    iot.on(CancelJobCommand).resolves({ jobId: 'fw-2', $metadata: meta(200) })
    const controller = new AbortController()
    await session().cancel(job, controller.signal)
    expect((iot.commandCalls(DescribeJobCommand)[0]!.args as unknown[])[1]).toMatchObject({
      abortSignal: controller.signal
    })
    expect((iot.commandCalls(CancelJobCommand)[0]!.args as unknown[])[1]).toMatchObject({
      abortSignal: controller.signal
    })
  })
})
