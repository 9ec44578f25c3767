// Signed URL tokens: HS256 JWTs with the JWT secret, bound to `<bucket>/<key>` and to one action
// (src/storage/object.ts signObjectUrl / signUploadObjectUrl / verifyObjectSignature and
// src/internal/auth/jwt.ts isUploadScopedToken / isDownloadScopedToken).
import { JwtError, signJwt, verifyJwt } from '../jwt.ts';
import { ERRORS, joseMessage } from './errors.ts';

export type Scope = 'download' | 'upload';

export type DownloadToken = { url: string; scope?: Scope; exp: number };
export type UploadToken = { url: string; scope?: Scope; exp: number; owner?: string; upsert: boolean };

/** Storage's default for signed upload URLs on Supabase (UPLOAD_SIGNED_URL_EXPIRATION_TIME=7200). */
export const UPLOAD_URL_TTL_SECONDS = 2 * 60 * 60;

const now = () => Math.floor(Date.now() / 1000);

export function signDownloadToken(secret: string, url: string, expiresIn: number): string {
  const iat = now();
  return signJwt({ url, scope: 'download', iat, exp: iat + Math.floor(expiresIn) }, secret);
}

export function signUploadToken(secret: string, url: string, owner: string | undefined, upsert: boolean, expiresIn = UPLOAD_URL_TTL_SECONDS): string {
  const iat = now();
  // `owner` is left out when the caller has no `sub` (service role), as JSON drops undefined upstream.
  return signJwt({ ...(owner ? { owner } : {}), url, upsert, scope: 'upload', iat, exp: iat + expiresIn }, secret);
}

// Legacy tokens (issued before scopes existed) are told apart by the `upsert` claim only uploads carry.
function hasScope(payload: Record<string, unknown>, scope: Scope): boolean {
  if (payload.scope === scope) return true;
  if (payload.scope !== undefined) return false;
  return scope === 'upload' ? 'upsert' in payload : !('upsert' in payload);
}

/** Verifies a signed URL token for `<bucket>/<key>` and `scope`; throws Storage's 400s otherwise. */
export function verifyObjectToken(secret: string, token: string, bucket: string, key: string, scope: 'upload'): UploadToken;
export function verifyObjectToken(secret: string, token: string, bucket: string, key: string, scope: 'download'): DownloadToken;
export function verifyObjectToken(secret: string, token: string, bucket: string, key: string, scope: Scope): DownloadToken | UploadToken {
  let payload: Record<string, unknown>;
  try {
    payload = verifyJwt(token, secret);
  } catch (e) {
    throw ERRORS.invalidJwt(e instanceof JwtError ? e.jose : joseMessage(token));
  }
  if (!hasScope(payload, scope)) throw ERRORS.invalidSignature(`Token is not scoped for ${scope}`);
  if (payload.url !== `${bucket}/${key}`) throw ERRORS.invalidSignature();
  if (typeof payload.exp !== 'number' || payload.exp * 1000 < Date.now()) throw ERRORS.expiredSignature();
  return {
    url: payload.url,
    scope: payload.scope as Scope | undefined,
    exp: payload.exp,
    owner: typeof payload.owner === 'string' ? payload.owner : undefined,
    upsert: payload.upsert === true,
  };
}
