import { describe, expect, it } from '@jest/globals'
import { awsClientConfig, classifyAwsError, type AwsCall } from '../src/providers/aws/client.js'
import { createContext } from '../__fixtures__/inputs.js'

const call: AwsCall = {
  what: 'Greengrass deployment d1',
  iamAction: 'greengrass:CancelDeployment',
  region: 'eu-west-1',
  errors: { ResourceNotFoundException: 'not-found', ConflictException: 'not-cancellable' }
}
const sdkError = (name: string, status?: number, extra: object = {}) =>
  Object.assign(new Error(`${name} happened`), {
    name,
    $metadata: { httpStatusCode: status, requestId: 'rid', attempts: 3 },
    ...extra
  })

describe('aws', () => {
  it('uses the region and endpoint it was given, and names the action in the user agent', () => {
    const context = createContext({ awsRegion: 'ap-south-1', endpointUrl: 'http://127.0.0.1:4566' })
    expect(awsClientConfig(context)).toMatchObject({
      region: 'ap-south-1',
      endpoint: 'http://127.0.0.1:4566',
      customUserAgent: [['cancel-deployment/test']]
    })
  })

  it.each(['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'])(
    'sends through the proxy when %s is set, with a tunnelling and a plain agent',
    async (name) => {
      process.env[name] = 'http://127.0.0.1:3128'
      try {
        const { requestHandler } = awsClientConfig(createContext())
        expect(requestHandler).toBeDefined()
        type AgentLike = { constructor: { name: string }; keepAlive: boolean; destroy(): void }
        // The bounded handler (answers of at most 8 MiB) around the proxy's NodeHttpHandler.
        const inner = (requestHandler as unknown as { inner: { configProvider: Promise<unknown> } })
          .inner
        const config = (await inner.configProvider) as {
          httpsAgent: AgentLike
          httpAgentProvider(): Promise<AgentLike>
        }
        const httpAgent = await config.httpAgentProvider()
        expect(config.httpsAgent.constructor.name).toBe('ProxyAgent')
        expect(httpAgent.constructor.name).toBe('ProxyAgent')
        expect(config.httpsAgent.keepAlive).toBe(true)
        expect(httpAgent.keepAlive).toBe(false)
        config.httpsAgent.destroy()
        httpAgent.destroy()
      } finally {
        delete process.env[name]
      }
    }
  )

  it("keeps the SDK's own transport without a proxy, with its answers bounded", () => {
    const { requestHandler } = awsClientConfig(createContext())
    expect(requestHandler.constructor.name).toBe('BoundedHttpHandler')
    const inner = (requestHandler as unknown as { inner: object }).inner
    expect(inner.constructor.name).toBe('NodeHttpHandler')
    expect(inner).toMatchObject({ externalAgent: false })
  })

  it('leaves the endpoint to the SDK (AWS_ENDPOINT_URL_*) when endpoint-url is not given', () => {
    expect(awsClientConfig(createContext())).not.toHaveProperty('endpoint')
  })

  it.each([
    [sdkError('ResourceNotFoundException', 404), 'not-found', /was not found in eu-west-1/],
    [sdkError('ConflictException', 409), 'not-cancellable', /cannot be cancelled/],
    [sdkError('AccessDeniedException', 403), 'failed', /grant greengrass:CancelDeployment/],
    [sdkError('SomethingElse', 403), 'failed', /Access denied/],
    [sdkError('CredentialsProviderError'), 'failed', /configure-aws-credentials/],
    [sdkError('ExpiredTokenException', 400), 'failed', /credentials/],
    [sdkError('UnrecognizedClientException', 400), 'failed', /credentials/],
    [
      sdkError('InternalServerException', 500, { $fault: 'server' }),
      'failed',
      /server error .* after 3 attempt/
    ],
    [sdkError('TimeoutError'), 'failed', /Timed out/],
    [sdkError('TimeoutError', undefined, { code: 'ECONNRESET' }), 'failed', /Could not reach/],
    [sdkError('SyntaxError', 200), 'failed', /could not be read.*proxy/],
    [
      sdkError('Error', undefined, { code: 'ECONNREFUSED' }),
      'failed',
      /Could not reach the AWS endpoint/
    ],
    [
      sdkError('ValidationException', 400, { $fault: 'client' }),
      'failed',
      /AWS rejected the request/
    ],
    ['a string was thrown', 'failed', /failed: a string was thrown/]
  ])('classifies %p', (error, outcome, message) => {
    const result = classifyAwsError(error, call)
    expect(result.outcome).toBe(outcome)
    expect(result.message).toMatch(message)
    expect(result.message).not.toMatch(/\n/)
  })

  it('keeps the request id of a failed call', () => {
    expect(classifyAwsError(sdkError('ConflictException', 409), call).requestId).toBe('rid')
  })
})
