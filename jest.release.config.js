/**
 * The release checks, slower than the unit suite: the packed packages in a project of their own, and
 * every command the READMEs show. Run with `pnpm test:release` after `pnpm build`.
 */
const base = require('./jest.config');

module.exports = {
  ...base,
  roots: ['<rootDir>/docs'],
  testMatch: ['**/*.release.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 600000,
};
