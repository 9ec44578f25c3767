// Reading objects: downloads, HEAD and info (src/http/routes/object/getObject.ts, getObjectInfo.ts,
// getPublicObject.ts), signed download URLs (getSignedURL.ts, getSignedURLs.ts) and serving them
// (getSignedObject.ts). Lookups run as the caller's role unless the bucket is public.
import type { RequestContext } from '../http.ts';
import { sendJson } from '../http.ts';
import type { Claims } from '../jwt.ts';
import { expiresIn, readJsonBody, stringArray } from './body.ts';
import { requireClaims, type StorageDeps } from './context.ts';
import { ERRORS } from './errors.ts';
import { renderObject } from './render.ts';
import { SUPERUSER, asRole, iso } from './sql.ts';
import { signDownloadToken, verifyObjectToken } from './tokens.ts';

type ObjectRow = {
  id: string;
  name: string;
  version: string | null;
  bucket_id: string;
  metadata: Record<string, unknown> | null;
  user_metadata: Record<string, unknown> | null;
  updated_at: string | null;
  created_at: string | null;
};

const MAX_OBJECTS_PER_REQUEST = 1000; // src/storage/limits.ts

async function findObject(deps: StorageDeps, claims: Claims, bucket: string, key: string): Promise<ObjectRow> {
  const row = await asRole(deps.db, claims, async (client) => {
    const { rows } = await client.query<ObjectRow>(
      `select id, name, version, bucket_id, metadata, user_metadata, ${iso('updated_at')} as updated_at, ${iso('created_at')} as created_at
         from storage.objects where bucket_id = $1 and name = $2 limit 1`,
      [bucket, key],
    );
    return rows[0];
  });
  if (!row) throw ERRORS.noSuchKey();
  return row;
}

async function bucketVisibility(deps: StorageDeps, bucket: string): Promise<{ public: boolean } | null> {
  const { rows } = await deps.db.admin.query<{ public: boolean }>('select coalesce(public, false) as public from storage.buckets where id = $1', [
    bucket,
  ]);
  return rows[0] ?? null;
}

export type ReadMode = {
  /** `authenticated` routes refuse a missing or bad JWT; the plain route lets it through for public buckets. */
  route: 'authenticated' | 'plain' | 'public';
  as: 'bytes' | 'info';
};

/** GET/HEAD `/object/{authenticated/,public/,}:bucket/*`, GET `/object/info/{authenticated/,public/,}:bucket/*`. */
export async function readObject(ctx: RequestContext, deps: StorageDeps, bucket: string, key: string, mode: ReadMode): Promise<void> {
  const claims = mode.route === 'authenticated' ? requireClaims(ctx) : ctx.claims;
  const found = await bucketVisibility(deps, bucket);
  if (!found || (!claims && !found.public) || (mode.route === 'public' && !found.public)) throw ERRORS.noSuchBucket();
  const row = await findObject(deps, found.public || !claims ? SUPERUSER : claims, bucket, key);
  if (mode.as === 'info') return sendInfo(ctx, row);
  await renderObject(ctx.res, deps.store, {
    bucket,
    key,
    metadata: row.metadata,
    download: ctx.url.searchParams.get('download'),
    method: ctx.method,
    range: ctx.req.headers.range,
    ifNoneMatch: ctx.req.headers['if-none-match'],
  });
}

// src/storage/renderer/info.ts
function sendInfo(ctx: RequestContext, row: ObjectRow) {
  const m = row.metadata ?? {};
  const headers: Record<string, string> = {};
  if (typeof m.eTag === 'string') headers.etag = m.eTag;
  if (typeof m.cacheControl === 'string') headers['cache-control'] = m.cacheControl;
  sendJson(
    ctx.res,
    200,
    {
      id: row.id,
      name: row.name,
      version: row.version,
      bucket_id: row.bucket_id,
      size: typeof m.size === 'number' ? m.size : null,
      content_type: typeof m.mimetype === 'string' ? m.mimetype : null,
      cache_control: typeof m.cacheControl === 'string' ? m.cacheControl : null,
      etag: typeof m.eTag === 'string' ? m.eTag : null,
      metadata: row.user_metadata,
      last_modified: row.updated_at,
      created_at: row.created_at,
    },
    headers,
  );
}

/** POST `/object/sign/:bucket/*` `{expiresIn, transform?}` → `{signedURL}`, only for objects the caller can read. */
export async function createSignedUrl(ctx: RequestContext, deps: StorageDeps, bucket: string, key: string): Promise<void> {
  const claims = requireClaims(ctx);
  const body = await readJsonBody(ctx.req);
  const ttl = expiresIn(body);
  await findObject(deps, claims, bucket, key);
  // Image transformations are not emulated: the URL serves the original bytes.
  const token = signDownloadToken(deps.secret, `${bucket}/${key}`, ttl);
  sendJson(ctx.res, 200, { signedURL: `/object/sign/${bucket}/${key}?token=${token}` });
}

/** POST `/object/sign/:bucket` `{expiresIn, paths}` → `[{error, path, signedURL}]` (object.ts signObjectUrls). */
export async function createSignedUrls(ctx: RequestContext, deps: StorageDeps, bucket: string): Promise<void> {
  const claims = requireClaims(ctx);
  const body = await readJsonBody(ctx.req);
  const ttl = expiresIn(body);
  const paths = stringArray(body, 'paths', 1, MAX_OBJECTS_PER_REQUEST);
  const visible = await asRole(deps.db, claims, async (client) => {
    const { rows } = await client.query<{ name: string }>('select name from storage.objects where bucket_id = $1 and name = any($2::text[])', [
      bucket,
      paths,
    ]);
    return new Set(rows.map((r) => r.name));
  });
  sendJson(
    ctx.res,
    200,
    paths.map((path) => {
      if (!visible.has(path)) return { error: 'Either the object does not exist or you do not have access to it', path, signedURL: null };
      const token = signDownloadToken(deps.secret, `${bucket}/${path}`, ttl);
      return { error: null, path, signedURL: `/object/sign/${bucket}/${path}?token=${token}` };
    }),
  );
}

/** GET/HEAD `/object/sign/:bucket/*?token=…[&download=name]`: the token is the only credential. */
export async function serveSignedUrl(ctx: RequestContext, deps: StorageDeps, bucket: string, key: string): Promise<void> {
  const token = ctx.url.searchParams.get('token');
  if (!token) throw ERRORS.validation("querystring must have required property 'token'");
  const payload = verifyObjectToken(deps.secret, token, bucket, key, 'download');
  const row = await findObject(deps, SUPERUSER, bucket, key);
  await renderObject(ctx.res, deps.store, {
    bucket,
    key,
    metadata: row.metadata,
    download: ctx.url.searchParams.get('download'),
    expires: new Date(payload.exp * 1000),
    method: ctx.method,
    range: ctx.req.headers.range,
    ifNoneMatch: ctx.req.headers['if-none-match'],
  });
}
