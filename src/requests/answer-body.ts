/**
 * An answer's body read from a fetch Response (undici: Datadog's transport, GitHub's client),
 * at most MAX_ANSWER_BYTES of it after decompression: past that the stream is cancelled
 * (the connection goes with it) and AnswerTooLarge is thrown.
 */
import { AnswerTooLarge, MAX_ANSWER_BYTES } from '../util/errors.js'

export async function readAnswerBody(
  body: ReadableStream<Uint8Array> | null,
  status: number,
  limit = MAX_ANSWER_BYTES
): Promise<Buffer> {
  if (!body) return Buffer.alloc(0)
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return Buffer.concat(chunks, size)
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => {})
      throw new AnswerTooLarge(status, limit)
    }
    chunks.push(value)
  }
}

/**
 * A fetch whose answers' bodies are read here first, at most MAX_ANSWER_BYTES after
 * decompression (a larger one is refused, not held in memory), for a client that reads the
 * body itself (GitHub's Octokit).
 */
export function boundedFetch(inner: typeof fetch, limit = MAX_ANSWER_BYTES): typeof fetch {
  return async (url, init) => {
    const response = await inner(url, init)
    const empty = [101, 103, 204, 205, 304].includes(response.status)
    const body = empty ? null : await readAnswerBody(response.body, response.status, limit)
    return new Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers
    })
  }
}
