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

/** `message` is the local stack's reason; `jose` what the jose library (Storage's verifier) throws for the same token. */
export class JwtError extends Error {
  constructor(
    message: string,
    readonly jose: string,
  ) {
    super(message);
  }
}

const parseJson = (part: string): unknown => {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
};

/**
 * Returns the claims of a valid, unexpired HS256 token; throws JwtError otherwise, checking in the order jose's
 * compactVerify / jwtVerify do (parts, header, alg, signature, claims, exp).
 */
export function verifyJwt(token: string, secret: string, now = Date.now() / 1000): Claims {
  const parts = token.split('.');
  if (parts.length !== 3) throw new JwtError('malformed token', 'Invalid Compact JWS');
  const [head, body, sig] = parts;
  const header = parseJson(head) as { alg?: unknown } | undefined;
  if (header === undefined) throw new JwtError('malformed token', 'JWS Protected Header is invalid');
  if (typeof header?.alg !== 'string' || !header.alg)
    throw new JwtError('unsupported algorithm', 'JWS "alg" (Algorithm) Header Parameter missing or invalid');
  // `alg: none` and every other algorithm are refused outright.
  if (header.alg !== 'HS256') throw new JwtError('unsupported algorithm', '"alg" (Algorithm) Header Parameter value not allowed');
  const expected = createHmac('sha256', secret).update(`${head}.${body}`).digest();
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new JwtError('invalid signature', 'signature verification failed');
  const claims = parseJson(body) as Claims | undefined;
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims))
    throw new JwtError('malformed token', 'JWT Claims Set must be a top-level JSON object');
  if (typeof claims.exp === 'number' && claims.exp < now) throw new JwtError('token is expired', '"exp" claim timestamp check failed');
  return claims;
}
