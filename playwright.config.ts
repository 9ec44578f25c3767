import { defineConfig } from '@playwright/test';
import { ANON_KEY } from './stack/config.ts';

// Debian's Chromium, never a downloaded browser; E2E_API_URL points the app at a stack the caller runs,
// otherwise e2e/support/global-setup.ts starts a throw-away one on the e2e ports.
const apiPort = Number(process.env.E2E_API_PORT ?? 55521);
export const E2E_API_URL = process.env.E2E_API_URL ?? `http://127.0.0.1:${apiPort}`;
const appPort = Number(process.env.E2E_APP_PORT ?? 5174);

export default defineConfig({
  testDir: 'e2e',
  outputDir: `test-results/e2e-${appPort}`,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  globalSetup: './e2e/support/global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${appPort}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    // A production build served by `vite preview`, as users get it; each app port builds into its own folder, so
    // runs on other ports at the same time never serve each other's (or a half-written) build.
    command: `npx vite build --logLevel warn --outDir dist/e2e-${appPort} && npx vite preview --outDir dist/e2e-${appPort} --port ${appPort} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${appPort}`,
    reuseExistingServer: false,
    timeout: 180_000,
    env: { VITE_SUPABASE_URL: E2E_API_URL, VITE_SUPABASE_ANON_KEY: ANON_KEY },
  },
});
