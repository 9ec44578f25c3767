// POST (insert/upsert), PATCH and DELETE on a table: the mutation runs in a CTE and its returned rows
// are shaped by `select=` like a read (PostgREST's mutatePlanToQuery and prepareWrite).
import type { RequestContext } from '../http.ts';
import type { Table } from './catalog.ts';
import { readJsonBody } from './body.ts';
import { ERRORS } from './errors.ts';
import { parseColumns } from './parse-common.ts';
import { parseSelect } from './parse-select.ts';
import { buildReadTree, returnedColumns, tableSource, type ReadNode } from './plan.ts';
import { ALL_ROWS, appliedPreferences, negotiate, parsePrefer, parseQuery, profile, type Preferences } from './request.ts';
import { asCaller, contentRange, GUC_COLUMNS, gucOverrides, send, type RestDeps, type StatementRow } from './respond.ts';
import { bodySql, filterConditions, ident, literal, Params, readSql } from './sql.ts';
import { OBJECT_TYPE } from './read.ts';
import type { Schema } from './schema-cache.ts';

type Kind = 'insert' | 'update' | 'delete';

/** Body columns must exist; an unknown one is PGRST204 after one reload of the cache. */
async function withColumns(deps: RestDeps, schema: Schema, table: Table, columns: string[]): Promise<{ schema: Schema; table: Table }> {
  if (columns.every((c) => table.columns.has(c))) return { schema, table };
  schema = await deps.cache.reload();
  const fresh = schema.tables.get(table.name) ?? table;
  const col = columns.find((c) => !fresh.columns.has(c));
  if (col) throw ERRORS.noColumn(table.name, col);
  return { schema, table: fresh };
}

/** `json_to_recordset` over the body, typed from the catalog; `missing=default` fills absent keys with defaults. */
function bodyRows(table: Table, columns: string[], p: Params, text: string, missingDefault: boolean): string {
  // `{}` or `[{}, {}]`: one row of defaults per object.
  if (columns.length === 0) return `json_array_elements(${p.add(text)}::json) pgrst_body`;
  const typed = columns.map((c) => `${ident(c)} ${table.columns.get(c)!.type}`).join(', ');
  if (!missingDefault) return `json_to_recordset(${p.add(text)}::json) AS pgrst_body(${typed})`;
  const defaults = columns.flatMap((c) => {
    const d = table.columns.get(c)!.default;
    return d ? [`${literal(c)}, ${d}`] : [];
  });
  return `(SELECT jsonb_agg(jsonb_build_object(${defaults.join(', ')}) || pgrst_elem) AS val FROM jsonb_array_elements(${p.add(text)}::jsonb) pgrst_elem) pgrst_defs, jsonb_to_recordset(pgrst_defs.val) AS pgrst_body(${typed})`;
}

const INSERTED = `(coalesce(nullif(current_setting('pgrst.inserted', true), '')::int, 0)`;

function returning(table: Table, root: ReadNode, minimal: boolean): string {
  if (minimal) return 'RETURNING 1';
  const cols = returnedColumns(root);
  const qualified = `"public".${ident(table.name)}`;
  return `RETURNING ${cols === '*' ? `${qualified}.*` : cols.map((c) => `${qualified}.${ident(c)}`).join(', ')}`;
}

export async function mutateTable(ctx: RequestContext, deps: RestDeps, name: string, kind: Kind) {
  const byProfile = profile(ctx.method, ctx.req.headers);
  const media = negotiate(ctx.req.headers.accept);
  const prefs = parsePrefer(ctx.req.headers.prefer);
  const q = parseQuery(ctx.url, ctx.method, undefined);
  const minimal = prefs.return !== 'representation';
  let { schema, table } = await deps.cache.table(name);
  const body = kind === 'delete' ? null : await readJsonBody(ctx);

  let columns: string[] = [];
  if (body) {
    if (q.columns !== null) columns = parseColumns(q.columns, 'columns');
    else if (!body.uniform) throw ERRORS.invalidBody('All object keys must match');
    else columns = body.keys;
    ({ schema, table } = await withColumns(deps, schema, table, columns));
  }

  const root = await buildReadTree(deps.cache, schema, tableSource(table), parseSelect(minimal ? '*' : q.select), q);
  const p = new Params();
  const target = `"public".${ident(table.name)}`;
  let mutation: string;
  let upsert = false;
  if (kind === 'insert') {
    const rows = bodyRows(table, columns, p, body!.rowsText, prefs.missing === 'default');
    const cols = columns.map(ident);
    const conflict = q.onConflict !== null ? parseColumns(q.onConflict, 'on_conflict') : table.pk;
    upsert = prefs.resolution === 'merge-duplicates' && conflict.length > 0;
    let onConflict = '';
    if (prefs.resolution && conflict.length) {
      const set = cols.map((c) => `${c} = EXCLUDED.${c}`).join(', ');
      onConflict = ` ON CONFLICT (${conflict.map(ident).join(', ')}) ${upsert && cols.length ? `DO UPDATE SET ${set} WHERE set_config('pgrst.inserted', ${INSERTED} - 1)::text, true) <> '-1'` : 'DO NOTHING'}`;
    }
    // Counting inserts through a setting tells a merged upsert (200) from one that inserted (201).
    const counted = upsert ? ` WHERE set_config('pgrst.inserted', ${INSERTED} + 1)::text, true) <> '0'` : '';
    mutation = `INSERT INTO ${target}${cols.length ? ` (${cols.join(', ')})` : ''} SELECT ${cols.map((c) => `pgrst_body.${c}`).join(', ')} FROM ${rows}${counted}${onConflict} ${returning(table, root, minimal)}`;
  } else if (kind === 'update') {
    const where = filterConditions(root, p);
    const whereSql = where.length ? ` WHERE ${where.join(' AND ')}` : '';
    if (columns.length === 0) {
      const cols = returnedColumns(root);
      mutation = `SELECT ${minimal ? '1' : cols === '*' ? `${ident(table.name)}.*` : cols.map((c) => `${ident(table.name)}.${ident(c)}`).join(', ')} FROM ${target} WHERE false`;
    } else {
      const set = columns.map((c) => `${ident(c)} = pgrst_body.${ident(c)}`).join(', ');
      const rows = `(SELECT * FROM ${bodyRows(table, columns, p, body!.rowsText, false)} LIMIT 1) pgrst_body`;
      mutation = `UPDATE ${target} SET ${set} FROM ${rows}${whereSql} ${returning(table, root, minimal)}`;
    }
  } else {
    const where = filterConditions(root, p);
    mutation = `DELETE FROM ${target}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ${returning(table, root, minimal)}`;
  }

  const shaped: ReadNode = { ...root, from: `pgrst_source AS ${ident(table.name)}`, range: ALL_ROWS };
  const select = minimal ? 'SELECT * FROM pgrst_source' : readSql(shaped, p, [], { where: false });
  const bodyExpr = minimal ? 'null::text' : bodySql(media.object ? 'object' : 'array', media.stripNulls);
  const inserted = upsert ? `nullif(current_setting('pgrst.inserted', true), '')::int` : 'null::int';
  const sql = `WITH pgrst_source AS (${mutation}) SELECT null::bigint AS total, pg_catalog.count(pgrst_t) AS page, ${bodyExpr} AS body, ${inserted} AS inserted, ${GUC_COLUMNS} FROM (${select}) pgrst_t`;

  const row = await asCaller(ctx, deps, false, async (client) => {
    const r = (await client.query<StatementRow>(sql, p.values)).rows[0];
    // Both checks run inside the transaction so that refusing the result also undoes the change.
    if (media.object && r.page !== 1) throw ERRORS.singular(r.page);
    if (prefs.handling === 'strict' && prefs.maxAffected !== undefined && kind !== 'insert' && r.page > prefs.maxAffected) throw ERRORS.maxAffected(r.page);
    return r;
  });
  respond(ctx, kind, row, prefs, minimal, media.object, byProfile, upsert);
}

function respond(ctx: RequestContext, kind: Kind, row: StatementRow, prefs: Preferences, minimal: boolean, object: boolean, byProfile: boolean, upsert: boolean) {
  const total = prefs.count ? row.page : null;
  const headers: Record<string, string> = { 'content-range': kind === 'update' ? contentRange(0, row.page - 1, total) : contentRange(1, 0, total) };
  if (byProfile) headers['content-profile'] = 'public';
  const applied = appliedPreferences(prefs, kind === 'insert' ? ['resolution', 'return', 'count', 'missing'] : ['return', 'count', 'handling', 'maxAffected']);
  if (applied) headers['preference-applied'] = applied;
  let status = kind === 'insert' ? (upsert && (row.inserted ?? 0) <= 0 ? 200 : 201) : minimal ? 204 : 200;
  status = gucOverrides(row, status, headers);
  send(ctx, status, minimal ? null : (row.body ?? '[]'), headers, object ? OBJECT_TYPE : undefined);
}
