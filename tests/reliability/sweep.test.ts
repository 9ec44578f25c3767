// Orphan sweeping: sweep-orphans (service role only) removes a resume nobody applied with once its grant has
// expired, and that grant; it never removes an object that has an application, nor a grant still running.
// The local stack runs it on a timer (STACK_SWEEP_INTERVAL_MS) as hosted Supabase does with pg_cron. Grants live 30
// minutes, Storage's upload tokens two hours: an expired grant stays while its token lives, so an object put there
// with the token later is swept too.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../stack/config.ts';
import { JOBS, USERS } from '../app/db/seed.ts';
import { sql, stack } from '../support/clients.ts';
import { newCandidate, putResume, signUpload, type Grant } from './support/apply-flow.ts';
import { applicationBody, granted, insertAs, send, type Given } from './support/catalogue.ts';
import { bucketDir } from './support/footprint.ts';
import { textPdf } from '../support/pdf.ts';
import { newClientAddress } from '../support/client-address.ts';
import { ownStackFor } from './support/own-stack.ts';
import { accessToken } from './support/tokens.ts';
import { tally } from './support/tally.ts';

tally('sweep');

const sweep = (token = stack.serviceRoleKey) => send('/functions/v1/sweep-orphans', { method: 'POST', token, apikey: stack.anonKey, body: {} });
// Expired, and its Storage token (two hours from the grant) dead too.
const EXPIRE = `update public.upload_grants set expires_at = now() - interval '1 minute', created_at = now() - interval '2 hours 1 minute' where path = $1`;
const expire = (p: string) => sql(EXPIRE, [p]);
const expireGrantOnly = (p: string) => sql(`update public.upload_grants set expires_at = now() - interval '1 minute' where path = $1`, [p]);
const objectRow = async (p: string) => (await sql(`select 1 from storage.objects where bucket_id = 'resumes' and name = $1`, [p])).length === 1;
const grantRow = async (p: string) => (await sql('select 1 from public.upload_grants where path = $1', [p])).length === 1;
const fileOnDisk = (p: string, dataDir = stack.dataDir) => fs.existsSync(path.join(bucketDir(dataDir), ...p.split('/')));

describe('sweep-orphans', () => {
  let orphan: Given;
  let applied: Given;
  let appliedUnusedGrant: Given;
  let fresh: Given;
  let neverUploaded: Given;
  let first: { removedObjects: number; removedGrants: number };

  beforeAll(async () => {
    [orphan, applied, appliedUnusedGrant, fresh, neverUploaded] = await Promise.all([
      granted(),
      granted(),
      granted(),
      granted(),
      granted(undefined, { upload: false }),
    ]);
    expect((await insertAs(applicationBody(applied))).status).toBe(201);
    expect((await insertAs(applicationBody(appliedUnusedGrant))).status).toBe(201);
    // An application whose grant still reads unused (as an import or a manual fix can leave it): the row wins.
    await sql('update public.upload_grants set used_at = null where path = $1', [appliedUnusedGrant.grant.path]);
    for (const g of [orphan, applied, appliedUnusedGrant, neverUploaded]) await expire(g.grant.path);
    const res = await sweep();
    expect(res.status).toBe(200);
    first = res.json as typeof first;
  });

  it('removes an expired grant’s object that has no application: row, file and grant', async () => {
    // (The shared stack's scheduler may have swept first: the counts are the function's, the state is what matters.)
    expect(first).toEqual({ removedObjects: expect.any(Number), removedGrants: expect.any(Number) });
    expect(await objectRow(orphan.grant.path)).toBe(false);
    expect(fileOnDisk(orphan.grant.path)).toBe(false);
    expect(await grantRow(orphan.grant.path)).toBe(false);
  });

  it('removes an expired grant that never got an upload', async () => {
    expect(await grantRow(neverUploaded.grant.path)).toBe(false);
  });

  it('keeps the object of an application even though its grant expired', async () => {
    expect(await objectRow(applied.grant.path)).toBe(true);
    expect(fileOnDisk(applied.grant.path)).toBe(true);
    expect(await grantRow(applied.grant.path)).toBe(true);
  });

  it('keeps the object of an application even when its grant still reads unused', async () => {
    expect(await objectRow(appliedUnusedGrant.grant.path)).toBe(true);
    expect(fileOnDisk(appliedUnusedGrant.grant.path)).toBe(true);
  });

  it('keeps a grant that has not expired, and its upload', async () => {
    expect(await grantRow(fresh.grant.path)).toBe(true);
    expect(await objectRow(fresh.grant.path)).toBe(true);
    expect(fileOnDisk(fresh.grant.path)).toBe(true);
  });

  it('removes the object of an expired grant whose token still lives, keeps the grant, and sweeps a later upload with that token', async () => {
    const late = await granted();
    await expireGrantOnly(late.grant.path);
    expect((await sweep()).status).toBe(200);
    expect(await objectRow(late.grant.path)).toBe(false);
    expect(await grantRow(late.grant.path)).toBe(true);
    // The token still opens the path once; the grant admits no application, and the next sweep removes the object.
    expect(await putResume(late.grant.signedUrl, Buffer.from(textPdf()))).toMatchObject({ status: 200 });
    expect((await insertAs(applicationBody(late))).status).toBe(401);
    expect((await sweep()).status).toBe(200);
    expect(await objectRow(late.grant.path)).toBe(false);
    expect(fileOnDisk(late.grant.path)).toBe(false);
    await expire(late.grant.path);
    expect((await sweep()).status).toBe(200);
    expect(await grantRow(late.grant.path)).toBe(false);
  });

  it('finds nothing more on a second run', async () => {
    const again = await sweep();
    expect(again.status).toBe(200);
    expect(again.json).toEqual({ removedObjects: 0, removedGrants: 0 });
  });

  it.each([
    ['the anon key', async () => stack.anonKey],
    ["Acme's owner", () => accessToken(USERS.acmeOwner)],
  ])('refuses %s with 403 forbidden and removes nothing', async (_who, token) => {
    const before = await sql(`select count(*)::int as n from storage.objects where bucket_id = 'resumes'`);
    const res = await sweep(await token());
    expect([res.status, (res.json as { error?: { code?: string } }).error?.code]).toEqual([403, 'forbidden']);
    expect(await sql(`select count(*)::int as n from storage.objects where bucket_id = 'resumes'`)).toEqual(before);
  });

  it('is scheduled on hosted Supabase by the pg_cron-guarded migration', () => {
    const migration = fs.readFileSync(path.join(ROOT, 'supabase/migrations/20261128180000_scoring_pipeline.sql'), 'utf8');
    expect(migration).toMatch(/if exists \(select 1 from pg_available_extensions where name = 'pg_cron'\)/);
    expect(migration).toMatch(/cron\.schedule\('smart-ats-sweep-orphans', '[^']+', \$c\$select public\.invoke_edge_function\('sweep-orphans'/);
  });
});

describe('the local stack sweeps on its own', () => {
  const own = ownStackFor('sweep', { STACK_SWEEP_INTERVAL_MS: '500' });

  it('removes an expired orphan within a few intervals, with no one calling the function', async () => {
    const candidate = newCandidate(JOBS.backend, Buffer.from(textPdf()), 1, newClientAddress());
    const signed = await signUpload(own.api, candidate);
    expect(signed.status).toBe(200);
    const grant = signed.json as Grant;
    expect(await putResume(grant.signedUrl, candidate.resume)).toMatchObject({ status: 200 });
    await own.sql(EXPIRE, [grant.path]);
    await expect
      .poll(async () => (await own.sql(`select 1 from storage.objects where name = $1`, [grant.path])).length, { timeout: 10_000, interval: 250 })
      .toBe(0);
    expect(fileOnDisk(grant.path, own.dataDir)).toBe(false);
    // The sweeper removes the object first and the grant just after, so the grant is polled for too.
    await expect
      .poll(async () => (await own.sql('select 1 from public.upload_grants where path = $1', [grant.path])).length, { timeout: 5_000, interval: 100 })
      .toBe(0);
  });
});
