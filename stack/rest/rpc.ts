// `/rpc/<fn>`: POST with named JSON arguments, GET/HEAD with query-string arguments (read-only),
// scalar, set-returning and table-returning functions (PostgREST's callPlanToQuery / prepareCall).
import type { RequestContext } from '../http.ts';
import type { Routine, RoutineParam } from './catalog.ts';
import { readJsonBody, type JsonBody } from './body.ts';
import { ERRORS, RestError } from './errors.ts';
import { parseSelect } from './parse-select.ts';
import { buildReadTree, type RootSource } from './plan.ts';
import { appliedPreferences, negotiate, parsePrefer, parseQuery, profile } from './request.ts';
import { asCaller, GUC_COLUMNS, gucOverrides, rangeResult, send, type RestDeps, type StatementRow } from './respond.ts';
import { closest } from './schema-cache.ts';
import { bodySql, countSql, ident, Params, readSql, type BodyShape } from './sql.ts';
import { OBJECT_TYPE } from './read.ts';

const JSON_TYPES = new Set(['json', 'jsonb']);
const singleJsonParam = (r: Routine) => r.params.length === 1 && r.params[0].name === '' && JSON_TYPES.has(r.params[0].type);

/** Picks the overload whose parameter names fit the given argument names (PostgREST's findProc). */
function pick(name: string, routines: Routine[], keys: string[], post: boolean, all: Iterable<string>): Routine {
  const given = new Set(keys);
  const byName = routines.filter((r) => {
    const names = new Set(r.params.map((p) => p.name));
    return !singleJsonParam(r) && keys.every((k) => names.has(k)) && r.params.every((p) => p.hasDefault || given.has(p.name));
  });
  // A function taking one unnamed json argument receives the whole body when no overload matches by name.
  const candidates = byName.length ? byName : routines.filter((r) => post && singleJsonParam(r));
  if (candidates.length === 1) return candidates[0];
  if (candidates.length > 1) throw ERRORS.ambiguousFunction(candidates.map((r) => r.signature));
  const suggestion = routines.length ? null : closest(name, all);
  throw ERRORS.noFunction(name, keys, post, suggestion ? `Perhaps you meant to call the function public.${suggestion}` : null);
}

/** The call `"public"."fn"(…)` and, for JSON arguments, the `json_to_record(…)` row they are read from. */
function callOf(routine: Routine, p: Params, body: JsonBody | null, args: [string, string][]): { call: string; argsFrom: string | null } {
  const fn = `"public".${ident(routine.name)}`;
  if (body && singleJsonParam(routine)) return { call: `${fn}(${p.add(body.text)}::${routine.params[0].type})`, argsFrom: null };
  const named = (prm: RoutineParam, value: string) => `${prm.variadic ? 'VARIADIC ' : ''}${ident(prm.name)} := ${value}`;
  if (body) {
    const used = routine.params.filter((prm) => body.keys.includes(prm.name));
    if (!used.length) return { call: `${fn}()`, argsFrom: null };
    const typed = used.map((prm) => `${ident(prm.name)} ${prm.type}`).join(', ');
    return {
      call: `${fn}(${used.map((prm) => named(prm, `pgrst_args.${ident(prm.name)}`)).join(', ')})`,
      argsFrom: `json_to_record(${p.add(body.text)}::json) AS pgrst_args(${typed})`,
    };
  }
  const values = new Map(args);
  const used = routine.params.filter((prm) => values.has(prm.name));
  return { call: `${fn}(${used.map((prm) => named(prm, `${p.add(values.get(prm.name))}::${prm.type}`)).join(', ')})`, argsFrom: null };
}

export async function callRoutine(ctx: RequestContext, deps: RestDeps, name: string) {
  const post = ctx.method === 'POST';
  if (!post && ctx.method !== 'GET' && ctx.method !== 'HEAD') throw ERRORS.invalidRpcMethod(ctx.method);
  const byProfile = profile(ctx.method, ctx.req.headers);
  const media = negotiate(ctx.req.headers.accept);
  const prefs = parsePrefer(ctx.req.headers.prefer);
  let { schema, routines } = await deps.cache.routines(name);
  const paramNames = new Set(routines.flatMap((r) => r.params.map((prm) => prm.name)));
  const q = parseQuery(ctx.url, ctx.method, ctx.req.headers.range as string | undefined, post ? undefined : (k) => paramNames.has(k));
  const body = post ? await readJsonBody(ctx, '{}') : null;
  if (body?.isArray) throw ERRORS.notImplemented('Calling a function with a JSON array body is not supported by the local stack');
  const keys = body ? body.keys : q.args.map(([k]) => k);
  let routine: Routine;
  try {
    routine = pick(name, routines, keys, post, schema.routines.keys());
  } catch (e) {
    if (!routines.length || !(e instanceof RestError)) throw e;
    // The function may have just been replaced: look again once before giving up.
    schema = await deps.cache.reload();
    routines = schema.routines.get(name) ?? [];
    routine = pick(name, routines, keys, post, schema.routines.keys());
  }

  const p = new Params();
  const { call, argsFrom } = callOf(routine, p, body, q.args);
  let source: string;
  let main: string;
  let shape: BodyShape;
  let total = 'null::bigint';
  let offset = 0;
  if (routine.returns === 'composite') {
    source = `SELECT pgrst_row.* FROM ${argsFrom ? `${argsFrom} CROSS JOIN LATERAL ` : ''}${call} AS pgrst_row`;
    const table = routine.returnTable ? (schema.tables.get(routine.returnTable) ?? null) : null;
    const root: RootSource = { name: routine.returnTable, table, from: `pgrst_call AS ${ident(routine.name)}`, alias: ident(routine.name) };
    const tree = await buildReadTree(deps.cache, schema, root, parseSelect(q.select), q);
    main = readSql(tree, p);
    if (prefs.count) total = `(${countSql(tree, p)})`;
    offset = tree.range.offset;
    shape = media.object || !routine.setOf ? 'object' : 'array';
  } else {
    source = `SELECT ${call} AS pgrst_scalar${argsFrom ? ` FROM ${argsFrom}` : ''}`;
    main = 'SELECT pgrst_scalar FROM pgrst_call';
    if (prefs.count) total = '(SELECT pg_catalog.count(*) FROM pgrst_call)';
    shape = routine.setOf ? 'scalars' : 'scalar';
  }
  const bodyExpr = ctx.method === 'HEAD' || routine.returns === 'void' ? 'null::text' : bodySql(shape, media.stripNulls);
  // MATERIALIZED: the function runs once even when the count reads its rows again.
  const sql = `WITH pgrst_call AS MATERIALIZED (${source}) SELECT ${total} AS total, pg_catalog.count(pgrst_t) AS page, ${bodyExpr} AS body, ${GUC_COLUMNS} FROM (${main}) pgrst_t`;

  const row = await asCaller(ctx, deps, !post, async (client) => {
    const r = (await client.query<StatementRow>(sql, p.values)).rows[0];
    if (media.object && routine.returns === 'composite' && routine.setOf && r.page !== 1) throw ERRORS.singular(r.page);
    return r;
  });
  const headers: Record<string, string> = {};
  if (byProfile) headers['content-profile'] = 'public';
  const applied = appliedPreferences(prefs, ['count']);
  if (applied) headers['preference-applied'] = applied;
  if (routine.returns === 'void') return send(ctx, gucOverrides(row, 204, headers), null, headers);
  const single = !routine.setOf;
  const { status, range } = rangeResult(offset, single ? 1 : row.page, row.total === null ? null : single ? 1 : row.total);
  headers['content-range'] = range;
  send(ctx, gucOverrides(row, status, headers), row.body ?? 'null', headers, media.object ? OBJECT_TYPE : undefined);
}
