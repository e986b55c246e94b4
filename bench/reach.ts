/**
 * What a rollout reached, under load (issue #25), against the emulator:
 * - 1,000 Greengrass deployments at 50 requests/s, once with `reach: none` and once with
 *   `reach: counts`: the time to the last accepted cancel with counts is ≤ 1.02 × without
 *   (reading never delays stopping), and the whole step with counts is ≤ 1.10 × the ideal time
 *   of all its requests at the limit (a cancel, a GetDeployment and a DescribeJob each);
 * - `reach: devices` over one job of 100,000 things: every device listed once in reached-file,
 *   peak memory ≤ 250 MiB.
 */
import { readFileSync } from 'node:fs'
import { startEmulator, type Emulator } from '../emulator/server.js'
import { runAction, type ActionRun } from '../__fixtures__/run-action.js'

const DEPLOYMENTS = 1_000
const RATE = 50
const THINGS = 100_000

export interface ReachFigures {
  cancelsNoneMs: number
  cancelsCountsMs: number
  stopRatio: number
  stepMs: number
  idealMs: number
  stepRatio: number
  devicesListed: number
  devicesUnique: number
  peakMiB?: number
  met: { stop: boolean; step: boolean; devices: boolean }
}

/** From the first request to the last accepted cancel, and to the step's end. */
function timings(emu: Emulator, run: ActionRun) {
  const answered = emu.requests.filter((r) => r.operation !== null)
  const first = answered[0]?.time ?? 0
  const cancels = answered.filter(
    (r) => r.operation === 'greengrass.CancelDeployment' && r.status === 200
  )
  return {
    lastCancelMs: (cancels[cancels.length - 1]?.time ?? first) - first,
    stepMs: run.exitedAt - first,
    requests: answered.filter((r) => r.status === 200).length,
    cancelled: cancels.length
  }
}

async function batch(env: Record<string, string>, reach: 'none' | 'counts') {
  const emu = await startEmulator()
  try {
    const ids = Array.from({ length: DEPLOYMENTS }, (_, i) => `reach-${String(i).padStart(4, '0')}`)
    for (const id of ids) {
      emu.addGreengrassDeployment(id, {
        targetArn: `arn:aws:iot:us-east-1:123456789012:thinggroup/${id}`,
        devices: { [`${id}-a`]: 'SUCCEEDED', [`${id}-b`]: 'IN_PROGRESS', [`${id}-c`]: 'QUEUED' }
      })
    }
    emu.throttle({ ratePerSecond: RATE, burst: RATE })
    const run = await runAction(
      { provider: 'greengrass', 'deployment-id': ids.join('\n'), reach, 'endpoint-url': emu.url },
      { env, timeoutMs: 900_000 }
    )
    const t = timings(emu, run)
    if (t.cancelled !== DEPLOYMENTS) console.error(`reach ${reach}: ${run.outputs.message}`)
    return t
  } finally {
    await emu.close()
  }
}

async function devices(env: Record<string, string>) {
  const emu = await startEmulator()
  try {
    const things = Object.fromEntries(
      Array.from({ length: THINGS }, (_, i) => [`core-${i}`, i % 10 === 9 ? 'QUEUED' : 'SUCCEEDED'])
    )
    emu.addGreengrassDeployment('big-rollout', { devices: things })
    const run = await runAction(
      {
        provider: 'greengrass',
        'deployment-id': 'big-rollout',
        reach: 'devices',
        'endpoint-url': emu.url
      },
      { env, timeoutMs: 900_000, measureMemory: true }
    )
    const file = run.outputs['reached-file'] ?? ''
    const listed = file ? (JSON.parse(readFileSync(file, 'utf8')) as { device: string }[]) : []
    return {
      listed: listed.length,
      unique: new Set(listed.map((d) => d.device)).size,
      expected: THINGS - THINGS / 10,
      peakMiB: run.peakRssKb !== undefined ? run.peakRssKb / 1024 : undefined
    }
  } finally {
    await emu.close()
  }
}

export async function reachBench(
  env: Record<string, string>,
  say: (line?: string) => void
): Promise<ReachFigures> {
  const none = await batch(env, 'none')
  const counts = await batch(env, 'counts')
  const big = await devices(env)
  const idealMs = (counts.requests / RATE) * 1000
  const figures: ReachFigures = {
    cancelsNoneMs: none.lastCancelMs,
    cancelsCountsMs: counts.lastCancelMs,
    stopRatio: counts.lastCancelMs / none.lastCancelMs,
    stepMs: counts.stepMs,
    idealMs,
    stepRatio: counts.stepMs / idealMs,
    devicesListed: big.listed,
    devicesUnique: big.unique,
    ...(big.peakMiB === undefined ? {} : { peakMiB: big.peakMiB }),
    met: { stop: false, step: false, devices: false }
  }
  figures.met = {
    stop: figures.stopRatio <= 1.02,
    step: figures.stepRatio <= 1.1,
    devices:
      big.listed === big.expected && big.unique === big.expected && (big.peakMiB ?? Infinity) <= 250
  }
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
  const verdict = (met: boolean) => (met ? 'met' : 'MISSED')
  say(
    `## reach: 1,000 Greengrass deployments at ${RATE} requests/s; devices over ${THINGS.toLocaleString('en')} things`
  )
  say()
  say('| figure | measured | goal |')
  say('|---|---|---|')
  say(
    `| last accepted cancel, reach: counts vs none | ${s(counts.lastCancelMs)} vs ${s(none.lastCancelMs)}: ${figures.stopRatio.toFixed(3)}× | ≤ 1.02×: ${verdict(figures.met.stop)} |`
  )
  say(
    `| whole step with reach: counts vs its ${counts.requests} requests at the limit | ${s(counts.stepMs)} vs ${s(idealMs)}: ${figures.stepRatio.toFixed(3)}× | ≤ 1.10×: ${verdict(figures.met.step)} |`
  )
  say(
    `| reach: devices, ${THINGS.toLocaleString('en')} things (${big.expected.toLocaleString('en')} reached) | ${big.listed.toLocaleString('en')} listed, ${big.unique.toLocaleString('en')} distinct, peak ${big.peakMiB === undefined ? 'n/a' : `${big.peakMiB.toFixed(1)} MiB`} | each once, ≤ 250 MiB: ${verdict(figures.met.devices)} |`
  )
  say()
  return figures
}
