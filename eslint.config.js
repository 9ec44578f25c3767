// Lint for the whole repo: typescript-eslint everywhere, React hooks rules (with the React Compiler checks) for the SPA.
// Deno code under supabase/functions is checked by `deno check`/`deno lint` instead.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.supabase-local/',
      'test-results/',
      'playwright-report/',
      'bench/out/',
      // Deno code: checked by deno, with Deno's globals and lint directives.
      'supabase/functions/',
      'stack/functions/main.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // `_`-prefixed names are deliberately unused (destructuring something away, a callback's first argument).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['stack/**', 'scripts/**', 'tests/**', 'e2e/**', 'bench/**', '*.config.{ts,js}', 'src/**/*.test.{ts,tsx}'],
    languageOptions: { globals: globals.node },
  },
  {
    // The emulated services strip control characters from what they echo back on purpose.
    files: ['stack/**'],
    rules: { 'no-control-regex': 'off' },
  },
);
