import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'coverage/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
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
    },
  },
  {
    // Specifications, test kits, benchmarks and the seed stories are long by nature.
    files: [
      '**/*.test.ts',
      '**/testing/**',
      '**/bench/**',
      '**/*.bench.ts',
      'packages/seeds/**',
      'examples/src/scenarios/**',
    ],
    rules: { 'max-lines': 'off' },
  },
);
