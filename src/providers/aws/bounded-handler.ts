/**
 * The AWS clients' HTTP handler: the SDK's NodeHttpHandler, with every answer's body bounded.
 * The SDK reads a body whole before parsing it, whatever its size; this one stops at
 * MAX_ANSWER_BYTES (the SDK asks for no compression, so the bytes are the text), destroys the
 * connection and fails the request with AnswerTooLarge, which the SDK does not retry.
 */
import { Transform, type Readable, type TransformCallback } from 'node:stream'
import { NodeHttpHandler } from '@smithy/node-http-handler'
import { AnswerTooLarge, MAX_ANSWER_BYTES } from '../../util/errors.js'

type Handle = NodeHttpHandler['handle']

/** Passes the body on until `limit` bytes have gone through, then fails the stream. */
class BodyLimit extends Transform {
  private size = 0
  constructor(
    private readonly status: number | undefined,
    private readonly limit: number
  ) {
    super()
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length
    if (this.size > this.limit) done(new AnswerTooLarge(this.status, this.limit))
    else done(null, chunk)
  }
}

export class BoundedHttpHandler {
  readonly metadata: NodeHttpHandler['metadata']
  constructor(
    private readonly inner: NodeHttpHandler,
    private readonly limit = MAX_ANSWER_BYTES
  ) {
    this.metadata = inner.metadata
  }

  async handle(...args: Parameters<Handle>): ReturnType<Handle> {
    const result = await this.inner.handle(...args)
    const { response } = result
    const source = response.body as Readable | undefined
    if (source && typeof source.pipe === 'function') {
      const bounded = new BodyLimit(response.statusCode, this.limit)
      // Past the limit, the answer's connection goes: nothing more of it is read.
      bounded.on('error', () => source.destroy())
      source.on('error', (error) => bounded.destroy(error))
      response.body = source.pipe(bounded)
    }
    return result
  }

  updateHttpClientConfig(...args: Parameters<NodeHttpHandler['updateHttpClientConfig']>): void {
    this.inner.updateHttpClientConfig(...args)
  }

  httpHandlerConfigs(): ReturnType<NodeHttpHandler['httpHandlerConfigs']> {
    return this.inner.httpHandlerConfigs()
  }

  destroy(): void {
    this.inner.destroy()
  }
}
