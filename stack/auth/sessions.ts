// Sessions and refresh tokens as GoTrue keeps them (auth.sessions, auth.refresh_tokens), with rotation.
import { randomBytes, randomUUID } from 'node:crypto';
import type pg from 'pg';
import { JWT_SECRET } from '../config.ts';
import { signJwt } from '../jwt.ts';
import { userJson, type UserRow } from './users.ts';

export const ACCESS_TOKEN_TTL = 3600;
// GoTrue's default: a rotated refresh token may be reused for 10 s (parallel tabs refreshing at once).
const REUSE_INTERVAL_MS = 10_000;

const newRefreshToken = () => randomBytes(9).toString('base64url').slice(0, 12);

export function accessToken(user: UserRow, sessionId: string, issuer: string) {
  const now = Math.floor(Date.now() / 1000);
  return signJwt(
    {
      iss: issuer,
      sub: user.id,
      aud: user.aud ?? 'authenticated',
      exp: now + ACCESS_TOKEN_TTL,
      iat: now,
      email: user.email ?? '',
      phone: '',
      app_metadata: user.raw_app_meta_data ?? {},
      user_metadata: user.raw_user_meta_data ?? {},
      role: user.role ?? 'authenticated',
      aal: 'aal1',
      amr: [{ method: 'password', timestamp: now }],
      session_id: sessionId,
      is_anonymous: user.is_anonymous,
    },
    JWT_SECRET,
  );
}

function sessionJson(user: UserRow, sessionId: string, refreshToken: string, issuer: string) {
  return {
    access_token: accessToken(user, sessionId, issuer),
    token_type: 'bearer',
    expires_in: ACCESS_TOKEN_TTL,
    expires_at: Math.floor(Date.now() / 1000) + ACCESS_TOKEN_TTL,
    refresh_token: refreshToken,
    user: userJson(user),
    weak_password: null,
  };
}

export async function createSession(db: pg.Pool, user: UserRow, userAgent: string, issuer: string) {
  const sessionId = randomUUID();
  const token = newRefreshToken();
  await db.query(
    `with s as (insert into auth.sessions (id, user_id, created_at, updated_at, aal, user_agent) values ($1, $2, now(), now(), 'aal1', $3))
     insert into auth.refresh_tokens (instance_id, token, user_id, revoked, created_at, updated_at, session_id)
     values ('00000000-0000-0000-0000-000000000000', $4, $2::text, false, now(), now(), $1)`,
    [sessionId, user.id, userAgent.slice(0, 255), token],
  );
  await db.query('update auth.users set last_sign_in_at = now(), updated_at = now() where id = $1', [user.id]);
  return sessionJson({ ...user, last_sign_in_at: new Date().toISOString() }, sessionId, token, issuer);
}

export type RefreshOutcome =
  | { ok: true; userId: string; sessionId: string; token: string }
  | { ok: false; code: 'refresh_token_not_found' | 'refresh_token_already_used' | 'session_expired' };

/** Rotates a refresh token: the old one is revoked and a child issued, within one transaction. */
export async function rotateRefreshToken(db: pg.Pool, token: string): Promise<RefreshOutcome> {
  const client = await db.connect();
  try {
    await client.query('begin');
    const { rows } = await client.query<{ id: number; user_id: string; revoked: boolean; session_id: string | null; updated_at: Date }>(
      'select id, user_id, revoked, session_id, updated_at from auth.refresh_tokens where token = $1 for update',
      [token],
    );
    const row = rows[0];
    if (!row || !row.session_id) {
      await client.query('rollback');
      return { ok: false, code: 'refresh_token_not_found' };
    }
    if (row.revoked) {
      // Within the reuse interval hand out the child issued a moment ago; later it is a replay.
      const child = await client.query<{ token: string }>('select token from auth.refresh_tokens where parent = $1 and revoked = false limit 1', [
        token,
      ]);
      await client.query('commit');
      if (child.rows[0] && Date.now() - new Date(row.updated_at).getTime() < REUSE_INTERVAL_MS) {
        return { ok: true, userId: row.user_id, sessionId: row.session_id, token: child.rows[0].token };
      }
      return { ok: false, code: 'refresh_token_already_used' };
    }
    const next = newRefreshToken();
    await client.query('update auth.refresh_tokens set revoked = true, updated_at = now() where id = $1', [row.id]);
    await client.query(
      `insert into auth.refresh_tokens (instance_id, token, user_id, revoked, created_at, updated_at, parent, session_id)
       values ('00000000-0000-0000-0000-000000000000', $1, $2, false, now(), now(), $3, $4)`,
      [next, row.user_id, token, row.session_id],
    );
    await client.query('update auth.sessions set refreshed_at = now(), updated_at = now() where id = $1', [row.session_id]);
    await client.query('commit');
    return { ok: true, userId: row.user_id, sessionId: row.session_id, token: next };
  } catch (e) {
    await client.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

export async function sessionExists(db: pg.Pool, sessionId: string): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/i.test(sessionId)) return false;
  const { rowCount } = await db.query('select 1 from auth.sessions where id = $1', [sessionId]);
  return (rowCount ?? 0) > 0;
}

export async function endSessions(db: pg.Pool, userId: string, sessionId: string, scope: string) {
  if (scope === 'global') await db.query('delete from auth.sessions where user_id = $1', [userId]);
  else if (scope === 'others') await db.query('delete from auth.sessions where user_id = $1 and id <> $2', [userId, sessionId]);
  else await db.query('delete from auth.sessions where id = $1', [sessionId]);
}

export { sessionJson };
