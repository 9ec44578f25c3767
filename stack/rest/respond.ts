// Running one request's statement as the caller's role, and PostgREST's response headers:
// Content-Range and the 200/206/416 range status (src/PostgREST/RangeQuery.hs), Preference-Applied.
import type pg from 'pg';
import { DbUnavailable, type Db } from '../db.ts';
import { CORS_HEADERS, type RequestContext } from '../http.ts';
import { ERRORS, fromOutage, fromPgError, isPgError } from './errors.ts';
import type { SchemaCache } from './schema-cache.ts';

export type RestDeps = { db: Db; cache: SchemaCache; log: (line: string) => void };

export type StatementRow = {
  total: number | null;
  page: number;
  body: string | null;
  inserted?: number | null;
  status?: string | null;
  headers?: string | null;
};

/** The response status and headers a function may set through the `response.status` / `response.headers` GUCs. */
export const GUC_COLUMNS = `nullif(current_setting('response.status', true), '') AS status, nullif(current_setting('response.headers', true), '') AS headers`;

/** Runs `fn` in one transaction as the request's role, with PostgREST's request.* settings; maps Postgres errors. */
export async function asCaller<T>(ctx: RequestContext, deps: RestDeps, readOnly: boolean, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const role = String(ctx.claims?.role ?? 'anon');
  const claims = ctx.claims ?? { role: 'anon' };
  const { cookie: _cookie, ...headers } = ctx.req.headers;
  const settings: Record<string, string> = {
    'request.method': ctx.method,
    // What PostgREST sees behind Kong: the path below /rest/v1.
    'request.path': ctx.path,
    'request.headers': JSON.stringify(headers),
  };
  if (readOnly) settings.transaction_read_only = 'on';
  try {
    return await deps.db.asClaims(claims, fn, settings);
  } catch (e) {
    // Said once per outage by the schema cache listener, not once per request.
    if (e instanceof DbUnavailable) throw fromOutage(e);
    if (!isPgError(e)) throw e;
    // A relation or function gone from under the cache: forget it, so the next request sees the change.
    if (e.code === '42P01' || (e.code === '42883' && e.message.startsWith('function'))) deps.cache.invalidate();
    const err = fromPgError(e, role !== 'anon');
    if (err.status >= 500) deps.log(`rest: ${ctx.method} ${ctx.url.pathname}: ${e.code} ${e.message}`);
    throw err;
  }
}

export function contentRange(lower: number, upper: number, total: number | null): string {
  const range = total !== 0 && lower <= upper ? `${lower}-${upper}` : '*';
  return `${range}/${total ?? '*'}`;
}

/** Status and Content-Range of a read: 206 when an exact count shows rows left out, 416 past the end. */
export function rangeResult(offset: number, page: number, total: number | null): { status: number; range: string } {
  const upper = offset + page - 1;
  const range = contentRange(offset, upper, total);
  if (total === null) return { status: 200, range };
  if (offset > total) throw ERRORS.outOfBounds(offset, total);
  return { status: page < total ? 206 : 200, range };
}

/** Applies `response.status` / `response.headers` set by the SQL (PostgREST "Response Headers/Status"). */
export function gucOverrides(row: StatementRow, status: number, headers: Record<string, string>): number {
  if (row.headers) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(row.headers);
    } catch {
      throw ERRORS.gucHeaders();
    }
    if (!Array.isArray(parsed)) throw ERRORS.gucHeaders();
    for (const h of parsed) {
      const entries = h && typeof h === 'object' ? Object.entries(h as Record<string, unknown>) : [];
      if (entries.length !== 1 || typeof entries[0][1] !== 'string') throw ERRORS.gucHeaders();
      headers[entries[0][0].toLowerCase()] = entries[0][1] as string;
    }
  }
  if (!row.status) return status;
  const s = Number(row.status);
  if (!Number.isInteger(s) || s < 100 || s > 599) throw ERRORS.gucStatus();
  return s;
}

/** Sends a response; `body` null means none (204s, HEAD, return=minimal). */
export function send(
  ctx: RequestContext,
  status: number,
  body: string | null,
  headers: Record<string, string>,
  contentType = 'application/json; charset=utf-8',
) {
  const out: Record<string, string | number> = { ...CORS_HEADERS, ...headers };
  if (body !== null) {
    out['content-type'] = contentType;
    out['content-length'] = Buffer.byteLength(body);
  }
  ctx.res.writeHead(status, out);
  ctx.res.end(ctx.method === 'HEAD' ? undefined : (body ?? undefined));
}
