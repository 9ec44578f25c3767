// Hosted projects (all of them since October 2026) no longer grant new public tables and functions to the
// API roles. Apply the migrations and the seed to a scratch database with those defaults, then walk the
// main flows: whatever works only thanks to the local stack's permissive defaults fails here.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../../stack/config.ts';
import { applyMigrations } from '../../../stack/migrate.ts';
import { bootstrapDatabase } from '../../../stack/postgres.ts';
import { platformUrl, sql, stack } from '../../support/clients.ts';
import { rolledBack } from './as-role.ts';
import { grantUpload, seedApplication, submitSql } from './fixtures.ts';
import { JOBS, USERS } from './seed.ts';

const database = `ats_explicit_grants_${process.pid}`;
const dbUrl = stack.dbUrl.replace(/\/[^/?]+(\?|$)/, `/${database}$1`);

beforeAll(async () => {
  await sql(`drop database if exists ${database} with (force)`);
  await sql(`create database ${database}`);
  await bootstrapDatabase(platformUrl(dbUrl));
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    await client.query(`
      alter default privileges in schema public revoke all on tables from anon, authenticated, service_role;
      alter default privileges in schema public revoke all on functions from anon, authenticated, service_role;
      alter default privileges in schema public revoke all on sequences from anon, authenticated, service_role;
      alter default privileges revoke execute on functions from public;`);
    await applyMigrations(client, path.join(ROOT, 'supabase', 'migrations'));
    await client.query(fs.readFileSync(path.join(ROOT, 'supabase', 'seed.sql'), 'utf8'));
  } finally {
    await client.end();
  }
}, 60_000);

afterAll(async () => {
  await sql(`drop database if exists ${database} with (force)`);
});

const inScratch = <T>(fn: Parameters<typeof rolledBack<T>>[0]) => rolledBack(fn, dbUrl);

describe('with hosted Supabase explicit-grant defaults', () => {
  it('candidates read the board and submit with a grant', () =>
    inScratch(async (tx) => {
      expect(await tx.as('anon').query(`select slug from public.jobs`)).toHaveLength(3);
      expect(await tx.as('anon').query(`select slug from public.organizations`)).toHaveLength(2);
      const path = await grantUpload(tx, JOBS.backend);
      await tx.as('anon').query(...submitSql({ jobId: JOBS.backend.id, path }));
    }));

  it('members read, recruiters move stages and write notes, owners erase', () =>
    inScratch(async (tx) => {
      const id = await seedApplication(tx);
      expect(await tx.as(USERS.acmeViewer).query(`select id from public.applications`)).toEqual([{ id }]);
      expect(await tx.as(USERS.acmeViewer).query(`select name from storage.objects`)).toHaveLength(1);
      await tx.as(USERS.acmeRecruiter).query(`update public.applications set stage = 'interview' where id = $1`, [id]);
      await tx.as(USERS.acmeRecruiter).query(`insert into public.notes (application_id, body) values ($1, 'ok')`, [id]);
      await tx
        .as(USERS.acmeRecruiter)
        .query(
          `insert into public.jobs (org_id, slug, title, skills) values ($1, 'qa', 'QA', '[{"name":"Go","weight":1,"required":false,"aliases":[]}]')`,
          ['ac000000-0000-4000-8000-000000000000'],
        );
      expect(await tx.as(USERS.acmeViewer).query(`select to_stage from public.stage_events order by id`)).toEqual([
        { to_stage: 'applied' },
        { to_stage: 'interview' },
      ]);
      expect(await tx.as(USERS.acmeOwner).query(`delete from public.applications where id = $1 returning id`, [id])).toEqual([{ id }]);
    }));

  it('the service role records grants and works every table the functions use', () =>
    inScratch(async (tx) => {
      const service = tx.as('service_role');
      const [{ outcome }] = await service.query(`select public.record_upload_grant('backend-developer', $1, 'c', 10) as outcome`, [
        `backend-developer/${crypto.randomUUID()}.pdf`,
      ]);
      expect(outcome.ok).toBe(true);
      const id = await seedApplication(tx);
      await service.query(`update public.applications set score = 80, parse_status = 'done', parsed = '{}' where id = $1`, [id]);
      for (const table of ['organizations', 'memberships', 'jobs', 'upload_grants', 'applications', 'stage_events', 'notes']) {
        await service.query(`select * from public.${table} limit 1`);
      }
      await service.query(`delete from public.upload_grants where used_at is null`);
    }));
});
