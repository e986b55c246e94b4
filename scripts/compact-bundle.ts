/**
 * tsx scripts/compact-bundle.ts <dir>: reprints each .js file ncc wrote into <dir>
 * with esbuild, the code itself unchanged (no renaming, no syntax rewriting):
 *
 * - ASCII only. One character beyond ASCII anywhere in a file (a ’ in a comment of
 *   undici's, a — in a message of ours) makes V8 hold the whole file as a two-byte
 *   string: twice the memory, slower to decode and to scan. esbuild escapes strings,
 *   templates and names; a regex literal or a String.raw template has no escape that keeps
 *   it the same and stays as written, so bundle-budget.test.ts checks dist/ itself.
 * - No comments or indentation: fewer bytes to read and parse. The licenses of what is
 *   bundled are in licenses.txt (ncc --license), so legal comments go too.
 *
 * `npm run bundle` runs it after ncc, and `npm run bench` builds its reference bundles
 * the same way, so the ratios it reports compare code, not build steps.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { transformSync } from 'esbuild'

export function compactBundle(dir: string): void {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
    const file = join(dir, name)
    const { code } = transformSync(readFileSync(file, 'utf8'), {
      format: 'esm',
      charset: 'ascii',
      legalComments: 'none',
      minifyWhitespace: true,
      // Its warnings here would be lint about the bundled packages' code (e.g. `x === -0`).
      logLevel: 'silent',
      sourcefile: name
    })
    writeFileSync(file, code)
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2]
  if (!dir) throw new Error('usage: tsx scripts/compact-bundle.ts <dir>')
  compactBundle(dir)
}
