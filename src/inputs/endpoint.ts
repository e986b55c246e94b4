/** endpoint-url and github-api-url: where requests go instead of the provider's own host. */
import * as z from 'zod/mini'
import { once } from './schema.js'

/**
 * An endpoint is a scheme, a host, a port and at most a base path. User info
 * would be printed in messages (and sent in clear with http); a query or a
 * fragment would change the path of every request.
 */
export const endpointUrl = once(() =>
  z.pipe(
    z.string().check(
      z.refine((s) => URL.canParse(s) && /^https?:$/.test(new URL(s).protocol), {
        error: 'must be an http:// or https:// URL',
        abort: true
      }),
      z.refine((s) => !/^[a-z]+:\/\/[^/?#]*@/i.test(s), {
        error:
          'must not hold a user name or password (user:password@): the URL is shown in messages',
        abort: true
      }),
      z.refine((s) => !s.includes('?') && !s.includes('#'), {
        error:
          'must not have a query (?…) or a fragment (#…): they would change the path of every request'
      })
    ),
    z.transform((s: string) => s.replace(/\/+$/, ''))
  )
)

/**
 * Loopback hosts: plain http to them never leaves the machine. The URL parser has already
 * written an IPv4-mapped address (`[::ffff:127.0.0.1]`) in hex (`::ffff:7f00:1`).
 */
export function isLoopback(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase()
  return (
    host === 'localhost' ||
    host === '::1' ||
    /^127(\.\d{1,3}){3}$/.test(host) ||
    /^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.test(host) ||
    /^::ffff:127(\.\d{1,3}){3}$/.test(host)
  )
}
