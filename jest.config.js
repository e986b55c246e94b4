// ESM mode, as in actions/typescript-action: ts-jest with useESM, run under
// NODE_OPTIONS=--experimental-vm-modules (see package.json "test").
export default {
  clearMocks: true,
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  testEnvironment: 'node',
  testMatch: ['**/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { tsconfig: 'tsconfig.json', useESM: true, diagnostics: { ignoreCodes: ['TS151001'] } }
    ]
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  // The end-to-end tests share one emulator per file and script its faults per
  // operation: their it.concurrent tests run one at a time, files still in parallel.
  maxConcurrency: 1,
  verbose: false
}
