// Candidates with a status key, made through the real flow (sign-upload, the PUT into the bucket, the anon insert
// with the key's SHA-256), and the status RPCs called over HTTP as a browser at a given address calls them.
import { createHash, randomBytes } from 'node:crypto';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import WebSocket from 'ws';
import { JOBS } from '../db/seed.ts';
import { textPdf } from '../../support/pdf.ts';
import { fetchFrom, newClientAddress } from '../../support/client-address.ts';
import { anonClient, sql, stack } from '../../support/clients.ts';
import { removedAfterAll } from '../../support/uploads.ts';

export const newStatusKey = () => randomBytes(32).toString('base64url');
export const hashOf = (key: string) => createHash('sha256').update(key).digest('hex');

export type Applied = { id: string; key: string; path: string };

const created = removedAfterAll();

/** A grant for `job` (from an address of its own) and `pdf` stored at its path: the apply page's state before the insert. */
export async function uploadResume(pdf = textPdf(), job: { slug: string } = JOBS.backend): Promise<{ path: string; size: number }> {
  const headers = { authorization: `Bearer ${stack.anonKey}`, apikey: stack.anonKey, 'content-type': 'application/json' };
  const grant = await fetchFrom(newClientAddress())(`${stack.apiUrl}/functions/v1/sign-upload`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ jobSlug: job.slug, fileSize: pdf.byteLength, contentType: 'application/pdf' }),
  });
  if (grant.status !== 200) throw new Error(`sign-upload answered ${grant.status}: ${await grant.text()}`);
  const { path, signedUrl } = (await grant.json()) as { path: string; signedUrl: string };
  created.push(path);
  const put = await fetch(signedUrl, { method: 'PUT', headers: { 'content-type': 'application/pdf' }, body: pdf });
  if (put.status !== 200) throw new Error(`the upload answered ${put.status}: ${await put.text()}`);
  return { path, size: pdf.byteLength };
}

/** An application to Acme's backend job whose candidate holds `key` (none stored when `key` is null). */
export async function applyWithKey(key: string | null = newStatusKey(), job: { id: string; slug: string } = JOBS.backend): Promise<Applied> {
  const { path, size } = await uploadResume(textPdf(), job);
  const id = crypto.randomUUID();
  const { error } = await anonClient()
    .from('applications')
    .insert({
      id,
      job_id: job.id,
      full_name: 'Status Candidate',
      email: 'status@example.test',
      resume_path: path,
      resume_size: size,
      status_key_hash: key && hashOf(key),
    });
  if (error) throw new Error(`the insert failed: ${error.message}`);
  return { id, key: key ?? '', path };
}

/** supabase-js as a browser at `address` (the status RPCs count failures per address). */
export const visitorClient = (address = newClientAddress()): SupabaseClient =>
  createClient(stack.apiUrl, stack.anonKey, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    realtime: { transport: WebSocket as unknown as typeof globalThis.WebSocket },
    global: { fetch: fetchFrom(address) },
  });

export type Answer = { status: number; text: string; body: { status: string; retryAfter?: number; application?: Record<string, unknown> } };

/**
 * POST /rest/v1/rpc/<name> with the anon key from `address`: the status and the exact body text, for byte-for-byte
 * comparisons. `forwardedFor` is what the caller claims in X-Forwarded-For (the gateway appends the real address).
 */
export async function callStatusRpc(
  name: 'application_status' | 'withdraw_application',
  args: Record<string, unknown>,
  address = newClientAddress(),
  forwardedFor?: string,
): Promise<Answer> {
  const res = await fetchFrom(address)(`${stack.apiUrl}/rest/v1/rpc/${name}`, {
    method: 'POST',
    headers: {
      apikey: stack.anonKey,
      authorization: `Bearer ${stack.anonKey}`,
      'content-type': 'application/json',
      ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
    },
    body: JSON.stringify(args),
  });
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) as Answer['body'] };
}

export const statusOf = (applied: { id: string; key: string }, address?: string) =>
  callStatusRpc('application_status', { application_id: applied.id, status_key: applied.key }, address);

/** Failed attempts recorded for an id (or any string that was asked for). */
export const failuresFor = async (ref: string) =>
  (await sql<{ n: number }>('select count(*)::int as n from public.status_access_failures where application_ref = $1', [ref.toLowerCase()]))[0].n;
