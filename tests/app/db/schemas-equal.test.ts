// supabase/schemas is the schema as it is now, supabase/migrations its history: build one empty database from each
// (the platform bootstrap, then the SQL as `postgres`, as hosted runs it) and compare what the catalog says.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROOT } from '../../../stack/config.ts';
import { applyMigrations } from '../../../stack/migrate.ts';
import { bootstrapDatabase } from '../../../stack/postgres.ts';
import { readTomlTables } from '../../../stack/toml.ts';
import { platformUrl, sql, stack } from '../../support/clients.ts';
import { describeSchema, schemaDiff } from '../../support/schema-catalog.ts';

const fromMigrations = `ats_schema_migrations_${process.pid}`;
const fromSchemas = `ats_schema_files_${process.pid}`;
const urlOf = (database: string) => stack.dbUrl.replace(/\/[^/?]+(\?|$)/, `/${database}$1`);

/** The schema files in the order `supabase db diff` applies them: config.toml's [db.migrations] schema_paths, sorted. */
function schemaFiles(): string[] {
  const config = readTomlTables(fs.readFileSync(path.join(ROOT, 'supabase', 'config.toml'), 'utf8'));
  const patterns = (config['db.migrations']?.schema_paths as string[] | undefined) ?? ['./schemas/*.sql'];
  return patterns.flatMap((pattern) => {
    const full = path.join(ROOT, 'supabase', pattern);
    const dir = path.dirname(full);
    const match = new RegExp(`^${path.basename(full).replace(/\./g, '\\.').replace(/\*/g, '.*')}$`);
    return fs
      .readdirSync(dir)
      .filter((f) => match.test(f))
      .sort()
      .map((f) => path.join(dir, f));
  });
}

async function build(database: string, load: (client: pg.Client) => Promise<void>) {
  await sql(`drop database if exists ${database} with (force)`);
  await sql(`create database ${database}`);
  await bootstrapDatabase(platformUrl(urlOf(database)));
  const client = new pg.Client({ connectionString: urlOf(database) });
  await client.connect();
  try {
    await load(client);
  } finally {
    await client.end();
  }
}

async function describe(database: string) {
  const client = new pg.Client({ connectionString: urlOf(database) });
  await client.connect();
  try {
    return await describeSchema(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await build(fromMigrations, async (client) => {
    await applyMigrations(client, path.join(ROOT, 'supabase', 'migrations'));
  });
  await build(fromSchemas, async (client) => {
    for (const file of schemaFiles()) {
      await client.query(fs.readFileSync(file, 'utf8')).catch((e: Error) => {
        throw new Error(`${path.relative(ROOT, file)} failed: ${e.message}`);
      });
    }
  });
}, 120_000);

afterAll(async () => {
  await sql(`drop database if exists ${fromMigrations} with (force)`);
  await sql(`drop database if exists ${fromSchemas} with (force)`);
});

it('lists the schema files in order', () => {
  const files = schemaFiles().map((f) => path.basename(f));
  expect(files.length).toBeGreaterThan(10);
  expect(files).toContain('40_applications.sql');
});

it('supabase/schemas builds exactly the schema the migrations build (edit both: the schema file, then a migration)', async () => {
  const [migrated, declared] = await Promise.all([describe(fromMigrations), describe(fromSchemas)]);
  expect(migrated.length).toBeGreaterThan(500);
  expect(schemaDiff(migrated, declared, ['supabase/migrations', 'supabase/schemas'])).toBe('');
});
