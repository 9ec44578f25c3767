// What every storage route gets: the service's dependencies and the caller's verified JWT.
import type { RequestContext } from '../http.ts';
import type { Claims } from '../jwt.ts';
import { ERRORS, joseMessage } from './errors.ts';
import type { UploadDeps } from './upload.ts';

export type StorageDeps = UploadDeps & { secret: string };

/**
 * The caller's claims on routes behind Storage's JWT plugin (src/http/plugins/jwt.ts): a missing,
 * expired or forged token is AccessDenied (statusCode 403, sent as HTTP 400).
 */
export function requireClaims(ctx: RequestContext): Claims {
  if (!ctx.claims) throw ERRORS.accessDenied(joseMessage(ctx.token));
  return ctx.claims;
}

/** Storage's `request.owner`: the JWT's subject, when it has one. */
export const ownerOf = (claims: Claims | null): string | undefined => (typeof claims?.sub === 'string' && claims.sub ? claims.sub : undefined);
