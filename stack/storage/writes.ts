// Writing objects: uploads (src/http/routes/object/createObject.ts, updateObject.ts), signed upload
// URLs (getSignedUploadURL.ts, uploadSignedObject.ts) and deletes (deleteObject.ts, deleteObjects.ts).
import type { RequestContext } from '../http.ts';
import { sendJson } from '../http.ts';
import { readJsonBody, stringArray } from './body.ts';
import { ownerOf, requireClaims, type StorageDeps } from './context.ts';
import { ERRORS } from './errors.ts';
import { OBJECT_JSON, SUPERUSER, asRole, isUuid, testPermission } from './sql.ts';
import { signUploadToken, verifyObjectToken } from './tokens.ts';
import { uploadObject } from './upload.ts';

const MAX_OBJECTS_PER_REQUEST = 1000; // src/storage/limits.ts

/** POST (x-upsert decides) or PUT (always upsert) `/object/:bucket/*` as the caller → `{Id, Key}`. */
export async function upload(ctx: RequestContext, deps: StorageDeps, bucket: string, key: string): Promise<void> {
  const claims = requireClaims(ctx);
  const upsert = ctx.method === 'PUT' || ctx.req.headers['x-upsert'] === 'true';
  const { id, key: path } = await uploadObject(deps, ctx.req, { bucket, key, claims, owner: ownerOf(claims), upsert });
  sendJson(ctx.res, 200, { Id: id, Key: path });
}

/**
 * POST `/object/upload/sign/:bucket/*` → `{url, token}`: only when the caller's role could insert
 * (or, with x-upsert, upsert) that row right now, checked in a rolled-back transaction.
 */
export async function createSignedUploadUrl(ctx: RequestContext, deps: StorageDeps, bucket: string, key: string): Promise<void> {
  const claims = requireClaims(ctx);
  const owner = ownerOf(claims);
  const upsert = ctx.req.headers['x-upsert'] === 'true';
  const length = Number(ctx.req.headers['content-length']);
  const metadata = { mimetype: ctx.req.headers['content-type'], contentLength: Number.isFinite(length) ? length : undefined };
  await readJsonBody(ctx.req); // supabase-js sends `{}`; nothing in it is used
  await testPermission(deps.db, claims, async (client) => {
    const params = [bucket, key, isUuid(owner) ? owner : null, owner ?? null, JSON.stringify(metadata)];
    const insert = `insert into storage.objects (bucket_id, name, owner, owner_id, metadata, version) values ($1, $2, $3, $4, $5::jsonb, '1')`;
    try {
      await client.query(
        upsert ? `${insert} on conflict (bucket_id, name) do update set metadata = excluded.metadata, version = excluded.version` : insert,
        params,
      );
    } catch (e) {
      if ((e as { code?: string }).code === '23505') throw ERRORS.keyAlreadyExists();
      throw e;
    }
  });
  const token = signUploadToken(deps.secret, `${bucket}/${key}`, owner, upsert);
  sendJson(ctx.res, 200, { url: `/object/upload/sign/${bucket}/${key}?token=${token}`, token });
}

/** PUT (and POST) `/object/upload/sign/:bucket/*?token=…`: the token decides path, owner and upsert → `{Key}`. */
export async function uploadToSignedUrl(ctx: RequestContext, deps: StorageDeps, bucket: string, key: string): Promise<void> {
  const token = ctx.url.searchParams.get('token');
  if (!token) throw ERRORS.validation("querystring must have required property 'token'");
  const grant = verifyObjectToken(deps.secret, token, bucket, key, 'upload');
  const { key: path } = await uploadObject(deps, ctx.req, { bucket, key, claims: SUPERUSER, owner: grant.owner, upsert: grant.upsert });
  sendJson(ctx.res, 200, { Key: path });
}

/**
 * DELETE `/object/:bucket/*` → `{message}`. As object.ts deleteObject: NoSuchKey when there is no such
 * object at all, AccessDenied when the caller's policies keep it. Bytes go after the row commits.
 */
export async function deleteObject(ctx: RequestContext, deps: StorageDeps, bucket: string, key: string): Promise<void> {
  const claims = requireClaims(ctx);
  await deps.locks.run([`${bucket}/${key}`], async () => {
    const exists = await deps.db.admin.query('select 1 from storage.objects where bucket_id = $1 and name = $2', [bucket, key]);
    if (!exists.rowCount) throw ERRORS.noSuchKey();
    const deleted = await asRole(
      deps.db,
      claims,
      async (client) => (await client.query('delete from storage.objects where bucket_id = $1 and name = $2 returning id', [bucket, key])).rowCount,
    );
    if (!deleted) throw ERRORS.accessDenied('Access denied');
    await deps.store.remove(bucket, [key]);
  });
  sendJson(ctx.res, 200, { message: 'Successfully deleted' });
}

/** DELETE `/object/:bucket` `{prefixes}` → the rows the caller's policies let it delete (deleteObjects). */
export async function deleteObjects(ctx: RequestContext, deps: StorageDeps, bucket: string): Promise<void> {
  const claims = requireClaims(ctx);
  const prefixes = stringArray(await readJsonBody(ctx.req), 'prefixes', 1, MAX_OBJECTS_PER_REQUEST);
  const rows = await deps.locks.run(
    prefixes.map((p) => `${bucket}/${p}`),
    async () => {
      const deleted = await asRole(deps.db, claims, async (client) => {
        const { rows } = await client.query<{ name: string }>(
          `delete from storage.objects where bucket_id = $1 and name = any($2::text[]) returning ${OBJECT_JSON}`,
          [bucket, prefixes],
        );
        return rows;
      });
      await deps.store.remove(
        bucket,
        deleted.map((r) => r.name),
      );
      return deleted;
    },
  );
  sendJson(ctx.res, 200, rows);
}
