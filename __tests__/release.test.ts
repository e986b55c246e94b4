/**
 * script/release, run in a throw-away git repository whose `npm run bundle` writes dist/index.js:
 * what it refuses, and the tags it makes.
 */
import { beforeEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from '../__fixtures__/run-action.js'

let repo: string
let home: string
const env = () => ({
  PATH: process.env.PATH ?? '',
  HOME: home,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Release Test',
  GIT_AUTHOR_EMAIL: 'release@example.com',
  GIT_COMMITTER_NAME: 'Release Test',
  GIT_COMMITTER_EMAIL: 'release@example.com'
})

function git(...args: string[]): string {
  const r = spawnSync('git', args, { cwd: repo, env: env(), encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`)
  return r.stdout.trim()
}

function release(...args: string[]): { code: number | null; out: string } {
  const r = spawnSync('bash', ['script/release', ...args], {
    cwd: repo,
    env: env(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  })
  return { code: r.status, out: r.stdout + r.stderr }
}

function commitVersion(version: string, dist = 'built\n'): void {
  writeFileSync(
    join(repo, 'package.json'),
    JSON.stringify({ name: 'x', version, private: true, scripts: { bundle: 'node build.js' } })
  )
  writeFileSync(join(repo, 'dist', 'index.js'), dist)
  git('add', '-A')
  git('commit', '-qm', `version ${version}`)
}

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'release-test-'))
  home = mkdtempSync(join(tmpdir(), 'release-test-home-'))
  mkdirSync(join(repo, 'script'))
  mkdirSync(join(repo, 'dist'))
  copyFileSync(join(ROOT, 'script', 'release'), join(repo, 'script', 'release'))
  // The bundle this repository's sources build: dist/index.js is current when it says "built".
  writeFileSync(
    join(repo, 'build.js'),
    "require('fs').writeFileSync('dist/index.js', 'built\\n')\n"
  )
  git('init', '-q', '-b', 'main')
  commitVersion('1.2.3')
}, 30_000)

describe('script/release', () => {
  it('tags vX.Y.Z and moves vX to it, then prints the push commands', () => {
    const first = release('v1.2.3')
    expect(first.code).toBe(0)
    expect(first.out).toContain('git push origin refs/tags/v1.2.3')
    expect(first.out).toContain('git push --force origin refs/tags/v1')
    const head = git('rev-parse', 'HEAD')
    expect(git('rev-list', '-n1', 'v1.2.3')).toBe(head)
    expect(git('rev-list', '-n1', 'v1')).toBe(head)

    commitVersion('1.3.0')
    expect(release('v1.3.0').code).toBe(0)
    const next = git('rev-parse', 'HEAD')
    expect(git('rev-list', '-n1', 'v1')).toBe(next)
    expect(git('rev-list', '-n1', 'v1.2.3')).toBe(head)
  }, 60_000)

  it('refuses a tag that exists', () => {
    expect(release('v1.2.3').code).toBe(0)
    const again = release('v1.2.3')
    expect(again.code).toBe(1)
    expect(again.out).toContain('tag v1.2.3 already exists')
  }, 60_000)

  it("refuses a version that is not package.json's, or not vX.Y.Z", () => {
    const other = release('v1.2.4')
    expect(other.code).toBe(1)
    expect(other.out).toContain("does not match package.json's version 1.2.3")
    expect(release('v1.2').out).toContain("'v1.2' is not vX.Y.Z")
    expect(release().out).toContain('no version given: run script/release v1.2.3')
    expect(git('tag')).toBe('')
  }, 60_000)

  it('refuses a working tree with changes', () => {
    writeFileSync(join(repo, 'notes.txt'), 'not committed\n')
    const r = release('v1.2.3')
    expect(r.code).toBe(1)
    expect(r.out).toContain('the working tree has changes')
    expect(git('tag')).toBe('')
  }, 60_000)

  it('refuses when dist/ is not what the bundle builds, and leaves dist/ as committed', () => {
    commitVersion('1.2.3', 'stale\n')
    const r = release('v1.2.3')
    expect(r.code).toBe(1)
    expect(r.out).toContain("dist/ is not what 'npm run bundle' builds from HEAD")
    expect(git('tag')).toBe('')
    expect(git('status', '--porcelain')).toBe('')
  }, 60_000)
})
