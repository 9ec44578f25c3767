// Bucket admin (src/http/routes/bucket/*, src/storage/storage.ts): list, get, create, update and
// delete-when-empty, each run as the caller's role so storage.buckets' RLS decides (on Supabase
// only the service role, which bypasses it, manages buckets unless policies say otherwise).
import type { RequestContext } from '../http.ts';
import { sendJson } from '../http.ts';
import { readJsonBody, string } from './body.ts';
import { ownerOf, requireClaims, type StorageDeps } from './context.ts';
import { ERRORS, StorageError } from './errors.ts';
import { isValidBucketName } from './keys.ts';
import { asRole, iso, isUuid } from './sql.ts';

// `owner` is a plain string in src/storage/schemas/bucket.ts, so fast-json-stringify sends a missing owner as "".
const bucketRow = (type: string) => `id, name, coalesce(owner::text, '') as owner, public, ${type} file_size_limit, allowed_mime_types,
  ${iso('created_at')} as created_at, ${iso('updated_at')} as updated_at`;
// GET /bucket lists `type` too, GET /bucket/:id does not (routes/bucket/getAllBuckets.ts and getBucket.ts column lists).
const BUCKET_ROW = bucketRow('');
const BUCKET_LIST_ROW = bucketRow(`'STANDARD' as type,`);

// storage.ts validateMimeType for a bucket's allow-list entries.
const MIME_ENTRY = /^([a-zA-Z0-9\-+.]+)\/([a-zA-Z0-9\-+.]+)(;\s*charset=[a-zA-Z0-9-]+)?$|\*$/;

// limits.ts parseFileSizeToBytes: decimal units, three significant digits.
function parseFileSizeLimit(value: unknown, projectLimit: number): number | null | undefined {
  if (value === undefined || value === null) return value as null | undefined;
  let bytes: number;
  if (typeof value === 'number') bytes = value;
  else if (typeof value === 'string') {
    const m = /(^[0-9]+(?:\.[0-9]+)?)(gb|mb|kb|b)$/i.exec(value);
    if (!m) throw ERRORS.invalidFileSizeLimit();
    const units: Record<string, number> = { gb: 1e9, mb: 1e6, kb: 1e3, b: 1 };
    bytes = +parseFloat(m[1]).toPrecision(3) * units[m[2].toLowerCase()];
  } else throw ERRORS.validation('body/file_size_limit must be integer,string,null');
  if (!Number.isFinite(bytes) || bytes < 0) throw ERRORS.invalidFileSizeLimit();
  if (bytes > projectLimit) throw ERRORS.entityTooLarge();
  return Math.floor(bytes);
}

function mimeTypes(value: unknown): string[] | null | undefined {
  if (value === undefined || value === null) return value as null | undefined;
  if (!Array.isArray(value) || value.some((t) => typeof t !== 'string')) throw ERRORS.validation('body/allowed_mime_types must be array');
  const types = (value as string[]).filter((t) => t);
  for (const t of types) if (t.length > 1000 || !MIME_ENTRY.test(t)) throw ERRORS.invalidMimeType(t);
  return types;
}

function bucketSettings(body: Record<string, unknown>, deps: StorageDeps) {
  const isPublic = body.public;
  if (isPublic !== undefined && typeof isPublic !== 'boolean') throw ERRORS.validation('body/public must be boolean');
  return {
    public: isPublic as boolean | undefined,
    fileSizeLimit: parseFileSizeLimit(body.file_size_limit, deps.projectLimit),
    allowedMimeTypes: mimeTypes(body.allowed_mime_types),
  };
}

export async function listBuckets(ctx: RequestContext, deps: StorageDeps): Promise<void> {
  const claims = requireClaims(ctx);
  const q = ctx.url.searchParams;
  const sortColumn = q.get('sortColumn');
  if (sortColumn && !['id', 'name', 'created_at', 'updated_at'].includes(sortColumn))
    throw ERRORS.validation('querystring/sortColumn must be equal to one of the allowed values');
  const order = q.get('sortOrder')?.toLowerCase() === 'desc' ? 'desc' : 'asc';
  const limit = q.has('limit') ? Number(q.get('limit')) : null;
  const offset = q.has('offset') ? Number(q.get('offset')) : null;
  if ((limit !== null && !(Number.isInteger(limit) && limit >= 1)) || (offset !== null && !(Number.isInteger(offset) && offset >= 0))) {
    throw ERRORS.validation('querystring/limit and offset must be non-negative integers');
  }
  const search = q.get('search') ?? '';
  const rows = await asRole(
    deps.db,
    claims,
    async (client) =>
      (
        await client.query(
          `select ${BUCKET_LIST_ROW} from storage.buckets where ($1 = '' or name ilike '%' || replace(replace(replace($1, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%')
          ${sortColumn ? `order by ${sortColumn} ${order}` : ''} limit $2 offset $3`,
          [search, limit, offset ?? 0],
        )
      ).rows,
  );
  sendJson(ctx.res, 200, rows);
}

export async function getBucket(ctx: RequestContext, deps: StorageDeps, id: string): Promise<void> {
  const claims = requireClaims(ctx);
  const row = await asRole(
    deps.db,
    claims,
    async (client) => (await client.query(`select ${BUCKET_ROW} from storage.buckets where id = $1`, [id])).rows[0],
  );
  if (!row) throw ERRORS.noSuchBucket();
  sendJson(ctx.res, 200, row);
}

/** POST /bucket `{id?, name, public, file_size_limit, allowed_mime_types}` → `{name}`. */
export async function createBucket(ctx: RequestContext, deps: StorageDeps): Promise<void> {
  const claims = requireClaims(ctx);
  const body = await readJsonBody(ctx.req);
  const name = string(body, 'name', true)!;
  const id = string(body, 'id') || name;
  if (name.trim() !== name || !isValidBucketName(name) || !isValidBucketName(id)) throw ERRORS.invalidBucketName();
  const s = bucketSettings(body, deps);
  const owner = ownerOf(claims);
  try {
    await asRole(deps.db, claims, (client) =>
      client.query(
        `insert into storage.buckets (id, name, owner, owner_id, public, file_size_limit, allowed_mime_types) values ($1, $2, $3, $4, $5, $6, $7)`,
        [id, name, isUuid(owner) ? owner : null, owner ?? null, s.public ?? false, s.fileSizeLimit ?? null, s.allowedMimeTypes ?? null],
      ),
    );
  } catch (e) {
    if (e instanceof StorageError && e.code === 'ResourceAlreadyExists') throw ERRORS.bucketAlreadyExists();
    throw e;
  }
  sendJson(ctx.res, 200, { name });
}

/** PUT /bucket/:id: only the settings given change. */
export async function updateBucket(ctx: RequestContext, deps: StorageDeps, id: string): Promise<void> {
  const claims = requireClaims(ctx);
  const s = bucketSettings(await readJsonBody(ctx.req), deps);
  const updated = await asRole(
    deps.db,
    claims,
    async (client) =>
      (
        await client.query(
          `update storage.buckets set public = coalesce($2, public),
           file_size_limit = case when $3 then $4 else file_size_limit end,
           allowed_mime_types = case when $5 then $6 else allowed_mime_types end, updated_at = now()
         where id = $1`,
          [
            id,
            s.public ?? null,
            s.fileSizeLimit !== undefined,
            s.fileSizeLimit ?? null,
            s.allowedMimeTypes !== undefined,
            s.allowedMimeTypes ?? null,
          ],
        )
      ).rowCount,
  );
  if (!updated) throw ERRORS.noSuchBucket();
  sendJson(ctx.res, 200, { message: 'Successfully updated' });
}

/** DELETE /bucket/:id, refused while it holds objects (storage.ts deleteBucket). */
export async function deleteBucket(ctx: RequestContext, deps: StorageDeps, id: string): Promise<void> {
  const claims = requireClaims(ctx);
  const found = await deps.db.admin.query('select 1 from storage.buckets where id = $1', [id]);
  if (!found.rowCount) throw ERRORS.noSuchBucket();
  const objects = await deps.db.admin.query('select 1 from storage.objects where bucket_id = $1 limit 1', [id]);
  if (objects.rowCount) throw new StorageError(409, 'ResourceNotEmpty', 'ResourceNotEmpty', 'The bucket you tried to delete is not empty');
  const deleted = await asRole(deps.db, claims, async (client) => (await client.query('delete from storage.buckets where id = $1', [id])).rowCount);
  if (!deleted) throw ERRORS.noSuchBucket();
  sendJson(ctx.res, 200, { message: 'Successfully deleted' });
}
