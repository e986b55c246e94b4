import { beforeEach, describe, expect, it } from '@jest/globals'
import { mockClient } from 'aws-sdk-client-mock'
import {
  CancelJobExecutionCommand,
  DescribeJobExecutionCommand,
  InvalidRequestException,
  InvalidStateTransitionException,
  IoTClient,
  ResourceNotFoundException,
  ServiceUnavailableException,
  ThrottlingException,
  VersionConflictException
} from '@aws-sdk/client-iot'
import { createSession } from '../../src/providers/aws/iot-job-execution.js'
import { createContext, never, target, type AwsOverrides } from '../../__fixtures__/inputs.js'

const iot = mockClient(IoTClient)
const meta = (httpStatusCode: number) => ({ httpStatusCode, requestId: 'req-7', attempts: 1 })
const execution = target({ 'thing-name': 'sensor-1', 'job-id': 'fw-2' })
const session = (overrides: AwsOverrides = {}) =>
  createSession(createContext({ provider: 'iot-job-execution', ...overrides }))

describe('iot-job-execution', () => {
  beforeEach(() => {
    iot.reset()
  })

  it('sends force, expected-version and status-details as given', async () => {
    iot.on(CancelJobExecutionCommand).resolves({ $metadata: meta(200) })
    const result = await session({
      force: true,
      expectedVersion: 3,
      statusDetails: { reason: 'rollback' }
    }).cancel(execution, never)
    expect(result.outcome).toBe('cancelled')
    expect(result.message).toMatch(/job fw-2 on thing sensor-1 \(forced\)/)
    expect(iot.commandCalls(CancelJobExecutionCommand).map((c) => c.args[0].input)).toEqual([
      {
        thingName: 'sensor-1',
        jobId: 'fw-2',
        force: true,
        expectedVersion: 3,
        statusDetails: { reason: 'rollback' }
      }
    ])
  })

  it('tells the user to set force: true for an IN_PROGRESS execution', async () => {
    iot
      .on(CancelJobExecutionCommand)
      .rejects(new InvalidStateTransitionException({ message: 'nope', $metadata: meta(409) }))
    iot
      .on(DescribeJobExecutionCommand)
      .resolves({ execution: { status: 'IN_PROGRESS' }, $metadata: meta(200) })
    const result = await session().cancel(execution, never)
    expect(result).toMatchObject({ outcome: 'not-cancellable', status: 'IN_PROGRESS' })
    expect(result.message).toContain('set force: true')
  })

  it('names the final state of an execution that already finished', async () => {
    iot
      .on(CancelJobExecutionCommand)
      .rejects(new InvalidStateTransitionException({ message: 'nope', $metadata: meta(409) }))
    iot
      .on(DescribeJobExecutionCommand)
      .resolves({ execution: { status: 'SUCCEEDED' }, $metadata: meta(200) })
    const result = await session({ force: true }).cancel(execution, never)
    expect(result).toMatchObject({ outcome: 'not-cancellable', status: 'SUCCEEDED' })
    expect(result.message).toContain('It is SUCCEEDED')
    expect(result.message).not.toContain('force')
  })

  it('still advises force when the execution cannot be read', async () => {
    iot
      .on(CancelJobExecutionCommand)
      .rejects(new InvalidStateTransitionException({ message: 'nope', $metadata: meta(409) }))
    iot
      .on(DescribeJobExecutionCommand)
      .rejects(new ThrottlingException({ message: 'x', $metadata: meta(400) }))
    const result = await session().cancel(execution, never)
    expect(result.outcome).toBe('not-cancellable')
    expect(result.message).toContain('If it is IN_PROGRESS, set force: true')
  })

  it('reports a version conflict as not-cancellable without reading', async () => {
    iot
      .on(CancelJobExecutionCommand)
      .rejects(new VersionConflictException({ message: 'v', $metadata: meta(409) }))
    const result = await session({ expectedVersion: 2 }).cancel(execution, never)
    expect(result.outcome).toBe('not-cancellable')
    expect(result.message).toContain('expected-version 2')
    expect(iot.commandCalls(DescribeJobExecutionCommand)).toHaveLength(0)
  })

  it.each([
    [
      new ResourceNotFoundException({ message: 'none', $metadata: meta(404) }),
      'not-found',
      /not found/
    ],
    [new InvalidRequestException({ message: 'bad', $metadata: meta(400) }), 'failed', /rejected/],
    [
      new ServiceUnavailableException({ message: 'down', $metadata: meta(503) }),
      'failed',
      /server error/
    ]
  ])('classifies %p', async (error, outcome, message) => {
    iot.on(CancelJobExecutionCommand).rejects(error)
    const result = await session().cancel(execution, never)
    expect(result.outcome).toBe(outcome)
    expect(result.message).toMatch(message)
  })

  it.each([
    ['QUEUED', 'in-flight'],
    ['IN_PROGRESS', 'in-flight'],
    ['CANCELED', 'cancelled'],
    ['SUCCEEDED', 'finished'],
    ['TIMED_OUT', 'finished']
  ])('reads execution.status %s as %s', async (status, phase) => {
    iot
      .on(DescribeJobExecutionCommand)
      .resolves({ execution: { status: status as never }, $metadata: meta(200) })
    expect(await session().read(execution, never)).toMatchObject({ ok: true, phase, status })
  })

  it('tells a dry run that an IN_PROGRESS execution would be refused without force', async () => {
    iot
      .on(DescribeJobExecutionCommand)
      .resolves({ execution: { status: 'IN_PROGRESS' }, $metadata: meta(200) })
    const refused = await session().read(execution, never)
    expect(refused).toMatchObject({ ok: true, phase: 'in-flight', status: 'IN_PROGRESS' })
    expect(refused.ok && refused.refusal).toMatch(/force: true/)
    const forced = await session({ force: true }).read(execution, never)
    expect(forced.ok && forced.refusal).toBeFalsy()
  })
})
