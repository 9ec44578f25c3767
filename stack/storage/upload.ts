// Uploads (src/storage/uploader.ts, src/storage/object.ts uploadFromRequest): bucket limits first,
// then "may this role insert (or upsert) that row?" in a rolled-back transaction, then the bytes are
// streamed to a temp file, and finally one transaction writes the row and renames the file in place.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type pg from 'pg';
import type { Db } from '../db.ts';
import type { Claims } from '../jwt.ts';
import { ERRORS, StorageError } from './errors.ts';
import type { Installed, KeyedLock, ObjectStore, WrittenFile } from './disk.ts';
import { isEmptyFolder, validateMimeType } from './limits.ts';
import { MultipartError, MultipartReader, multipartBoundary } from './multipart.ts';
import { asRole, findBucketSettings, isUuid, testPermission } from './sql.ts';

export type UploadDeps = { db: Db; store: ObjectStore; locks: KeyedLock; projectLimit: number };

export type UploadTarget = {
  bucket: string;
  key: string;
  /** The role whose policies decide: the caller, or the service role for signed upload URLs. */
  claims: Claims;
  owner: string | undefined;
  upsert: boolean;
};

type IncomingFile = {
  body: AsyncIterable<Buffer>;
  mimeType: string;
  cacheControl: string;
  userMetadata?: Record<string, unknown>;
  declaredLength?: number;
};

const MAX_FIELD_BYTES = 1024 * 1024; // @fastify/multipart's default fieldSize
const MAX_FIELDS = 10; // createObject.ts limits.fields

function parseJsonObject(text: string | undefined): Record<string, unknown> | undefined {
  if (!text) return undefined;
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function declaredLength(req: IncomingMessage): number | undefined {
  const n = Number(req.headers['content-length']);
  return req.headers['content-length'] !== undefined && Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** Reads the upload's description (fileUploadFromRequest): multipart fields up to the file part, or a raw body. */
async function incomingFile(req: IncomingMessage, body: AsyncIterable<Buffer>, maxSize: number): Promise<IncomingFile> {
  const contentType = req.headers['content-type'];
  if (contentType && /^multipart\/form-data/i.test(contentType)) {
    const boundary = multipartBoundary(contentType);
    if (!boundary) throw ERRORS.noContentProvided('Multipart: Boundary not found');
    const reader = new MultipartReader(body, boundary);
    const fields: Record<string, string> = {};
    try {
      for (let n = 0; ; n++) {
        const part = await reader.nextPart();
        if (!part) throw ERRORS.noContentProvided();
        if (part.filename !== null) {
          // busboy reports a part without Content-Type as text/plain and drops its parameters.
          const partType = (part.contentType ?? 'text/plain').split(';')[0].trim();
          return {
            body: reader.partData(),
            mimeType: fields.contentType || partType,
            cacheControl: fields.cacheControl ? `max-age=${fields.cacheControl}` : 'no-cache',
            userMetadata: parseJsonObject(fields.metadata ?? fields.userMetadata),
          };
        }
        if (n >= MAX_FIELDS) throw ERRORS.noContentProvided('Reach fields limit');
        fields[part.name] = await reader.partText(MAX_FIELD_BYTES);
      }
    } catch (e) {
      throw e instanceof MultipartError ? ERRORS.noContentProvided(e.message) : e;
    }
  }
  const length = declaredLength(req);
  if (length !== undefined && length > maxSize) throw ERRORS.entityTooLarge();
  const xMetadata = req.headers['x-metadata'];
  return {
    body,
    mimeType: contentType || 'application/octet-stream',
    cacheControl: (req.headers['cache-control'] as string | undefined) ?? 'no-cache',
    userMetadata: typeof xMetadata === 'string' ? parseJsonObject(Buffer.from(xMetadata, 'base64').toString('utf8')) : undefined,
    declaredLength: length,
  };
}

/** INSERT, or INSERT … ON CONFLICT DO UPDATE for upserts (pg.ts createObject / upsertObject). */
async function writeRow(
  client: pg.PoolClient,
  t: UploadTarget,
  metadata: object,
  userMetadata: object | undefined,
  version: string,
): Promise<string | undefined> {
  const owner = isUuid(t.owner) ? t.owner : null;
  const params = [t.bucket, t.key, owner, t.owner ?? null, JSON.stringify(metadata), userMetadata ? JSON.stringify(userMetadata) : null, version];
  const insert = `insert into storage.objects (bucket_id, name, owner, owner_id, metadata, user_metadata, version)
    values ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7)`;
  // An upsert without an owner keeps the previous owner, as Storage skips undefined columns.
  const ownerSet = t.owner ? ', owner = excluded.owner, owner_id = excluded.owner_id' : '';
  const sql = t.upsert
    ? `${insert} on conflict (bucket_id, name) do update set metadata = excluded.metadata, user_metadata = excluded.user_metadata,
         version = excluded.version, updated_at = now()${ownerSet} returning id`
    : `${insert} returning id`;
  try {
    return (await client.query<{ id: string }>(sql, params)).rows[0]?.id;
  } catch (e) {
    // pg.ts createObject turns the unique violation into KeyAlreadyExists.
    if ((e as { code?: string }).code === '23505') throw ERRORS.keyAlreadyExists();
    throw e;
  }
}

export async function uploadObject(deps: UploadDeps, req: IncomingMessage, t: UploadTarget): Promise<{ id: string | undefined; key: string }> {
  const bucket = await findBucketSettings(deps.db, t.bucket);
  const emptyFolder = isEmptyFolder(t.key);
  const maxSize = emptyFolder ? 0 : Math.min(deps.projectLimit, bucket.file_size_limit ?? Infinity);
  // Our own iterator, so an early refusal leaves the socket open for the error reply.
  const body = req.iterator({ destroyOnReturn: false });
  let written: WrittenFile | undefined;
  try {
    const file = await incomingFile(req, body, maxSize);
    if (bucket.allowed_mime_types?.length && !emptyFolder) validateMimeType(file.mimeType, bucket.allowed_mime_types);

    await testPermission(deps.db, t.claims, (client) =>
      writeRow(client, t, { mimetype: file.mimeType, contentLength: file.declaredLength }, file.userMetadata, '1'),
    );

    written = await deps.store.writeTemp(t.bucket, t.key, file.body, maxSize).catch((e: unknown) => {
      if (e instanceof StorageError) throw e;
      if (e instanceof MultipartError) throw ERRORS.noContentProvided(e.message);
      if (req.destroyed || req.readableAborted || (e as { code?: string }).code === 'ECONNRESET') {
        throw ERRORS.noContentProvided('Request stream closed before upload could complete');
      }
      throw e;
    });
    const metadata = {
      eTag: written.eTag,
      size: written.size,
      mimetype: file.mimeType,
      cacheControl: file.cacheControl,
      lastModified: written.lastModified,
      contentLength: written.size,
      httpStatusCode: 200,
    };
    const ready = written;
    const id = await deps.locks.run([`${t.bucket}/${t.key}`], async () => {
      let installed: Installed | undefined;
      try {
        const rowId = await asRole(deps.db, t.claims, async (client) => {
          const rowId = await writeRow(client, t, metadata, file.userMetadata ?? {}, randomUUID());
          installed = await deps.store.install(ready, t.bucket, t.key);
          return rowId;
        });
        await installed?.done();
        return rowId;
      } catch (e) {
        // The row never committed: put the previous bytes back (or remove the new ones).
        await installed?.undo().catch(() => undefined);
        throw e;
      }
    });
    written = undefined;
    return { id, key: `${t.bucket}/${t.key}` };
  } finally {
    if (written) await deps.store.discard(written);
    await body.return?.();
  }
}
