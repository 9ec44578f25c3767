// Applies supabase/migrations/*.sql in order and records them in supabase_migrations.schema_migrations
// with the same table shape the Supabase CLI uses, so `supabase db push --db-url` sees them as applied.
import fs from 'node:fs';
import path from 'node:path';
import type pg from 'pg';

const MIGRATION_FILE = /^(\d+)_(.+)\.sql$/;

export async function applyMigrations(client: pg.Client, dir: string): Promise<string[]> {
  await client.query(`
    create schema if not exists supabase_migrations;
    create table if not exists supabase_migrations.schema_migrations (version text not null primary key);
    alter table supabase_migrations.schema_migrations add column if not exists statements text[];
    alter table supabase_migrations.schema_migrations add column if not exists name text;`);
  if (!fs.existsSync(dir)) return [];
  const done = new Set(
    (await client.query<{ version: string }>('select version from supabase_migrations.schema_migrations')).rows.map((r) => r.version),
  );
  const files = fs
    .readdirSync(dir)
    .filter((f) => MIGRATION_FILE.test(f))
    .sort();
  const applied: string[] = [];
  for (const file of files) {
    const [, version, name] = MIGRATION_FILE.exec(file)!;
    if (done.has(version)) continue;
    const sql = fs.readFileSync(path.join(dir, file), 'utf8');
    await client.query('begin');
    try {
      await client.query(sql);
      await client.query('insert into supabase_migrations.schema_migrations (version, name, statements) values ($1, $2, $3)', [version, name, [sql]]);
      await client.query('commit');
    } catch (e) {
      await client.query('rollback');
      const err = e as { message: string; code?: string };
      // 42501 here is nearly always a superuser-only statement: say so, as hosted Supabase would refuse it too.
      const why =
        err.code === '42501' ? ' — migrations run as `postgres`, which is not a superuser (as on hosted Supabase); see docs/local-stack.md' : '';
      throw new Error(`migration ${file} failed: ${err.message}${why}`);
    }
    applied.push(file);
  }
  return applied;
}
