/**
 * What the step knows of each provider before loading it: which credentials it
 * needs, which inputs name its targets, and what `in-flight-on` takes for it.
 * The input parser reads this; the provider modules themselves are loaded by
 * providers/registry.ts, which adds one loader per name here (a name without a
 * loader is a type error there).
 */
import type { OptionInput, Place, TargetInput } from '../util/targets.js'

/** What `in-flight-on` names for one provider, and how a place is checked before anything is sent. */
interface InFlightRule {
  /** What a place is, as an input error says it. */
  takes: string
  /** What `all` covers; undefined: `all` is refused, for `allRefused`. */
  all?: string
  allRefused?: string
  /** One place other than `all`: the place, or what is wrong with it. */
  place?(value: string): Place | string
}

export interface ProviderDescription {
  /** Which credentials and settings it needs. */
  cloud: 'aws' | 'datadog'
  /** The inputs naming one target, all required; several inputs form every combination. */
  targets: readonly TargetInput[]
  /** The provider-specific options it reads; given to another provider, they are ignored with a warning. */
  options: readonly OptionInput[]
  /** What in-flight-on takes, or (a string) why it is refused. */
  inFlightOn: InFlightRule | string
}

const NAME = /^[a-zA-Z0-9:_-]{1,128}$/
const IOT_ARN =
  /^arn:aws[a-z-]*:iot:([a-z0-9-]+):(\d{12}):(thing|thinggroup)\/([a-zA-Z0-9:_-]{1,128})$/

/** The ARN as the place keeps it: its region and account are checked, not assumed. */
const arnOf = (match: RegExpExecArray) => ({
  value: match[0],
  region: match[1]!,
  account: match[2]!
})

/** A Greengrass deployment target: a thing's or thing group's ARN. */
function deploymentTarget(value: string): Place | string {
  const match = IOT_ARN.exec(value)
  if (!match) {
    return 'must be a deployment target ARN (arn:aws:iot:REGION:ACCOUNT:thing/NAME or …:thinggroup/NAME) or all'
  }
  return { value, label: `${match[3]}/${match[4]}`, all: false, arn: arnOf(match) }
}

/** A thing group, by name or ARN: ListJobs takes the name. */
function thingGroup(value: string): Place | string {
  const match = IOT_ARN.exec(value)
  if (match && match[3] !== 'thinggroup')
    return 'must name a thing group (a name or a thinggroup ARN), or all'
  const name = match ? match[4]! : value
  if (!NAME.test(name)) {
    return 'must be a thing group name (1-128 letters, digits, ":", "_", "-"), a thinggroup ARN, or all'
  }
  return {
    value: name,
    label: `thinggroup/${name}`,
    all: false,
    ...(match ? { arn: arnOf(match) } : {})
  }
}

function thing(value: string): Place | string {
  if (!NAME.test(value)) return 'must be a thing name (1-128 letters, digits, ":", "_", "-")'
  return { value, label: `thing/${value}`, all: false }
}

/** A Datadog host: `host:HOSTNAME` (the deployments in flight whose hosts include it). */
function datadogHost(value: string): Place | string {
  const name = /^host:(.+)$/.exec(value)?.[1] ?? ''
  if (!/^[A-Za-z0-9][A-Za-z0-9._:-]{0,254}$/.test(name)) {
    return 'must be host:HOSTNAME (a hostname of letters, digits, ".", "_", ":", "-") or all'
  }
  return { value: name, label: `host:${name}`, all: false }
}

const PROTON_REFUSED =
  'is not taken by Proton: the service or environment name already names what is in flight there (give service-name or environment-name)'

// prettier-ignore
export const PROVIDER_CATALOG = {
  greengrass: {
    cloud: 'aws', targets: ['deployment-id'], options: [],
    inFlightOn: { takes: 'a deployment target ARN (thing or thinggroup) or all', all: 'every ACTIVE deployment of every target in the region', place: deploymentTarget }
  },
  'proton-service-pipeline': { cloud: 'aws', targets: ['service-name'], options: [], inFlightOn: PROTON_REFUSED },
  'proton-environment': { cloud: 'aws', targets: ['environment-name'], options: [], inFlightOn: PROTON_REFUSED },
  'iot-job-execution': {
    cloud: 'aws', targets: ['thing-name', 'job-id'], options: ['force', 'expected-version', 'status-details'],
    inFlightOn: { takes: 'a thing name', allRefused: 'all is refused for iot-job-execution: name the things (or use provider iot-job with all)', place: thing }
  },
  'iot-job': {
    cloud: 'aws', targets: ['job-id'], options: ['force', 'reason-code', 'comment'],
    inFlightOn: { takes: 'a thing group name or ARN, or all', all: 'every IN_PROGRESS or SCHEDULED job in the region', place: thingGroup }
  },
  'datadog-fleet': {
    cloud: 'datadog', targets: ['deployment-id'], options: [],
    inFlightOn: { takes: 'host:HOSTNAME or all', all: 'every pending or running deployment of the organisation', place: datadogHost }
  }
} as const satisfies Record<string, ProviderDescription>

export type ProviderName = keyof typeof PROVIDER_CATALOG
export const PROVIDER_NAMES = Object.keys(PROVIDER_CATALOG) as ProviderName[]
