/**
 * The logic behind the hardening (issue 13), module by module: credential
 * errors, the SDK's programmer hints, secrets and their minimum length, log
 * lines that cannot act as workflow commands, endpoint-url and Datadog key
 * checks, outputs that cannot be written, listeners left on the interrupt,
 * a denied Datadog read, labels said once.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { getEventListeners } from 'node:events'
import * as core from '../__fixtures__/core.js'
import { createContext, target } from '../__fixtures__/inputs.js'
import { scriptedServer, type ScriptedServer } from '../__fixtures__/http.js'
import type { Answer, TargetResult } from '../src/util/outcome.js'
import type { ProviderSession } from '../src/providers/types.js'

jest.unstable_mockModule('@actions/core', () => core)

const { classifyAwsError } = await import('../src/providers/aws/client.js')
const { registerSecret, redact, MIN_SECRET_LENGTH } = await import('../src/util/secrets.js')
const { OUTPUT_NAMES, report } = await import('../src/report/report.js')
const { neutralise } = await import('../src/util/log.js')
const { readInputs } = await import('../src/inputs/index.js')
const { deadline, interruptSignal, targetDeadline } = await import('../src/requests/deadlines.js')
const { settleOne: settleTarget } = await import('../__fixtures__/settle.js')
const { realClock } = await import('../src/requests/pacer.js')
const { summarize } = await import('../src/util/outcome.js')
const { createSession: datadogSession } = await import('../src/providers/datadog/fleet.js')

beforeEach(() => {
  core.resetCore()
  jest.clearAllMocks()
})

const call = {
  what: 'Greengrass deployment d1',
  iamAction: 'greengrass:CancelDeployment',
  region: 'eu-west-1',
  errors: { ResourceNotFoundException: 'not-found' as const }
}
const sdkError = (name: string, status?: number, message = `${name} happened`) =>
  Object.assign(new Error(message), {
    name,
    $metadata: { httpStatusCode: status, requestId: 'rid', attempts: 1 }
  })

describe('AWS credential errors say to fix the credentials; only denials name the IAM action', () => {
  it.each([
    ['InvalidSignatureException', 403],
    ['UnrecognizedClientException', 403],
    ['ExpiredTokenException', 403],
    ['InvalidClientTokenId', 403],
    ['ExpiredToken', 400],
    ['SignatureDoesNotMatch', 403]
  ])('%s (HTTP %p)', (name, status) => {
    const { outcome, message } = classifyAwsError(sdkError(name, status), call)
    expect(outcome).toBe('failed')
    expect(message).toMatch(/configure-aws-credentials/)
    expect(message).toMatch(/AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY.*AWS_SESSION_TOKEN/)
    expect(message).not.toMatch(/Access denied|grant /)
  })

  it('no credentials at all: one short sentence, nothing sent, the two ways to give them', () => {
    const { outcome, message } = classifyAwsError(sdkError('CredentialsProviderError'), call)
    expect(outcome).toBe('failed')
    expect(message).toMatch(
      /^No AWS credentials were found, so nothing was sent: run aws-actions\/configure-aws-credentials before this step .*, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY\.$/
    )
    // Nothing expired or was refused: no advice about expiry, and the SDK's own text is left out.
    expect(message).not.toMatch(/expire|role-duration-seconds|happened/)
  })

  it.each(['AccessDeniedException', 'AccessDenied'])('%s names the IAM action to grant', (name) => {
    const { message } = classifyAwsError(sdkError(name, 403), call)
    expect(message).toMatch(/grant greengrass:CancelDeployment/)
    expect(message).not.toMatch(/configure-aws-credentials/)
  })

  it('says an expired token has expired', () => {
    expect(classifyAwsError(sdkError('ExpiredTokenException', 403), call).message).toMatch(
      /^The AWS credentials have expired/
    )
  })
})

describe('AWS messages', () => {
  it('drop the SDK’s advice to programmers about a hidden $response field', () => {
    const error = sdkError(
      'SyntaxError',
      200,
      'Unexpected token < in JSON\n  Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.'
    )
    const { message } = classifyAwsError(error, call)
    expect(message).toMatch(/could not be read/)
    expect(message).not.toMatch(/hidden field|Deserialization error/)
  })

  it('explain an https:// endpoint that speaks plain HTTP instead of quoting OpenSSL', () => {
    const error = Object.assign(
      new Error('write EPROTO 80:error:0A00010B:SSL routines:ssl3_get_record:wrong version number'),
      { code: 'EPROTO' }
    )
    const { message } = classifyAwsError(error, call)
    expect(message).toMatch(/does not speak TLS.*use http:\/\//)
    expect(message).not.toMatch(/0A00010B/)
  })

  it('quote at most 400 characters of what AWS said (it may echo an unbounded id)', () => {
    const error = sdkError('ResourceNotFoundException', 404, `Deployment ${'x'.repeat(5000)} gone`)
    expect(classifyAwsError(error, call).message.length).toBeLessThan(600)
  })
})

describe('secrets', () => {
  it(`are masked only from ${MIN_SECRET_LENGTH} characters: a one-character key leaves "cancelled" alone`, () => {
    registerSecret('c')
    expect(core.setSecret).not.toHaveBeenCalled()
    expect(redact('cancelled')).toBe('cancelled')
  })

  it('are trimmed wherever they come from, and the trimmed value is what is masked', () => {
    expect(registerSecret('  0123456789abcdef-key\n')).toBe('0123456789abcdef-key')
    expect(core.setSecret).toHaveBeenCalledWith('0123456789abcdef-key')
    expect(redact('key 0123456789abcdef-key\n')).toBe('key ***\n')
  })
})

describe('log lines cannot act as workflow commands', () => {
  it.each([
    ['::error title=X::y: not-found.', /^› ::error title=X::y/],
    ['  ::stop-commands::tok', /^› /],
    ['##[error]x', /^##\u2060\[error\]x$/],
    ['deployment d-1 ##[error]mid-line', /^deployment d-1 ##\u2060\[error\]mid-line$/],
    [
      'a ##[set-output name=x]y ##[debug]z',
      /^a ##\u2060\[set-output name=x\]y ##\u2060\[debug\]z$/
    ],
    ['ok\r::warning::y', /^ok ::warning::y$/],
    ['a\u2028::debug::b', /^a ::debug::b$/]
  ])('%p', (text, shown) => {
    const line = neutralise(text)
    expect(line).toMatch(shown)
    expect(line).not.toMatch(/[\r\n\u2028]/)
    // The runner's model: `::` at a line's start, `##[` anywhere in it.
    expect(line).not.toMatch(/^\s*::/)
    expect(line).not.toContain('##[')
  })

  it('leaves ordinary lines as they are', () => {
    expect(neutralise('d-1: cancelled. Cancelled Greengrass deployment d-1.')).toBe(
      'd-1: cancelled. Cancelled Greengrass deployment d-1.'
    )
  })
})

describe('inputs: Datadog keys and endpoint-url', () => {
  const DATADOG = { provider: 'datadog-fleet', 'deployment-id': 'dep-1' }
  const KEYS = { DD_API_KEY: '0123456789abcdef0123456789abcdef', DD_APP_KEY: 'a'.repeat(40) }
  const read = (values: Record<string, string>, env: Record<string, string> = KEYS) => {
    Object.assign(core.inputs, values)
    return readInputs(env)
  }
  const problems = (values: Record<string, string>, env: Record<string, string> = KEYS) => {
    try {
      read(values, env)
    } catch (error) {
      return (error as { problems: string[] }).problems
    }
    return []
  }

  it('DD_API_KEY with a trailing newline is the same key', () => {
    const inputs = read(DATADOG, { ...KEYS, DD_API_KEY: `${KEYS.DD_API_KEY}\n` })
    expect(inputs.datadog?.apiKey).toBe(KEYS.DD_API_KEY)
  })

  it.each([
    ['a newline inside', 'abcdef012345\nabcdef012345', /a control character \(U\+000A\)/],
    ['a space inside', 'abcdef012345 abcdef012345', /a space/],
    ['a non-ASCII letter', 'abcdef012345éabcdef012345', /outside visible ASCII/]
  ])('a key with %s is an input error that does not show it', (_n, key, why) => {
    const [problem] = problems(DATADOG, { ...KEYS, DD_APP_KEY: key })
    expect(problem).toMatch(/^datadog-app-key \(from DD_APP_KEY\) contains /)
    expect(problem).toMatch(why)
    expect(problem).toMatch(/not shown/)
    for (const part of key.split(/[\s\u00e9]/)) expect(problem).not.toContain(part)
  })

  it.each([
    ['http://user:pass@proxy.internal:8080', /user name or password/],
    ['https://api.datadoghq.eu/?x=1', /query/],
    ['https://api.datadoghq.eu/#frag', /fragment/]
  ])('endpoint-url %p is refused', (url, why) => {
    const [problem] = problems({ ...DATADOG, 'endpoint-url': url })
    expect(problem).toMatch(/^endpoint-url must not/)
    expect(problem).toMatch(why)
    expect(problem).not.toContain('pass@')
  })

  it('warns when plain http carries the Datadog keys to another host', () => {
    read({ ...DATADOG, 'endpoint-url': 'http://relay.internal:8080' })
    expect(core.warning).toHaveBeenCalledWith(
      expect.stringMatching(/plain http:\/\/ to relay\.internal:8080: the Datadog keys/)
    )
  })

  it.each(['http://127.0.0.1:4010', 'http://localhost:8080', 'http://[::1]:80', 'https://x.io'])(
    'does not warn for %p',
    (url) => {
      read({ ...DATADOG, 'endpoint-url': url })
      expect(core.warning).not.toHaveBeenCalled()
    }
  )

  it('warns, without showing it, about a key too short to be masked', () => {
    read(DATADOG, { ...KEYS, DD_API_KEY: 'short' })
    expect(core.warning).toHaveBeenCalledWith(
      expect.stringMatching(/datadog-api-key \(from DD_API_KEY\) has fewer than 8 characters/)
    )
    expect(core.warning).not.toHaveBeenCalledWith(expect.stringContaining('short,'))
  })
})

describe('report: an unwritable GITHUB_OUTPUT', () => {
  it('is an error annotation naming the file, and the step fails whatever fail-on says', async () => {
    const saved = process.env.GITHUB_OUTPUT
    const exitCode = process.exitCode
    process.env.GITHUB_OUTPUT = '/nowhere/output'
    core.setOutput.mockImplementation(() => {
      throw Object.assign(new Error("ENOENT: no such file or directory, open '/nowhere/output'"), {
        code: 'ENOENT'
      })
    })
    try {
      const results: TargetResult[] = [
        { target: 'd-1', outcome: 'cancelled', status: '', message: 'Cancelled.', requestId: '' }
      ]
      await report({ provider: 'greengrass', results, failOn: new Set() })
      // Every output was still tried.
      expect(core.setOutput).toHaveBeenCalledTimes(OUTPUT_NAMES.length)
      expect(core.error).toHaveBeenCalledWith(expect.stringContaining('/nowhere/output'), {
        title: 'Outputs not written'
      })
      expect(process.exitCode).toBe(1)
    } finally {
      core.setOutput.mockReset()
      process.env.GITHUB_OUTPUT = saved
      process.exitCode = exitCode
    }
  })
})

describe('waits leave no listener on the interrupt', () => {
  it('10,000 waits, each through its own deadline, leave none', async () => {
    const interrupt = interruptSignal()
    try {
      const session: ProviderSession = {
        cancel: async (): Promise<Answer> => ({
          outcome: 'cancelled',
          status: '',
          message: 'ok',
          requestId: ''
        }),
        read: async () => ({ ok: true, phase: 'cancelled', status: 'CANCELED', requestId: '' })
      }
      const options = {
        dryRun: false,
        wait: true,
        waitTimeoutSeconds: 600,
        interrupt: deadline(600_000, 'late', interrupt.signal),
        waitSignal: () => targetDeadline(600_000, 'still in flight', interrupt.signal),
        clock: realClock
      }
      const before = getEventListeners(interrupt.signal, 'abort').length
      for (let i = 0; i < 10_000; i++) {
        const answer = await settleTarget(session, target({ 'deployment-id': `d${i}` }), options)
        expect(answer.outcome).toBe('cancelled')
      }
      expect(getEventListeners(interrupt.signal, 'abort').length).toBe(before)
    } finally {
      interrupt.dispose()
    }
  })
})

describe('a denied Datadog read after a 400', () => {
  let dd: ScriptedServer
  beforeAll(async () => (dd = await scriptedServer()))
  afterAll(() => dd.close())

  it('stays failed, and says the read was denied and what to grant', async () => {
    dd.on('POST /api/v2/fleet/deployments/f1/cancel', {
      status: 400,
      body: { errors: ['cannot cancel'] }
    })
    dd.on('GET /api/v2/fleet/deployments/f1', { status: 403, body: { errors: ['Forbidden'] } })
    const session = datadogSession(
      createContext({
        provider: 'datadog-fleet',
        endpointUrl: dd.url,
        datadog: { apiKey: 'k'.repeat(32), appKey: 'a'.repeat(40), site: 'datadoghq.com' }
      })
    )
    const result = await session.cancel(
      target({ 'deployment-id': 'f1' }),
      new AbortController().signal
    )
    expect(result.outcome).toBe('failed')
    expect(result.message).toMatch(/cannot cancel/)
    expect(result.message).toMatch(/whether it has already finished/)
    expect(result.message).toMatch(/hosts_read/)
  })
})

describe('labels are said once', () => {
  it('a batch message does not repeat a label its message starts with', () => {
    const results: TargetResult[] = ['svc1', 'svc2'].map((t) => ({
      target: t,
      outcome: 'failed',
      status: '',
      message: `${t}: interrupted by SIGINT: the workflow was cancelled.`,
      requestId: ''
    }))
    const { message } = summarize(results)
    expect(message).toContain('svc2: interrupted')
    expect(message).not.toContain('svc2: svc2:')
  })
})
