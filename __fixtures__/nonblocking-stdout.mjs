// `node --import ./__fixtures__/nonblocking-stdout.mjs dist/index.js`: stdout as a runner may
// hand it over, a non-blocking pipe. Writes the reader has not taken yet then wait in node's
// own buffer, where process.exit() would drop them.
process.stdout._handle?.setBlocking?.(false)
