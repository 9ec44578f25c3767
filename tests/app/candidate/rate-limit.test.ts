// Guessing status links is rate limited: 10 failed attempts per asked-for id and 30 per client address (the hop the
// gateway appends to X-Forwarded-For, never one the client claims) within 15 minutes, after which every answer for
// that id or client (even the right link) is "wait", with the seconds until the oldest counted failure leaves the
// window. The limit holds under a parallel burst and is the same whether the id exists or not.
import { createHash, randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { newClientAddress } from '../../support/client-address.ts';
import { rolledBack } from '../db/as-role.ts';
import { sql } from '../../support/clients.ts';
import { applyWithKey, callStatusRpc, failuresFor, newStatusKey, statusOf, type Applied } from './support.ts';

const PER_APPLICATION = 10;
const PER_CLIENT = 30;
const WINDOW_SECONDS = 15 * 60;

const guess = (id: string, address = newClientAddress(), forwardedFor?: string) =>
  callStatusRpc('application_status', { application_id: id, status_key: newStatusKey() }, address, forwardedFor);
const times = <T>(n: number, fn: (i: number) => Promise<T>) => Promise.all(Array.from({ length: n }, (_, i) => fn(i)));
const sequentially = async <T>(n: number, fn: (i: number) => Promise<T>) => {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(await fn(i));
  return out;
};

it('the limits are what this file tests', async () => {
  const [limits] = await sql<{ seconds: number; per_application: number; per_client: number }>(
    `select extract(epoch from failure_window)::int as seconds, per_application, per_client from public.status_access_limits()`,
  );
  expect(limits).toEqual({ seconds: WINDOW_SECONDS, per_application: PER_APPLICATION, per_client: PER_CLIENT });
});

describe('per application id', () => {
  let applied: Applied;
  beforeAll(async () => {
    applied = await applyWithKey();
  });

  it(`after ${PER_APPLICATION} wrong keys from anywhere, even the right link waits`, async () => {
    const answers = await sequentially(PER_APPLICATION, () => guess(applied.id));
    expect(answers.map((a) => a.body.status)).toEqual(Array(PER_APPLICATION).fill('not_found'));
    const locked = await guess(applied.id);
    expect(locked.status).toBe(200);
    expect(locked.body.status).toBe('rate_limited');
    expect(locked.body.retryAfter).toBeGreaterThan(WINDOW_SECONDS - 60);
    expect(locked.body.retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS);
    expect((await statusOf(applied)).body.status).toBe('rate_limited');
    expect((await callStatusRpc('withdraw_application', { application_id: applied.id, status_key: applied.key })).body.status).toBe('rate_limited');
    const [{ withdrawn_at }] = await sql('select withdrawn_at from public.applications where id = $1', [applied.id]);
    expect(withdrawn_at).toBeNull();
  });

  it('answers while locked are not counted, so the lockout does not grow', async () => {
    expect(await failuresFor(applied.id)).toBe(PER_APPLICATION);
  });

  it('says when to come back: when the oldest counted failure leaves the window', async () => {
    await sql(`update public.status_access_failures set at = now() - interval '10 minutes' where application_ref = $1`, [applied.id]);
    const { body } = await guess(applied.id);
    expect(body.status).toBe('rate_limited');
    expect(body.retryAfter).toBeGreaterThan(5 * 60 - 30);
    expect(body.retryAfter).toBeLessThanOrEqual(5 * 60);
  });

  it('lets the link work again once the failures are older than the window', async () => {
    await sql(`update public.status_access_failures set at = now() - interval '15 minutes 1 second' where application_ref = $1`, [applied.id]);
    expect((await statusOf(applied)).body.status).toBe('found');
  });

  it('locks an id that does not exist after the same number of guesses (no hint that it is missing)', async () => {
    const missing = randomUUID();
    const answers = await sequentially(PER_APPLICATION + 1, () => guess(missing));
    expect(answers.map((a) => a.body.status)).toEqual([...Array(PER_APPLICATION).fill('not_found'), 'rate_limited']);
  });

  it('holds under a parallel burst: exactly the limit is answered, the rest wait', async () => {
    const target = await applyWithKey();
    const answers = await times(25, () => guess(target.id));
    const counts = answers.reduce<Record<string, number>>((acc, a) => ({ ...acc, [a.body.status]: (acc[a.body.status] ?? 0) + 1 }), {});
    expect(counts).toEqual({ not_found: PER_APPLICATION, rate_limited: 25 - PER_APPLICATION });
    expect(await failuresFor(target.id)).toBe(PER_APPLICATION);
  });
});

describe('per client', () => {
  it(`after ${PER_CLIENT} failures on any ids, every answer to that client waits; other clients are unaffected`, async () => {
    const applied = await applyWithKey();
    const address = newClientAddress();
    const answers = await sequentially(PER_CLIENT, () => guess(randomUUID(), address));
    expect(answers.every((a) => a.body.status === 'not_found')).toBe(true);
    expect((await guess(randomUUID(), address)).body.status).toBe('rate_limited');
    expect((await statusOf(applied, address)).body).toMatchObject({ status: 'rate_limited', retryAfter: expect.any(Number) });
    expect((await statusOf(applied, newClientAddress())).body.status).toBe('found');
  });

  it('a client rotating forged X-Forwarded-For values is still one client: the address the gateway appends counts', async () => {
    const applied = await applyWithKey();
    const address = newClientAddress();
    const answers = await sequentially(PER_CLIENT, () => guess(randomUUID(), address, `${newClientAddress()}, ${newClientAddress()}`));
    expect(answers.every((a) => a.body.status === 'not_found')).toBe(true);
    expect((await guess(randomUUID(), address, newClientAddress())).body.status).toBe('rate_limited');
    // Claiming the locked-out address neither locks another client out nor is needed to be locked out.
    const other = await callStatusRpc('application_status', { application_id: applied.id, status_key: applied.key }, newClientAddress(), address);
    expect(other.body.status).toBe('found');
  });

  it('holds under a parallel burst from one client', async () => {
    const address = newClientAddress();
    const answers = await times(45, () => guess(randomUUID(), address));
    expect(answers.filter((a) => a.body.status === 'not_found')).toHaveLength(PER_CLIENT);
    expect(answers.filter((a) => a.body.status === 'rate_limited')).toHaveLength(45 - PER_CLIENT);
  });

  it('keys the client by a salted hash of its address, never the address itself', async () => {
    const address = newClientAddress();
    const ref = randomUUID();
    await guess(ref, address);
    const [{ client_key_hash }] = await sql<{ client_key_hash: string }>(
      'select client_key_hash from public.status_access_failures where application_ref = $1',
      [ref],
    );
    expect(client_key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(client_key_hash).not.toBe(createHash('sha256').update(address).digest('hex'));
  });
});

it('forget_status_access_failures (run by the withdraw-application sweep) drops only failures older than the window', async () => {
  const old = randomUUID();
  const fresh = randomUUID();
  await guess(old);
  await guess(fresh);
  await sql(`update public.status_access_failures set at = now() - interval '16 minutes' where application_ref = $1`, [old]);
  const [{ forgotten }] = await sql<{ forgotten: number }>('select public.forget_status_access_failures() as forgotten');
  expect(forgotten).toBeGreaterThanOrEqual(1);
  expect(await failuresFor(old)).toBe(0);
  expect(await failuresFor(fresh)).toBe(1);
});

describe('the client address (public.request_client_address)', () => {
  const addressFor = (headers: Record<string, string> | null) =>
    rolledBack(async (tx) => {
      await tx.query(`select set_config('request.headers', $1, true)`, [headers ? JSON.stringify(headers) : '']);
      return (await tx.query<{ address: string | null }>('select public.request_client_address() as address'))[0].address;
    });

  it('is the last X-Forwarded-For hop, the one the proxy appended, whatever came before it', async () => {
    expect(await addressFor({ 'x-forwarded-for': '203.0.113.7' })).toBe('203.0.113.7');
    expect(await addressFor({ 'x-forwarded-for': '10.0.0.1, 198.51.100.2,203.0.113.7 ' })).toBe('203.0.113.7');
    expect(await addressFor({ 'x-forwarded-for': '2001:db8::1, 2001:db8::2' })).toBe('2001:db8::2');
  });

  it('ignores the headers a client can send past a proxy that does not set them', async () => {
    expect(await addressFor({ 'x-forwarded-for': '203.0.113.7', 'cf-connecting-ip': '192.0.2.1', 'x-real-ip': '192.0.2.2' })).toBe('203.0.113.7');
    expect(await addressFor({ 'cf-connecting-ip': '192.0.2.1', 'x-real-ip': '192.0.2.2' })).toBeNull();
  });

  it('is null outside an API request or with an empty header', async () => {
    expect(await addressFor(null)).toBeNull();
    expect(await addressFor({ 'x-forwarded-for': '' })).toBeNull();
    expect(await addressFor({ 'x-forwarded-for': '203.0.113.7, ' })).toBeNull();
  });
});
