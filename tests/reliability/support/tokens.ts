// JWTs an attacker could bring: signed with the wrong secret, `alg: none`, expired, or a genuine token whose
// role claim was edited after signing. And the genuine access tokens of the seeded logins.
import { JWT_SECRET } from '../../../stack/config.ts';
import { signJwt } from '../../../stack/jwt.ts';
import { signedInClient } from '../../support/clients.ts';

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);
const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;

export const forged = {
  wrongSecret: (claims: Record<string, unknown> = { role: 'service_role' }) =>
    signJwt({ ...claims, exp: now() + 3600 }, 'not-the-project-secret-but-just-as-long-0123'),
  algNone: (claims: Record<string, unknown> = { role: 'service_role' }) =>
    `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims, exp: now() + 3600 })}.`,
  expired: (claims: Record<string, unknown> = { role: 'anon' }) => signJwt({ ...claims, iat: now() - 7200, exp: now() - 60 }, JWT_SECRET),
  /** A real token with its payload rewritten (role, or anything else) and the original signature kept. */
  edited: (token: string, changes: Record<string, unknown>) => {
    const [head, , sig] = token.split('.');
    return `${head}.${b64({ ...claimsOf(token), ...changes })}.${sig}`;
  },
};

const sessions = new Map<string, Promise<string>>();

/** The access token of a seeded login (signed in once per test file). */
export function accessToken(user: { email: string; password: string }): Promise<string> {
  if (!sessions.has(user.email)) {
    sessions.set(
      user.email,
      signedInClient(user.email, user.password).then(async (c) => (await c.auth.getSession()).data.session!.access_token),
    );
  }
  return sessions.get(user.email)!;
}
