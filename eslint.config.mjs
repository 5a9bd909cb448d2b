// Lint for the whole repository; `./mentorflow test` runs it before jest, so a lint error fails CI.
// Formatting is prettier's (.prettierrc.json); eslint-config-prettier turns off the rules that would argue with it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const migrations = 'libs/persistence/migrations/**';
// The Node globals the few plain JavaScript files use (TypeScript files get theirs from @types/node).
const node = Object.fromEntries(
  ['process', 'console', 'require', 'module', '__dirname', 'Buffer', 'URL', 'setTimeout'].map((name) => [name, 'readonly']),
);

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      '.tools/**',
      '.data/**',
      'coverage/**',
      'bench/results/**',
      'test-artifacts/**',
      // Generated from the API's OpenAPI document by scripts/openapi-document.ts.
      'apps/console/src/api/schema.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      // Prettier keeps code within 140 columns but cannot break a comment or a string.
      'max-len': ['error', { code: 140, ignoreUrls: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // A `let` that a callback reads before its one assignment (a server's handler and the server itself) stays a `let`.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // Tests, benchmarks and tooling read the API's JSON answers as they come; the engine's own code is typed throughout.
    files: ['test/**', 'bench/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Small modules with one job: no source file over 300 lines (generated migrations aside).
    files: ['apps/**/*.ts', 'workflows/**/*.ts', 'activities/**/*.ts', 'libs/**/*.ts'],
    ignores: [migrations, '**/*.spec.ts'],
    rules: { 'max-lines': ['error', { max: 300 }] },
  },
  { files: [migrations], rules: { 'max-len': 'off' } },
  {
    // The console runs in a browser, as React components whose hooks must keep their order.
    files: ['apps/console/src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, 'max-lines': ['error', { max: 300 }] },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { ...node, module: 'writable' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  { files: ['**/*.mjs'], languageOptions: { globals: node } },
);
