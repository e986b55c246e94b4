/**
 * What a rollout reached, end to end through dist/index.js against the emulator: the entry's
 * `reach`, the message, the job summary's picture, reached-file, and the requests sent (after
 * every cancel, never twice); a denied, throttled or interrupted read changes no outcome.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { type IotExecutionStatus } from '../../emulator/server.js'
import { fileEmulator } from '../../__fixtures__/emulator.js'
import { act, DD_INPUTS, interruptOnceSeen, operations, results, sentFor, uid } from './support.js'

const emu = await fileEmulator()

const GROUP = 'arn:aws:iot:us-east-1:123456789012:thinggroup/production'
/** `n` things named `<prefix>-<i>`, each in `status`. */
const things = (
  prefix: string,
  n: number,
  status: IotExecutionStatus
): Record<string, IotExecutionStatus> =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`${prefix}-${i}`, status]))
/** 1,100 have it, 12 are installing it, 128 have not started: the contract's example. */
const fleet = (prefix: string) => ({
  ...things(`${prefix}-ok`, 1100, 'SUCCEEDED'),
  ...things(`${prefix}-busy`, 12, 'IN_PROGRESS'),
  ...things(`${prefix}-wait`, 128, 'QUEUED')
})
const counts = (o: Partial<Record<string, number>>) => ({
  total: 0,
  succeeded: 0,
  'in-progress': 0,
  queued: 0,
  failed: 0,
  cancelled: 0,
  ...o
})

describe('reach: counts', () => {
  it.concurrent(
    'greengrass dry run: what a cancel would stop, from one GetDeployment and one DescribeJob',
    async () => {
      const id = uid('fw')
      emu.addGreengrassDeployment(id, { targetArn: GROUP, devices: fleet(id) })
      const run = await act(emu, {
        provider: 'greengrass',
        'deployment-id': id,
        'dry-run': 'true',
        reach: 'counts'
      })
      expect(run.outputs.outcome).toBe('would-cancel')
      expect(run.outputs.message).toBe(
        `Dry run: ${id} (ACTIVE, thinggroup/production): 1,100 of 1,240 devices have it, 12 are installing it, 128 have not started; a cancel would stop it for those 128.`
      )
      expect(results(run)[0]!.reach).toEqual(
        counts({ total: 1240, succeeded: 1100, 'in-progress': 12, queued: 128 })
      )
      expect(operations(sentFor(emu, [id, `job-${id}`]))).toEqual([
        'greengrass.GetDeployment',
        'iot.DescribeJob'
      ])
      expect(run.summary).toContain('What the rollouts reached')
      expect(run.summary).toContain('1,240: 1,100 have it, 12 installing, 128 not started')
      expect(run.summary).toMatch(/<code>█{17,18}▓░{2,3}<\/code>/)
      expect(run.stdout).not.toMatch(/^::(error|warning)/m)
    }
  )

  it.concurrent(
    'greengrass cancel: every cancel goes out before the first read, and the message says what it stopped',
    async () => {
      const ids = [uid('a'), uid('b'), uid('c')]
      for (const id of ids)
        emu.addGreengrassDeployment(id, { targetArn: GROUP, devices: fleet(id) })
      const run = await act(emu, {
        provider: 'greengrass',
        'deployment-id': ids.join(','),
        reach: 'counts',
        'max-concurrency': '1'
      })
      expect(run.outputs.outcome).toBe('cancelled')
      const sent = operations(sentFor(emu, [...ids, ...ids.map((id) => `job-${id}`)]))
      expect(sent.slice(0, 3)).toEqual(Array(3).fill('greengrass.CancelDeployment'))
      expect(sent.slice(3).sort()).toEqual(
        [...Array(3).fill('greengrass.GetDeployment'), ...Array(3).fill('iot.DescribeJob')].sort()
      )
      for (const entry of results(run)) {
        expect(entry.reach).toEqual(
          counts({ total: 1240, succeeded: 1100, 'in-progress': 12, cancelled: 128 })
        )
        expect(entry.message).toBe(
          `Cancelled Greengrass deployment ${entry.target}. It had reached 1,112 of 1,240 devices (thinggroup/production): 1,100 have it, 12 are installing it; the cancel stopped it for 128 that had not started.`
        )
      }
      expect(run.summary).toContain('<h4>Outcomes</h4>')
      expect(run.summary).toMatch(/<td>cancelled<\/td><td>3<\/td>/)
    }
  )

  it.concurrent(
    'iot-job: the DescribeJob read before the cancel is its reach, not sent twice',
    async () => {
      const id = uid('job')
      emu.addIotJob(id, {
        things: {
          ...things(`${id}-ok`, 3, 'SUCCEEDED'),
          ...things(`${id}-q`, 2, 'QUEUED'),
          [`${id}-x`]: 'FAILED'
        }
      })
      const run = await act(emu, { provider: 'iot-job', 'job-id': id, reach: 'counts' })
      expect(run.outputs.outcome).toBe('cancelled')
      expect(operations(sentFor(emu, id))).toEqual(['iot.DescribeJob', 'iot.CancelJob'])
      expect(results(run)[0]!.reach).toEqual(
        counts({ total: 6, succeeded: 3, queued: 2, failed: 1 })
      )
      expect(run.outputs.message).toContain(
        'It had reached 4 of 6 devices: 3 have it, 0 are installing it, 1 failed on it; the cancel stopped it for 2 that had not started.'
      )
    }
  )

  it.concurrent('datadog-fleet dry run: the host counts of the read it made anyway', async () => {
    const id = uid('dd')
    emu.addDatadogDeployment(id, {
      query: 'env:prod',
      hostStatuses: { web1: 'succeeded', web2: 'running', web3: 'pending', web4: 'skipped' }
    })
    const run = await act(emu, {
      provider: 'datadog-fleet',
      'deployment-id': id,
      'dry-run': 'true',
      reach: 'counts',
      ...DD_INPUTS
    })
    expect(results(run)[0]!.reach).toEqual(
      counts({ total: 4, succeeded: 1, 'in-progress': 1, queued: 1, cancelled: 1 })
    )
    expect(run.outputs.message).toBe(
      `Dry run: ${id} (running, hosts matching env:prod): 1 of 4 hosts have it, 1 are installing it, 1 have not started; a cancel would stop it for those 1.`
    )
    expect(operations(sentFor(emu, id))).toEqual(['datadog.GetDeployment'])
  })

  it.concurrent(
    'a denied read changes no outcome: no reach, and a warning names the IAM action',
    async () => {
      const id = uid('denied')
      emu.addGreengrassDeployment(id, { devices: fleet(id) })
      emu.fault('iot.DescribeJob', [{ status: 403, errorType: 'AccessDeniedException' }], {
        target: `job-${id}`
      })
      const run = await act(emu, { provider: 'greengrass', 'deployment-id': id, reach: 'counts' })
      expect(run.outputs.outcome).toBe('cancelled')
      expect(run.exitCode).toBe(0)
      expect(results(run)[0]).not.toHaveProperty('reach')
      expect(run.outputs.message).toBe(`Cancelled Greengrass deployment ${id}.`)
      expect(run.stdout).toMatch(
        new RegExp(`^::warning title=Reach not read::.*${id}.*grant iot:DescribeJob`, 'm')
      )
    }
  )

  it.concurrent.each([
    ['ending in /..', (id: string) => `${id}/..`],
    ['with a space', (id: string) => `job ${id}`]
  ])(
    'a GetDeployment naming a job id %s: no request is built from it, and no reach',
    async (_, jobIdOf) => {
      const id = uid('badjob')
      emu.addGreengrassDeployment(id, { devices: fleet(id) })
      emu.fault('greengrass.GetDeployment', [{ merge: { iotJobId: jobIdOf(id) } }], { target: id })
      const run = await act(emu, { provider: 'greengrass', 'deployment-id': id, reach: 'counts' })
      expect(run.outputs.outcome).toBe('cancelled')
      expect(results(run)[0]).not.toHaveProperty('reach')
      expect(run.stdout).toMatch(
        /^::warning title=Reach not read::.*names an IoT job id that is not one/m
      )
      const iot = emu.requests.filter((r) => r.operation?.startsWith('iot.'))
      expect(iot.filter((r) => decodeURIComponent(r.path).includes(id))).toEqual([])
    }
  )

  it.concurrent('a throttled read waits its turn and is read', async () => {
    const id = uid('throttled')
    emu.addGreengrassDeployment(id, { devices: fleet(id) })
    emu.fault('iot.DescribeJob', [{ throttle: true, retryAfter: 1 }], { target: `job-${id}` })
    const run = await act(emu, { provider: 'greengrass', 'deployment-id': id, reach: 'counts' })
    expect(run.outputs.outcome).toBe('cancelled')
    expect(results(run)[0]!.reach).toMatchObject({ total: 1240, cancelled: 128 })
    expect(operations(sentFor(emu, `job-${id}`))).toEqual(['iot.DescribeJob', 'iot.DescribeJob'])
  })

  it.concurrent('reach: none sends nothing more and writes no reach', async () => {
    const id = uid('none')
    emu.addGreengrassDeployment(id, { devices: fleet(id) })
    const run = await act(emu, { provider: 'greengrass', 'deployment-id': id, reach: 'none' })
    expect(operations(sentFor(emu, [id, `job-${id}`]))).toEqual(['greengrass.CancelDeployment'])
    expect(results(run)[0]).not.toHaveProperty('reach')
    expect(run.outputs['reached-file']).toBe('')
    expect(run.summary).not.toContain('What the rollouts reached')
  })
})

describe('reach: devices', () => {
  it.concurrent(
    'greengrass: reached-file lists every thing that has it, is installing it or failed, page by page',
    async () => {
      const id = uid('dev')
      emu.addGreengrassDeployment(id, {
        devices: {
          ...things(`${id}-ok`, 600, 'SUCCEEDED'),
          ...things(`${id}-busy`, 2, 'IN_PROGRESS'),
          ...things(`${id}-bad`, 1, 'FAILED'),
          ...things(`${id}-wait`, 5, 'QUEUED')
        }
      })
      const run = await act(emu, { provider: 'greengrass', 'deployment-id': id, reach: 'devices' })
      const file = run.outputs['reached-file'] ?? ''
      expect(file).not.toBe('')
      const reached = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>[]
      expect(reached).toHaveLength(603)
      expect(new Set(reached.map((r) => r.device)).size).toBe(603)
      expect(reached).toContainEqual({
        target: id,
        provider: 'greengrass',
        device: `${id}-bad-0`,
        status: 'FAILED'
      })
      expect(reached.some((r) => (r.device ?? '').includes('-wait-'))).toBe(false)
      const pages = sentFor(emu, `job-${id}`, 'iot.ListJobExecutionsForJob')
      expect(pages.filter((p) => p.query.status === 'SUCCEEDED')).toHaveLength(3)
      expect(pages.every((p) => p.query.maxResults === '250')).toBe(true)
    }
  )

  it.concurrent('datadog-fleet: the hosts of the same answer, without a second read', async () => {
    const id = uid('ddev')
    emu.addDatadogDeployment(id, {
      hostStatuses: { web1: 'succeeded', web2: 'failed', web3: 'pending', web4: 'skipped' }
    })
    const run = await act(emu, {
      provider: 'datadog-fleet',
      'deployment-id': id,
      reach: 'devices',
      ...DD_INPUTS
    })
    const reached = JSON.parse(readFileSync(run.outputs['reached-file'] ?? '', 'utf8')) as unknown
    expect(reached).toEqual([
      { target: id, provider: 'datadog-fleet', device: 'web1', status: 'succeeded' },
      { target: id, provider: 'datadog-fleet', device: 'web2', status: 'failed' }
    ])
    expect(operations(sentFor(emu, id))).toEqual([
      'datadog.CancelDeployment',
      'datadog.GetDeployment'
    ])
  })
})

describe('seen from one device or host', () => {
  it.concurrent(
    "greengrass, a core device's ARN: its own deployment is cancelled, a group's on its way there is reported with its reach",
    async () => {
      const core = uid('core')
      const [own, group, done] = [uid('own'), uid('grp'), uid('done')]
      const groupArn = `arn:aws:iot:us-east-1:123456789012:thinggroup/${uid('fleet')}`
      emu.addGreengrassDeployment(own, {
        targetArn: `arn:aws:iot:us-east-1:123456789012:thing/${core}`,
        devices: { [core]: 'IN_PROGRESS' }
      })
      emu.addGreengrassDeployment(group, {
        targetArn: groupArn,
        devices: { [core]: 'QUEUED', [`${core}-peer`]: 'SUCCEEDED' }
      })
      emu.addGreengrassDeployment(done, {
        targetArn: groupArn,
        devices: { [core]: 'SUCCEEDED' }
      })
      const run = await act(emu, {
        provider: 'greengrass',
        'in-flight-on': `arn:aws:iot:us-east-1:123456789012:thing/${core}`,
        reach: 'counts'
      })
      const byTarget = Object.fromEntries(results(run).map((r) => [r.target, r]))
      expect(Object.keys(byTarget).sort()).toEqual([group, own].sort())
      expect(byTarget[own]!.outcome).toBe('cancelled')
      const refused = byTarget[group]!
      expect(refused.outcome).toBe('not-cancellable')
      expect(refused.status).toBe('QUEUED')
      expect(refused.message).toContain(`through thinggroup/${groupArn.split('/')[1]}`)
      expect(refused.message).toContain(
        `Give deployment-id: ${group}, or in-flight-on: ${groupArn}`
      )
      expect(refused.message).toContain('It has reached 1 of 2 devices')
      expect(refused.reach).toEqual(counts({ total: 2, succeeded: 1, queued: 1 }))
      expect(sentFor(emu, group, 'greengrass.CancelDeployment')).toEqual([])
      expect(emu.statusOf({ kind: 'greengrass', id: group })).toBe('ACTIVE')
    }
  )

  it.concurrent(
    'datadog-fleet, host:HOSTNAME: its only-host deployment is cancelled, a wider one is reported, another host is left alone',
    async () => {
      const host = uid('web')
      const [only, wide, elsewhere] = [uid('only'), uid('wide'), uid('else')]
      emu.addDatadogDeployment(only, { hostStatuses: { [host.toUpperCase()]: 'running' } })
      emu.addDatadogDeployment(wide, {
        query: 'env:prod',
        hostStatuses: { [host]: 'pending', [`${host}-2`]: 'succeeded' }
      })
      emu.addDatadogDeployment(elsewhere, { hostStatuses: { [`${host}-3`]: 'running' } })
      const run = await act(emu, {
        provider: 'datadog-fleet',
        'in-flight-on': `host:${host}`,
        reach: 'counts',
        ...DD_INPUTS
      })
      const byTarget = Object.fromEntries(results(run).map((r) => [r.target, r]))
      expect(Object.keys(byTarget).sort()).toEqual([only, wide].sort())
      expect(byTarget[only]!.outcome).toBe('cancelled')
      expect(byTarget[wide]!.outcome).toBe('not-cancellable')
      expect(byTarget[wide]!.message).toContain('hosts matching env:prod')
      expect(byTarget[wide]!.message).toContain(
        `Give deployment-id: ${wide} to cancel it everywhere`
      )
      expect(byTarget[wide]!.reach).toEqual(counts({ total: 2, succeeded: 1, queued: 1 }))
      expect(sentFor(emu, [wide, elsewhere], 'datadog.CancelDeployment')).toEqual([])
    }
  )

  it.concurrent('datadog-fleet: a host with nothing in flight says so', async () => {
    const run = await act(emu, {
      provider: 'datadog-fleet',
      'in-flight-on': `host:${uid('idle')}`,
      ...DD_INPUTS
    })
    expect(run.outputs.outcome).toBe('not-cancellable')
    expect(run.outputs.message).toMatch(/^Nothing in flight on host:idle-/)
  })
})

describe('reach, interrupted', () => {
  it.concurrent(
    'SIGINT while a reach read stalls: the accepted cancel stays cancelled, the step ends with its outputs',
    async () => {
      const id = uid('intr')
      emu.addGreengrassDeployment(id, { targetArn: GROUP, devices: fleet(id) })
      emu.fault('greengrass.GetDeployment', [{ delayMs: 600_000 }], { target: id })
      const signalled = interruptOnceSeen(emu, id, 'greengrass.GetDeployment', 'SIGINT')
      const run = await act(
        emu,
        { provider: 'greengrass', 'deployment-id': id, reach: 'counts' },
        { onStart: signalled.onStart }
      )
      await signalled.at
      // Not killed: act() kills a run after 30 s, and the read stalls for 600.
      expect(run.exitCode).toBe(0)
      expect(run.outputs.outcome).toBe('cancelled')
      expect(run.outputs.message).toBe(`Cancelled Greengrass deployment ${id}.`)
      expect(results(run)[0]).not.toHaveProperty('reach')
      expect(run.outputs['reached-file']).toBe('')
      expect(run.stdout).toContain(
        `::warning title=Reach not read::What the rollout reached was not read for ${id}: stopped: interrupted by SIGINT`
      )
      expect(operations(sentFor(emu, id))).toEqual([
        'greengrass.CancelDeployment',
        'greengrass.GetDeployment'
      ])
    }
  )
})
