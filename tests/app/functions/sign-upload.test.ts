// sign-upload over HTTP, as the apply form calls it: every error code, the rate limit, and the happy path
// through to a real PDF PUT on the signed URL and the candidate's application insert.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { anonClient, sql, stack } from '../../support/clients.ts';
import { ACME, JOBS } from '../db/seed.ts';
import { newClientAddress } from '../../support/client-address.ts';
import { removedAfterAll } from '../../support/uploads.ts';
import { callFunction, type Call } from './support.ts';
import { textPdf } from '../../support/pdf.ts';

const signUpload = (call: Call = {}) => callFunction('sign-upload', { address: newClientAddress(), ...call });
const valid = (over: Record<string, unknown> = {}) => ({ jobSlug: JOBS.backend.slug, fileSize: 2048, contentType: 'application/pdf', ...over });
const UUID_V4 = '[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';

// Paths this file was granted, so afterAll removes their rows and objects again.
const granted = removedAfterAll();

function expectError(res: Awaited<ReturnType<typeof callFunction>>, status: number, code: string) {
  expect({ status: res.status, code: res.json.error?.code }).toEqual({ status, code });
  expect(typeof res.json.error?.message).toBe('string');
  expect(res.headers.get('access-control-allow-origin')).toBe('*');
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
}

describe('sign-upload: the request itself', () => {
  it('answers the CORS preflight without a key', async () => {
    const res = await fetch(`${stack.apiUrl}/functions/v1/sign-upload`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://127.0.0.1:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, apikey, content-type',
      },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toMatch(
      /authorization.*apikey.*content-type|authorization, x-client-info, apikey, content-type/,
    );
    expect(res.headers.get('access-control-expose-headers')).toMatch(/retry-after/);
    expect(Number(res.headers.get('access-control-max-age'))).toBeGreaterThanOrEqual(600);
  });

  it('keeps the gateway JWT check on: no Authorization, no function', async () => {
    const res = await fetch(`${stack.apiUrl}/functions/v1/sign-upload`, {
      method: 'POST',
      headers: { apikey: stack.anonKey },
      body: JSON.stringify(valid()),
    });
    expect(res.status).toBe(401);
  });

  it('refuses other methods with 405 method_not_allowed', async () => {
    const res = await signUpload({ method: 'GET' });
    expectError(res, 405, 'method_not_allowed');
    expect(res.headers.get('allow')).toBe('POST, OPTIONS');
  });

  it.each<[string, Call]>([
    ['malformed JSON', { rawBody: '{"jobSlug": "backend-developer",' }],
    ['an empty body', { rawBody: '' }],
    ['a body over 4 KB', { body: valid({ jobSlug: 'a'.repeat(5000) }) }],
    ['a JSON array', { body: [valid()] }],
    ['JSON null', { body: null }],
    ['a missing jobSlug', { body: { fileSize: 10, contentType: 'application/pdf' } }],
    ['a missing fileSize', { body: { jobSlug: 'backend-developer', contentType: 'application/pdf' } }],
    ['a missing contentType', { body: { jobSlug: 'backend-developer', fileSize: 10 } }],
    ['a client-chosen path', { body: valid({ path: 'backend-developer/mine.pdf' }) }],
    ['a file name', { body: valid({ fileName: 'cv.pdf' }) }],
    ['a numeric jobSlug', { body: valid({ jobSlug: 42 }) }],
    ['an uppercase jobSlug', { body: valid({ jobSlug: 'Backend-Developer' }) }],
    ['a jobSlug with a slash', { body: valid({ jobSlug: 'backend-developer/../x' }) }],
    ['a jobSlug of 81 characters', { body: valid({ jobSlug: 'a'.repeat(81) }) }],
    ['an empty jobSlug', { body: valid({ jobSlug: '' }) }],
    ['a zero fileSize', { body: valid({ fileSize: 0 }) }],
    ['a negative fileSize', { body: valid({ fileSize: -1 }) }],
    ['a fractional fileSize', { body: valid({ fileSize: 1.5 }) }],
    ['a fileSize as text', { body: valid({ fileSize: '2048' }) }],
    ['an unsafe fileSize', { body: valid({ fileSize: 2 ** 53 }) }],
    ['a numeric contentType', { body: valid({ contentType: 1 }) }],
  ])('answers 400 bad_request for %s', async (_why, call) => {
    expectError(await signUpload(call), 400, 'bad_request');
  });

  it.each([['image/png'], ['application/x-pdf'], ['application/pdf; charset=binary'], ['']])(
    'answers 415 unsupported_type for %j',
    async (contentType) => {
      expectError(await signUpload({ body: valid({ contentType }) }), 415, 'unsupported_type');
    },
  );
});

describe('sign-upload: the job and the size', () => {
  it('answers 404 job_not_found for an unknown job, and the very same for a draft', async () => {
    const unknown = await signUpload({ body: valid({ jobSlug: 'no-such-job' }) });
    const draft = await signUpload({ body: valid({ jobSlug: JOBS.productDesigner.slug }) });
    expectError(unknown, 404, 'job_not_found');
    expectError(draft, 404, 'job_not_found');
    expect(draft.json).toEqual(unknown.json);
  });

  it('answers 409 job_closed for a closed job', async () => {
    expectError(await signUpload({ body: valid({ jobSlug: JOBS.dataEngineer.slug }) }), 409, 'job_closed');
  });

  it("answers 413 file_too_large above the bucket's limit", async () => {
    const res = await signUpload({ body: valid({ fileSize: 5 * 1024 * 1024 + 1 }) });
    expectError(res, 413, 'file_too_large');
    expect(res.json.error?.message).toMatch(/5 MB/);
  });

  it('answers 503 storage_unavailable when Storage will not sign, and leaves no grant behind', async () => {
    const slug = `storage-outage-${randomUUID().slice(0, 8)}`;
    await sql(`insert into public.jobs (org_id, slug, title, status) values ($1, $2, 'Outage test', 'open')`, [ACME, slug]);
    // Storage checks an upload by inserting the object row in a rolled-back transaction; make that fail.
    await sql(`create schema if not exists test_support`);
    await sql(
      `create or replace function test_support.storage_outage() returns trigger language plpgsql as $$ begin raise exception 'storage is down'; end $$`,
    );
    await sql(
      `create trigger test_storage_outage before insert on storage.objects for each row when (new.name like '${slug}/%') execute function test_support.storage_outage()`,
    );
    try {
      expectError(await signUpload({ body: valid({ jobSlug: slug }) }), 503, 'storage_unavailable');
      expect(await sql(`select path from public.upload_grants where path like $1`, [`${slug}/%`])).toEqual([]);
    } finally {
      // The schema's cascade drops the trigger too: hosted `postgres` may not drop a trigger on storage.objects by name.
      await sql(`drop schema test_support cascade`);
      await sql(`delete from public.jobs where slug = $1`, [slug]);
    }
  });
});

describe('sign-upload: granting an upload', () => {
  type Granted = { path: string; token: string; signedUrl: string; expiresAt: string; statusKey: string };
  let grant: Granted;
  const address = newClientAddress();

  beforeAll(async () => {
    const res = await signUpload({ body: valid({ fileSize: textPdf().length }), address });
    expect(res.status).toBe(200);
    grant = res.json as unknown as Granted;
    granted.push(grant.path);
  });

  it('answers { path, token, signedUrl, expiresAt, statusKey } with a path it chose under the job folder', () => {
    expect(Object.keys(grant).sort()).toEqual(['expiresAt', 'path', 'signedUrl', 'statusKey', 'token']);
    // The status link's key: the shape the status RPCs accept, derived from the path (stored nowhere).
    expect(grant.statusKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(grant.path).toMatch(new RegExp(`^backend-developer/${UUID_V4}\\.pdf$`));
    expect(grant.signedUrl).toBe(`${stack.apiUrl}/storage/v1/object/upload/sign/resumes/${grant.path}?token=${grant.token}`);
    // The upload starts when the resume is picked: 30 minutes to finish the form, then an unused upload is swept.
    const inHalfAnHour = Date.now() + 30 * 60 * 1000;
    expect(Math.abs(new Date(grant.expiresAt).getTime() - inHalfAnHour)).toBeLessThan(60_000);
  });

  it('records the grant for the job with its expiry, unused, keyed by a hash that is not the address', async () => {
    const [row] = await sql<{ job_id: string; expires_at: Date; used_at: Date | null; client_key_hash: string }>(
      'select job_id, expires_at, used_at, client_key_hash from public.upload_grants where path = $1',
      [grant.path],
    );
    expect(row.job_id).toBe(JOBS.backend.id);
    expect(row.expires_at.toISOString()).toBe(grant.expiresAt);
    expect(row.used_at).toBeNull();
    expect(row.client_key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.client_key_hash).not.toContain(address);
  });

  it('the signed URL takes a real PDF once, the application insert then succeeds and spends the grant', async () => {
    const pdf = textPdf();
    const put = await fetch(grant.signedUrl, { method: 'PUT', headers: { 'content-type': 'application/pdf' }, body: pdf });
    expect(put.status).toBe(200);
    const [object] = await sql(`select name from storage.objects where bucket_id = 'resumes' and name = $1`, [grant.path]);
    expect(object).toEqual({ name: grant.path });

    const again = await fetch(grant.signedUrl, { method: 'PUT', headers: { 'content-type': 'application/pdf' }, body: pdf });
    expect(again.ok).toBe(false);

    const id = randomUUID();
    const { error } = await anonClient().from('applications').insert({
      id,
      job_id: JOBS.backend.id,
      full_name: 'Ada Lovelace',
      email: 'ada@example.test',
      resume_path: grant.path,
      resume_size: pdf.length,
    });
    expect(error).toBeNull();
    const [used] = await sql<{ used_at: Date | null }>('select used_at from public.upload_grants where path = $1', [grant.path]);
    expect(used.used_at).not.toBeNull();

    const retry = await anonClient().from('applications').insert({
      id,
      job_id: JOBS.backend.id,
      full_name: 'Ada Lovelace',
      email: 'ada@example.test',
      resume_path: grant.path,
      resume_size: pdf.length,
    });
    expect(retry.error?.code).toBe('23505');
  });

  it('answers 429 rate_limited with Retry-After on the 21st grant for one client in ten minutes, whatever X-Forwarded-For it forges', async () => {
    const client = newClientAddress();
    const paths: string[] = [];
    for (let i = 0; i < 20; i++) {
      // A new forged X-Forwarded-For every time: only the hop the gateway appends, the real peer, names the client.
      const res = await signUpload({ body: valid(), address: client, headers: { 'x-forwarded-for': `${newClientAddress()}, 10.0.0.${i + 1}` } });
      expect(res.status, `request ${i + 1}`).toBe(200);
      paths.push(res.json.path as string);
    }
    granted.push(...paths);
    const keys = await sql<{ client_key_hash: string }>('select distinct client_key_hash from public.upload_grants where path = any($1)', [paths]);
    expect(keys).toHaveLength(1);

    const limited = await signUpload({ body: valid(), address: client, headers: { 'x-forwarded-for': newClientAddress() } });
    expectError(limited, 429, 'rate_limited');
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(600);

    // Another client is not held back, not even one that names the limited client in its own forged header.
    const someoneElse = await signUpload({ body: valid(), headers: { 'x-forwarded-for': client } });
    expect(someoneElse.status).toBe(200);
    granted.push(someoneElse.json.path as string);
    const [other] = await sql<{ client_key_hash: string }>('select client_key_hash from public.upload_grants where path = $1', [
      someoneElse.json.path,
    ]);
    expect(other.client_key_hash).not.toBe(keys[0].client_key_hash);
  });
});
