/** The AWS providers' settings: the region, from the input or the environment. */
import * as z from 'zod/mini'
import { firstSet, once, type InputContext } from './schema.js'

const awsRegion = once(() =>
  z.string().check(
    z.regex(/^[a-z]{2,}(-[a-z0-9]+)+-\d+$/, {
      error: 'is not an AWS region name such as us-east-1'
    })
  )
)

/** aws-region, else AWS_REGION, else AWS_DEFAULT_REGION (the SDK itself reads only AWS_REGION). */
export function readAwsRegion({ raw, env, check, problems }: InputContext): string | undefined {
  const [source, region] = firstSet([
    ['aws-region', raw('aws-region')],
    ['AWS_REGION', env.AWS_REGION],
    ['AWS_DEFAULT_REGION', env.AWS_DEFAULT_REGION]
  ])
  if (!region) {
    problems.push(
      'aws-region is not set: give the aws-region input, or set AWS_REGION or AWS_DEFAULT_REGION (aws-actions/configure-aws-credentials sets both)'
    )
    return undefined
  }
  return check(source === 'aws-region' ? source : `aws-region (from ${source})`, awsRegion, region)
}
