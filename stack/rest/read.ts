// GET/HEAD on a table or view: one statement that returns the page as JSON text, its row count and,
// with `Prefer: count=exact`, the total (PostgREST's prepareRead in Query/Statements.hs).
import type { RequestContext } from '../http.ts';
import { ERRORS } from './errors.ts';
import { parseSelect } from './parse-select.ts';
import { buildReadTree, tableSource } from './plan.ts';
import { negotiate, parsePrefer, parseQuery, profile, appliedPreferences } from './request.ts';
import { asCaller, GUC_COLUMNS, gucOverrides, rangeResult, send, type RestDeps, type StatementRow } from './respond.ts';
import { bodySql, countSql, Params, readSql } from './sql.ts';

export const OBJECT_TYPE = 'application/vnd.pgrst.object+json; charset=utf-8';

export async function readTable(ctx: RequestContext, deps: RestDeps, name: string) {
  const byProfile = profile(ctx.method, ctx.req.headers);
  const media = negotiate(ctx.req.headers.accept);
  const prefs = parsePrefer(ctx.req.headers.prefer);
  const q = parseQuery(ctx.url, ctx.method, ctx.req.headers.range as string | undefined);
  const select = parseSelect(q.select);
  const { schema, table } = await deps.cache.table(name);
  const root = await buildReadTree(deps.cache, schema, tableSource(table), select, q);

  const p = new Params();
  const main = readSql(root, p);
  const total = prefs.count ? `(${countSql(root, p)})` : 'null::bigint';
  const body = ctx.method === 'HEAD' ? 'null::text' : bodySql(media.object ? 'object' : 'array', media.stripNulls);
  const sql = `SELECT ${total} AS total, pg_catalog.count(pgrst_t) AS page, ${body} AS body, ${GUC_COLUMNS} FROM (${main}) pgrst_t`;
  const row = await asCaller(ctx, deps, true, async (client) => (await client.query<StatementRow>(sql, p.values)).rows[0]);

  if (media.object && row.page !== 1) throw ERRORS.singular(row.page);
  const { status, range } = rangeResult(root.range.offset, row.page, row.total);
  const headers: Record<string, string> = { 'content-range': range };
  if (byProfile) headers['content-profile'] = 'public';
  const applied = appliedPreferences(prefs, ['count']);
  if (applied) headers['preference-applied'] = applied;
  const finalStatus = gucOverrides(row, status, headers);
  send(ctx, finalStatus, row.body ?? '', headers, media.object ? OBJECT_TYPE : undefined);
}
