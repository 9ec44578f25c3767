import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The app's `@/` and `@scoring` aliases (tsconfig.json, vite.config.ts), for unit tests of src/ modules that use it.
const alias = {
  '@': fileURLToPath(new URL('./src', import.meta.url)),
  '@scoring': fileURLToPath(new URL('./supabase/functions/_shared/scoring/index.ts', import.meta.url)),
  '@email-render': fileURLToPath(new URL('./supabase/functions/_shared/email/render.ts', import.meta.url)),
};

// Two projects: `unit` needs nothing running; `conformance` talks to a live local stack
// (scripts/test.ts starts one on the test ports and exports its URL in the environment).
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: [
            'src/**/*.test.ts',
            'src/**/*.test.tsx',
            'stack/**/*.unit.test.ts',
            'supabase/functions/_shared/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'conformance',
          include: ['tests/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
