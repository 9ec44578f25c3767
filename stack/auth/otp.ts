// One-time email tokens as GoTrue keeps them on auth.users: a 6-digit code, and its hash
// hex(sha224(email + code)) (crypto.GenerateTokenHash) in confirmation_token (invite) or recovery_token
// (magic link, recovery) with the time it was sent; a token works once, within otp_expiry.
import { createHash, randomInt } from 'node:crypto';
import type pg from 'pg';
import type { EmailKind } from './mailer.ts';
import type { UserRow } from './users.ts';

export type VerifyType = 'invite' | 'signup' | 'magiclink' | 'recovery' | 'email';

const COLUMN: Record<EmailKind, { token: string; sentAt: string }> = {
  invite: { token: 'confirmation_token', sentAt: 'confirmation_sent_at' },
  magiclink: { token: 'recovery_token', sentAt: 'recovery_sent_at' },
  recovery: { token: 'recovery_token', sentAt: 'recovery_sent_at' },
};

export const tokenHash = (email: string, otp: string) =>
  createHash('sha224')
    .update(email.toLowerCase() + otp)
    .digest('hex');

/** How long until this user may be sent another email of this kind (GoTrue's validateSentWithinFrequencyLimit), in ms. */
export function waitBeforeResend(user: UserRow, kind: EmailKind, maxFrequencyMs: number): number {
  const sent = kind === 'invite' ? user.confirmation_sent_at : user.recovery_sent_at;
  if (!sent) return 0;
  return Math.max(0, new Date(sent).getTime() + maxFrequencyMs - Date.now());
}

/** Issues a fresh token (replacing the previous one of that kind) inside the caller's transaction. */
export async function issueToken(client: pg.PoolClient, user: UserRow, kind: EmailKind): Promise<{ otp: string; hash: string }> {
  const otp = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const hash = tokenHash(user.email ?? '', otp);
  const c = COLUMN[kind];
  const invited = kind === 'invite' ? ', invited_at = coalesce(invited_at, now())' : '';
  await client.query(`update auth.users set ${c.token} = $2, ${c.sentAt} = now(), updated_at = now()${invited} where id = $1`, [user.id, hash]);
  return { otp, hash };
}

export type Redeemed = { ok: true; userId: string } | { ok: false; reason: 'invalid' | 'expired' };

/**
 * Redeems a token once: found by its hash (or email + code), refused when older than the expiry, then cleared and
 * the email confirmed, in one transaction so two clicks on the same link cannot both sign in.
 */
export async function redeemToken(pool: pg.Pool, type: VerifyType, hash: string, otpExpiryMs: number): Promise<Redeemed> {
  const columns = type === 'invite' || type === 'signup' ? ['confirmation'] : type === 'email' ? ['confirmation', 'recovery'] : ['recovery'];
  const client = await pool.connect();
  try {
    await client.query('begin');
    for (const col of columns) {
      const { rows } = await client.query<{ id: string; sent_at: string | null }>(
        `select id, ${col}_sent_at as sent_at from auth.users where ${col}_token = $1 and $1 <> '' and deleted_at is null for update`,
        [hash],
      );
      const row = rows[0];
      if (!row) continue;
      if (!row.sent_at || new Date(row.sent_at).getTime() + otpExpiryMs < Date.now()) {
        await client.query('rollback');
        return { ok: false, reason: 'expired' };
      }
      await client.query(
        `update auth.users set ${col}_token = '', email_confirmed_at = coalesce(email_confirmed_at, now()), updated_at = now() where id = $1`,
        [row.id],
      );
      await client.query('commit');
      return { ok: true, userId: row.id };
    }
    await client.query('rollback');
    return { ok: false, reason: 'invalid' };
  } catch (e) {
    await client.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}
