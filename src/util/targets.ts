/**
 * What a step acts on. A leaf: providers, the flow and the input parser all
 * speak of targets, so this module imports nothing of the action's own.
 */

/** Inputs that name targets; each may hold several values. */
export const TARGET_INPUTS = [
  'deployment-id',
  'service-name',
  'environment-name',
  'thing-name',
  'job-id'
] as const
export type TargetInput = (typeof TARGET_INPUTS)[number]

/** Inputs that only some providers read. */
export const OPTION_INPUTS = [
  'force',
  'expected-version',
  'status-details',
  'reason-code',
  'comment'
] as const
export type OptionInput = (typeof OPTION_INPUTS)[number]

/** One thing to cancel, named by the values of its provider's target inputs. */
export interface Target {
  /** How people see it: the id, or `thing-name/job-id` for a pair. */
  label: string
  ids: Partial<Record<TargetInput, string>>
  /** Set when in-flight-on found it: where (`thinggroup/production`), said in its message. */
  foundOn?: string
  /** What a person should know about cancelling it, from the list that found it. */
  note?: string
}

/** A place in-flight-on names: what its provider lists at, and how people see it. */
export interface Place {
  /** What the provider's list is given: an ARN, a group or thing name, or `all`. */
  value: string
  /** How messages name it: `thinggroup/production`, `thing/t-1`, `all (every deployment)`. */
  label: string
  all: boolean
  /**
   * Set when the place was named by ARN: the region and account it names. The region is
   * checked against the step's before anything is sent, the account against IoT's answer.
   */
  arn?: { value: string; region: string; account: string }
}

/** Reads the target's value for one of its provider's target inputs. */
export function targetId(target: Target, name: TargetInput): string {
  const value = target.ids[name]
  if (value === undefined) throw new Error(`target ${target.label} has no ${name}`)
  return value
}
