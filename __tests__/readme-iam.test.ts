/**
 * The README's IAM policies are the ones a real account needs: every AWS action a provider's
 * requests use (read from the source, `new …Command(` in its module and the modules it imports)
 * and every action AWS's Service Authorization Reference lists as a dependent action of those, is
 * in that provider's copy-paste policy and in its row of the permissions table; and a policy
 * grants nothing else.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../__fixtures__/run-action.js'

const AWS_DIR = join(ROOT, 'src', 'providers', 'aws')
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')

/** The IAM service prefix of each AWS SDK client package the providers use. */
const IAM_PREFIX: Record<string, string> = {
  greengrassv2: 'greengrass',
  iot: 'iot',
  proton: 'proton'
}

/**
 * Dependent actions, from the Service Authorization Reference ("Actions, resources, and condition
 * keys for AWS IoT Greengrass V2"): a call is denied unless these are allowed too.
 */
const GREENGRASS_READ_DEPENDENCIES = [
  'iot:DescribeJob',
  'iot:DescribeThing',
  'iot:DescribeThingGroup',
  'iot:GetThingShadow'
]
const DEPENDENT_ACTIONS: Record<string, string[]> = {
  'greengrass:CancelDeployment': [
    'iot:CancelJob',
    'iot:DeleteThingShadow',
    'iot:DescribeJob',
    'iot:DescribeThing',
    'iot:DescribeThingGroup',
    'iot:GetThingShadow',
    'iot:UpdateJob',
    'iot:UpdateThingShadow'
  ],
  'greengrass:GetDeployment': GREENGRASS_READ_DEPENDENCIES,
  'greengrass:ListDeployments': GREENGRASS_READ_DEPENDENCIES
}

/** Provider name → its module under src/providers/aws/, from the registry's loaders. */
function awsProviderModules(): Record<string, string> {
  const registry = readFileSync(join(ROOT, 'src', 'providers', 'registry.ts'), 'utf8')
  return Object.fromEntries(
    [...registry.matchAll(/'?([a-z-]+)'?: \(\) => import\('\.\/aws\/([a-z-]+)\.js'\)/g)].map(
      (m) => [m[1]!, m[2]!]
    )
  )
}

/** The IAM actions a module sends, with those of the aws/ modules it imports (statically or not). */
function sentActions(module: string, seen = new Set<string>()): Set<string> {
  const actions = new Set<string>()
  if (seen.has(module)) return actions
  seen.add(module)
  const text = readFileSync(join(AWS_DIR, `${module}.ts`), 'utf8')
  // Imported at the top, or loaded when first needed (`const { XCommand } = await import(…)`).
  const packageOf = new Map(
    [
      ...text.matchAll(
        /\{ (\w+)Command \}(?: from|\s*=\s*await import\()\s*'@aws-sdk\/client-([a-z0-9]+)\/dist-es\/commands\//g
      )
    ].map((m) => [m[1]!, m[2]!])
  )
  for (const [, name] of text.matchAll(/new (\w+)Command\(/g)) {
    const pkg = packageOf.get(name!)
    if (pkg === undefined) throw new Error(`${module}.ts sends ${name}Command, not imported`)
    const prefix = IAM_PREFIX[pkg]
    if (prefix === undefined) throw new Error(`client-${pkg}: add its IAM prefix to this test`)
    actions.add(`${prefix}:${name}`)
  }
  for (const [, imported] of text.matchAll(/(?:from |import\()'\.\/([a-z-]+)\.js'/g)) {
    for (const action of sentActions(imported!, seen)) actions.add(action)
  }
  return actions
}

/** What a role needs for a provider: what it sends and what those actions depend on. */
function neededActions(module: string): Set<string> {
  const needed = new Set<string>()
  for (const action of sentActions(module)) {
    needed.add(action)
    for (const dependent of DEPENDENT_ACTIONS[action] ?? []) needed.add(dependent)
  }
  return needed
}

const iamSection = /^### IAM permissions\n([\s\S]*?)^##/m.exec(readme)?.[1] ?? ''

interface Policy {
  Version: string
  Statement: { Effect: string; Action: string | string[]; Resource: string | string[] }[]
}

/** The copy-paste policy shown for a provider: a JSON block after a bold `provider` line. */
function policyOf(provider: string): Policy | undefined {
  const escaped = provider.replace(/-/g, '\\-')
  const block = new RegExp(
    `^\\*\\*\`${escaped}\`\\*\\*[^\\n]*\\n+\`\`\`json\\n([\\s\\S]*?)\`\`\``,
    'm'
  )
  const json = block.exec(iamSection)?.[1]
  return json === undefined ? undefined : (JSON.parse(json) as Policy)
}

const allowed = (policy: Policy) =>
  new Set(
    policy.Statement.filter((s) => s.Effect === 'Allow').flatMap((s) =>
      Array.isArray(s.Action) ? s.Action : [s.Action]
    )
  )

const providers = Object.entries(awsProviderModules())

describe("the README's IAM permissions", () => {
  it('covers every AWS provider of the registry', () => {
    expect(providers.map(([name]) => name).sort()).toEqual([
      'greengrass',
      'iot-job',
      'iot-job-execution',
      'proton-environment',
      'proton-service-pipeline'
    ])
  })

  it('reads the actions from the source: greengrass sends its cancel, its read and its list', () => {
    const greengrass = sentActions('greengrass')
    for (const action of [
      'greengrass:CancelDeployment',
      'greengrass:GetDeployment',
      'greengrass:ListDeployments',
      'iot:DescribeThing'
    ]) {
      expect(greengrass).toContain(action)
    }
  })

  it.each(providers)(
    '%s: one copy-paste policy with every action its requests need, and no other',
    (provider, module) => {
      const policy = policyOf(provider)
      expect(policy).toBeDefined()
      expect(policy!.Version).toBe('2012-10-17')
      const granted = allowed(policy!)
      const needed = neededActions(module)
      expect([...needed].filter((a) => !granted.has(a))).toEqual([])
      expect([...granted].filter((a) => !needed.has(a))).toEqual([])
    }
  )

  it.each(providers)(
    '%s: its row of the permissions table names every action',
    (provider, module) => {
      const row =
        iamSection.split('\n').find((line) => line.startsWith(`| \`${provider}\` |`)) ?? ''
      expect(row).not.toBe('')
      const missing = [...neededActions(module)].filter((a) => !row.includes(`\`${a}\``))
      expect(missing).toEqual([])
    }
  )

  it('gives the Datadog permissions: hosts_read for reads and lists, and what the cancel needs', () => {
    const datadog = /^### Datadog permissions\n([\s\S]*?)^##/m.exec(readme)?.[1] ?? ''
    for (const permission of ['hosts_read', 'agent_upgrade_write', 'fleet_policies_write']) {
      expect(datadog).toContain(`\`${permission}\``)
    }
  })
})
