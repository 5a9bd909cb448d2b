// Lint for the whole repository; `./mentorflow test` runs it before jest, so a lint error fails CI.
// Formatting is prettier's (.prettierrc.json); eslint-config-prettier turns off the rules that would argue with it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const migrations = 'libs/persistence/migrations/**';

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', '.tools/**', '.data/**', 'coverage/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      // Prettier keeps code within 140 columns but cannot break a comment or a string.
      'max-len': ['error', { code: 140, ignoreUrls: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Small modules with one job: no source file over 300 lines (generated migrations aside).
    files: ['apps/**/*.ts', 'workflows/**/*.ts', 'activities/**/*.ts', 'libs/**/*.ts'],
    ignores: [migrations, '**/*.spec.ts'],
    rules: { 'max-lines': ['error', { max: 300 }] },
  },
  { files: [migrations], rules: { 'max-len': 'off' } },
  { files: ['**/*.js', '**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly', __dirname: 'readonly', process: 'readonly' } }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
