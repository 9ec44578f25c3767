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
      // Each engineer's git-excluded scratch folder (.git/info/exclude), which eslint and prettier cannot read.
      '.coord/',
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
  // Boundaries (after bulletproof-react's import/no-restricted-paths): features talk through their index.ts, shared
  // code imports no feature, scoring has one public entry (`@scoring`), and code outside the SPA imports no internals.
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@/features/[^/]+/',
              message: "Import another feature through its index.ts ('@/features/<name>'); inside a feature use relative paths.",
            },
            { regex: '^@/app(/|$)', message: 'Features never import the app layer (routes, router, providers).' },
            { regex: '^(\\.\\./){2,}', message: "Leave a feature's folder through an alias ('@/lib/…', '@/components/…', '@scoring'), not ../../" },
            { regex: '_shared/scoring/', message: "Import the scoring module through its one entry: '@scoring'." },
          ],
        },
      ],
    },
  },
  {
    files: ['src/lib/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^@/(features|app)(/|$)|/features/', message: 'src/lib and src/components are shared: they import no feature and no route.' },
            { regex: '_shared/scoring/', message: "Import the scoring module through its one entry: '@scoring'." },
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/main.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '_shared/scoring/', message: "Import the scoring module through its one entry: '@scoring'." }] },
      ],
    },
  },
  {
    files: ['scripts/**', 'tests/**', 'e2e/**', 'bench/**', 'stack/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: 'src/features/[^/]+/(?!index\\.ts$)', message: 'Outside the SPA, import a feature only through its index.ts.' },
            { regex: '_shared/scoring/(?!index\\.ts$)', message: 'Import the scoring module through its index.ts.' },
          ],
        },
      ],
    },
  },
  {
    // The emulated services strip control characters from what they echo back on purpose.
    files: ['stack/**'],
    rules: { 'no-control-regex': 'off' },
  },
);
