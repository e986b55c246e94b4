// `node --import ./__fixtures__/trace-loads.mjs dist/index.js`: records what the run loads.
import { register } from 'node:module'

if (process.env.TRACE_LOADS_FILE) {
  register('./load-hooks.mjs', import.meta.url, { data: { file: process.env.TRACE_LOADS_FILE } })
}
