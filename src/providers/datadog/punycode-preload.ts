/**
 * Imported before the Datadog client, for its side effect only. The client's
 * configuration module loads cross-fetch, whose node-fetch loads Node's
 * `punycode` (through whatwg-url's tr46) even though this action never calls
 * it (the client sends through datadog-http.ts). In a bundle, Node cannot tell
 * that load comes from a dependency, and on Node 22 and later it prints
 * DEP0040 on stderr on every run. Loading the built-in here first, with
 * deprecation warnings off for that one load, leaves node-fetch the cached
 * module, and nothing to print. Any other deprecation still prints.
 */
const warnings = process.noDeprecation
process.noDeprecation = true
try {
  process.getBuiltinModule?.('punycode')
} finally {
  process.noDeprecation = warnings
}
export {}
