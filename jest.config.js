/** Tests sit beside the code they test; packages are mapped to their sources so no build is needed. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/packages', '<rootDir>/examples', '<rootDir>/docs'],
  testMatch: ['**/src/**/*.test.ts', '<rootDir>/docs/**/*.test.ts', '<rootDir>/examples/bench/**/*.test.ts'],
  // The release check (the packed packages) runs on its own: pnpm test:release.
  testPathIgnorePatterns: ['/node_modules/', '\\.release\\.test\\.ts$'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }],
  },
  moduleNameMapper: {
    '^@council-partnerships/examples/(scenarios|simulator)$': '<rootDir>/examples/src/$1/index.ts',
    '^@council-partnerships/testing$': '<rootDir>/packages/testing/src/index.ts',
    '^@council-partnerships/(domain|projections|adapters|cli|seeds)$': '<rootDir>/packages/$1/src/index.ts',
    '^@council-partnerships/(domain|projections|adapters|cli)/(.*)$': '<rootDir>/packages/$1/src/$2',
  },
  testTimeout: 60000,
};
