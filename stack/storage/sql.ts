// Database access for the storage service: every object query runs as the caller's role (so the
// storage.objects policies decide), bucket settings are read as superuser as Storage does.
import type pg from 'pg';
import type { Db } from '../db.ts';
import type { Claims } from '../jwt.ts';
import { ERRORS, fromPgError } from './errors.ts';

/** Storage's `asSuperUser()` for signed URL uploads and downloads: the service role bypasses RLS. */
export const SUPERUSER: Claims = { role: 'service_role' };

export type BucketSettings = { id: string; public: boolean; file_size_limit: number | null; allowed_mime_types: string[] | null };

// Storage's own transactions may delete rows despite storage.protect_delete() (src/internal/database/postgres/scope.ts).
const STORAGE_SCOPE = { 'storage.allow_delete_query': 'true' };

/** Runs `fn` in one transaction as `claims`' role; Postgres errors become Storage's errors. */
export async function asRole<T>(db: Db, claims: Claims, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  try {
    return await db.asClaims(claims, fn, STORAGE_SCOPE);
  } catch (e) {
    throw fromPgError(e) ?? e;
  }
}

const ROLLBACK = Symbol('rollback');

/** Runs `fn` as `claims`' role and rolls it back: "would this be allowed?" (Storage's testPermission). */
export async function testPermission(db: Db, claims: Claims, fn: (client: pg.PoolClient) => Promise<unknown>): Promise<void> {
  try {
    await db.asClaims(
      claims,
      async (client) => {
        await fn(client);
        throw ROLLBACK;
      },
      STORAGE_SCOPE,
    );
  } catch (e) {
    if (e === ROLLBACK) return;
    throw fromPgError(e) ?? e;
  }
}

export async function findBucketSettings(db: Db, id: string): Promise<BucketSettings> {
  const { rows } = await db.admin.query<BucketSettings>(
    'select id, coalesce(public, false) as public, file_size_limit, allowed_mime_types from storage.buckets where id = $1',
    [id],
  );
  if (!rows[0]) throw ERRORS.noSuchBucket();
  return rows[0];
}

/** A timestamptz column as the ISO text Storage's JSON carries (`2024-01-01T00:00:00.000Z`). */
export const iso = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The object columns Storage returns (src/storage/schemas/object.ts). */
export const OBJECT_JSON = `name, bucket_id, owner, owner_id, version, id, ${iso('updated_at')} as updated_at,
  ${iso('created_at')} as created_at, ${iso('last_accessed_at')} as last_accessed_at, metadata, user_metadata`;

export const isUuid = (v: string | undefined): v is string =>
  !!v && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-5][0-9a-f]{3}-[089ab][0-9a-f]{3}-[0-9a-f]{12}$/i.test(v);
