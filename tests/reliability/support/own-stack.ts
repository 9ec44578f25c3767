// A stack of the suite's own, for what must not happen to the shared one: 200 concurrent uploads, a killed
// Postgres, a restart on the same data, a sweeper on a short interval. Same modules as `npm run dev`, free ports.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../../../stack/config.ts';
import { freePort } from '../../../stack/lock.ts';
import { startStack, wipeData, type RunningStack, type StackOptions } from '../../../stack/stack.ts';
import type { Api } from './apply-flow.ts';

export type OwnStack = {
  running: RunningStack;
  api: Api;
  dataDir: string;
  /** Superuser SQL for setup and assertions (reconnects after a Postgres restart). */
  sql: <T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, params?: unknown[]) => Promise<T[]>;
  /** Stops the stack and starts it again on the same ports and data (a developer's Ctrl-C and `npm run dev`). */
  restart: () => Promise<void>;
  close: () => Promise<void>;
};

/** `env` is set before the stack starts: the Deno runtime inherits it (e.g. SIGN_UPLOAD_RATE_LIMIT). */
export async function startOwnStack(name: string, env: Record<string, string> = {}, options: StackOptions = {}): Promise<OwnStack> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  const config = loadConfig({
    STACK_API_PORT: String(await freePort()),
    STACK_DB_PORT: String(await freePort()),
    STACK_FUNCTIONS_PORT: String(await freePort()),
    STACK_MAIL_PORT: String(await freePort()),
    STACK_SMTP_PORT: String(await freePort()),
    STACK_DATA_DIR: `.supabase-local/reliability-${name}-${process.pid}`,
  });
  wipeData(config);
  fs.mkdirSync(config.dataDir, { recursive: true });
  const log = (line: string) => fs.appendFileSync(path.join(config.dataDir, 'stack.log'), `${line}\n`);
  let running = await startStack(config, log, options);
  const pool = new pg.Pool({ connectionString: running.dbUrl, max: 4 });
  pool.on('error', () => undefined);
  const own: OwnStack = {
    get running() {
      return running;
    },
    api: { apiUrl: running.apiUrl, anonKey: running.anonKey },
    dataDir: config.dataDir,
    sql: async (text, params = []) => (await pool.query(text, params)).rows,
    restart: async () => {
      await running.stop();
      running = await startStack(config, log, options);
    },
    close: async () => {
      await pool.end();
      await running.stop();
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      if (!process.env.KEEP_TEST_STACK) wipeData(config);
    },
  };
  return own;
}

/** The stack of a test file or describe block: started before its tests, closed after them; usable inside both. */
export function ownStackFor(name: string, env: Record<string, string> = {}, options: StackOptions = {}): OwnStack {
  let started: OwnStack | undefined;
  beforeAll(async () => {
    started = await startOwnStack(name, env, options);
  }, 60_000);
  afterAll(async () => {
    await started?.close();
  });
  const get = () => {
    if (!started) throw new Error(`the ${name} stack is not running: use it in tests and hooks only`);
    return started;
  };
  return {
    get running() {
      return get().running;
    },
    get api() {
      return get().api;
    },
    get dataDir() {
      return get().dataDir;
    },
    sql: (text, params) => get().sql(text, params),
    restart: () => get().restart(),
    close: () => get().close(),
  };
}
