// Postgres down: every service answers at once, in the real service's words, with nothing of its insides — PostgREST
// 503 with its connection codes (PGRST000 could not connect, PGRST002 no schema cache), GoTrue 500
// unexpected_failure, Storage 500 — and supabase-js hands those on. Once Postgres is back, the very next request
// to each service succeeds: no stale pool, schema cache or listener is left behind.
import { randomUUID } from 'node:crypto';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { USERS } from '../app/db/seed.ts';
import { ownStackFor } from './support/own-stack.ts';
import { leaksIn, replyOf, type Reply } from './support/reply.ts';

const own = ownStackFor('outage', {}, { noScheduler: true });

// PostgREST's group 0 bodies (docs.postgrest.org references/errors.html; src/PostgREST/Error.hs). PGRST000 carries
// libpq's account of the refused connection in `details`.
const NO_SCHEMA_CACHE = { code: 'PGRST002', details: null, hint: null, message: 'Could not query the database for the schema cache. Retrying.' };
const NO_CONNECTION = {
  code: 'PGRST000',
  details: expect.stringMatching(/^connection to server at "127\.0\.0\.1", port \d+ failed: Connection refused\n/),
  hint: null,
  message: 'Database connection error. Retrying the connection.',
};
// GoTrue's answer when the user lookup fails (internal/api/token.go), in the 2024-01-01 shape supabase-js asks for.
const AUTH_DOWN = { code: 'unexpected_failure', message: 'Database error querying schema' };
// Storage's error handler for an error that is neither its own nor Postgres' (src/http/error-handler.ts).
const STORAGE_DOWN = { statusCode: '500', error: 'Internal', message: 'Internal Server Error' };

const ANSWER_WITHIN_MS = 3_000;
const options = {
  auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  realtime: { transport: WebSocket as unknown as typeof globalThis.WebSocket },
};
const owner = USERS.acmeOwner;

let anon: SupabaseClient;
let service: SupabaseClient;
const headersOf = (key: string) => ({ apikey: key, authorization: `Bearer ${key}` });

/** A request to the gateway that must be answered within ANSWER_WITHIN_MS; `ms` is how long it took. */
async function ask(path: string, init: RequestInit & { key?: string } = {}): Promise<Reply & { ms: number }> {
  const started = Date.now();
  const { key = own.running.anonKey, ...rest } = init;
  const res = await fetch(`${own.api.apiUrl}${path}`, {
    ...rest,
    headers: { ...headersOf(key), ...rest.headers },
    signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
  });
  return { ...(await replyOf(res)), ms: Date.now() - started };
}

const signIn = () =>
  ask('/auth/v1/token?grant_type=password', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-supabase-api-version': '2024-01-01' },
    body: JSON.stringify({ email: owner.email, password: owner.password }),
  });

async function signedUploadUrl(): Promise<string> {
  const { data, error } = await service.storage.from('resumes').createSignedUploadUrl(`outage-${randomUUID()}.pdf`);
  if (error) throw error;
  return data.signedUrl;
}

beforeAll(async () => {
  anon = createClient(own.api.apiUrl, own.running.anonKey, options);
  service = createClient(own.api.apiUrl, own.running.serviceRoleKey, options);
  // Everything warm before the outage: pools open, schema cache loaded, its listener connected.
  expect((await ask('/rest/v1/jobs?select=id&limit=1')).status).toBe(200);
  expect((await signIn()).status).toBe(200);
});

describe('while Postgres is down', () => {
  let revive: () => Promise<void>;
  let uploadUrl: string;
  beforeAll(async () => {
    uploadUrl = await signedUploadUrl();
    revive = await own.running.takeDown('postgres');
  }, 30_000);
  afterAll(async () => {
    await revive?.();
  }, 60_000);

  it('PostgREST answers a read 503 with PGRST002 (or PGRST000 before the schema cache noticed), at once and without internals', async () => {
    const reply = await ask('/rest/v1/jobs?select=id');
    expect([reply.status, reply.json]).toEqual([503, (reply.json as { code?: string })?.code === 'PGRST000' ? NO_CONNECTION : NO_SCHEMA_CACHE]);
    expect(reply.ms).toBeLessThan(ANSWER_WITHIN_MS);
    expect(leaksIn(reply.text)).toEqual([]);
  });

  it('PostgREST answers an insert and an RPC call the same way', async () => {
    const insert = await ask('/rest/v1/applications', {
      method: 'POST',
      headers: { 'content-type': 'application/json', prefer: 'return=minimal' },
      body: JSON.stringify({ id: randomUUID() }),
    });
    const rpc = await ask('/rest/v1/rpc/application_status', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ application_id: randomUUID(), status_key: 'x' }),
    });
    for (const reply of [insert, rpc]) {
      expect(reply.status).toBe(503);
      expect(['PGRST000', 'PGRST002']).toContain((reply.json as { code: string }).code);
    }
  });

  it('supabase-js hands the 503 and its code on (reads without its retries, writes as they are)', async () => {
    const read = await anon.from('jobs').select('id').retry(false);
    const write = await anon.from('applications').insert({ id: randomUUID() });
    for (const { status, error } of [read, write]) {
      expect(status).toBe(503);
      expect(error).toMatchObject({ code: expect.stringMatching(/^PGRST00[02]$/), message: expect.stringMatching(/Retrying/) });
    }
  });

  it('GoTrue answers a sign-in 500 unexpected_failure, which supabase-js reports as retryable (no session dropped for it)', async () => {
    const reply = await signIn();
    expect([reply.status, reply.json]).toEqual([500, AUTH_DOWN]);
    expect(reply.ms).toBeLessThan(ANSWER_WITHIN_MS);
    expect(leaksIn(reply.text)).toEqual([]);
    const { error } = await anon.auth.signInWithPassword({ email: owner.email, password: owner.password });
    expect(error).toMatchObject({ name: 'AuthRetryableFetchError', status: 500 });
  });

  it('Storage answers 500 to a signed upload (its body drained, so the answer arrives) and to a signing request', async () => {
    const upload = await fetch(uploadUrl, {
      method: 'PUT',
      headers: { 'content-type': 'application/pdf' },
      body: Buffer.alloc(256 * 1024, 1),
      signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
    });
    expect([upload.status, await upload.json()]).toEqual([500, STORAGE_DOWN]);
    const sign = await ask(`/storage/v1/object/upload/sign/resumes/outage-${randomUUID()}.pdf`, {
      method: 'POST',
      key: own.running.serviceRoleKey,
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect([sign.status, sign.json]).toEqual([500, STORAGE_DOWN]);
    expect(sign.ms).toBeLessThan(ANSWER_WITHIN_MS);
    const { error } = await service.storage.from('resumes').createSignedUploadUrl(`outage-${randomUUID()}.pdf`);
    expect(error).toMatchObject({ status: 500, statusCode: '500', message: 'Internal Server Error' });
  });
});

describe('once Postgres is back', () => {
  // The first request to each service after the restart, with no warm-up and no retry.
  it('the next PostgREST read succeeds', async () => {
    const reply = await ask('/rest/v1/jobs?select=id&limit=1');
    expect(reply.status).toBe(200);
    expect(reply.json).toHaveLength(1);
  });

  it('the next sign-in succeeds', async () => {
    expect((await signIn()).status).toBe(200);
  });

  it('the next signed upload succeeds, and so does a supabase-js read without its retries', async () => {
    const { data, error } = await service.storage.from('resumes').createSignedUploadUrl(`outage-${randomUUID()}.pdf`);
    expect(error).toBeNull();
    const put = await fetch(data!.signedUrl, {
      method: 'PUT',
      headers: { 'content-type': 'application/pdf' },
      body: Buffer.from('%PDF-1.7\n%%EOF\n'),
    });
    expect(put.status).toBe(200);
    const { error: readError, data: jobs } = await anon.from('jobs').select('id').limit(1).retry(false);
    expect(readError).toBeNull();
    expect(jobs).toHaveLength(1);
  });
});
