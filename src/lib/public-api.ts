// The public pages' calls (job board, job page, apply form) as small fetches to the same REST and Functions endpoints,
// always with the anon key: supabase-js would add ~28 KB gzip to those pages (see docs/decisions.md).
import { supabaseAnonKey, supabaseUrl } from './supabase-config.ts';

/** PostgREST's error body, the shape errors.ts's fromPostgrestError reads. */
export type RestError = { code?: string; message?: string; details?: string | null; hint?: string | null };

const anonHeaders = () => ({ apikey: supabaseAnonKey, authorization: `Bearer ${supabaseAnonKey}` });

/** A failure before any answer (offline, DNS, CORS) in PostgREST's shape, so fromPostgrestError says "network". */
const noAnswer = (e: unknown): RestError => ({ code: '', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });

async function restError(res: Response): Promise<RestError> {
  const body = (await res.json().catch(() => null)) as RestError | null;
  return body && typeof body === 'object' ? body : { code: `HTTP${res.status}`, message: res.statusText };
}

/** GET /rest/v1/<table>?<query>; `select` may be written with spaces and newlines, as in supabase-js. */
export async function restSelect<Row>(table: string, query: Record<string, string>): Promise<{ data: Row[] | null; error: RestError | null }> {
  const params = new URLSearchParams({ ...query, ...(query.select ? { select: query.select.replace(/\s+/g, '') } : {}) });
  try {
    const res = await fetch(`${supabaseUrl}/rest/v1/${table}?${params}`, { headers: { ...anonHeaders(), accept: 'application/json' } });
    if (!res.ok) return { data: null, error: await restError(res) };
    return { data: (await res.json()) as Row[], error: null };
  } catch (e) {
    return { data: null, error: noAnswer(e) };
  }
}

/** POST /rest/v1/<table> with return=minimal: the anon role may insert rows it may not read back. */
export async function restInsert(table: string, row: Record<string, unknown>): Promise<{ error: RestError | null }> {
  try {
    const res = await fetch(`${supabaseUrl}/rest/v1/${table}`, {
      method: 'POST',
      headers: { ...anonHeaders(), 'content-type': 'application/json', prefer: 'return=minimal' },
      body: JSON.stringify(row),
    });
    if (res.ok) {
      await res.body?.cancel();
      return { error: null };
    }
    return { error: await restError(res) };
  } catch (e) {
    return { error: noAnswer(e) };
  }
}

/** A function's non-2xx answer, named as supabase-js names it so errors.ts's fromFunctionError reads both alike. */
export class FunctionsHttpError extends Error {
  override readonly name = 'FunctionsHttpError';
  constructor(readonly context: Response) {
    super(`Edge function answered ${context.status}`);
  }
}

/** POST /functions/v1/<name> with a JSON body; a request that got no answer rejects with fetch's TypeError. */
export async function invokeFunction<T>(name: string, body: unknown): Promise<T> {
  const res = await fetch(`${supabaseUrl}/functions/v1/${name}`, {
    method: 'POST',
    headers: { ...anonHeaders(), 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new FunctionsHttpError(res);
  return (await res.json()) as T;
}

/**
 * Has the browser preflight `path` now (an OPTIONS fetch with the headers the later call sends), so that the call
 * itself, when the candidate is waiting, is one round trip: the answer's max-age keeps the preflight cached.
 */
export function preflightNow(path: string, extraHeaders: Record<string, string> = {}): void {
  fetch(`${supabaseUrl}${path}`, { method: 'OPTIONS', headers: { ...anonHeaders(), 'content-type': 'application/json', ...extraHeaders } }).then(
    (res) => res.body?.cancel(),
    () => undefined, // Only an optimisation: the real call preflights by itself if this did not get through.
  );
}
