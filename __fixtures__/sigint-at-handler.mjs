// `node --import ./__fixtures__/sigint-at-handler.mjs dist/index.js`: sends the process a
// SIGINT the moment it installs its first SIGINT handler (as early as a SIGINT can be
// handled at all), after copying the list of files loaded so far to SIGINT_LOADED_FILE.
import { register } from 'node:module'
import { readFileSync, writeFileSync } from 'node:fs'

const trace = process.env.TRACE_LOADS_FILE
const report = process.env.SIGINT_LOADED_FILE
register('./load-hooks.mjs', import.meta.url, { data: { file: trace } })

let sent = false
process.on('newListener', (event) => {
  if (event !== 'SIGINT' || sent) return
  sent = true
  writeFileSync(report, readFileSync(trace, 'utf8'))
  setImmediate(() => process.kill(process.pid, 'SIGINT'))
})
