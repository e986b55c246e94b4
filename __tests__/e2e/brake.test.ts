/**
 * The brake cancels only what was named (CONTRACT.md, "Corrections (turn 4)"), through the
 * bundle against the emulator's hostile answers: a place named by ARN is that place (its
 * region, its account), every listed item is checked before it is cancelled (its id, its
 * place), and a list is read to its end or the place fails. In each case nothing found at the
 * place is cancelled.
 */
import { describe, expect, it } from '@jest/globals'
import { type Emulator, type FaultSpec } from '../../emulator/server.js'
import { fileEmulator } from '../../__fixtures__/emulator.js'
import type { OperationName } from '../../emulator/types.js'
import { act, DD_INPUTS, expectExitPerFailOn, results, uid, withEmulator } from './support.js'

const ARN = 'arn:aws:iot:us-east-1:123456789012'
const groupArn = (name: string) => `${ARN}:thinggroup/${name}`
const thingArn = (name: string) => `${ARN}:thing/${name}`
/** An AWS page token as the emulator makes them: the offset, base64url. */
const token = (offset: number) => Buffer.from(String(offset)).toString('base64url')

const emu = await fileEmulator()

const sent = (e: Emulator, operation: OperationName) =>
  e.requests.filter((r) => r.operation === operation)

/** The place's one result: failed, saying `why`, and nothing cancelled. */
function expectPlaceFailed(run: Awaited<ReturnType<typeof act>>, label: string, why: string[]) {
  expect(run.outputs.outcome).toBe('failed')
  const [entry, ...rest] = results(run)
  expect(rest).toEqual([])
  expect(entry).toMatchObject({ target: label, outcome: 'failed' })
  for (const text of why) expect(entry!.message).toContain(text)
  expect(entry!.message).toContain('Nothing found there was cancelled')
  expectExitPerFailOn(run)
}

describe('a place named by ARN is that place', () => {
  it.concurrent.each([
    ['greengrass', `arn:aws:iot:eu-west-1:123456789012:thinggroup/production`],
    ['iot-job', `arn:aws:iot:eu-west-1:123456789012:thinggroup/production`]
  ])(
    '%s: an ARN of another region than the step is an input error naming both and the fix',
    async (provider, place) => {
      await withEmulator(async (own) => {
        own.addIotJob('fw-1', { groups: ['production'] })
        const run = await act(own, { provider, 'in-flight-on': place })
        expect(run.outputs.outcome).toBe('failed')
        expect(run.outputs.message).toContain('eu-west-1')
        expect(run.outputs.message).toContain('us-east-1')
        expect(run.outputs.message).toContain('aws-region: eu-west-1')
        expect(run.outputs.message).toContain('one step per region')
        expect(own.requests).toHaveLength(0)
      })
    }
  )

  it.concurrent(
    'iot-job: a group ARN of another account fails the place naming both accounts; its namesake is not cancelled',
    async () => {
      const group = uid('grp')
      const job = uid('j')
      emu.addIotJob(job, { groups: [group] })
      const run = await act(emu, {
        provider: 'iot-job',
        'in-flight-on': `arn:aws:iot:us-east-1:999999999999:thinggroup/${group}`
      })
      expectPlaceFailed(run, `thinggroup/${group}`, ['999999999999', '123456789012'])
      expect(emu.statusOf({ kind: 'iot-job', id: job })).toBe('IN_PROGRESS')
      const named = (r: { query: Record<string, string> }) => r.query['thingGroupName'] === group
      expect(sent(emu, 'iot.ListJobs').filter(named)).toHaveLength(0)
    }
  )

  it.concurrent(
    "greengrass: IoT's answer for the place in another account fails it naming both accounts",
    async () => {
      const thing = uid('core')
      const id = uid('gg')
      emu.addGreengrassDeployment(id, { targetArn: thingArn(thing) })
      emu.fault(
        'iot.DescribeThing',
        [{ merge: { thingArn: `arn:aws:iot:us-east-1:999999999999:thing/${thing}` } }],
        { target: thing }
      )
      const run = await act(emu, { provider: 'greengrass', 'in-flight-on': thingArn(thing) })
      expectPlaceFailed(run, `thing/${thing}`, ['999999999999', '123456789012'])
      expect(emu.statusOf({ kind: 'greengrass', id })).toBe('ACTIVE')
      expect(sent(emu, 'greengrass.CancelDeployment').filter((r) => r.target === id)).toEqual([])
    }
  )
})

describe('every listed item is checked before it is cancelled', () => {
  it.concurrent(
    'greengrass: an item of another target fails the place, and the one really on it is not cancelled either',
    async () => {
      const group = uid('grp')
      const [a, b] = [uid('gg'), uid('gg')]
      emu.addGreengrassDeployment(a, { targetArn: groupArn(group) })
      emu.addGreengrassDeployment(b, { targetArn: groupArn(`${group}-b`) })
      // The list of the group answers the deployment of another group as well.
      emu.fault(
        'greengrass.ListDeployments',
        [{ merge: { deployments: [{}, { deploymentId: b, targetArn: groupArn(`${group}-b`) }] } }],
        { target: groupArn(group) }
      )
      const run = await act(emu, { provider: 'greengrass', 'in-flight-on': groupArn(group) })
      expectPlaceFailed(run, `thinggroup/${group}`, [
        `the list answered deployment-id ${b}, which is not on ${groupArn(group)}`
      ])
      expect(
        sent(emu, 'greengrass.CancelDeployment').filter((r) => [a, b].includes(r.target!))
      ).toEqual([])
    }
  )

  it.concurrent.each<[string, OperationName, object]>([
    ['greengrass', 'greengrass.ListDeployments', { deployments: [{ deploymentId: '..' }] }],
    ['datadog-fleet', 'datadog.ListDeployments', { data: [{ id: '..' }] }]
  ])(
    '%s: an id ".." from the list is never sent, and fails the place',
    async (provider, list, merge) => {
      await withEmulator(async (own) => {
        if (provider === 'greengrass')
          own.addGreengrassDeployment('d-1', { targetArn: groupArn('g') })
        else own.addDatadogDeployment('d-1')
        own.fault(list, [{ merge }])
        const run = await act(own, {
          provider,
          'in-flight-on': provider === 'greengrass' ? groupArn('g') : 'all',
          ...(provider === 'datadog-fleet' ? DD_INPUTS : {})
        })
        expect(run.outputs.outcome).toBe('failed')
        expect(run.outputs.message).toContain('deployment-id ".."')
        expect(run.outputs.message).toContain('Nothing found there was cancelled')
        const cancels = own.requests.filter((r) => /Cancel/.test(r.operation ?? 'unmatched'))
        expect(cancels).toEqual([])
        expect(own.requests.filter((r) => r.operation === null)).toEqual([])
      })
    }
  )

  it.concurrent.each([
    [
      'another group only',
      (other: string) => ({ job: { targets: [groupArn(other)] } }),
      'which is not on'
    ],
    ['no targets at all', () => ({ job: { targets: null } }), 'holds no targets']
  ])(
    'iot-job: a listed job whose DescribeJob shows %s fails the place; nothing there is cancelled',
    async (_, merge, why) => {
      const group = uid('grp')
      const [stray, fine] = [uid('j'), uid('j')]
      emu.addIotJob(stray, { groups: [group] })
      emu.addIotJob(fine, { groups: [group] })
      emu.fault('iot.DescribeJob', [{ merge: merge(`${group}-other`) }], { target: stray })
      const run = await act(emu, { provider: 'iot-job', 'in-flight-on': group })
      expectPlaceFailed(run, `thinggroup/${group}`, [why, stray])
      expect(emu.statusOf({ kind: 'iot-job', id: fine })).toBe('IN_PROGRESS')
      expect(emu.statusOf({ kind: 'iot-job', id: stray })).toBe('IN_PROGRESS')
    }
  )

  it.concurrent(
    'datadog-fleet: a listed item that is not pending or running fails the list',
    async () => {
      await withEmulator(async (own) => {
        own.addDatadogDeployment('dd-1')
        own.addDatadogDeployment('dd-2')
        own.fault('datadog.ListDeployments', [
          { merge: { data: [{ attributes: { status: 'completed' } }] } }
        ])
        const run = await act(own, {
          provider: 'datadog-fleet',
          'in-flight-on': 'all',
          ...DD_INPUTS
        })
        expect(run.outputs.outcome).toBe('failed')
        expect(run.outputs.message).toContain(
          'which is not on the running list (its status is completed)'
        )
        expect(sent(own, 'datadog.CancelDeployment')).toEqual([])
      })
    }
  )
})

describe('a list is read to its end, or the place fails', () => {
  /** Pages of one item, each answering the same token: a list that would loop for ever. */
  const loop = [1, 2].map(() => ({ query: { maxResults: '1' }, merge: { nextToken: token(1) } }))

  it.concurrent.each<[string, OperationName, string, string]>([
    ['greengrass', 'greengrass.ListDeployments', 'all', 'all (every ACTIVE deployment'],
    ['iot-job', 'iot.ListJobs', 'p1', 'thinggroup/p1'],
    ['iot-job-execution', 'iot.ListJobExecutionsForThing', 'p1', 'thing/p1']
  ])('%s: a page token seen before (%s) fails the place', async (provider, list, place, label) => {
    await withEmulator(async (own) => {
      for (const n of [1, 2, 3]) {
        if (provider === 'greengrass')
          own.addGreengrassDeployment(`d-${n}`, { targetArn: groupArn(`g-${n}`) })
        else if (provider === 'iot-job') own.addIotJob(`j-${n}`, { groups: [place] })
        else own.addIotJob(`j-${n}`, { things: { [place]: 'QUEUED' } })
      }
      own.fault(list, loop)
      const run = await act(own, { provider, 'in-flight-on': place })
      expect(results(run)[0]!.target.startsWith(label)).toBe(true)
      expectPlaceFailed(run, results(run)[0]!.target, [
        'could not be read to its end',
        'page 2 answered a page token seen before',
        'read so far: 2 pages, 2 items'
      ])
      expect(own.requests.filter((r) => /Cancel/.test(r.operation ?? ''))).toEqual([])
    })
  })

  it.concurrent('greengrass: a page that only repeats earlier items fails the place', async () => {
    await withEmulator(async (own) => {
      for (const n of [1, 2, 3]) own.addGreengrassDeployment(`d-${n}`, { targetArn: groupArn('g') })
      own.fault('greengrass.ListDeployments', [
        { query: { maxResults: '1' }, merge: { nextToken: token(0) } },
        { query: { maxResults: '1' }, merge: { nextToken: token(5) } }
      ])
      const run = await act(own, { provider: 'greengrass', 'in-flight-on': groupArn('g') })
      expectPlaceFailed(run, 'thinggroup/g', ['page 2 only repeated items of earlier pages'])
      expect(sent(own, 'greengrass.CancelDeployment')).toEqual([])
    })
  })

  it.concurrent.each<[string, FaultSpec | undefined, string]>([
    [
      'a short page',
      { query: { page_size: '1' } },
      'its pages ended after 1 item, but the list said it holds 3'
    ],
    [
      'a total its pages never reach',
      { merge: { meta: { page: { total_filtered_count: 500 } } } },
      'the list said it holds 500'
    ],
    ['a page_number it ignores', undefined, 'page 2 only repeated items']
  ])('datadog-fleet: %s fails the list', async (_, fault, why) => {
    await withEmulator(async (own) => {
      const many = fault === undefined
      for (let n = 0; n < (many ? 105 : 3); n++) own.addDatadogDeployment(`dd-${n}`)
      own.fault('datadog.ListDeployments', many ? [{}, { query: { page_number: '0' } }] : [fault])
      const run = await act(own, { provider: 'datadog-fleet', 'in-flight-on': 'all', ...DD_INPUTS })
      expect(run.outputs.outcome).toBe('failed')
      expect(run.outputs.message).toContain('could not be read to its end')
      expect(run.outputs.message).toContain(why)
      expect(sent(own, 'datadog.CancelDeployment')).toEqual([])
    })
  })
})
