// HS256 JSON Web Tokens, the only algorithm the local stack issues or accepts (as GoTrue with a JWT secret).
import { createHmac, timingSafeEqual } from 'node:crypto';

export type Claims = Record<string, unknown> & { role?: string; sub?: string; exp?: number };

const b64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');

export function signJwt(claims: Claims, secret: string): string {
  const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = b64url(JSON.stringify(claims));
  const sig = createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${sig}`;
}

export class JwtError extends Error {}

/** Returns the claims of a valid, unexpired HS256 token; throws JwtError otherwise. */
export function verifyJwt(token: string, secret: string, now = Date.now() / 1000): Claims {
  const parts = token.split('.');
  if (parts.length !== 3) throw new JwtError('malformed token');
  const [head, body, sig] = parts;
  let header: { alg?: string };
  let claims: Claims;
  try {
    header = JSON.parse(Buffer.from(head, 'base64url').toString('utf8'));
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    throw new JwtError('malformed token');
  }
  // `alg: none` and every other algorithm are refused outright.
  if (header.alg !== 'HS256') throw new JwtError('unsupported algorithm');
  const expected = createHmac('sha256', secret).update(`${head}.${body}`).digest();
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new JwtError('invalid signature');
  if (typeof claims !== 'object' || claims === null) throw new JwtError('malformed token');
  if (typeof claims.exp === 'number' && claims.exp < now) throw new JwtError('token is expired');
  return claims;
}
