/**
 * The emergency brake under load: `in-flight-on: all` over 5,000 Greengrass
 * deployments, 4,000 of them ACTIVE, against the emulator's token bucket at 50
 * requests a second shared by the list's pages and the cancels. The ideal is
 * every request at the limit, the list included: (pages + cancels) / 50 s.
 * Goals: wall ≤ 1.10 × ideal, ≤ 1.05 requests per cancelled deployment, no
 * failure, peak memory ≤ 250 MiB.
 */
import { startEmulator } from '../emulator/server.js'
import { runAction } from '../__fixtures__/run-action.js'

const DEPLOYMENTS = 5_000
const ACTIVE = 4_000
const RATE = 50
/** What ListDeployments is asked for a page. */
const PAGE = 100

export interface BrakeFigures {
  deployments: number
  active: number
  rate: number
  wallMs: number
  idealMs: number
  ratio: number
  requests: number
  listRequests: number
  cancelled: number
  requestsPerCancel: number
  failures: number
  peakMiB?: number
  met: boolean
}

export async function brake(
  env: Record<string, string>,
  say: (line?: string) => void
): Promise<BrakeFigures> {
  const emu = await startEmulator()
  try {
    for (let i = 0; i < DEPLOYMENTS; i++) {
      emu.addGreengrassDeployment(`brake-${String(i).padStart(5, '0')}`, {
        targetArn: `arn:aws:iot:us-east-1:123456789012:thinggroup/fleet-${i}`,
        // Every fifth has finished already: listed, not cancelled.
        status: i % 5 === 4 ? 'COMPLETED' : 'ACTIVE'
      })
    }
    emu.throttle({ ratePerSecond: RATE, burst: RATE })
    const run = await runAction(
      { provider: 'greengrass', 'in-flight-on': 'all', 'endpoint-url': emu.url },
      { env, timeoutMs: 1_800_000, measureMemory: true }
    )
    const answered = emu.requests.filter((r) => r.operation !== null)
    const listRequests = answered.filter((r) => r.operation === 'greengrass.ListDeployments').length
    const cancelled = Number(/(\d+) cancelled/.exec(run.outputs.message ?? '')?.[1] ?? 0)
    const pages = Math.ceil(DEPLOYMENTS / PAGE)
    const idealMs = ((pages + ACTIVE) / RATE) * 1000
    const peakMiB = run.peakRssKb !== undefined ? run.peakRssKb / 1024 : undefined
    const figures: BrakeFigures = {
      deployments: DEPLOYMENTS,
      active: ACTIVE,
      rate: RATE,
      wallMs: run.elapsedMs,
      idealMs,
      ratio: run.elapsedMs / idealMs,
      requests: answered.length,
      listRequests,
      cancelled,
      requestsPerCancel: answered.length / Math.max(1, cancelled),
      failures: ACTIVE - cancelled,
      ...(peakMiB === undefined ? {} : { peakMiB }),
      met: false
    }
    figures.met =
      figures.ratio <= 1.1 &&
      figures.requestsPerCancel <= 1.05 &&
      figures.failures === 0 &&
      (peakMiB ?? Infinity) <= 250
    if (figures.failures) console.error(`brake: ${run.outputs.message?.slice(0, 2000)}`)
    say('## brake: in-flight-on all, 5,000 Greengrass deployments (4,000 ACTIVE) at 50 requests/s')
    say()
    say(
      '| wall | ideal (pages + cancels at the limit) | × ideal | requests (lists) | requests per cancel | failed | peak memory | goal |'
    )
    say('|---|---|---|---|---|---|---|---|')
    say(
      `| ${(figures.wallMs / 1000).toFixed(1)} s | ${(idealMs / 1000).toFixed(1)} s | ${figures.ratio.toFixed(3)} | ${figures.requests} (${listRequests}) | ${figures.requestsPerCancel.toFixed(3)} | ${figures.failures} | ${peakMiB === undefined ? 'n/a' : `${peakMiB.toFixed(1)} MiB`} | ≤ 1.10, ≤ 1.05, 0, ≤ 250 MiB: ${figures.met ? 'met' : 'MISSED'} |`
    )
    say()
    return figures
  } finally {
    await emu.close()
  }
}
