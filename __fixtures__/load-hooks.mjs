// Node module hooks that record every file module loaded, one URL per line, into
// the file named by `data.file`. Registered by __fixtures__/trace-loads.mjs.
import { appendFileSync } from 'node:fs'

let file
export function initialize(data) {
  file = data.file
}

export async function load(url, context, nextLoad) {
  if (file && url.startsWith('file:')) appendFileSync(file, `${url}\n`)
  return nextLoad(url, context)
}
