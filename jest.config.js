// ESM mode, as in actions/typescript-action: ts-jest with useESM, run under
// NODE_OPTIONS=--experimental-vm-modules (see package.json "test"). tsconfig's
// isolatedModules makes ts-jest transpile each file alone, without type checks:
// `npm run typecheck` does those once for the whole project.
//
// Two projects: `unit` (modules in-process, seconds) and `e2e` (dist/index.js
// run as the runner runs it, against the emulator, moto and proxies; needs
// `npm run bundle`). `npm run test:unit` / `npm run test:e2e` pick one; their
// `--selectProjects` is followed by another flag (`--no-watchman`) so that in
// `npm run test:unit -- __tests__/report.test.ts` the file is a path, not a project name.

import { readFileSync } from 'node:fs'

// The suite runs on the Node that action.yml's runs.using names (.node-version): npm scripts
// find it first on their PATH (the node-linux-* optional dependencies). A platform without that
// package runs whatever node is installed, and the tests would not say which; this does.
const wantedNode = readFileSync(new URL('.node-version', import.meta.url), 'utf8').trim()
if (process.versions.node.split('.')[0] !== wantedNode) {
  throw new Error(
    `the tests run on Node ${wantedNode} (.node-version), this is ${process.version}: ` +
      'see CONTRIBUTING.md, "Node 24"'
  )
}

/** Test files that run the bundle or a real server: the e2e project. */
const E2E = [
  '<rootDir>/__tests__/e2e/**/*.test.ts',
  '<rootDir>/__tests__/network/**/*.test.ts',
  '<rootDir>/__tests__/runner-contract.test.ts',
  '<rootDir>/__tests__/bundle-budget.test.ts',
  '<rootDir>/__tests__/self-test.test.ts',
  '<rootDir>/__tests__/release.test.ts'
]

/** A testMatch glob as a testPathIgnorePatterns regex (a folder's glob ignores the folder). */
function toIgnorePattern(glob) {
  return glob.replace('/**/*.test.ts', '/').replace(/\./g, '\\.')
}

const shared = {
  clearMocks: true,
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  testEnvironment: 'node',
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { tsconfig: 'tsconfig.json', useESM: true, diagnostics: { ignoreCodes: ['TS151001'] } }
    ]
  },
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // The providers import AWS SDK clients and commands file by file from the packages'
    // ES module build (src/providers/aws/sdk-modules.d.ts says why); node cannot load those files
    // outside a bundle, so tests run the package root, which exports the same names.
    '^@aws-sdk/(client-[a-z0-9]+)/dist-es/.*$': '@aws-sdk/$1'
  }
}

export default {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
      testPathIgnorePatterns: [...shared.testPathIgnorePatterns, ...E2E.map(toIgnorePattern)]
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: E2E,
      // Child processes and servers: a test's own deadline, not jest's 5 s default.
      setupFilesAfterEnv: ['<rootDir>/__fixtures__/e2e-setup.ts']
    }
  ],
  // Three workers on two cores: the e2e files wait on child processes a good part of the time, and
  // a third worker fills that time with other files (warm, jest 108 s -> 94 s). One per core left
  // about a fifth of the CPU idle. Checked where it could starve the e2e runs: on a clean clone
  // (ts-jest compiling every file cold in each worker) and with two whole suites at once on two
  // cores (CONTRIBUTING.md, "How long"). The e2e tests also run concurrently within a file
  // (it.concurrent): each uses its own targets and scripts faults for them alone (emulator faults
  // keyed by target).
  maxWorkers: 3,
  maxConcurrency: 4,
  verbose: false
}
