/**
 * Every input, read once and checked against the contract before anything is
 * sent. Nothing here depends on action.yml defaults: a bare `node dist/index.js`
 * run gets none, so each default is applied here too.
 */
import * as core from '@actions/core'
import * as z from 'zod/mini'
import { OUTCOMES, type Outcome } from './outcome.js'
import { headerUnsafe, MIN_SECRET_LENGTH, registerSecret } from './secrets.js'
import { errorMessage, shortId } from './errors.js'
import { log } from './log.js'
import {
  PROVIDERS,
  PROVIDER_NAMES,
  type ProviderEntry,
  type ProviderName
} from './providers/registry.js'
import type { Settings } from './providers/types.js'
import type { GithubDeploymentSettings } from './github.js'
import {
  OPTION_INPUTS,
  TARGET_INPUTS,
  type OptionInput,
  type Target,
  type TargetInput
} from './targets.js'
import { fileLines, takeShard, targetsFilePath, type Shard } from './target-list.js'

export const INPUT_NAMES = [
  'provider',
  'deployment-id',
  'service-name',
  'environment-name',
  'thing-name',
  'job-id',
  'force',
  'expected-version',
  'status-details',
  'aws-region',
  'endpoint-url',
  'datadog-api-key',
  'datadog-app-key',
  'datadog-site',
  'fail-on',
  'max-concurrency',
  'wait',
  'wait-timeout-seconds',
  'dry-run',
  'reason-code',
  'comment',
  'timeout-seconds',
  'max-attempts',
  'github-deployment-id',
  'github-environment',
  'github-token',
  'github-deployment-state',
  'github-api-url',
  'targets-file',
  'shard'
] as const
export type InputName = (typeof INPUT_NAMES)[number]

export const MAX_TARGETS = 100_000

/** What fails the step unless `fail-on` says otherwise (also when inputs cannot be read). */
export const DEFAULT_FAIL_ON: ReadonlySet<Outcome> = new Set(['failed', 'not-found'])

/**
 * The settings, with the provider known to be one of the registry's, and the GitHub
 * deployment to mark after a confirmed cancel (set only when one is named).
 */
export type ActionInputs = Settings & {
  provider: ProviderName
  github?: GithubDeploymentSettings
  /** shard K/N, and how many targets the whole list names. */
  shard?: Shard & { of: number }
}

/** Bad input: one line per problem, each starting with the input's name. */
export class InputError extends Error {
  constructor(readonly problems: string[]) {
    super(`Input error: ${problems.join('; ')}`)
    this.name = 'InputError'
  }
}

// ---- schemas: each takes the raw (trimmed) string and yields the typed value ----
//
// zod/mini: the same checks as zod's chained API, as functions, at about half the start-up
// cost (the action's whole start is measured in `npm run bench`). Each schema is built the
// first time a run needs it (`once`), and every check names its own message: zod/mini
// loads no locale, so a check without one would say only "Invalid input".

/** A schema for one input's text. */
type Schema<T> = z.ZodMiniType<T, string>
/** What the checks below take: the function that builds a schema, on first use. */
type SchemaOf<T> = () => Schema<T>

/** A value made on first use and kept. */
function once<T>(make: () => T): () => T {
  let made: T | undefined
  return () => (made ??= make())
}

/** A transform that refuses its input with `message` (one issue, the value never used). */
function refuse(ctx: z.core.ParsePayload, message: string): never {
  ctx.issues.push({ code: 'custom', message, input: ctx.value })
  return z.NEVER
}

/** A string schema that maps the text to T, or refuses it with a message (`refuse`). */
function parsed<T>(fn: (text: string, ctx: z.core.ParsePayload) => T): Schema<T> {
  return z.pipe(
    z.string(),
    z.transform((text: string, ctx) => fn(text, ctx))
  )
}

/** YAML 1.2 core schema booleans, as the runner documents for `getBooleanInput`. */
const booleanText = once(() =>
  parsed((text, ctx) =>
    ['true', 'True', 'TRUE'].includes(text)
      ? true
      : ['false', 'False', 'FALSE'].includes(text)
        ? false
        : refuse(ctx, 'must be true or false')
  )
)

const wholeNumber = (min: number, max: number): SchemaOf<number> =>
  once(() =>
    parsed((text, ctx) => {
      if (!/^\d+$/.test(text)) return refuse(ctx, `must be a whole number from ${min} to ${max}`)
      const n = Number(text)
      return n < min || n > max ? refuse(ctx, `must be from ${min} to ${max}`) : n
    })
  )

const CONTROL_CHARS = /\p{Cc}/u

const ID_RULES = once((): Record<TargetInput, Schema<string>> => ({
  // Any characters: the SDKs percent-encode it into one path segment. Only "."
  // and ".." cannot be sent: URL parsers resolve them, in any encoding, as
  // "this folder" and "the parent", which would change the API called.
  'deployment-id': z.string().check(
    z.minLength(1, { error: 'is empty' }),
    z.refine((id) => id !== '.' && id !== '..', {
      error: 'cannot be sent: "." and ".." would change the URL path instead of naming a deployment'
    })
  ),
  'service-name': protonName(),
  'environment-name': protonName(),
  'thing-name': z
    .string()
    .check(
      z.maxLength(128, { error: 'must be at most 128 characters' }),
      z.regex(/^[a-zA-Z0-9:_-]+$/, { error: 'may contain only letters, digits, ":", "_" and "-"' })
    ),
  'job-id': z
    .string()
    .check(
      z.maxLength(64, { error: 'must be at most 64 characters' }),
      z.regex(/^[a-zA-Z0-9_-]+$/, { error: 'may contain only letters, digits, "_" and "-"' })
    )
}))

function protonName() {
  return z.string().check(
    z.maxLength(100, { error: 'must be at most 100 characters' }),
    z.regex(/^[0-9A-Za-z]+[0-9A-Za-z_-]*$/, {
      error: 'must start with a letter or digit and contain only letters, digits, "_" and "-"'
    })
  )
}

const statusDetailKey = once(() =>
  z.string().check(
    z.minLength(1, { error: 'is empty' }),
    z.maxLength(128, { error: 'is longer than 128 characters' }),
    z.regex(/^[a-zA-Z0-9:_-]+$/, {
      error: 'may contain only letters, digits, ":", "_" and "-"'
    })
  )
)
const statusDetailValue = once(() =>
  z.string().check(
    z.minLength(1, { error: 'is empty' }),
    z.maxLength(1024, { error: 'is longer than 1024 characters' }),
    z.refine((v) => !CONTROL_CHARS.test(v), { error: 'contains control characters' })
  )
)

/** JSON object of strings, or key=value lines; every key and value checked by name. */
const statusDetails = once(() =>
  parsed((text, ctx): Record<string, string> => {
    const fail = (message: string) => refuse(ctx, message)
    let pairs: [string, unknown][]
    if (text.startsWith('[')) {
      return fail(
        'must be a JSON object such as {"reason":"rollback"}, or key=value lines, not a JSON array'
      )
    }
    if (text.startsWith('{')) {
      let parsedJson: unknown
      try {
        parsedJson = JSON.parse(text)
      } catch {
        return fail('is not valid JSON')
      }
      if (typeof parsedJson !== 'object' || parsedJson === null || Array.isArray(parsedJson)) {
        return fail('must be a JSON object whose values are strings')
      }
      pairs = Object.entries(parsedJson)
      // JSON.parse keeps the last of a repeated key: find repeats in the text itself.
      const flat = pairs.every(([, v]) => typeof v === 'string')
      const repeated = flat ? repeatedJsonKey(text, pairs.length) : undefined
      if (repeated !== undefined)
        return fail(`has the key "${repeated.slice(0, 40)}" more than once`)
    } else {
      pairs = []
      for (const line of text.split(/\r?\n/).map((l) => l.trim())) {
        if (!line) continue
        const eq = line.indexOf('=')
        if (eq < 0) return fail(`line "${line}" is not key=value`)
        pairs.push([line.slice(0, eq).trim(), line.slice(eq + 1).trim()])
      }
    }
    if (pairs.length > 10) return fail(`has ${pairs.length} pairs; at most 10 are allowed`)
    const seen = new Set<string>()
    for (const [key] of pairs) {
      if (seen.has(key)) return fail(`has the key "${key.slice(0, 40)}" more than once`)
      seen.add(key)
    }
    const checked: [string, string][] = []
    for (const [key, value] of pairs) {
      const keyCheck = statusDetailKey().safeParse(key)
      if (!keyCheck.success)
        return fail(`key "${key.slice(0, 40)}" ${keyCheck.error.issues[0]?.message}`)
      if (typeof value !== 'string') return fail(`value of "${key}" must be a string`)
      const valueCheck = statusDetailValue().safeParse(value)
      if (!valueCheck.success)
        return fail(`value of "${key}" ${valueCheck.error.issues[0]?.message}`)
      checked.push([key, value])
    }
    // fromEntries keeps a key such as "__proto__" as data, where assignment would drop it.
    return Object.fromEntries(checked)
  })
)

/**
 * A key that a flat JSON object of strings names twice. With string values only,
 * every key is a top-level key: a string token followed by ":".
 */
function repeatedJsonKey(text: string, distinct: number): string | undefined {
  const keys: string[] = []
  // Each string token whole, left to right, so a quote inside a value is never taken for a key.
  for (const match of text.matchAll(/"((?:[^"\\]|\\.)*)"(\s*:)?/g)) {
    if (match[2] !== undefined) keys.push(JSON.parse(`"${match[1]}"`) as string)
  }
  if (keys.length === distinct) return undefined
  const seen = new Set<string>()
  for (const key of keys) {
    if (seen.has(key)) return key
    seen.add(key)
  }
  return undefined
}

const reasonCode = once(() =>
  z.string().check(
    z.maxLength(128, { error: 'must be at most 128 characters' }),
    // AWS's pattern [\p{Upper}\p{Digit}_]+ is a Java one: there, both classes are ASCII.
    z.regex(/^[A-Z0-9_]+$/, { error: 'may contain only upper-case letters A-Z, digits and "_"' })
  )
)

const comment = once(() =>
  z.string().check(
    z.maxLength(2028, { error: 'must be at most 2028 characters' }),
    z.refine((v) => !CONTROL_CHARS.test(v), { error: 'must not contain control characters' })
  )
)

/** Points the audit trail in AWS back to the workflow run that cancelled. */
function defaultComment(env: Env): string {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env
  if (repo && run) {
    return `Cancelled by GitHub Actions: ${server ?? 'https://github.com'}/${repo}/actions/runs/${run}`
  }
  return 'Cancelled by GitHub Actions (cancel-deployment)'
}

const awsRegion = once(() =>
  z.string().check(
    z.regex(/^[a-z]{2,}(-[a-z0-9]+)+-\d+$/, {
      error: 'is not an AWS region name such as us-east-1'
    })
  )
)

/**
 * An endpoint is a scheme, a host, a port and at most a base path. User info
 * would be printed in messages (and sent in clear with http); a query or a
 * fragment would change the path of every request.
 */
const endpointUrl = once(() =>
  z.pipe(
    z.string().check(
      z.refine((s) => URL.canParse(s) && /^https?:$/.test(new URL(s).protocol), {
        error: 'must be an http:// or https:// URL',
        abort: true
      }),
      z.refine((s) => !/^[a-z]+:\/\/[^/?#]*@/i.test(s), {
        error:
          'must not hold a user name or password (user:password@): the URL is shown in messages',
        abort: true
      }),
      z.refine((s) => !s.includes('?') && !s.includes('#'), {
        error:
          'must not have a query (?…) or a fragment (#…): they would change the path of every request'
      })
    ),
    z.transform((s: string) => s.replace(/\/+$/, ''))
  )
)

/** Loopback hosts: plain http to them never leaves the machine. */
function isLoopback(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '')
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host)
}

/**
 * The site as Datadog's docs name it. A value copied from the browser (the web
 * app's https://app.datadoghq.eu/…) or the API host (api.datadoghq.eu) names
 * the same site: keep the host, drop an app. or api. label.
 */
export function datadogSiteOf(text: string): string {
  const host = text
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/\.$/, '')
  return host.replace(/^(app|api)\.(?=[^.]+\.[^.]+)/, '')
}

const datadogSite = once(() =>
  z.string().check(
    z.regex(/^[a-z0-9]+([.-][a-z0-9]+)*\.[a-z]{2,}$/, {
      error: 'must be a Datadog site host name such as datadoghq.com or datadoghq.eu'
    })
  )
)

/** `K/N`, 1 ≤ K ≤ N ≤ 256. */
const shard = once(() =>
  parsed((text, ctx): Shard => {
    const match = /^(\d+)\s*\/\s*(\d+)$/.exec(text)
    const index = Number(match?.[1])
    const count = Number(match?.[2])
    if (!match || index < 1 || count > 256 || index > count) {
      return refuse(
        ctx,
        `"${text}" is not K/N with 1 ≤ K ≤ N ≤ 256 (e.g. 2/4: the second of four jobs)`
      )
    }
    return { index, count }
  })
)

const failOn = once(() =>
  parsed((text, ctx): Set<Outcome> => {
    const names = splitList(text)
    if (names.length === 1 && names[0] === 'none') return new Set()
    const bad = names.filter((n) => !(OUTCOMES as readonly string[]).includes(n))
    if (bad.length || names.length === 0) {
      return refuse(
        ctx,
        `"${bad.join(', ')}" is not an outcome; use a comma-separated list of ${OUTCOMES.join(', ')}, or none`
      )
    }
    return new Set(names as Outcome[])
  })
)

const githubDeploymentId = wholeNumber(1, Number.MAX_SAFE_INTEGER)

const githubEnvironment = once(() =>
  z.string().check(
    z.maxLength(255, { error: 'must be at most 255 characters' }),
    z.refine((v) => !CONTROL_CHARS.test(v), { error: 'must not contain control characters' })
  )
)

const githubDeploymentState = once(() =>
  z.enum(['inactive', 'failure', 'error'], {
    error: 'must be inactive, failure or error'
  })
)

const githubRepository = once(() =>
  z.pipe(
    z
      .string()
      .check(
        z.minLength(1, { error: 'it is not set' }),
        z.regex(/^[^/\s]+\/[^/\s]+$/, { error: 'it is not owner/repository' })
      ),
    z.transform((s: string) => s.split('/') as [string, string])
  )
)

// ---- reading ----

/** Lines or commas; blanks and duplicates dropped, first occurrence kept. */
export function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean)
    )
  ]
}

type Env = Record<string, string | undefined>

/**
 * Reads and validates every input. Throws InputError listing every problem.
 * Secrets are masked before anything else happens, whatever the provider.
 */
export function readInputs(env: Env = process.env): ActionInputs {
  const raw = (name: InputName): string => core.getInput(name)
  // Masked before anything else happens, whatever the provider; trimmed wherever they come from.
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

  const problems: string[] = []
  /** Parses a present value with its schema; records a problem naming the input otherwise. */
  function check<T>(name: string, schema: SchemaOf<T>, value: string): T | undefined {
    const result = schema().safeParse(value)
    if (result.success) return result.data
    problems.push(`${name} ${result.error.issues[0]?.message ?? 'is invalid'}`)
    return undefined
  }
  function optional<T>(name: InputName, schema: SchemaOf<T>, fallback: string): T | undefined {
    return check(name, schema, raw(name) || fallback)
  }

  const providerText = raw('provider')
  if (!(PROVIDER_NAMES as string[]).includes(providerText)) {
    problems.push(
      providerText
        ? `provider "${providerText}" is not one of ${PROVIDER_NAMES.join(', ')}`
        : `provider is required: one of ${PROVIDER_NAMES.join(', ')}`
    )
    throw new InputError(problems)
  }
  const provider = providerText as ProviderName
  const entry = PROVIDERS[provider]

  const shardText = raw('shard')
  const share = shardText ? check('shard', shard, shardText) : undefined
  const listed = readTargets(entry.targets, raw, problems, env)
  const targets = takeShard(listed, share)
  warnIgnored(provider, entry, raw)

  const uses = (option: OptionInput) => (entry.options as readonly OptionInput[]).includes(option)
  const inputs: ActionInputs = {
    provider,
    targets,
    force: (uses('force') && optional('force', booleanText, 'false')) || false,
    failOn: optional('fail-on', failOn, 'failed,not-found') ?? DEFAULT_FAIL_ON,
    maxConcurrency: optional('max-concurrency', wholeNumber(1, 100), '10') ?? 1,
    wait: optional('wait', booleanText, 'false') ?? false,
    waitTimeoutSeconds: optional('wait-timeout-seconds', wholeNumber(1, 21_600), '600') ?? 600,
    dryRun: optional('dry-run', booleanText, 'false') ?? false,
    timeoutSeconds: optional('timeout-seconds', wholeNumber(1, 21_600), '120') ?? 120,
    maxAttempts: optional('max-attempts', wholeNumber(1, 10), '5') ?? 5
  }
  if (share) inputs.shard = { ...share, of: listed.length }
  if (inputs.wait && inputs.dryRun) {
    problems.push('wait and dry-run cannot both be true: a dry run sends no cancel to wait for')
  }
  if (uses('reason-code') && raw('reason-code')) {
    inputs.reasonCode = optional('reason-code', reasonCode, '')
  }
  if (uses('comment')) {
    inputs.comment = optional('comment', comment, defaultComment(env))
  }
  if (uses('expected-version') && raw('expected-version')) {
    inputs.expectedVersion = optional(
      'expected-version',
      wholeNumber(0, Number.MAX_SAFE_INTEGER),
      ''
    )
  }
  if (uses('status-details') && raw('status-details')) {
    inputs.statusDetails = optional('status-details', statusDetails, '')
  }
  if (raw('endpoint-url')) inputs.endpointUrl = optional('endpoint-url', endpointUrl, '')

  if (entry.cloud === 'aws') {
    const [source, region] = firstSet([
      ['aws-region', raw('aws-region')],
      ['AWS_REGION', env.AWS_REGION],
      ['AWS_DEFAULT_REGION', env.AWS_DEFAULT_REGION]
    ])
    if (!region) {
      problems.push(
        'aws-region is not set: give the aws-region input, or set AWS_REGION or AWS_DEFAULT_REGION (aws-actions/configure-aws-credentials sets both)'
      )
    } else {
      inputs.awsRegion = check(
        source === 'aws-region' ? source : `aws-region (from ${source})`,
        awsRegion,
        region
      )
    }
  } else {
    const apiKey = datadogKey('datadog-api-key', 'DD_API_KEY', raw, env, problems)
    const appKey = datadogKey('datadog-app-key', 'DD_APP_KEY', raw, env, problems)
    const [siteSource, siteText] = firstSet([
      ['datadog-site', raw('datadog-site')],
      ['DD_SITE', env.DD_SITE]
    ])
    const site = siteText === undefined ? undefined : datadogSiteOf(siteText)
    if (siteText !== undefined && site !== siteText) {
      log.info(`datadog-site ${siteText} names the web app or the API host; using the site ${site}`)
    }
    const checkedSite = site
      ? check(
          siteSource === 'datadog-site' ? siteSource : `datadog-site (from ${siteSource})`,
          datadogSite,
          site
        )
      : 'datadoghq.com'
    if (inputs.endpointUrl?.startsWith('http://') && !isLoopback(inputs.endpointUrl)) {
      log.warning(
        `endpoint-url is plain http:// to ${new URL(inputs.endpointUrl).host}: the Datadog keys travel unencrypted to it. Use https:// unless it is a relay inside your own network.`
      )
    }
    if (apiKey && appKey && checkedSite) inputs.datadog = { apiKey, appKey, site: checkedSite }
  }

  const github = readGithubDeployment(raw, env, check, problems)
  if (github) inputs.github = github

  if (problems.length) throw new InputError(problems)
  return inputs
}

/**
 * The GitHub deployment to mark, when github-deployment-id or github-environment names one.
 * The token is checked here, not left to action.yml's default: a bare run has none.
 */
function readGithubDeployment(
  raw: (name: InputName) => string,
  env: Env,
  check: <T>(name: string, schema: SchemaOf<T>, value: string) => T | undefined,
  problems: string[]
): GithubDeploymentSettings | undefined {
  const state = check(
    'github-deployment-state',
    githubDeploymentState,
    raw('github-deployment-state') || 'inactive'
  )
  const idText = raw('github-deployment-id')
  const environmentText = raw('github-environment')
  if (!idText && !environmentText) {
    if (raw('github-deployment-state') && state !== 'inactive') {
      log.warning(
        'github-deployment-state is ignored: neither github-deployment-id nor github-environment names a GitHub deployment'
      )
    }
    return undefined
  }
  if (idText && environmentText) {
    problems.push(
      'github-deployment-id and github-environment both name the GitHub deployment: give one of them'
    )
    return undefined
  }
  const deploymentId = idText
    ? check('github-deployment-id', githubDeploymentId, idText)
    : undefined
  const environment = environmentText
    ? check('github-environment', githubEnvironment, environmentText)
    : undefined
  const token = raw('github-token')
  if (!token) {
    problems.push(
      'github-token is not set: marking the GitHub deployment needs a token with `deployments: write` (action.yml gives github.token; give the job `permissions: deployments: write`)'
    )
  }
  // The deployment is looked up in the workflow's own repository, which the runner names.
  const naming = idText ? 'github-deployment-id' : 'github-environment'
  const repositoryText = env.GITHUB_REPOSITORY?.trim() ?? ''
  const repository = check(
    `${naming} needs GITHUB_REPOSITORY (set by the runner) to name the deployment's repository:`,
    githubRepository,
    repositoryText
  )
  // The runner sets GITHUB_API_URL and a workflow cannot override it; the input can.
  const [apiSource, apiText] = firstSet([
    ['github-api-url', raw('github-api-url')],
    ['GITHUB_API_URL', env.GITHUB_API_URL]
  ])
  const apiUrl = apiText
    ? check(
        apiSource === 'github-api-url' ? apiSource : `github-api-url (from ${apiSource})`,
        endpointUrl,
        apiText
      )
    : 'https://api.github.com'
  const named =
    deploymentId !== undefined ? { deploymentId } : environment ? { environment } : undefined
  if (!state || !token || !repository || !apiUrl || !named) return undefined
  const [owner, repo] = repository
  const server = (env.GITHUB_SERVER_URL?.trim() || 'https://github.com').replace(/\/+$/, '')
  const runId = env.GITHUB_RUN_ID?.trim()
  return {
    ...named,
    token,
    state,
    owner,
    repo,
    apiUrl,
    ...(runId ? { logUrl: `${server}/${owner}/${repo}/actions/runs/${runId}` } : {})
  }
}

/** A Datadog key from its input, else its variable: trimmed, and refused if no header can carry it. */
function datadogKey(
  input: InputName,
  variable: string,
  raw: (name: InputName) => string,
  env: Env,
  problems: string[]
): string {
  const [source, key] = firstSet([
    [input, raw(input)],
    [variable, env[variable]]
  ])
  if (!key) {
    problems.push(`${input} is not set: give the input (from a secret) or set ${variable}`)
    return ''
  }
  const named = source === input ? input : `${input} (from ${variable})`
  const unsafe = headerUnsafe(key)
  if (unsafe) {
    problems.push(`${named} ${unsafe}`)
    return ''
  }
  if (key.length < MIN_SECRET_LENGTH) {
    log.warning(
      `${named} has fewer than ${MIN_SECRET_LENGTH} characters, so it is not masked in the log; Datadog keys are 32 (API) and 40 (application) characters`
    )
  }
  return key
}

function firstSet(
  candidates: [string, string | undefined][]
): [string, string] | [undefined, undefined] {
  for (const [source, value] of candidates) if (value?.trim()) return [source, value.trim()]
  return [undefined, undefined]
}

function readTargets(
  names: readonly TargetInput[],
  raw: (name: InputName) => string,
  problems: string[],
  env: Env
): Target[] {
  const columns: string[][] = []
  const file = raw('targets-file')
  for (const [i, name] of names.entries()) {
    const values = splitList(raw(name))
    const bad = values
      .map((v) => [v, ID_RULES()[name].safeParse(v)] as const)
      .find(([, r]) => !r.success)
    if (bad) {
      const [value, result] = bad
      const why = result.success ? '' : (result.error.issues[0]?.message ?? 'is invalid')
      problems.push(`${name} "${shortId(value)}" ${why}`)
      continue
    }
    // targets-file lists more values of the provider's first target input.
    if (i === 0 && file && !readTargetsFile(file, name, values, problems, env)) continue
    if (values.length === 0) {
      problems.push(`${name} is required for this provider`)
      continue
    }
    columns.push(values)
  }
  if (columns.length !== names.length) return []
  const count = columns.reduce((n, c) => n * c.length, 1)
  if (count > MAX_TARGETS) {
    problems.push(
      `${names.join(' × ')} name ${count} targets; a step takes at most ${MAX_TARGETS} (split the list with shard across jobs)`
    )
    return []
  }
  // Every combination: for iot-job-execution each (thing, job) pair is one target.
  let targets: Target[] = [{ label: '', ids: {} }]
  names.forEach((name, i) => {
    targets = targets.flatMap((t) =>
      columns[i]!.map((value) => ({
        label: t.label ? `${t.label}/${value}` : value,
        ids: { ...t.ids, [name]: value }
      }))
    )
  })
  return targets
}

/**
 * Adds the file's values to `values` (duplicates dropped, first kept), or records why the
 * file cannot be used. Stops reading once the step's limit is passed.
 */
function readTargetsFile(
  file: string,
  name: TargetInput,
  values: string[],
  problems: string[],
  env: Env
): boolean {
  const path = targetsFilePath(file, env)
  const seen = new Set(values)
  try {
    for (const { value, line } of fileLines(path)) {
      if (seen.has(value)) continue
      const result = ID_RULES()[name].safeParse(value)
      if (!result.success) {
        const shown = value.length > 100 ? `${value.slice(0, 100)}…` : value
        problems.push(
          `targets-file line ${line}: ${name} "${shown}" ${result.error.issues[0]?.message ?? 'is invalid'}`
        )
        return false
      }
      seen.add(value)
      values.push(value)
      if (values.length > MAX_TARGETS) {
        problems.push(
          `targets-file ${file} names more than ${MAX_TARGETS} targets; a step takes at most ${MAX_TARGETS} (split the list with shard across jobs)`
        )
        return false
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code
    problems.push(
      `targets-file "${file}" cannot be read (${code ?? errorMessage(error)}${path !== file ? `; looked for ${path}` : ''})`
    )
    return false
  }
  return true
}

/** Inputs that only one kind of provider reads. */
const CLOUD_INPUTS = {
  aws: ['aws-region'],
  datadog: ['datadog-api-key', 'datadog-app-key', 'datadog-site']
} as const satisfies Record<ProviderEntry['cloud'], readonly InputName[]>

function warnIgnored(
  provider: ProviderName,
  entry: ProviderEntry,
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
