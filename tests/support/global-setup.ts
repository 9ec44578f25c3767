// Starts a throw-away local stack on free ports for the conformance project, unless the caller
// (scripts/test.ts, or a developer) already runs one and says so with STACK_API_URL + STACK_DB_URL.
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ANON_KEY, SERVICE_ROLE_KEY, loadConfig } from '../../stack/config.ts';
import { freePort } from '../../stack/lock.ts';
import { runDataDir } from '../../stack/run-dir.ts';
import { startStack, wipeData, type RunningStack } from '../../stack/stack.ts';

export type StackInfo = {
  apiUrl: string;
  dbUrl: string;
  anonKey: string;
  serviceRoleKey: string;
  dataDir: string;
  mailUrl: string;
  smtpPort: number;
};

declare module 'vitest' {
  export interface ProvidedContext {
    stack: StackInfo;
  }
}

let running: RunningStack | undefined;

export async function setup(project: TestProject) {
  if (process.env.STACK_API_URL && process.env.STACK_DB_URL) {
    project.provide('stack', {
      apiUrl: process.env.STACK_API_URL,
      dbUrl: process.env.STACK_DB_URL,
      anonKey: ANON_KEY,
      serviceRoleKey: SERVICE_ROLE_KEY,
      dataDir: path.resolve(process.env.STACK_DATA_DIR ?? '.supabase-local/test'),
      mailUrl: process.env.STACK_MAIL_URL ?? 'http://127.0.0.1:54324',
      smtpPort: Number(process.env.STACK_SMTP_PORT ?? 54325),
    });
    return;
  }
  const config = loadConfig({
    STACK_API_PORT: String(await freePort()),
    STACK_DB_PORT: String(await freePort()),
    STACK_FUNCTIONS_PORT: String(await freePort()),
    STACK_MAIL_PORT: String(await freePort()),
    STACK_SMTP_PORT: String(await freePort()),
    STACK_DATA_DIR: runDataDir('vitest'),
  });
  wipeData(config);
  fs.mkdirSync(config.dataDir, { recursive: true });
  const logFile = path.join(config.dataDir, 'stack.log');
  running = await startStack(config, (line) => fs.appendFileSync(logFile, `${line}\n`));
  project.provide('stack', {
    apiUrl: running.apiUrl,
    dbUrl: running.dbUrl,
    anonKey: running.anonKey,
    serviceRoleKey: running.serviceRoleKey,
    dataDir: config.dataDir,
    mailUrl: running.mailUrl,
    smtpPort: running.smtp.port,
  });
}

export async function teardown() {
  if (!running) return;
  await running.stop();
  if (!process.env.KEEP_TEST_STACK) wipeData(running.config);
}
