/**
 * The syntax of each target input (deployment-id, service-name, …), as the
 * contract and the providers' APIs define it: checked for every value, from
 * the inputs and from a targets-file alike, before anything is sent.
 */
import * as z from 'zod/mini'
import type { TargetInput } from '../util/targets.js'
import { once, type Schema } from './schema.js'

export const ID_RULES = once((): Record<TargetInput, Schema<string>> => ({
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
