// The parts of an HTTP request PostgREST reads besides the body: reserved query parameters,
// filters by embed path, ranges, `Prefer` (docs.postgrest.org "Prefer Header"), `Accept` and profiles.
import type { IncomingHttpHeaders } from 'node:http';
import { ERRORS } from './errors.ts';
import { parseFilterKey, parseFilterValue, parseLogic, parseOrder, type Filter, type LogicTree, type OrderTerm } from './parse-filters.ts';

export type Range = { offset: number; limit: number | null };
export const ALL_ROWS: Range = { offset: 0, limit: null };

export type QueryParts = {
  select: string | null;
  columns: string | null;
  onConflict: string | null;
  filters: { path: string[]; filter: Filter }[];
  logic: { path: string[]; tree: LogicTree }[];
  order: { path: string[]; terms: OrderTerm[] }[];
  /** Ranges of embedded resources by path (`books.limit=2` → "books"); the top level is `topRange`. */
  ranges: Map<string, Range>;
  topRange: Range;
  /** Parameters that are function arguments (`GET /rpc/fn?arg=…`). */
  args: [string, string][];
};

const RESERVED = new Set(['select', 'columns', 'on_conflict', 'apikey']);
const EMBEDDABLE = new Set(['order', 'limit', 'offset', 'and', 'or']);

const readInt = (v: string) => (/^-?[0-9]+$/.test(v.trim()) ? Number(v) : undefined);

/** limit/offset as PostgREST combines them; a negative limit is refused (416). */
function toRange(limit: string | undefined, offset: string | undefined): Range {
  const l = limit === undefined ? undefined : readInt(limit);
  const o = Math.max(0, (offset === undefined ? undefined : readInt(offset)) ?? 0);
  if (l !== undefined && l < 0) throw ERRORS.negativeLimit();
  return { offset: o, limit: l ?? null };
}

/** The `Range: 0-9` header (GET only) intersected with limit/offset; `limit=0` always wins. */
function topLevelRange(header: string | undefined, params: Range, explicitZero: boolean): Range {
  if (explicitZero) return { offset: params.offset, limit: 0 };
  const m = header ? /^(?:items=)?([0-9]+)-([0-9]*)$/.exec(header.trim()) : null;
  if (!m) return params;
  const hLower = Number(m[1]);
  const hUpper = m[2] === '' ? Infinity : Number(m[2]);
  if (hLower > hUpper) throw ERRORS.lowerGtUpper();
  const lower = Math.max(hLower, params.offset);
  const upper = Math.min(hUpper, params.limit === null ? Infinity : params.offset + params.limit - 1);
  if (lower > upper) throw ERRORS.lowerGtUpper();
  return { offset: lower, limit: upper === Infinity ? null : upper - lower + 1 };
}

/** Splits the query string into PostgREST's parameter kinds; `isArg` (GET /rpc only) names the function's parameters. */
/** Whether a value parses as `[not.]op.value`; in a GET to /rpc anything else is an argument (PostgREST's NoOpExpr). */
function looksLikeFilter(value: string): boolean {
  try {
    parseFilterValue(value);
    return true;
  } catch {
    return false;
  }
}

export function parseQuery(url: URL, method: string, rangeHeader: string | undefined, isArg?: (key: string) => boolean): QueryParts {
  const rpcRead = isArg !== undefined;
  const parts: QueryParts = {
    select: null,
    columns: null,
    onConflict: null,
    filters: [],
    logic: [],
    order: [],
    ranges: new Map(),
    topRange: ALL_ROWS,
    args: [],
  };
  const limits = new Map<string, { limit?: string; offset?: string }>();
  for (const [key, value] of url.searchParams) {
    if (key === 'select') parts.select = value;
    else if (key === 'columns') parts.columns = value;
    else if (key === 'on_conflict') parts.onConflict = value;
    else if (RESERVED.has(key)) continue;
    else {
      const segments = key.split('.');
      const last = segments[segments.length - 1];
      if (last === 'and' || last === 'or') parts.logic.push(parseLogic(key, value));
      else if (EMBEDDABLE.has(last)) {
        const path = segments.slice(0, -1);
        if (last === 'order') parts.order.push({ path, terms: parseOrder(value) });
        else {
          const entry = limits.get(path.join('.')) ?? {};
          entry[last as 'limit' | 'offset'] = value;
          limits.set(path.join('.'), entry);
        }
      } else if (isArg?.(key) || (rpcRead && !looksLikeFilter(value))) parts.args.push([key, value]);
      else {
        const { path, field } = parseFilterKey(key);
        parts.filters.push({ path, filter: { field, expr: parseFilterValue(value) } });
      }
    }
  }
  for (const [path, { limit, offset }] of limits) if (path !== '') parts.ranges.set(path, toRange(limit, offset));
  const top = limits.get('') ?? {};
  const params = toRange(top.limit, top.offset);
  parts.topRange = topLevelRange(method === 'GET' ? rangeHeader : undefined, params, params.limit === 0);
  return parts;
}

export type Preferences = {
  return?: 'minimal' | 'representation' | 'headers-only';
  count?: 'exact' | 'planned' | 'estimated';
  resolution?: 'merge-duplicates' | 'ignore-duplicates';
  missing?: 'default' | 'null';
  handling?: 'strict' | 'lenient';
  tx?: 'commit' | 'rollback';
  maxAffected?: number;
  invalid: string[];
};

const PREFERENCES: Record<string, string[]> = {
  return: ['minimal', 'representation', 'headers-only'],
  count: ['exact', 'planned', 'estimated'],
  resolution: ['merge-duplicates', 'ignore-duplicates'],
  missing: ['default', 'null'],
  handling: ['strict', 'lenient'],
  tx: ['commit', 'rollback'],
};

export function parsePrefer(header: string | string[] | undefined): Preferences {
  const prefs: Preferences = { invalid: [] };
  const all = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const pref of all) {
    const [name, value = ''] = pref.split('=').map((s) => s.trim());
    if (name === 'max-affected' && /^[0-9]+$/.test(value)) prefs.maxAffected = Number(value);
    else if (name === 'timezone' || name === 'params') continue;
    else if (PREFERENCES[name]?.includes(value)) (prefs as Record<string, unknown>)[name] = value;
    else prefs.invalid.push(pref);
  }
  if (prefs.handling === 'strict' && prefs.invalid.length) throw ERRORS.invalidPreferences(prefs.invalid);
  return prefs;
}

/** The `Preference-Applied` value for the preferences PostgREST reports back. */
export function appliedPreferences(p: Preferences, names: (keyof Preferences)[]): string | undefined {
  const applied = names.flatMap((n) => (p[n] === undefined || n === 'invalid' ? [] : [`${n === 'maxAffected' ? 'max-affected' : n}=${p[n]}`]));
  return applied.length ? applied.join(', ') : undefined;
}

export type Media = { object: boolean; stripNulls: boolean };

/** Content negotiation over the JSON media types supabase-js asks for (array, object, nulls=stripped). */
export function negotiate(accept: string | undefined): Media {
  if (!accept) return { object: false, stripNulls: false };
  const offered = accept
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const entry of offered) {
    const [type, ...params] = entry.split(';').map((s) => s.trim().toLowerCase());
    if (params.includes('q=0')) continue;
    const stripNulls = params.includes('nulls=stripped');
    if (type === 'application/json' || type === '*/*' || type === 'application/*' || type === 'application/vnd.pgrst.array+json')
      return { object: false, stripNulls };
    if (type === 'application/vnd.pgrst.object+json' || type === 'application/vnd.pgrst.object') return { object: true, stripNulls };
  }
  throw ERRORS.mediaType(offered.map((e) => e.split(';')[0].trim()));
}

/** Only `public` is exposed; asking for another schema by profile is 406 PGRST106. */
export function profile(method: string, headers: IncomingHttpHeaders): boolean {
  const name = ['GET', 'HEAD'].includes(method) ? headers['accept-profile'] : headers['content-profile'];
  if (name === undefined) return false;
  if (name !== 'public') throw ERRORS.schema(String(name));
  return true;
}
