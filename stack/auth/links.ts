// GoTrue's email flows as supabase-js calls them (supabase/auth internal/api: invite.go, otp.go, magic_link.go,
// recover.go, verify.go, user.go): the admin invite, magic links, password recovery, the /verify link that
// redirects with the session in the URL fragment (or #error=…&error_code=otp_expired), and PUT /user.
import type pg from 'pg';
import type { RequestContext } from '../http.ts';
import type { Mailer, EmailKind } from './mailer.ts';
import { issueToken, redeemToken, tokenHash, waitBeforeResend, type VerifyType } from './otp.ts';
import { authError, body, obj, reply, requireEmail, str, VERSION_HEADER } from './respond.ts';
import { createSession } from './sessions.ts';
import { redirectTarget, type AuthSettings } from './settings.ts';
import { createUser, findByEmail, findById, userJson, type UserRow } from './users.ts';

const SENDING_FAILED: Record<EmailKind, string> = {
  invite: 'Error sending invite email',
  magiclink: 'Error sending magic link email',
  recovery: 'Error sending recovery email',
};
const VERIFY_TYPES = new Set<VerifyType>(['invite', 'signup', 'magiclink', 'recovery', 'email']);
const INVALID = 'Token has expired or is invalid';
const EXPIRED = 'Email link is invalid or has expired';

type Deps = {
  pool: pg.Pool;
  issuer: string;
  settings: AuthSettings;
  mailer: Mailer;
  currentUser: (ctx: RequestContext) => Promise<{ user: UserRow }>;
  requireAdmin: (ctx: RequestContext) => void;
};

export function createEmailRoutes({ pool, issuer, settings, mailer, currentUser, requireAdmin }: Deps) {
  /** Issues the token and sends its email in one transaction: an email that cannot be sent leaves no usable token. */
  async function sendLink(user: UserRow, kind: EmailKind, redirectTo: string | null) {
    const wait = waitBeforeResend(user, kind, settings.maxFrequencyMs);
    if (wait > 0)
      throw authError(429, 'over_email_send_rate_limit', `For security purposes, you can only request this after ${Math.ceil(wait / 1000)} seconds.`);
    const client = await pool.connect();
    try {
      await client.query('begin');
      const { otp, hash } = await issueToken(client, user, kind);
      const target = redirectTarget(settings, redirectTo);
      const link = `${issuer}/verify?token=${hash}&type=${kind}&redirect_to=${encodeURIComponent(target)}`;
      try {
        await mailer.send(kind, user.email ?? '', link, settings.siteUrl, otp);
      } catch {
        await client.query('rollback');
        throw authError(500, 'unexpected_failure', SENDING_FAILED[kind]);
      }
      await client.query('commit');
    } catch (e) {
      await client.query('rollback').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  async function invite(ctx: RequestContext) {
    requireAdmin(ctx);
    const b = await body(ctx);
    const email = requireEmail(b.email);
    let user = await findByEmail(pool, email);
    if (user?.email_confirmed_at) throw authError(422, 'email_exists', 'A user with this email address has already been registered');
    const created = !user;
    user ??= await createUser(pool, { email, emailConfirm: false, userMetadata: obj(b.data), appMetadata: {} });
    try {
      await sendLink(user, 'invite', ctx.url.searchParams.get('redirect_to'));
    } catch (e) {
      if (created) await pool.query('delete from auth.users where id = $1', [user.id]);
      throw e;
    }
    reply(ctx, 200, userJson((await findById(pool, user.id))!));
  }

  async function magicLink(ctx: RequestContext) {
    const b = await body(ctx);
    const email = requireEmail(b.email);
    const user = await findByEmail(pool, email);
    // Signups are off in config.toml, so an unknown address is refused as GoTrue refuses it then.
    if (!user) throw authError(422, b.create_user === false ? 'otp_disabled' : 'signup_disabled', 'Signups not allowed for otp');
    await sendLink(user, 'magiclink', ctx.url.searchParams.get('redirect_to'));
    reply(ctx, 200, {});
  }

  async function recover(ctx: RequestContext) {
    const email = requireEmail((await body(ctx)).email);
    const user = await findByEmail(pool, email);
    // An unknown address gets the same 200 as a known one, so addresses cannot be probed.
    if (user) await sendLink(user, 'recovery', ctx.url.searchParams.get('redirect_to'));
    reply(ctx, 200, {});
  }

  async function sessionFor(ctx: RequestContext, userId: string) {
    const user = await findById(pool, userId);
    if (!user) throw authError(403, 'otp_expired', INVALID);
    return createSession(pool, user, String(ctx.req.headers['user-agent'] ?? ''), issuer);
  }

  function verifyType(value: unknown): VerifyType {
    const type = str(value);
    if (!type) throw authError(400, 'validation_failed', 'Verify requires a verification type');
    if (!VERIFY_TYPES.has(type as VerifyType)) throw authError(400, 'validation_failed', 'Unsupported verification type');
    return type as VerifyType;
  }

  // GET: the link in the email. Always a 303 to the redirect URL, with the session or the error in the fragment.
  async function verifyLink(ctx: RequestContext) {
    const q = ctx.url.searchParams;
    const type = verifyType(q.get('type') ?? undefined);
    const token = q.get('token');
    if (!token) throw authError(400, 'validation_failed', 'Verify requires a token or a token hash');
    const target = redirectTarget(settings, q.get('redirect_to'));
    const outcome = await redeemToken(pool, type, token, settings.otpExpiryMs);
    let fragment: URLSearchParams;
    if (outcome.ok) {
      const s = await sessionFor(ctx, outcome.userId);
      fragment = new URLSearchParams({
        access_token: s.access_token,
        expires_at: String(s.expires_at),
        expires_in: String(s.expires_in),
        refresh_token: s.refresh_token,
        token_type: 'bearer',
        type,
      });
    } else {
      fragment = new URLSearchParams({
        error: 'access_denied',
        error_code: 'otp_expired',
        error_description: outcome.reason === 'expired' ? EXPIRED : INVALID,
      });
    }
    ctx.res.writeHead(303, { ...VERSION_HEADER, location: `${target.split('#')[0]}#${fragment.toString()}` });
    ctx.res.end();
  }

  // POST: supabase-js verifyOtp({ email, token, type }) or ({ token_hash, type }); the session in the body.
  async function verifyOtp(ctx: RequestContext) {
    const b = await body(ctx);
    const type = verifyType(b.type);
    const tokenHashParam = str(b.token_hash);
    const token = str(b.token);
    let hash: string;
    if (tokenHashParam) hash = tokenHashParam;
    else if (token && str(b.email)) hash = tokenHash(requireEmail(b.email), token);
    else throw authError(400, 'validation_failed', 'Verify requires either a token or a token hash');
    const outcome = await redeemToken(pool, type, hash, settings.otpExpiryMs);
    if (!outcome.ok) throw authError(403, 'otp_expired', outcome.reason === 'expired' ? EXPIRED : INVALID);
    reply(ctx, 200, await sessionFor(ctx, outcome.userId));
  }

  async function updateUser(ctx: RequestContext) {
    const { user } = await currentUser(ctx);
    const b = await body(ctx);
    if (b.email !== undefined || b.phone !== undefined)
      throw authError(422, 'validation_failed', 'Changing the email or phone is not supported by the local auth service');
    const password = b.password;
    if (password !== undefined) {
      if (typeof password !== 'string' || password.length < 6) throw authError(422, 'weak_password', 'Password should be at least 6 characters.');
      if (password.length > 72) throw authError(422, 'validation_failed', 'Password cannot be longer than 72 characters');
      const { rows } = await pool.query<{ same: boolean }>(
        'select encrypted_password is not null and extensions.crypt($2, encrypted_password) = encrypted_password as same from auth.users where id = $1',
        [user.id, password],
      );
      if (rows[0]?.same) throw authError(422, 'same_password', 'New password should be different from the old password.');
      await pool.query(
        "update auth.users set encrypted_password = extensions.crypt($2, extensions.gen_salt('bf', 10)), updated_at = now() where id = $1",
        [user.id, password],
      );
    }
    if (b.data !== undefined) {
      await pool.query(
        "update auth.users set raw_user_meta_data = coalesce(raw_user_meta_data, '{}'::jsonb) || $2::jsonb, updated_at = now() where id = $1",
        [user.id, obj(b.data)],
      );
    }
    reply(ctx, 200, userJson((await findById(pool, user.id))!));
  }

  return { invite, magicLink, recover, verifyLink, verifyOtp, updateUser };
}
