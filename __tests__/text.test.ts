/** src/util/text.ts: the one way text is cut, for outputs, the summary, messages and GitHub. */
import { describe, expect, it } from '@jest/globals'
import { truncate } from '../src/util/text.js'

describe('truncate', () => {
  it('leaves text within the limit as it is', () => {
    expect(truncate('short', 10)).toBe('short')
    expect(truncate('x'.repeat(10), 10)).toBe('x'.repeat(10))
  })

  it.each(['…', ' …'])(
    'cuts to at most the limit in UTF-16 units, marker "%s" included, never half a character',
    (marker) => {
      for (let max = 4; max <= 64; max++) {
        for (const text of ['x'.repeat(100), '😀'.repeat(100), 'é'.repeat(100)]) {
          const cut = truncate(text, max, marker)
          expect(cut.length).toBeLessThanOrEqual(max)
          expect(cut.endsWith(marker)).toBe(true)
          expect(cut.slice(0, -marker.length)).not.toMatch(/[\uD800-\uDBFF]$/)
          expect(() => encodeURIComponent(cut)).not.toThrow()
        }
      }
    }
  )

  it('keeps as much as fits before a pair it cannot split', () => {
    expect(truncate(`${'a'.repeat(138)}😀😀`, 140)).toBe(`${'a'.repeat(138)}…`)
  })
})
