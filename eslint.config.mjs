import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

// Specifications and the helpers only specifications use: never part of a published package.
const testSupport = ['**/*.test.ts', '**/src/**/testing/**', '**/*testSupport.ts', '**/*TestSupport.ts'];

// A package is used through the entry points its package.json declares, so that its inside can move
// without breaking another package (the adapters have one entry per store, so that a SQLite user
// installs no PostgreSQL driver).
const throughEntryPoints = [
  {
    regex: '^@council-partnerships/(?!adapters/(sqlite|postgres|eventstoredb|memory)$)[^/]+/',
    message:
      'Import another package through its entry point (@council-partnerships/<package>, or @council-partnerships/adapters/<store>).',
  },
];

// The repository's own specifications, benchmarks and docs may also reach a package's test support (its
// src/testing/ folder, never published) and the examples' declared entries (scenarios, simulator).
const throughEntryPointsOrTestSupport = [
  {
    regex:
      '^@council-partnerships/(?!adapters/(sqlite|postgres|eventstoredb|memory)$|[^/]+/testing/[^/]+$|examples/(scenarios|simulator)$)[^/]+/',
    message:
      "Import another package through its entry point (@council-partnerships/<package>, @council-partnerships/adapters/<store>), its test support (@council-partnerships/<package>/testing/<file>) or the examples' scenarios and simulator.",
  },
];

// What a published package's own code may not need: the test kit, the seed stories, test support.
const notInPublishedCode = [
  {
    regex: '^@council-partnerships/(testing|seeds)$',
    message:
      'Published code cannot depend on the test kit or the seed stories: only specifications use them.',
  },
  {
    regex: '^\\.\\.?/(.*/)?(testing(/|$)|[^/]*[tT]estSupport$)',
    message:
      'Test support is left out of the published build: only specifications and test support import it.',
  },
];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'coverage/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      // The workspace's own packages count as internal, so that a cycle through another package is found.
      'import-x/internal-regex': '^@council-partnerships/',
      // The root tsconfig maps every package name to its sources, as the tests and the type check see them.
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A new event or command type must be handled everywhere a union is switched on.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      'no-console': 'off',
      // Small files with one job each: a source file past 300 lines is doing two.
      'max-lines': ['error', { max: 300 }],
      'no-restricted-imports': ['error', { patterns: throughEntryPoints }],
      // A relative path out of a package (`../../packages/...`) reaches round its entry points.
      'import-x/no-relative-packages': 'error',
      // A cycle makes load order decide what a module sees (undefined at import time); packages too.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // The code each package publishes: it needs only what its package.json declares for its users.
    files: ['packages/*/src/**/*.ts'],
    ignores: [...testSupport, 'packages/seeds/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...throughEntryPoints, ...notInPublishedCode] }],
      'import-x/no-extraneous-dependencies': [
        'error',
        { devDependencies: false, optionalDependencies: false, peerDependencies: true },
      ],
    },
  },
  {
    files: [...testSupport, '**/bench/**', '**/*.bench.ts', 'docs/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: throughEntryPointsOrTestSupport }] },
  },
  {
    // Specifications, test kits, benchmarks and the seed stories are long by nature.
    files: [
      ...testSupport,
      'packages/testing/**',
      '**/bench/**',
      '**/*.bench.ts',
      'packages/seeds/**',
      'examples/src/scenarios/**',
    ],
    rules: { 'max-lines': 'off' },
  },
);
