// Conformance of the local /auth/v1 service with supabase-js (auth-js) and GoTrue's wire behaviour.
import { randomUUID } from 'node:crypto';
import { describe, expect, it, beforeAll } from 'vitest';
import { signJwt } from '../../../stack/jwt.ts';
import { JWT_SECRET } from '../../../stack/config.ts';
import { anonClient, serviceClient, stack, sql } from '../../support/clients.ts';

const email = `auth-${randomUUID().slice(0, 8)}@example.test`;
const password = 'correct horse battery';

const api = (path: string, init: RequestInit = {}) =>
  fetch(`${stack.apiUrl}/auth/v1${path}`, {
    ...init,
    headers: { apikey: stack.anonKey, 'content-type': 'application/json', ...(init.headers ?? {}) },
  });

describe('auth', () => {
  let userId: string;

  beforeAll(async () => {
    const { data, error } = await serviceClient().auth.admin.createUser({ email, password, email_confirm: true, user_metadata: { name: 'Ada' } });
    expect(error).toBeNull();
    userId = data.user!.id;
  });

  it('admin createUser stores a bcrypt hash and an email identity', async () => {
    const [row] = await sql<{ encrypted_password: string; n: number }>(
      `select u.encrypted_password, (select count(*)::int from auth.identities i where i.user_id = u.id and i.provider = 'email') as n from auth.users u where id = $1`,
      [userId],
    );
    expect(row.encrypted_password).toMatch(/^\$2[aby]\$/);
    expect(row.n).toBe(1);
  });

  it('admin createUser refuses a duplicate email (422 email_exists) and the anon key (403 not_admin)', async () => {
    const dup = await serviceClient().auth.admin.createUser({ email, password });
    expect(dup.error?.status).toBe(422);
    expect(dup.error?.code).toBe('email_exists');
    const anon = await anonClient().auth.admin.createUser({ email: `x-${email}`, password });
    expect(anon.error?.status).toBe(403);
    expect(anon.error?.code).toBe('not_admin');
  });

  it('signs in with a password and issues GoTrue claims', async () => {
    const client = anonClient();
    const { data, error } = await client.auth.signInWithPassword({ email, password });
    expect(error).toBeNull();
    const session = data.session!;
    expect(session.token_type).toBe('bearer');
    expect(session.expires_in).toBe(3600);
    const claims = JSON.parse(Buffer.from(session.access_token.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ sub: userId, role: 'authenticated', aud: 'authenticated', email, user_metadata: { name: 'Ada' } });
    expect(typeof claims.session_id).toBe('string');
    expect(claims.exp - claims.iat).toBe(3600);
    expect(data.user?.email).toBe(email);
  });

  it('refuses a wrong password and an unknown email alike (400 invalid_credentials)', async () => {
    for (const attempt of [
      { email, password: 'wrong' },
      { email: 'nobody@example.test', password },
    ]) {
      const { error } = await anonClient().auth.signInWithPassword(attempt);
      expect(error?.status).toBe(400);
      expect(error?.code).toBe('invalid_credentials');
      expect(error?.message).toBe('Invalid login credentials');
    }
  });

  it('getUser returns the signed-in user; refreshSession rotates the refresh token', async () => {
    const client = anonClient();
    const { data } = await client.auth.signInWithPassword({ email, password });
    const user = await client.auth.getUser();
    expect(user.data.user?.id).toBe(userId);
    const first = data.session!.refresh_token;
    const refreshed = await client.auth.refreshSession();
    expect(refreshed.error).toBeNull();
    expect(refreshed.data.session!.refresh_token).not.toBe(first);
    const [old] = await sql<{ revoked: boolean }>('select revoked from auth.refresh_tokens where token = $1', [first]);
    expect(old.revoked).toBe(true);
  });

  it('a reused refresh token outside the reuse window is refused', async () => {
    const { data } = await anonClient().auth.signInWithPassword({ email, password });
    const token = data.session!.refresh_token;
    const r1 = await api('/token?grant_type=refresh_token', { method: 'POST', body: JSON.stringify({ refresh_token: token }) });
    expect(r1.status).toBe(200);
    await sql(`update auth.refresh_tokens set updated_at = now() - interval '1 minute' where token = $1`, [token]);
    const r2 = await api('/token?grant_type=refresh_token', { method: 'POST', body: JSON.stringify({ refresh_token: token }) });
    expect(r2.status).toBe(400);
    expect((await r2.json()).code).toBe('refresh_token_already_used');
    const r3 = await api('/token?grant_type=refresh_token', { method: 'POST', body: JSON.stringify({ refresh_token: 'nope' }) });
    expect((await r3.json()).code).toBe('refresh_token_not_found');
  });

  it('signOut ends the session so its access token no longer works', async () => {
    const client = anonClient();
    const { data } = await client.auth.signInWithPassword({ email, password });
    const token = data.session!.access_token;
    expect((await client.auth.signOut()).error).toBeNull();
    const res = await api('/user', { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(403);
    expect((await res.json()).code).toBe('session_not_found');
  });

  it('GET /user refuses missing, forged, alg:none and sub-less tokens', async () => {
    expect((await api('/user')).status).toBe(401);
    const anon = await api('/user', { headers: { authorization: `Bearer ${stack.anonKey}` } });
    expect(anon.status).toBe(403); // the anon key has no sub
    const forged = signJwt({ sub: userId, role: 'authenticated', exp: Date.now() / 1000 + 60 }, 'not-the-secret-not-the-secret-not-the-secret');
    const res = await api('/user', { headers: { authorization: `Bearer ${forged}` } });
    expect(res.status).toBe(403);
    expect((await res.json()).code).toBe('bad_jwt');
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: userId, role: 'service_role' })).toString('base64url')}.`;
    expect((await api('/user', { headers: { authorization: `Bearer ${none}` } })).status).toBe(403);
    const expired = signJwt({ sub: userId, role: 'authenticated', exp: 1 }, JWT_SECRET);
    expect((await api('/user', { headers: { authorization: `Bearer ${expired}` } })).status).toBe(403);
  });

  it('refuses requests without or with an invalid API key like Supabase (401)', async () => {
    const none = await fetch(`${stack.apiUrl}/auth/v1/user`);
    expect(none.status).toBe(401);
    expect((await none.json()).message).toBe('No API key found in request');
    const bad = await fetch(`${stack.apiUrl}/auth/v1/user`, { headers: { apikey: 'garbage' } });
    expect(bad.status).toBe(401);
    expect((await bad.json()).message).toBe('Invalid authentication credentials');
  });

  it('admin lists and deletes users', async () => {
    const admin = serviceClient().auth.admin;
    const { data } = await admin.listUsers({ page: 1, perPage: 1000 });
    expect(data.users.some((u) => u.id === userId)).toBe(true);
    const temp = await admin.createUser({ email: `temp-${randomUUID().slice(0, 6)}@example.test`, password });
    expect((await admin.deleteUser(temp.data.user!.id)).error).toBeNull();
    expect((await admin.getUserById(temp.data.user!.id)).error?.status).toBe(404);
  });
});
