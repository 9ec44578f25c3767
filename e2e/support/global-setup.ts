// Starts a throw-away local stack on the e2e ports unless E2E_API_URL names one already running.
import path from 'node:path';
import { loadConfig } from '../../stack/config.ts';
import { runDataDir } from '../../stack/run-dir.ts';
import { startStack, wipeData } from '../../stack/stack.ts';

export default async function globalSetup() {
  if (process.env.E2E_API_URL) return;
  // E2E_API_PORT moves the whole e2e stack (API, API+1 for Postgres, API+3/+4 for the inbox and SMTP, API+8 for functions).
  const apiPort = Number(process.env.E2E_API_PORT ?? 55521);
  // A data folder per run (e2e-<pid>), so two runs at once never wipe each other's; the specs find its objects via E2E_STORAGE_DIR.
  const config = loadConfig({ STACK_API_PORT: String(apiPort), STACK_DB_PORT: String(apiPort + 1), STACK_DATA_DIR: runDataDir('e2e') });
  wipeData(config);
  const stack = await startStack(config, () => undefined);
  process.env.E2E_DB_URL = stack.dbUrl;
  process.env.E2E_MAIL_URL = stack.mailUrl;
  process.env.E2E_STORAGE_DIR = path.join(config.dataDir, 'storage');
  return async () => {
    await stack.stop();
    if (!process.env.KEEP_TEST_STACK) wipeData(config);
  };
}
