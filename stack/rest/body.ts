// Request bodies for inserts, updates and RPC calls: JSON only, at most 1 MiB, validated here so a
// malformed body is PGRST102 rather than a Postgres error (PostgREST's ApiRequest getPayload).
import { readBody, type RequestContext } from '../http.ts';
import { ERRORS } from './errors.ts';

export const BODY_LIMIT = 1024 * 1024;

export type JsonBody = {
  /** The body text as sent (`{}` when an RPC call sent none). */
  text: string;
  /** The body as sent (a single object is wrapped in `[…]`), handed to Postgres unchanged. */
  rowsText: string;
  /** Keys of the first object (PostgREST requires every object to have them when `columns=` is absent). */
  keys: string[];
  uniform: boolean;
  isArray: boolean;
  value: unknown;
};

export async function readJsonBody(ctx: RequestContext, emptyAs: string | null = null): Promise<JsonBody> {
  const type = String(ctx.req.headers['content-type'] ?? 'application/json')
    .split(';')[0]
    .trim()
    .toLowerCase();
  if (type !== 'application/json' && !type.endsWith('+json')) {
    ctx.req.resume();
    throw ERRORS.contentType(type);
  }
  const raw = (await readBody(ctx.req, BODY_LIMIT, () => ERRORS.tooLarge(BODY_LIMIT))).toString('utf8');
  const text = raw.trim() === '' && emptyAs !== null ? emptyAs : raw;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw ERRORS.invalidBody();
  }
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObject(value)) return { text, rowsText: `[${text}]`, keys: Object.keys(value), uniform: true, isArray: false, value };
  if (Array.isArray(value)) {
    if (value.length === 0) return { text, rowsText: '[]', keys: [], uniform: true, isArray: true, value };
    if (!value.every(isObject)) return { text, rowsText: text, keys: [], uniform: false, isArray: true, value };
    const keys = Object.keys(value[0]);
    const same = (o: Record<string, unknown>) => Object.keys(o).length === keys.length && keys.every((k) => k in o);
    return { text, rowsText: text, keys, uniform: value.every(same), isArray: true, value };
  }
  // Anything else is read as no rows, as PostgREST does.
  return { text, rowsText: '[]', keys: [], uniform: true, isArray: true, value };
}
