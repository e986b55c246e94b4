/**
 * Every input, read once and checked against the contract before anything is
 * sent: the one entry point main.ts calls. Each concern has its own file beside
 * this one (the target list, AWS, Datadog, the GitHub deployment, the options,
 * the schema toolkit). Nothing here depends on action.yml defaults: a bare
 * `node dist/index.js` run gets none, so each default is applied here too.
 */
import type { CloudInputs, StepSettings } from '../providers/types.js'
import {
  PROVIDER_CATALOG,
  PROVIDER_NAMES,
  type ProviderDescription,
  type ProviderName
} from '../providers/catalog.js'
import type { GithubDeploymentSettings } from '../providers/github/settings.js'
import { log } from '../util/log.js'
import { registerSecret } from '../util/secrets.js'
import { OPTION_INPUTS, TARGET_INPUTS, type OptionInput, type Place } from '../util/targets.js'
import { readAwsRegion } from './aws.js'
import { readDatadog } from './datadog.js'
import { endpointUrl } from './endpoint.js'
import { readGithubDeployment } from './github.js'
import { checkPlaceRegions, readInFlightOn } from './in-flight-on.js'
import { reachLevel } from './reach.js'
import type { InputName } from './names.js'
import { withDefault } from './defaults.js'
import { comment, defaultComment, failOn, reasonCode, shard, statusDetails } from './options.js'
import { readTargetsFile, type FileContent } from './file-content.js'
import {
  booleanText,
  inputContext,
  InputError,
  optional,
  wholeNumber,
  type Env,
  type InputContext
} from './schema.js'
import { readTargets, type Shard } from './targets.js'

export { INPUT_NAMES, type InputName } from './names.js'
export { InputError } from './schema.js'
export { DEFAULT_FAIL_ON } from './options.js'
export { MAX_TARGETS, takeShard } from './targets.js'

/**
 * The settings, with the provider known to be one of the catalogue's, and the GitHub
 * deployment to mark after a confirmed cancel (set only when one is named).
 */
export type ActionInputs = StepInputs & CloudInputs

/** The inputs but for the cloud's own (the AWS region, the Datadog keys). */
type StepInputs = StepSettings & {
  provider: ProviderName
  github?: GithubDeploymentSettings
  /** shard K/N, and how many targets the whole list names (with in-flight-on: known once listed). */
  shard?: Shard & { of: number }
  /** in-flight-on: the places to list; then `targets` is empty until they are listed. */
  inFlightOn?: Place[]
  /** A preview (targets-file) that holds nothing to cancel: the step's one result, nothing sent. */
  nothingToDo?: string
}

/**
 * Every input, the targets-file read asynchronously first (chunk by chunk, so a signal is
 * handled during a long read; the signal's reason is thrown). Throws InputError listing every problem.
 */
export async function readInputsAsync(
  env: Env = process.env,
  signal?: AbortSignal
): Promise<ActionInputs> {
  const ctx = inputContext(env)
  const file = ctx.raw('targets-file')
  const provider = ctx.raw('provider')
  const entry = Object.hasOwn(PROVIDER_CATALOG, provider)
    ? PROVIDER_CATALOG[provider as ProviderName]
    : undefined
  if (!file || !entry) return readInputs(env)
  // Before anything else happens, as readInputs does.
  maskSecrets(ctx)
  log.info(`Reading targets-file ${file}`)
  const targetsFile = await readTargetsFile({ file, env, provider, names: entry.targets }, signal)
  return readInputs(env, { targetsFile })
}

/** Masked before anything else happens, whatever the provider; trimmed wherever they come from. */
function maskSecrets({ raw, env }: InputContext): void {
  // The GitHub token only when it is used: otherwise it is action.yml's default, the job's
  // github.token, which the runner masks itself.
  const githubToken =
    raw('github-deployment-id') || raw('github-environment') ? raw('github-token') : ''
  for (const value of [
    raw('datadog-api-key'),
    raw('datadog-app-key'),
    env.DD_API_KEY,
    env.DD_APP_KEY,
    githubToken
  ]) {
    registerSecret(value)
  }
}

/**
 * Reads and validates every input. Throws InputError listing every problem.
 * Secrets are masked before anything else happens, whatever the provider.
 * `read`: what readInputsAsync has done already (masked the secrets, read the targets-file);
 * without it, both are done here.
 */
export function readInputs(
  env: Env = process.env,
  read?: { targetsFile: FileContent }
): ActionInputs {
  const ctx = inputContext(env)
  const { raw, problems, check } = ctx
  if (!read) maskSecrets(ctx)
  const { provider, entry } = readProvider(ctx)

  const shardText = raw('shard')
  const share = shardText ? check('shard', shard, shardText) : undefined
  const places = readInFlightOn(ctx, entry)
  const named = places
    ? { targets: [], of: 0, nothing: undefined }
    : readTargets(ctx, entry.targets, provider, share, read?.targetsFile)
  warnIgnored(provider, entry, raw)

  const inputs: StepInputs = { provider, targets: named.targets, ...readStepOptions(ctx, entry) }
  if (share) inputs.shard = { ...share, of: named.of }
  if (places) inputs.inFlightOn = places
  if (named.nothing) inputs.nothingToDo = named.nothing
  readProviderOptions(ctx, entry, inputs)
  const cloud = readCloudSettings(ctx, entry, inputs)

  const github = readGithubDeployment(ctx)
  if (github) inputs.github = github
  if (shardText && (raw('github-deployment-id') || raw('github-environment'))) {
    problems.push(
      `shard cannot be combined with ${raw('github-deployment-id') ? 'github-deployment-id' : 'github-environment'}: one shard sees only part of the rollout, so it cannot say the whole was cancelled; mark the GitHub deployment in a job after the matrix`
    )
  }

  // Without its cloud's settings a problem says why: a provider is never given less.
  if (problems.length || !cloud) throw new InputError(problems)
  return { ...inputs, ...cloud }
}

/** `provider`, one of the catalogue's (else the step stops here); its cloud's secrets masked. */
function readProvider(ctx: InputContext): { provider: ProviderName; entry: ProviderDescription } {
  const providerText = ctx.raw('provider')
  if (!(PROVIDER_NAMES as string[]).includes(providerText)) {
    const lower = providerText.toLowerCase()
    const caseOnly = (PROVIDER_NAMES as string[]).includes(lower)
      ? `: provider names are lower-case, so give ${lower}`
      : ''
    ctx.problems.push(
      providerText
        ? `provider "${providerText}" is not one of ${PROVIDER_NAMES.join(', ')}${caseOnly}`
        : `provider is required: one of ${PROVIDER_NAMES.join(', ')}`
    )
    throw new InputError(ctx.problems)
  }
  const provider = providerText as ProviderName
  const entry: ProviderDescription = PROVIDER_CATALOG[provider]
  // An AWS endpoint or proxy may echo them back; the runner masks them only when a step set them
  // as secrets (configure-aws-credentials does, a job's env: does not).
  if (entry.cloud === 'aws') {
    registerSecret(ctx.env.AWS_SECRET_ACCESS_KEY)
    registerSecret(ctx.env.AWS_SESSION_TOKEN)
  }
  return { provider, entry }
}

/** The options every provider reads (force only where the provider has it). */
function readStepOptions(
  ctx: InputContext,
  entry: ProviderDescription
): Omit<StepSettings, 'targets' | 'provider'> {
  const options = {
    force: entry.options.includes('force') && withDefault(ctx, 'force', booleanText),
    failOn: withDefault(ctx, 'fail-on', failOn),
    maxConcurrency: withDefault(ctx, 'max-concurrency', wholeNumber(1, 100)),
    wait: withDefault(ctx, 'wait', booleanText),
    waitTimeoutSeconds: withDefault(ctx, 'wait-timeout-seconds', wholeNumber(1, 21_600)),
    dryRun: withDefault(ctx, 'dry-run', booleanText),
    timeoutSeconds: withDefault(ctx, 'timeout-seconds', wholeNumber(1, 21_600)),
    maxAttempts: withDefault(ctx, 'max-attempts', wholeNumber(1, 10)),
    reach: withDefault(ctx, 'reach', reachLevel)
  }
  if (options.wait && options.dryRun) {
    ctx.problems.push('wait and dry-run cannot both be true: a dry run sends no cancel to wait for')
  }
  return options
}

/** The options only some providers read, each where the provider's catalogue entry has it. */
function readProviderOptions(
  ctx: InputContext,
  entry: ProviderDescription,
  inputs: StepInputs
): void {
  const { raw } = ctx
  const uses = (option: OptionInput) => entry.options.includes(option)
  if (uses('reason-code') && raw('reason-code')) {
    inputs.reasonCode = optional(ctx, 'reason-code', reasonCode, '')
  }
  if (uses('comment')) {
    inputs.comment = optional(ctx, 'comment', comment, defaultComment(ctx.env))
  }
  if (uses('expected-version') && raw('expected-version')) {
    inputs.expectedVersion = optional(
      ctx,
      'expected-version',
      wholeNumber(0, Number.MAX_SAFE_INTEGER),
      ''
    )
  }
  if (uses('status-details') && raw('status-details')) {
    inputs.statusDetails = optional(ctx, 'status-details', statusDetails, '')
  }
  if (raw('endpoint-url')) inputs.endpointUrl = optional(ctx, 'endpoint-url', endpointUrl, '')
}

/** The provider's cloud: AWS's region (and the places' regions), or Datadog's keys and site. */
function readCloudSettings(
  ctx: InputContext,
  entry: ProviderDescription,
  inputs: StepInputs
): CloudInputs | undefined {
  if (entry.cloud === 'aws') {
    const region = readAwsRegion(ctx)
    if (region && inputs.inFlightOn) checkPlaceRegions(inputs.inFlightOn, region, ctx.problems)
    return region ? { awsRegion: region } : undefined
  }
  const datadog = readDatadog(ctx, inputs.endpointUrl)
  return datadog ? { datadog } : undefined
}

/** Inputs that only one kind of provider reads. */
const CLOUD_INPUTS = {
  aws: ['aws-region'],
  datadog: ['datadog-api-key', 'datadog-app-key', 'datadog-site']
} as const satisfies Record<ProviderDescription['cloud'], readonly InputName[]>

function warnIgnored(
  provider: ProviderName,
  entry: ProviderDescription,
  raw: (name: InputName) => string
): void {
  const used = new Set<string>([...entry.targets, ...entry.options, ...CLOUD_INPUTS[entry.cloud]])
  const candidates = [
    ...TARGET_INPUTS,
    ...OPTION_INPUTS,
    ...CLOUD_INPUTS.aws,
    ...CLOUD_INPUTS.datadog
  ]
  for (const name of candidates) {
    if (!used.has(name) && raw(name as InputName)) {
      log.warning(`${name} is ignored: provider ${provider} does not use it`)
    }
  }
}
