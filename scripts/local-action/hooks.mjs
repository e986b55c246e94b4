/**
 * Module hooks that let @github/local-action 7.0.1 run this action on Node 24:
 *
 * - the providers import AWS SDK commands file by file from the packages' `dist-es` build, which
 *   only a bundler can load (its imports have no file extensions): they are resolved to the
 *   package root, which exports the same names (jest.config.js maps them the same way);
 * - local-action's stand-in for @actions/core records setFailed() but always exits 0: its module
 *   gets one more line, so that the process exits 1 after a failed run, as the runner's step does.
 */
const SDK_FILE = /^@aws-sdk\/(client-[a-z0-9]+)\/dist-es\/.*$/
const CORE_STUB = /\/@github\/local-action\/src\/stubs\/core\/core\.ts$/

export async function resolve(specifier, context, nextResolve) {
  const sdk = SDK_FILE.exec(specifier)
  return nextResolve(sdk ? `@aws-sdk/${sdk[1]}` : specifier, context)
}

export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context)
  if (!CORE_STUB.test(url) || result.source === undefined) return result
  const source = String(result.source)
  return {
    ...result,
    source: `${source}\nprocess.on('exit', () => { if (CoreMeta.exitCode !== 0) process.exitCode = CoreMeta.exitCode })\n`
  }
}
