/**
 * in-flight-on through the bundle: each provider's list against the emulator
 * (pages, filters, faults, throttling), the safety rules (an empty value never
 * widens, a job that also runs elsewhere is not cancelled, Greengrass's own
 * jobs are left to it), and the preview → approve → cancel hand-off of a dry
 * run's results file.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Emulator } from '../../emulator/server.js'
import { fileEmulator } from '../../__fixtures__/emulator.js'
import {
  act,
  DD_INPUTS,
  expectExitPerFailOn,
  results,
  sentFor,
  uid,
  withEmulator,
  type ResultEntry
} from './support.js'

const ARN = 'arn:aws:iot:us-east-1:123456789012'
const groupArn = (name: string) => `${ARN}:thinggroup/${name}`

const emu = await fileEmulator()

const byTarget = (entries: ResultEntry[]) => Object.fromEntries(entries.map((e) => [e.target, e]))
const cancels = (e: Emulator, op: Parameters<typeof sentFor>[2], ids: string[]) =>
  sentFor(e, ids, op).length

describe('in-flight-on: greengrass', () => {
  it.concurrent(
    'cancels the ACTIVE latest deployments of a thing group, and says what a cancel changes',
    async () => {
      const group = uid('grp')
      const [a, done, elsewhere] = [uid('gg'), uid('gg'), uid('gg')]
      emu.addGreengrassDeployment(done, {
        targetArn: groupArn(`${group}-old`),
        status: 'COMPLETED'
      })
      emu.addGreengrassDeployment(a, { targetArn: groupArn(group) })
      emu.addGreengrassDeployment(elsewhere, { targetArn: groupArn(`${group}-other`) })
      const run = await act(emu, { provider: 'greengrass', 'in-flight-on': groupArn(group) })
      expect(run.outputs.outcome).toBe('cancelled')
      const [entry] = results(run)
      expect(entry).toMatchObject({
        target: a,
        outcome: 'cancelled',
        ids: { 'deployment-id': a },
        provider: 'greengrass'
      })
      expect(entry!.message).toContain(`Found in flight on thinggroup/${group}.`)
      expect(entry!.message).toContain('changes nothing on the devices that already have it')
      expect(emu.statusOf({ kind: 'greengrass', id: elsewhere })).toBe('ACTIVE')
      expect(cancels(emu, 'greengrass.CancelDeployment', [elsewhere, done])).toBe(0)
      const list = emu.requests.find(
        (r) =>
          r.operation === 'greengrass.ListDeployments' && r.query['targetArn'] === groupArn(group)
      )
      expect(list?.query).toMatchObject({ historyFilter: 'LATEST_ONLY', maxResults: '100' })
      expectExitPerFailOn(run)
    }
  )

  it.concurrent(
    'lists only the latest revision of a target: an older ACTIVE one is not touched',
    async () => {
      const group = uid('grp')
      const [older, newer] = [uid('gg'), uid('gg')]
      emu.addGreengrassDeployment(older, { targetArn: groupArn(group) })
      emu.addGreengrassDeployment(newer, { targetArn: groupArn(group) })
      const run = await act(emu, { provider: 'greengrass', 'in-flight-on': groupArn(group) })
      expect(results(run).map((e) => e.target)).toEqual([newer])
      expect(cancels(emu, 'greengrass.CancelDeployment', [older])).toBe(0)
    }
  )

  it.concurrent(
    'all reads every page before the first cancel, through throttling, and sends nothing in a dry run',
    async () => {
      await withEmulator(async (own) => {
        const ids = Array.from({ length: 130 }, (_, i) => `all-${String(i).padStart(3, '0')}`)
        // 130 places, every 13th deployment finished: 120 in flight.
        const seed = () =>
          ids.forEach((id, i) =>
            own.addGreengrassDeployment(id, {
              targetArn: groupArn(`g${i}`),
              status: i % 13 === 0 ? 'COMPLETED' : 'ACTIVE'
            })
          )
        seed()
        own.fault('greengrass.ListDeployments', [{ throttle: true, retryAfter: 0 }])
        const preview = await act(own, {
          provider: 'greengrass',
          'in-flight-on': 'all',
          'dry-run': 'true'
        })
        expect(preview.outputs.outcome).toBe('would-cancel')
        expect(results(preview)).toHaveLength(120)
        expect(
          own.requests.filter((r) => r.operation === 'greengrass.CancelDeployment')
        ).toHaveLength(0)
        own.reset()
        seed()
        const run = await act(own, { provider: 'greengrass', 'in-flight-on': 'all' })
        expect(run.outputs.outcome).toBe('cancelled')
        expect(results(run)).toHaveLength(120)
        const ops = own.requests.map((r) => r.operation)
        expect(ops.filter((o) => o === 'greengrass.ListDeployments')).toHaveLength(2)
        expect(ops.lastIndexOf('greengrass.ListDeployments')).toBeLessThan(
          ops.indexOf('greengrass.CancelDeployment')
        )
      })
    }
  )

  it.concurrent(
    'a failed list ends its place failed, naming the list and the IAM action; nothing there is cancelled',
    async () => {
      const group = uid('grp')
      const id = uid('gg')
      emu.addGreengrassDeployment(id, { targetArn: groupArn(group) })
      emu.fault('greengrass.ListDeployments', [{ status: 403 }], { target: groupArn(group) })
      const run = await act(emu, { provider: 'greengrass', 'in-flight-on': groupArn(group) })
      expect(run.outputs.outcome).toBe('failed')
      expect(run.outputs.message).toContain('greengrass:ListDeployments')
      expect(run.outputs.message).toContain('Nothing found there was cancelled')
      expect(results(run)[0]).toMatchObject({
        target: `thinggroup/${group}`,
        ids: { 'in-flight-on': groupArn(group) }
      })
      expect(emu.statusOf({ kind: 'greengrass', id })).toBe('ACTIVE')
      expectExitPerFailOn(run)
    }
  )

  it.concurrent(
    'nothing in flight on a group that exists is not-cancellable; one that does not exist is not-found',
    async () => {
      const group = uid('grp')
      emu.addThingGroup(group)
      const none = await act(emu, { provider: 'greengrass', 'in-flight-on': groupArn(group) })
      expect(none.outputs.outcome).toBe('not-cancellable')
      expect(none.outputs.message).toBe(
        `Nothing in flight on thinggroup/${group} in us-east-1: there is nothing to cancel.`
      )
      expectExitPerFailOn(none)
      const missing = await act(emu, {
        provider: 'greengrass',
        'in-flight-on': groupArn(uid('nogroup'))
      })
      expect(missing.outputs.outcome).toBe('not-found')
      expectExitPerFailOn(missing)
    }
  )
})

describe('in-flight-on: iot-job', () => {
  it.concurrent(
    "cancels the jobs only on the group; refuses one that also targets others, and Greengrass's own",
    async () => {
      const group = uid('grp')
      const [only, wider, gg, done, sched] = [uid('j'), uid('j'), uid('j'), uid('j'), uid('j')]
      emu.addIotJob(only, { groups: [group] })
      emu.addIotJob(sched, { groups: [group], status: 'SCHEDULED' })
      emu.addIotJob(wider, { groups: [group], things: [`${wider}-thing`] })
      emu.addIotJob(gg, { groups: [group], namespaceId: 'aws-gg-deployment' })
      emu.addIotJob(done, { groups: [group], status: 'COMPLETED' })
      const run = await act(emu, { provider: 'iot-job', 'in-flight-on': group })
      const got = byTarget(results(run))
      expect(Object.keys(got).sort()).toEqual([only, wider, gg, sched].sort())
      expect(got[only]).toMatchObject({ outcome: 'cancelled' })
      expect(got[sched]).toMatchObject({ outcome: 'cancelled' })
      expect(got[wider]!.outcome).toBe('not-cancellable')
      expect(got[wider]!.message).toContain(`thing/${wider}-thing`)
      expect(got[wider]!.message).toContain(`job-id: ${wider}`)
      expect(got[gg]!.message).toContain('provider greengrass')
      expect(cancels(emu, 'iot.CancelJob', [wider, gg, done])).toBe(0)
      expect(emu.statusOf({ kind: 'iot-job', id: wider })).toBe('IN_PROGRESS')
      const statuses = emu.requests
        .filter((r) => r.operation === 'iot.ListJobs' && r.query['thingGroupName'] === group)
        .map((r) => r.query['status'])
      expect(statuses.sort()).toEqual(['IN_PROGRESS', 'SCHEDULED'])
    }
  )

  it.concurrent(
    'a thing group ARN names the group; one that does not exist is not-found',
    async () => {
      const group = uid('grp')
      const job = uid('j')
      emu.addIotJob(job, { groups: [group] })
      const run = await act(emu, {
        provider: 'iot-job',
        'in-flight-on': groupArn(group),
        'dry-run': 'true'
      })
      expect(results(run)).toMatchObject([
        { target: job, outcome: 'would-cancel', ids: { 'job-id': job } }
      ])
      expect(cancels(emu, 'iot.CancelJob', [job])).toBe(0)
      const missing = await act(emu, { provider: 'iot-job', 'in-flight-on': uid('nogroup') })
      expect(missing.outputs.outcome).toBe('not-found')
      expect(missing.outputs.message).toContain('Thing group')
    }
  )
})

describe('in-flight-on: iot-job-execution', () => {
  it.concurrent("cancels a thing's QUEUED executions; an IN_PROGRESS one needs force", async () => {
    const thing = uid('thing')
    const [queued, running, finished] = [uid('j'), uid('j'), uid('j')]
    emu.addIotJob(queued, { things: { [thing]: 'QUEUED' } })
    emu.addIotJob(running, { things: { [thing]: 'IN_PROGRESS' } })
    emu.addIotJob(finished, { things: { [thing]: 'SUCCEEDED' } })
    const gg = uid('j')
    emu.addIotJob(gg, { things: { [thing]: 'QUEUED' }, namespaceId: 'aws-gg-deployment' })
    const run = await act(emu, { provider: 'iot-job-execution', 'in-flight-on': thing })
    const got = byTarget(results(run))
    expect(Object.keys(got).sort()).toEqual(
      [`${thing}/${queued}`, `${thing}/${running}`, `${thing}/${gg}`].sort()
    )
    expect(got[`${thing}/${gg}`]!.message).toContain('provider greengrass')
    expect(cancels(emu, 'iot.CancelJobExecution', [`${thing}/${gg}`])).toBe(0)
    expect(got[`${thing}/${queued}`]).toMatchObject({
      outcome: 'cancelled',
      ids: { 'thing-name': thing, 'job-id': queued }
    })
    expect(got[`${thing}/${running}`]!.outcome).toBe('not-cancellable')
    expect(got[`${thing}/${running}`]!.message).toContain('force: true')
    expect(got[`${thing}/${queued}`]!.message).toContain(`Found in flight on thing/${thing}.`)
  })

  it.concurrent('a thing that does not exist is not-found; all is an input error', async () => {
    const missing = await act(emu, {
      provider: 'iot-job-execution',
      'in-flight-on': uid('nothing')
    })
    expect(missing.outputs.outcome).toBe('not-found')
    const all = await act(emu, { provider: 'iot-job-execution', 'in-flight-on': 'all' })
    expect(all.outputs.outcome).toBe('failed')
    expect(all.outputs.message).toContain('name the things')
  })
})

describe('in-flight-on: datadog-fleet', () => {
  it.concurrent('all cancels every pending and running deployment, page by page', async () => {
    await withEmulator(async (own) => {
      const running = Array.from({ length: 105 }, (_, i) => `dd-run-${i}`)
      running.forEach((id) => own.addDatadogDeployment(id))
      own.addDatadogDeployment('dd-pending', { status: 'pending' })
      own.addDatadogDeployment('dd-done', { status: 'succeeded' })
      const run = await act(own, { provider: 'datadog-fleet', 'in-flight-on': 'all', ...DD_INPUTS })
      expect(run.outputs.outcome).toBe('cancelled')
      expect(results(run)).toHaveLength(106)
      expect(own.statusOf({ kind: 'datadog', id: 'dd-done' })).toBe('succeeded')
      const lists = own.requests.filter((r) => r.operation === 'datadog.ListDeployments')
      expect(
        lists.map((r) => [r.query['filter'], r.query['page_number'], r.query['page_size']])
      ).toEqual([
        ['status:running', '0', '100'],
        ['status:running', '1', '100'],
        ['status:pending', '0', '100']
      ])
    })
  })
})

describe('in-flight-on: inputs', () => {
  it.concurrent.each([
    [{ provider: 'proton-environment', 'in-flight-on': 'all' }, 'already names what is in flight'],
    [
      { provider: 'greengrass', 'in-flight-on': 'all', 'deployment-id': 'd-1' },
      'replaces deployment-id'
    ],
    [{ provider: 'greengrass', 'in-flight-on': ' , ' }, 'names no place'],
    [{ provider: 'greengrass', 'in-flight-on': 'production' }, 'deployment target ARN'],
    [{ provider: 'iot-job', 'in-flight-on': 'all\ng1' }, 'all stands alone'],
    [{ provider: 'datadog-fleet', 'in-flight-on': 'x', ...DD_INPUTS }, 'must be host:HOSTNAME']
  ])('%j is an input error, and nothing is sent', async (inputs, why) => {
    await withEmulator(async (own) => {
      const run = await act(own, inputs as Record<string, string>)
      expect(run.outputs.outcome).toBe('failed')
      expect(run.outputs.message).toContain(why)
      expect(own.requests).toHaveLength(0)
    })
  })

  it.concurrent('an empty in-flight-on is no place at all: the id is still required', async () => {
    await withEmulator(async (own) => {
      own.addGreengrassDeployment('d-empty')
      const run = await act(own, { provider: 'greengrass', 'in-flight-on': '' })
      expect(run.outputs.message).toContain('deployment-id is required')
      expect(own.requests).toHaveLength(0)
    })
  })

  it.concurrent(
    'shards split the targets found, sorted by label, each in exactly one job',
    async () => {
      const group = uid('grp')
      const ids = ['s-c', 's-a', 's-d', 's-b'].map((s) => `${group}-${s}`)
      ids.forEach((id, i) =>
        emu.addGreengrassDeployment(id, { targetArn: `${groupArn(group)}-${i}` })
      )
      const places = ids.map((_, i) => `${groupArn(group)}-${i}`).join('\n')
      const [one, two] = await Promise.all(
        ['1/2', '2/2'].map((shard) =>
          act(emu, { provider: 'greengrass', 'in-flight-on': places, shard, 'dry-run': 'true' })
        )
      )
      const sorted = [...ids].sort()
      expect(results(one!).map((e) => e.target)).toEqual([sorted[0], sorted[2]])
      expect(results(two!).map((e) => e.target)).toEqual([sorted[1], sorted[3]])
    }
  )
})

describe('preview, approve, cancel exactly that', () => {
  it.concurrent(
    "a dry run's results file, handed on as targets-file, cancels those and nothing started after",
    async () => {
      const group = uid('grp')
      const [a, b] = [uid('gg'), uid('gg')]
      emu.addGreengrassDeployment(a, { targetArn: `${groupArn(group)}` })
      emu.addGreengrassDeployment(b, { targetArn: `${groupArn(group)}-b` })
      const places = `${groupArn(group)}\n${groupArn(group)}-b\n${groupArn(group)}-empty`
      emu.addThingGroup(`${group}-empty`)
      const preview = await act(emu, {
        provider: 'greengrass',
        'in-flight-on': places,
        'dry-run': 'true'
      })
      expect(cancels(emu, 'greengrass.CancelDeployment', [a, b])).toBe(0)
      const file = preview.outputs['results-file']!
      const lines = readFileSync(file, 'utf8').split('\n')
      expect(lines[0]).toBe('[')
      const later = uid('gg')
      emu.addGreengrassDeployment(later, { targetArn: `${groupArn(group)}-empty` })
      const run = await act(emu, { provider: 'greengrass', 'targets-file': file })
      expect(run.outputs.outcome).toBe('cancelled')
      expect(
        results(run)
          .map((e) => e.target)
          .sort()
      ).toEqual([a, b].sort())
      expect(emu.statusOf({ kind: 'greengrass', id: later })).toBe('ACTIVE')
      expect(cancels(emu, 'greengrass.CancelDeployment', [later])).toBe(0)
    }
  )

  it.concurrent(
    'pairs come back as pairs (iot-job-execution), never as every combination',
    async () => {
      const [t1, t2] = [uid('thing'), uid('thing')]
      const [j1, j2] = [uid('j'), uid('j')]
      emu.addIotJob(j1, { things: { [t1]: 'QUEUED' } })
      emu.addIotJob(j2, { things: { [t2]: 'QUEUED' } })
      const preview = await act(emu, {
        provider: 'iot-job-execution',
        'in-flight-on': `${t1},${t2}`,
        'dry-run': 'true'
      })
      const run = await act(emu, {
        provider: 'iot-job-execution',
        'targets-file': preview.outputs['results-file']!
      })
      expect(
        results(run)
          .map((e) => e.target)
          .sort()
      ).toEqual([`${t1}/${j1}`, `${t2}/${j2}`].sort())
      expect(run.outputs.outcome).toBe('cancelled')
    }
  )

  it.concurrent('a results file for another provider is an input error naming both', async () => {
    const id = uid('gg')
    emu.addGreengrassDeployment(id)
    const preview = await act(emu, {
      provider: 'greengrass',
      'deployment-id': id,
      'dry-run': 'true'
    })
    const run = await act(emu, {
      provider: 'datadog-fleet',
      'targets-file': preview.outputs['results-file']!,
      ...DD_INPUTS
    })
    expect(run.outputs.outcome).toBe('failed')
    expect(run.outputs.message).toContain('greengrass')
    expect(run.outputs.message).toContain('datadog-fleet')
    expect(cancels(emu, 'greengrass.CancelDeployment', [id])).toBe(0)
  })

  it.concurrent(
    'a preview with nothing to cancel sends nothing and ends not-cancellable',
    async () => {
      const file = join(tmpdir(), `${uid('preview')}.json`)
      const entry = {
        target: 'x',
        outcome: 'not-cancellable',
        status: 'COMPLETED',
        message: '',
        'request-id': '',
        ids: { 'deployment-id': 'x' },
        provider: 'greengrass'
      }
      writeFileSync(file, `[\n${JSON.stringify(entry)}\n]\n`)
      await withEmulator(async (own) => {
        const run = await act(own, { provider: 'greengrass', 'targets-file': file })
        expect(run.outputs.outcome).toBe('not-cancellable')
        expect(run.outputs.message).toContain('The preview in targets-file')
        expect(run.outputs.message?.toLowerCase()).toContain('found nothing to cancel')
        expect(own.requests).toHaveLength(0)
        expectExitPerFailOn(run)
      })
    }
  )
})
