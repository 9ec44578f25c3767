// The /auth/v1 service: the subset of GoTrue that supabase-js uses in this app, with GoTrue's
// status codes and error shape (respond.ts); the email flows (invite, magic link, recovery) are in links.ts.
import type { StackConfig } from '../config.ts';
import { apiUrl } from '../config.ts';
import type { Db } from '../db.ts';
import { HttpError, sendEmpty, sendJson, type RequestContext } from '../http.ts';
import { createRouter } from '../router.ts';
import { VERSION_HEADER, authError, body, obj, reply, str, EMAIL } from './respond.ts';
import { createSession, endSessions, rotateRefreshToken, sessionExists, sessionJson } from './sessions.ts';
import { createUser, findByEmail, findById, passwordMatches, userJson } from './users.ts';
import { createEmailRoutes } from './links.ts';
import { createMailer } from './mailer.ts';
import { loadAuthSettings } from './settings.ts';

export function createAuthService(db: Db, config: StackConfig) {
  const pool = db.admin;
  const issuer = `${apiUrl(config)}/auth/v1`;

  /** The signed-in user behind the bearer token, as GET /user and /logout require. */
  async function currentUser(ctx: RequestContext) {
    if (!ctx.req.headers.authorization) throw authError(401, 'no_authorization', 'This endpoint requires a Bearer token');
    if (!ctx.claims) throw authError(403, 'bad_jwt', `invalid JWT: unable to parse or verify signature, ${ctx.tokenError ?? 'invalid token'}`);
    const sub = str(ctx.claims.sub);
    if (!sub) throw authError(403, 'bad_jwt', 'invalid claim: missing sub claim');
    const sessionId = str(ctx.claims.session_id);
    if (sessionId && !(await sessionExists(pool, sessionId)))
      throw authError(403, 'session_not_found', 'Session from session_id claim in JWT does not exist');
    const user = await findById(pool, sub);
    if (!user) throw authError(403, 'user_not_found', 'User from sub claim in JWT does not exist');
    return { user, sessionId: sessionId ?? '' };
  }

  function requireAdmin(ctx: RequestContext) {
    if (!ctx.claims) throw authError(401, 'no_authorization', 'This endpoint requires a Bearer token');
    if (ctx.claims.role !== 'service_role' && ctx.claims.role !== 'supabase_admin') throw authError(403, 'not_admin', 'User not allowed');
  }

  const emailFlows = createEmailRoutes({ pool, issuer, settings: loadAuthSettings(), mailer: createMailer(config), currentUser, requireAdmin });

  async function passwordGrant(ctx: RequestContext) {
    const b = await body(ctx);
    const email = str(b.email)?.trim();
    const password = str(b.password);
    if (!email) throw authError(400, 'validation_failed', 'missing email or phone');
    if (!password) throw authError(400, 'validation_failed', 'missing password');
    const user = await findByEmail(pool, email);
    // One answer for unknown user and wrong password, so emails cannot be probed.
    if (!user || !(await passwordMatches(pool, user, password))) throw authError(400, 'invalid_credentials', 'Invalid login credentials');
    if (!user.email_confirmed_at) throw authError(400, 'email_not_confirmed', 'Email not confirmed');
    if (user.banned_until && new Date(user.banned_until) > new Date()) throw authError(400, 'user_banned', 'User is banned');
    reply(ctx, 200, await createSession(pool, user, String(ctx.req.headers['user-agent'] ?? ''), issuer));
  }

  async function refreshGrant(ctx: RequestContext) {
    const token = str((await body(ctx)).refresh_token);
    if (!token) throw authError(400, 'validation_failed', 'refresh_token required');
    const outcome = await rotateRefreshToken(pool, token);
    if (!outcome.ok) {
      const message =
        outcome.code === 'refresh_token_already_used' ? 'Invalid Refresh Token: Already Used' : 'Invalid Refresh Token: Refresh Token Not Found';
      throw authError(400, outcome.code, message);
    }
    const user = await findById(pool, outcome.userId);
    if (!user) throw authError(400, 'refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found');
    reply(ctx, 200, sessionJson(user, outcome.sessionId, outcome.token, issuer));
  }

  async function adminCreateUser(ctx: RequestContext) {
    requireAdmin(ctx);
    const b = await body(ctx);
    const email = str(b.email)?.trim();
    if (!email || !EMAIL.test(email)) throw authError(400, 'validation_failed', 'Unable to validate email address: invalid format');
    const password = str(b.password);
    if (password !== undefined && password.length < 6) throw authError(422, 'weak_password', 'Password should be at least 6 characters.');
    if (await findByEmail(pool, email)) throw authError(422, 'email_exists', 'A user with this email address has already been registered');
    const user = await createUser(pool, {
      email,
      password,
      emailConfirm: b.email_confirm === true,
      userMetadata: obj(b.user_metadata),
      appMetadata: obj(b.app_metadata),
    });
    reply(ctx, 200, userJson(user));
  }

  async function adminListUsers(ctx: RequestContext) {
    requireAdmin(ctx);
    const page = Math.max(1, Number(ctx.url.searchParams.get('page') ?? 1) || 1);
    const perPage = Math.min(1000, Math.max(1, Number(ctx.url.searchParams.get('per_page') ?? 50) || 50));
    const { rows } = await pool.query<{ id: string }>(
      'select id from auth.users where deleted_at is null order by created_at, id limit $1 offset $2',
      [perPage, (page - 1) * perPage],
    );
    const total = (await pool.query<{ n: number }>('select count(*)::int as n from auth.users where deleted_at is null')).rows[0].n;
    const users = (await Promise.all(rows.map((r) => findById(pool, r.id)))).filter((u) => u !== null).map(userJson);
    sendJson(ctx.res, 200, { users, aud: 'authenticated' }, { ...VERSION_HEADER, 'x-total-count': String(total) });
  }

  async function adminUser(ctx: RequestContext, id: string) {
    requireAdmin(ctx);
    const user = await findById(pool, id);
    if (!user) throw authError(404, 'user_not_found', 'User not found');
    if (ctx.method === 'GET') return reply(ctx, 200, userJson(user));
    if (ctx.method === 'DELETE') {
      await pool.query('delete from auth.users where id = $1', [id]);
      return reply(ctx, 200, {});
    }
    throw authError(405, 'method_not_allowed', 'Method not allowed');
  }

  const notSupported = (ctx: RequestContext) => authError(404, 'not_found', `${ctx.method} ${ctx.path} is not supported by the local auth service`);
  const route = createRouter([
    ['*', '/health', (ctx) => reply(ctx, 200, { version: 'smart-ats-local', name: 'GoTrue', description: 'local GoTrue subset' })],
    ['*', '/settings', (ctx) => reply(ctx, 200, { external: { email: true }, disable_signup: true, mailer_autoconfirm: true })],
    ['*', '/.well-known/jwks.json', (ctx) => reply(ctx, 200, { keys: [] })],
    [
      'POST',
      '/token',
      (ctx) => {
        const grant = ctx.url.searchParams.get('grant_type');
        if (grant === 'password') return passwordGrant(ctx);
        if (grant === 'refresh_token') return refreshGrant(ctx);
        throw authError(400, 'validation_failed', 'unsupported_grant_type');
      },
    ],
    ['GET', '/user', async (ctx) => reply(ctx, 200, userJson((await currentUser(ctx)).user))],
    ['PUT', '/user', (ctx) => emailFlows.updateUser(ctx)],
    ['POST', '/invite', (ctx) => emailFlows.invite(ctx)],
    ['POST', '/otp', (ctx) => emailFlows.magicLink(ctx)],
    ['POST', '/magiclink', (ctx) => emailFlows.magicLink(ctx)],
    ['POST', '/recover', (ctx) => emailFlows.recover(ctx)],
    ['GET', '/verify', (ctx) => emailFlows.verifyLink(ctx)],
    ['POST', '/verify', (ctx) => emailFlows.verifyOtp(ctx)],
    [
      'POST',
      '/logout',
      async (ctx) => {
        const { user, sessionId } = await currentUser(ctx);
        await endSessions(pool, user.id, sessionId, ctx.url.searchParams.get('scope') ?? 'global');
        sendEmpty(ctx.res, 204, VERSION_HEADER);
      },
    ],
    [
      '*',
      '/signup',
      () => {
        throw authError(422, 'signup_disabled', 'Signups not allowed for this instance');
      },
    ],
    ['POST', '/admin/users', (ctx) => adminCreateUser(ctx)],
    ['GET', '/admin/users', (ctx) => adminListUsers(ctx)],
    [
      '*',
      '/admin/users/:id',
      (ctx, { id }) => {
        if (!id) throw notSupported(ctx);
        return adminUser(ctx, id);
      },
    ],
  ]);

  // Postgres out of reach: GoTrue's 500 unexpected_failure, in the words of its handler for that step
  // (token.go ResourceOwnerPasswordGrant; errors.go HandleResponseError for the rest).
  return async (ctx: RequestContext): Promise<void> => {
    try {
      const match = route(ctx.method, ctx.path);
      if (!match) throw notSupported(ctx);
      await match.handler(ctx, match.params);
    } catch (e) {
      if (e instanceof HttpError || !db.outage(e)) throw e;
      const lookup = ctx.path === '/token' && ctx.url.searchParams.get('grant_type') === 'password';
      throw authError(
        500,
        'unexpected_failure',
        lookup ? 'Database error querying schema' : 'Unexpected failure, please check server logs for more information',
      );
    }
  };
}
