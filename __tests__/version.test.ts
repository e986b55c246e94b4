import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { USER_AGENT, VERSION } from '../src/util/version.js'

describe('version', () => {
  it('matches package.json, so the user agent names the released version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string
    }
    expect(VERSION).toBe(pkg.version)
    expect(USER_AGENT).toBe(`cancel-deployment/${pkg.version}`)
  })
})
