/**
 * Shared pieces of the end-to-end tests: the bundled action (dist/index.js)
 * run as the runner runs it, against the in-process provider emulator.
 *
 * The emulator is one per test file and its tests run concurrently: each uses
 * its own target ids and scripts faults for its own target
 * (`emu.fault(op, faults, { target })`). A test that changes the emulator as a
 * whole (a throttle) takes an emulator of its own with `withEmulator`.
 */
import { existsSync } from 'node:fs'
import { expect } from '@jest/globals'
import {
  DIST,
  actionYml,
  runAction,
  type ActionRun,
  type RunOptions
} from '../../__fixtures__/run-action.js'
import {
  startEmulator,
  type Emulator,
  type OperationName,
  type RecordedRequest
} from '../../emulator/server.js'

if (!existsSync(DIST)) {
  throw new Error(`${DIST} is missing: run \`npm run bundle\` before the end-to-end tests`)
}

/** Fake credentials: the emulator checks that requests are SigV4-signed, not by whom. */
export const AWS_ENV = {
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  AWS_REGION: 'us-east-1'
}

/** Datadog keys, given as inputs (as a workflow passes them from secrets). */
export const DD_API_KEY = 'ddapi0123456789abcdef0123456789ab'
export const DD_APP_KEY = 'ddapp0123456789abcdef0123456789abcdef012'
export const DD_INPUTS = { 'datadog-api-key': DD_API_KEY, 'datadog-app-key': DD_APP_KEY }

import { PROVIDER_NAMES, type ProviderName } from '../../src/providers/catalog.js'

export type { ProviderName }

let counter = 0
/** A target id no other test of this file uses. */
export function uid(prefix: string): string {
  return `${prefix}-${process.pid}-${++counter}`
}

/** Runs `test` against an emulator of its own, closed afterwards. */
export async function withEmulator<T>(test: (emu: Emulator) => Promise<T>): Promise<T> {
  const emu = await startEmulator()
  try {
    return await test(emu)
  } finally {
    await emu.close()
  }
}

/**
 * Runs dist/index.js against the emulator with fake AWS credentials. With `reach: none` unless the
 * test says otherwise: the requests a test counts are those of what it tests, and what a rollout
 * reached has tests of its own (reach.test.ts).
 */
export function act(
  emu: Emulator,
  inputs: Record<string, string>,
  options: RunOptions = {}
): Promise<ActionRun> {
  return runAction(
    { 'endpoint-url': emu.url, reach: 'none', ...inputs },
    { timeoutMs: 30_000, ...options, env: { ...AWS_ENV, ...options.env } }
  )
}

export interface ResultEntry {
  target: string
  outcome: string
  status: string
  message: string
  'request-id': string
  ids: Record<string, string>
  provider: string
  reach?: Record<string, number>
}

/** The `results` output, parsed. */
export function results(run: ActionRun): ResultEntry[] {
  return JSON.parse(run.outputs.results ?? 'null') as ResultEntry[]
}

/**
 * The target a recorded request named, as the emulator keys faults: its path
 * parameters joined by '/' (`thing/job` for IoT executions), or the Proton body member.
 */
export function targetOf(request: RecordedRequest): string | undefined {
  return request.target
}

/** Requests the emulator received for these targets (and, if given, these operations). */
export function sentFor(
  emu: Emulator,
  targets: string | readonly string[],
  operations?: OperationName | readonly OperationName[]
): RecordedRequest[] {
  const wanted = new Set(typeof targets === 'string' ? [targets] : targets)
  const ops =
    operations === undefined
      ? undefined
      : new Set<string>(typeof operations === 'string' ? [operations] : operations)
  return emu.requests.filter((r) => {
    const t = targetOf(r)
    return t !== undefined && wanted.has(t) && (ops === undefined || ops.has(r.operation ?? ''))
  })
}

/** The operations of these requests, in order. */
export const operations = (requests: readonly RecordedRequest[]) => requests.map((r) => r.operation)

const DEFAULT_FAIL_ON = ['failed', 'not-found']

/**
 * Exit code and annotations agree with fail-on: 1 with an `::error::` exactly
 * when the outcome is listed; otherwise 0 (with a warning unless it is a success).
 */
export function expectExitPerFailOn(run: ActionRun, failOn: string[] = DEFAULT_FAIL_ON): void {
  const outcome = run.outputs.outcome ?? ''
  if (failOn.includes(outcome)) {
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/^::error::/m)
  } else {
    expect(run.exitCode).toBe(0)
    expect(run.stdout).not.toMatch(/^::error::/m)
    if (outcome !== 'cancelled' && outcome !== 'would-cancel') {
      expect(run.stdout).toMatch(/^::warning::/m)
    }
  }
}

/**
 * Every output is set, one target's outputs repeat its only results entry,
 * and the job summary has a row for it.
 */
export function expectSingleTargetReport(run: ActionRun, provider: ProviderName): ResultEntry {
  // Every output action.yml declares, and no other.
  expect(Object.keys(run.outputs).sort()).toEqual(Object.keys(actionYml.outputs).sort())
  const entries = results(run)
  expect(entries).toHaveLength(1)
  const [entry] = entries as [ResultEntry]
  expect(entry).toEqual({
    target: expect.any(String),
    outcome: run.outputs.outcome,
    status: run.outputs.status,
    message: run.outputs.message,
    'request-id': run.outputs['request-id'],
    ids: expect.any(Object),
    provider,
    ...(entry.reach ? { reach: expect.any(Object) } : {})
  })
  expect(run.outputs.message).not.toContain('\n')
  expect(run.summary).toContain('<table>')
  expect(run.summary).toContain(`<td>${provider}</td>`)
  expect(run.summary).toContain(`<td>${run.outputs.outcome}</td>`)
  return entry
}

/** Every place a secret must never appear (the runner's own `::add-mask::` lines aside). */
export function publicText(run: ActionRun): string[] {
  const stdout = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  return [stdout, run.stderr, run.summary, JSON.stringify(run.outputs)]
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Polls until `check` is true (or fails after `timeoutMs`). */
export async function until(
  check: () => boolean,
  timeoutMs = 10_000,
  what = 'condition'
): Promise<void> {
  const end = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await sleep(10)
  }
}

/** When a run was started and when it was sent a signal (interruptOnceSeen). */
export interface Signalled {
  /** When the process was spawned (runAction's elapsedMs counts from there). */
  startedAt: number
  signalledAt: number
}

/**
 * Sends `signal` to the action as soon as `emu` has seen `operation` for `target`, and a moment
 * more (so the action is known to be inside that wait or request); give `onStart` to the run.
 */
export function interruptOnceSeen(
  emu: Emulator,
  target: string,
  operation: OperationName,
  signal: NodeJS.Signals
): { at: Promise<Signalled>; onStart: (pid: number) => void } {
  let resolveAt: (t: Signalled) => void = () => undefined
  const at = new Promise<Signalled>((resolve) => (resolveAt = resolve))
  return {
    at,
    onStart: (pid: number) => {
      const startedAt = Date.now()
      void until(
        () => sentFor(emu, target, operation).length > 0,
        30_000,
        `${operation} for ${target}`
      ).then(() => {
        setTimeout(() => {
          resolveAt({ startedAt, signalledAt: Date.now() })
          process.kill(pid, signal)
        }, 100)
      })
    }
  }
}

/** How each provider's targets are named, seeded and looked at, for table-driven tests. */
export interface ProviderCase {
  provider: ProviderName
  /** The target inputs naming the target made from `id`. */
  inputs(id: string): Record<string, string>
  /** The target's label in results and in recorded requests. */
  label(id: string): string
  /** Seeds a target in flight (the emulator's lifecycle options pass through). */
  seed(emu: Emulator, id: string, options?: SeedOptions): void
  /** Seeds a target that already finished. */
  seedFinished(emu: Emulator, id: string): void
  /** The target's status in the emulator. */
  statusIn(emu: Emulator, id: string): string | undefined
  cancelOp: OperationName
  readOp: OperationName
  /** The first call a cancel makes, and the IAM action a denial of it names. */
  firstOp: OperationName
  firstIamAction: string
  /** Extra inputs every run needs (Datadog keys). */
  extra: Record<string, string>
  /** Outputs after an accepted cancel (no wait) and for a finished target. */
  cancelledStatus: string
  finishedStatus: string
  /** Status in the emulator once cancelled, after a lost race, after a failed cancel, and while a cancel is in flight. */
  states: { cancelled: string; succeeded: string; failed: string; cancelling: string }
  /** Whether answers carry a request id (AWS does, the Datadog emulator does not). */
  requestIds: boolean
}

export interface SeedOptions {
  cancelDelayMs?: number
  cancelOutcome?: 'cancelled' | 'succeeded' | 'failed'
}

/**
 * IoT job executions are (thing, job) pairs and several of each make every
 * combination; every test execution shares one job, so that several ids given
 * together name exactly those executions.
 */
const SHARED_JOB = 'e2e-job'
const executionIds = (id: string) => ({ thing: `${id}-thing`, job: SHARED_JOB })

/** The target inputs naming several targets at once (one value per line, repeats dropped). */
export function inputsFor(c: ProviderCase, ids: readonly string[]): Record<string, string> {
  const merged: Record<string, string[]> = {}
  for (const id of ids) {
    for (const [name, value] of Object.entries(c.inputs(id))) {
      const values = (merged[name] ??= [])
      if (!values.includes(value)) values.push(value)
    }
  }
  return Object.fromEntries(Object.entries(merged).map(([k, v]) => [k, v.join('\n')]))
}

type Defaulted =
  | 'label'
  | 'firstOp'
  | 'firstIamAction'
  | 'extra'
  | 'cancelledStatus'
  | 'finishedStatus'
  | 'requestIds'

/**
 * A case with the defaults most providers share: the label is the id, the first call is the
 * cancel (its IAM action the operation's, `service:Operation`), no extra inputs, empty statuses,
 * request ids. `states`: cancelled, succeeded (a lost race), failed, cancelling.
 */
function caseOf(
  spec: Omit<ProviderCase, Defaulted | 'states'> &
    Partial<Pick<ProviderCase, Defaulted>> & { states: [string, string, string, string] }
): ProviderCase {
  const [cancelled, succeeded, failed, cancelling] = spec.states
  const firstOp = spec.firstOp ?? spec.cancelOp
  return {
    label: (id) => id,
    firstOp,
    firstIamAction: firstOp.replace('.', ':'),
    extra: {},
    cancelledStatus: '',
    finishedStatus: '',
    requestIds: true,
    ...spec,
    states: { cancelled, succeeded, failed, cancelling }
  }
}

export const PROVIDER_CASES: readonly ProviderCase[] = [
  caseOf({
    provider: 'greengrass',
    inputs: (id) => ({ 'deployment-id': id }),
    seed: (emu, id, o) => emu.addGreengrassDeployment(id, { status: 'ACTIVE', ...o }),
    seedFinished: (emu, id) => emu.addGreengrassDeployment(id, { status: 'COMPLETED' }),
    statusIn: (emu, id) => emu.statusOf({ kind: 'greengrass', id }),
    cancelOp: 'greengrass.CancelDeployment',
    readOp: 'greengrass.GetDeployment',
    states: ['CANCELED', 'COMPLETED', 'FAILED', 'ACTIVE']
  }),
  caseOf({
    provider: 'proton-service-pipeline',
    inputs: (id) => ({ 'service-name': id }),
    seed: (emu, id, o) => emu.addProtonService(id, { status: 'IN_PROGRESS', ...o }),
    seedFinished: (emu, id) => emu.addProtonService(id, 'SUCCEEDED'),
    statusIn: (emu, id) => emu.statusOf({ kind: 'proton-service', name: id }),
    cancelOp: 'proton.CancelServicePipelineDeployment',
    readOp: 'proton.GetService',
    cancelledStatus: 'CANCELLING',
    states: ['CANCELLED', 'SUCCEEDED', 'FAILED', 'CANCELLING']
  }),
  caseOf({
    provider: 'proton-environment',
    inputs: (id) => ({ 'environment-name': id }),
    seed: (emu, id, o) => emu.addProtonEnvironment(id, { status: 'IN_PROGRESS', ...o }),
    seedFinished: (emu, id) => emu.addProtonEnvironment(id, 'SUCCEEDED'),
    statusIn: (emu, id) => emu.statusOf({ kind: 'proton-environment', name: id }),
    cancelOp: 'proton.CancelEnvironmentDeployment',
    readOp: 'proton.GetEnvironment',
    cancelledStatus: 'CANCELLING',
    states: ['CANCELLED', 'SUCCEEDED', 'FAILED', 'CANCELLING']
  }),
  caseOf({
    provider: 'iot-job-execution',
    inputs: (id) => ({ 'thing-name': executionIds(id).thing, 'job-id': executionIds(id).job }),
    label: (id) => `${executionIds(id).thing}/${executionIds(id).job}`,
    // QUEUED: cancellable without force (IN_PROGRESS needs force: true).
    seed: (emu, id, o) =>
      emu.addIotJobExecution(executionIds(id).thing, SHARED_JOB, { status: 'QUEUED', ...o }),
    seedFinished: (emu, id) =>
      emu.addIotJobExecution(executionIds(id).thing, SHARED_JOB, { status: 'SUCCEEDED' }),
    statusIn: (emu, id) => emu.statusOf({ kind: 'iot-job-execution', ...executionIds(id) }),
    cancelOp: 'iot.CancelJobExecution',
    readOp: 'iot.DescribeJobExecution',
    finishedStatus: 'SUCCEEDED',
    states: ['CANCELED', 'SUCCEEDED', 'FAILED', 'QUEUED']
  }),
  caseOf({
    provider: 'iot-job',
    inputs: (id) => ({ 'job-id': id }),
    seed: (emu, id, o) => emu.addIotJob(id, { status: 'IN_PROGRESS', things: [`${id}-t1`], ...o }),
    seedFinished: (emu, id) => emu.addIotJob(id, { status: 'COMPLETED' }),
    statusIn: (emu, id) => emu.statusOf({ kind: 'iot-job', id }),
    cancelOp: 'iot.CancelJob',
    readOp: 'iot.DescribeJob',
    // iot-job reads the job before it cancels.
    firstOp: 'iot.DescribeJob',
    finishedStatus: 'COMPLETED',
    states: ['CANCELED', 'COMPLETED', 'COMPLETED', 'IN_PROGRESS']
  }),
  caseOf({
    provider: 'datadog-fleet',
    inputs: (id) => ({ 'deployment-id': id }),
    seed: (emu, id, o) => emu.addDatadogDeployment(id, { status: 'running', ...o }),
    seedFinished: (emu, id) => emu.addDatadogDeployment(id, { status: 'succeeded' }),
    statusIn: (emu, id) => emu.statusOf({ kind: 'datadog', id }),
    cancelOp: 'datadog.CancelDeployment',
    readOp: 'datadog.GetDeployment',
    firstIamAction: 'agent_upgrade_write',
    extra: DD_INPUTS,
    cancelledStatus: 'cancelled',
    finishedStatus: 'succeeded',
    states: ['cancelled', 'succeeded', 'failed', 'running'],
    requestIds: false
  })
]

// Every provider of the catalogue has its case here: one added without one fails every e2e file.
const uncovered = PROVIDER_NAMES.filter((name) => !PROVIDER_CASES.some((c) => c.provider === name))
if (uncovered.length) throw new Error(`no e2e case for provider(s) ${uncovered.join(', ')}`)

export function providerCase(provider: ProviderName): ProviderCase {
  const found = PROVIDER_CASES.find((c) => c.provider === provider)
  if (!found) throw new Error(`no case for ${provider}`)
  return found
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
