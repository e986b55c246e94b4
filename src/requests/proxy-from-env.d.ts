/** proxy-from-env ships no types: the one function this action calls. */
declare module 'proxy-from-env' {
  /** The proxy URL for `url` from *_PROXY and NO_PROXY (either case), or '' to go direct. */
  export function getProxyForUrl(url: string | URL): string
}
