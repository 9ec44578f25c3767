// CI proof that the migrations (and the seed) apply with the official Supabase CLI, as `supabase db push`
// does against a hosted project: a fresh database with the platform bootstrap, then the CLI itself.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROOT } from '../../../stack/config.ts';
import { bootstrapDatabase } from '../../../stack/postgres.ts';
import { platformUrl, sql, stack } from '../../support/clients.ts';

const DB = 'clitest';
const databaseUrl = (name: string) => {
  const url = new URL(stack.dbUrl);
  url.pathname = `/${name}`;
  return url;
};

beforeAll(async () => {
  await sql(`drop database if exists ${DB} with (force)`);
  await sql(`create database ${DB}`);
  // The platform's part as supabase_admin; the CLI then pushes as `postgres`, not a superuser, as on hosted Supabase.
  await bootstrapDatabase(platformUrl(databaseUrl(DB).toString()));
});

afterAll(async () => {
  await sql(`drop database if exists ${DB} with (force)`);
});

function run(cmd: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    // No stdin: the CLI must not wait for an answer (--yes answers its prompts).
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DO_NOT_TRACK: '1' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

it('`supabase db push --db-url … --include-seed --yes` applies every migration and the seed to an empty database', { timeout: 120_000 }, async () => {
  const url = databaseUrl(DB);
  url.searchParams.set('sslmode', 'disable');
  const { code, output } = await run(path.join(ROOT, 'node_modules', '.bin', 'supabase'), [
    'db',
    'push',
    '--db-url',
    url.toString(),
    '--include-seed',
    '--yes',
  ]);
  expect(output).toContain('Finished supabase db push');
  expect(code, output).toBe(0);

  const files = fs
    .readdirSync(path.join(ROOT, 'supabase', 'migrations'))
    .filter((f) => /^\d+_.+\.sql$/.test(f))
    .sort();
  const client = new pg.Client({ connectionString: databaseUrl(DB).toString() });
  await client.connect();
  try {
    const recorded = (
      await client.query<{ version: string; name: string }>('select version, name from supabase_migrations.schema_migrations order by version')
    ).rows;
    expect(recorded.map((r) => `${r.version}_${r.name}.sql`)).toEqual(files);
    const seeded = (await client.query<{ n: number }>('select count(*)::int as n from public.organizations')).rows[0].n;
    expect(seeded).toBeGreaterThan(0);
  } finally {
    await client.end();
  }
});
