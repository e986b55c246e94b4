/**
 * scripts/compact-bundle.ts, which `npm run bundle` runs after ncc: each file comes out
 * without comments, ASCII-only wherever JavaScript has an escape for a character, and does
 * what it did before. (That every file of dist/ is ASCII-only is checked on dist/ itself, in
 * bundle-budget.test.ts.)
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { compactBundle } from '../scripts/compact-bundle.js'

const NON_ASCII = /[^\p{ASCII}]/u

/** Writes `source` as an ES module, compacts it, and gives its text and what it printed before and after. */
function compacted(source: string) {
  const dir = mkdtempSync(join(tmpdir(), 'compact-bundle-'))
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}')
  const file = join(dir, 'index.js')
  writeFileSync(file, source)
  const run = () => execFileSync(process.execPath, [file], { encoding: 'utf8' })
  const before = run()
  compactBundle(dir)
  return {
    text: readFileSync(file, 'utf8'),
    before,
    after: run(),
    packageJson: readFileSync(join(dir, 'package.json'), 'utf8')
  }
}

describe('compact-bundle', () => {
  it('escapes every character beyond ASCII in strings, templates and names, and drops comments', () => {
    const { text, before, after, packageJson } = compacted(`// A comment with a ’ and a —.
/*! a legal comment: Jimmy Wärting */
const naïve = 'ids ≤ 128 characters…'
export const shown = [naïve, \`\${naïve.length} → ok\`, 'x'.padEnd(3, '·'), '😀']
console.log(JSON.stringify(shown))
`)
    expect(text).not.toMatch(NON_ASCII)
    expect(text).not.toMatch(/comment/)
    expect(after).toBe(before)
    expect(JSON.parse(before)).toEqual(['ids ≤ 128 characters…', '21 → ok', 'x··', '😀'])
    // Only .js files are rewritten.
    expect(packageJson).toBe('{"type":"module"}')
  })

  it('keeps a regex literal and a String.raw template as written, and what they do', () => {
    const { text, before, after } = compacted(`const raw = String.raw\`C:\\été\`
console.log(JSON.stringify([raw, /^😀+$/u.test('😀😀'), /é/.test('café')]))
`)
    expect(after).toBe(before)
    expect(JSON.parse(before)).toEqual(['C:\\été', true, true])
    // JavaScript has no escape that keeps these the same: they stay, and the file is two-byte.
    expect(text).toMatch(NON_ASCII)
  })
})
