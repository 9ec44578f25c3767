// Starts a throw-away local stack on the test ports for the conformance project, unless the caller
// (scripts/test.ts, or a developer) already runs one and says so with STACK_API_URL.
import type { TestProject } from 'vitest/node';
import { ANON_KEY, SERVICE_ROLE_KEY, loadConfig } from '../../stack/config.ts';
import { startStack, wipeData, type RunningStack } from '../../stack/stack.ts';

export type StackInfo = { apiUrl: string; dbUrl: string; anonKey: string; serviceRoleKey: string };

declare module 'vitest' {
  export interface ProvidedContext {
    stack: StackInfo;
  }
}

let running: RunningStack | undefined;

export async function setup(project: TestProject) {
  if (process.env.STACK_API_URL && process.env.STACK_DB_URL) {
    project.provide('stack', { apiUrl: process.env.STACK_API_URL, dbUrl: process.env.STACK_DB_URL, anonKey: ANON_KEY, serviceRoleKey: SERVICE_ROLE_KEY });
    return;
  }
  const config = loadConfig({ STACK_API_PORT: '55421', STACK_DB_PORT: '55422', STACK_DATA_DIR: '.supabase-local/vitest' });
  wipeData(config);
  running = await startStack(config, () => undefined);
  project.provide('stack', { apiUrl: running.apiUrl, dbUrl: running.dbUrl, anonKey: running.anonKey, serviceRoleKey: running.serviceRoleKey });
}

export async function teardown() {
  await running?.stop();
}
