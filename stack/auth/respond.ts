// GoTrue's answers: the 2024-01-01 error shape `{code, message}` (auth-js reads `code` when the response carries
// X-Supabase-Api-Version; see auth-js lib/fetch.ts handleError), JSON bodies and request parsing.
import { HttpError, readJson, sendJson, type RequestContext } from '../http.ts';

export const VERSION_HEADER = { 'x-supabase-api-version': '2024-01-01' };
export const authError = (status: number, code: string, message: string) => new HttpError(status, { code, message }, VERSION_HEADER);
export const reply = (ctx: RequestContext, status: number, body: unknown) => sendJson(ctx.res, status, body, VERSION_HEADER);

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function body(ctx: RequestContext): Promise<Record<string, unknown>> {
  const value = await readJson(ctx.req, 64 * 1024, () => authError(400, 'bad_json', 'Could not parse request body as JSON'));
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw authError(400, 'bad_json', 'Request body must be a JSON object');
  return value as Record<string, unknown>;
}

export const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
export const obj = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/**
 * An email address GoTrue would accept (validateEmail: present, one @, a dot in the domain), and one SMTP can carry
 * (RFC 5321: a local part of at most 64 and an address of at most 254 characters), so no send fails with a 500.
 */
export function requireEmail(value: unknown): string {
  const email = str(value)?.trim();
  if (!email) throw authError(400, 'validation_failed', 'An email address is required');
  if (email.length > 254 || email.split('@')[0].length > 64 || !EMAIL.test(email))
    throw authError(400, 'validation_failed', 'Unable to validate email address: invalid format');
  return email.toLowerCase();
}
