// POST (insert/upsert), PATCH and DELETE on a table: the mutation runs in a CTE and its returned rows
// are shaped by `select=` like a read (PostgREST's mutatePlanToQuery and prepareWrite).
import type { RequestContext } from '../http.ts';
import type { Table } from './catalog.ts';
import { readJsonBody, type JsonBody } from './body.ts';
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

type Mutation = {
  table: Table;
  root: ReadNode;
  columns: string[];
  body: JsonBody | null;
  prefs: Preferences;
  minimal: boolean;
  onConflict: string | null;
};

/** INSERT … SELECT from the body, with ON CONFLICT for upserts; `upsert` says whether inserts are counted. */
function insertSql(m: Mutation, p: Params): { sql: string; upsert: boolean } {
  const rows = bodyRows(m.table, m.columns, p, m.body!.rowsText, m.prefs.missing === 'default');
  const cols = m.columns.map(ident);
  const conflict = m.onConflict !== null ? parseColumns(m.onConflict, 'on_conflict') : m.table.pk;
  const upsert = m.prefs.resolution === 'merge-duplicates' && conflict.length > 0;
  let onConflict = '';
  if (m.prefs.resolution && conflict.length) {
    const set = cols.map((c) => `${c} = EXCLUDED.${c}`).join(', ');
    const action =
      upsert && cols.length ? `DO UPDATE SET ${set} WHERE set_config('pgrst.inserted', ${INSERTED} - 1)::text, true) <> '-1'` : 'DO NOTHING';
    onConflict = ` ON CONFLICT (${conflict.map(ident).join(', ')}) ${action}`;
  }
  // Counting inserts through a setting tells a merged upsert (200) from one that inserted (201).
  const counted = upsert ? ` WHERE set_config('pgrst.inserted', ${INSERTED} + 1)::text, true) <> '0'` : '';
  const target = `"public".${ident(m.table.name)}${cols.length ? ` (${cols.join(', ')})` : ''}`;
  return {
    sql: `INSERT INTO ${target} SELECT ${cols.map((c) => `pgrst_body.${c}`).join(', ')} FROM ${rows}${counted}${onConflict} ${returning(m.table, m.root, m.minimal)}`,
    upsert,
  };
}

function updateSql(m: Mutation, p: Params): string {
  const target = `"public".${ident(m.table.name)}`;
  const where = filterConditions(m.root, p);
  if (m.columns.length === 0) {
    // Nothing to set: no rows, but the columns select= may name.
    const cols = returnedColumns(m.root);
    const list = m.minimal ? '1' : cols === '*' ? `${ident(m.table.name)}.*` : cols.map((c) => `${ident(m.table.name)}.${ident(c)}`).join(', ');
    return `SELECT ${list} FROM ${target} WHERE false`;
  }
  const set = m.columns.map((c) => `${ident(c)} = pgrst_body.${ident(c)}`).join(', ');
  const rows = `(SELECT * FROM ${bodyRows(m.table, m.columns, p, m.body!.rowsText, false)} LIMIT 1) pgrst_body`;
  return `UPDATE ${target} SET ${set} FROM ${rows}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ${returning(m.table, m.root, m.minimal)}`;
}

function deleteSql(m: Mutation, p: Params): string {
  const where = filterConditions(m.root, p);
  return `DELETE FROM "public".${ident(m.table.name)}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ${returning(m.table, m.root, m.minimal)}`;
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
  const m: Mutation = { table, root, columns, body, prefs, minimal, onConflict: q.onConflict };
  const p = new Params();
  const { sql: mutation, upsert } =
    kind === 'insert' ? insertSql(m, p) : { sql: kind === 'update' ? updateSql(m, p) : deleteSql(m, p), upsert: false };

  // The returned rows are read back from the CTE like a table, so select= may embed.
  const shaped: ReadNode = { ...root, from: `pgrst_source AS ${ident(table.name)}`, range: ALL_ROWS };
  const select = minimal ? 'SELECT * FROM pgrst_source' : readSql(shaped, p, [], { where: false });
  const bodyExpr = minimal ? 'null::text' : bodySql(media.object ? 'object' : 'array', media.stripNulls);
  const inserted = upsert ? `nullif(current_setting('pgrst.inserted', true), '')::int` : 'null::int';
  const sql = `WITH pgrst_source AS (${mutation}) SELECT null::bigint AS total, pg_catalog.count(pgrst_t) AS page, ${bodyExpr} AS body, ${inserted} AS inserted, ${GUC_COLUMNS} FROM (${select}) pgrst_t`;

  const row = await asCaller(ctx, deps, false, async (client) => {
    const r = (await client.query<StatementRow>(sql, p.values)).rows[0];
    // Both checks run inside the transaction so that refusing the result also undoes the change.
    if (media.object && r.page !== 1) throw ERRORS.singular(r.page);
    if (prefs.handling === 'strict' && prefs.maxAffected !== undefined && kind !== 'insert' && r.page > prefs.maxAffected)
      throw ERRORS.maxAffected(r.page);
    return r;
  });
  respond(ctx, kind, row, prefs, minimal, media.object, byProfile, upsert);
}

function respond(
  ctx: RequestContext,
  kind: Kind,
  row: StatementRow,
  prefs: Preferences,
  minimal: boolean,
  object: boolean,
  byProfile: boolean,
  upsert: boolean,
) {
  const total = prefs.count ? row.page : null;
  const headers: Record<string, string> = { 'content-range': kind === 'update' ? contentRange(0, row.page - 1, total) : contentRange(1, 0, total) };
  if (byProfile) headers['content-profile'] = 'public';
  const applied = appliedPreferences(
    prefs,
    kind === 'insert' ? ['resolution', 'return', 'count', 'missing'] : ['return', 'count', 'handling', 'maxAffected'],
  );
  if (applied) headers['preference-applied'] = applied;
  let status = kind === 'insert' ? (upsert && (row.inserted ?? 0) <= 0 ? 200 : 201) : minimal ? 204 : 200;
  status = gucOverrides(row, status, headers);
  send(ctx, status, minimal ? null : (row.body ?? '[]'), headers, object ? OBJECT_TYPE : undefined);
}
