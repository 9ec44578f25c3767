// POST /object/list/:bucket `{prefix, limit, offset, sortBy, search}`: one level of a folder, as
// Storage's `storage.search()` function returns it (migrations/tenant/0063-…search….sql), run as
// the caller's role so only objects its policies show (and folders holding them) are listed.
import type { RequestContext } from '../http.ts';
import { sendJson } from '../http.ts';
import { integer, readJsonBody, string } from './body.ts';
import { requireClaims, type StorageDeps } from './context.ts';
import { ERRORS } from './errors.ts';
import { asRole, iso } from './sql.ts';

const SORT_COLUMNS = ['name', 'updated_at', 'created_at', 'last_accessed_at'];

type SortBy = { column: string; order: 'asc' | 'desc' };

function sortBy(body: Record<string, unknown>): SortBy {
  const v = body.sortBy;
  if (v === undefined) return { column: 'name', order: 'asc' };
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw ERRORS.validation('body/sortBy must be object');
  const { column, order } = v as Record<string, unknown>;
  if (column === undefined) throw ERRORS.validation("body/sortBy must have required property 'column'");
  if (typeof column !== 'string' || !SORT_COLUMNS.includes(column))
    throw ERRORS.validation('body/sortBy/column must be equal to one of the allowed values');
  if (order !== undefined && order !== 'asc' && order !== 'desc')
    throw ERRORS.validation('body/sortBy/order must be equal to one of the allowed values');
  return { column, order: (order as 'asc' | 'desc' | undefined) ?? 'asc' };
}

/**
 * Entries directly below `prefix` whose name (case-insensitively) starts with prefix + search.
 * A name with a `/` after the searched part is a folder: `{name, id: null, …: null}`. Sorted by
 * name, folders and files interleave (a folder sorts as `name/`); by a timestamp, folders come first.
 */
function searchSql(sort: SortBy): string {
  const dir = sort.order === 'desc' ? 'desc' : 'asc';
  const order =
    sort.column === 'name'
      ? `lower(case when is_folder then name || '/' else name end) collate "C" ${dir}`
      : `is_folder desc, case when is_folder then lower(name) end collate "C" ${dir}, ${sort.column} ${dir}`;
  return `
    with matched as (
      select o.name as full_name, o.id, o.updated_at, o.created_at, o.last_accessed_at, o.metadata,
             substr(o.name, char_length($2) + 1) as rel
        from storage.objects o
       where o.bucket_id = $1 and starts_with(lower(o.name), lower($2 || $3))
    ), split as (
      select *, strpos(substr(rel, char_length($3) + 1), '/') as slash from matched
    ), entries as (
      select left(rel, char_length($3) + slash - 1) as name, null::uuid as id, null::timestamptz as updated_at,
             null::timestamptz as created_at, null::timestamptz as last_accessed_at, null::jsonb as metadata, true as is_folder
        from split where slash > 0
       group by 1
      union all
      select rel, id, updated_at, created_at, last_accessed_at, metadata, false
        from split where slash = 0
    )
    select name, id, ${iso('updated_at')} as updated_at, ${iso('created_at')} as created_at,
           ${iso('last_accessed_at')} as last_accessed_at, metadata
      from entries order by ${order} limit $4 offset $5`;
}

export async function listObjects(ctx: RequestContext, deps: StorageDeps, bucket: string): Promise<void> {
  const claims = requireClaims(ctx);
  const body = await readJsonBody(ctx.req);
  let prefix = string(body, 'prefix', true) ?? '';
  const limit = integer(body, 'limit', 1) ?? 100;
  const offset = integer(body, 'offset', 0) ?? 0;
  const search = string(body, 'search') ?? '';
  const sort = sortBy(body);
  // object.ts searchObjects: a prefix is always a folder.
  if (prefix.length > 0 && !prefix.endsWith('/')) prefix = `${prefix}/`;
  const rows = await asRole(
    deps.db,
    claims,
    async (client) => (await client.query(searchSql(sort), [bucket, prefix, search, Math.min(limit, 1500), offset])).rows,
  );
  sendJson(ctx.res, 200, rows);
}
