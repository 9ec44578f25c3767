// The /storage/v1 service: the subset of Supabase Storage (github.com/supabase/storage,
// src/http/routes/object and bucket) that supabase-js uses, with object bytes on local disk and
// their rows in storage.objects, every query under the caller's role so storage RLS decides.
import path from 'node:path';
import type { Db } from '../db.ts';
import { JWT_SECRET, type StackConfig } from '../config.ts';
import { HttpError, sendEmpty, sendJson, sendJsonAndDrain, type RequestContext } from '../http.ts';
import { createBucket, deleteBucket, getBucket, listBuckets, updateBucket } from './buckets.ts';
import type { StorageDeps } from './context.ts';
import { KeyedLock, ObjectStore } from './disk.ts';
import { ERRORS, fromOutage, fromPgError } from './errors.ts';
import { bucketFromSegment, objectFromSegments, rawRoute } from './keys.ts';
import { projectFileSizeLimit } from './limits.ts';
import { listObjects } from './list.ts';
import { createSignedUrl, createSignedUrls, readObject, serveSignedUrl } from './objects.ts';
import { createSignedUploadUrl, deleteObject, deleteObjects, upload, uploadToSignedUrl } from './writes.ts';

type Handler = (ctx: RequestContext) => Promise<void>;

function route(deps: StorageDeps, ctx: RequestContext): Handler | null {
  const raw = rawRoute(ctx.req.url ?? '');
  if (!raw) return () => Promise.reject(ERRORS.invalidKey(ctx.path));
  const [head, ...rest] = raw.segments;
  const m = ctx.method === 'HEAD' ? 'GET' : ctx.method;
  const object = (segments: string[]) => objectFromSegments(segments);

  if (head === 'status' && rest.length === 0 && m === 'GET') return async (c) => sendEmpty(c.res, 200);
  if (head === 'bucket') {
    if (rest.length === 0 || (rest.length === 1 && rest[0] === '')) {
      if (m === 'GET') return (c) => listBuckets(c, deps);
      if (m === 'POST') return (c) => createBucket(c, deps);
    } else if (rest.length === 1) {
      const id = bucketFromSegment(rest[0]);
      if (m === 'GET') return (c) => getBucket(c, deps, id);
      if (m === 'PUT') return (c) => updateBucket(c, deps, id);
      if (m === 'DELETE') return (c) => deleteBucket(c, deps, id);
    }
    return null;
  }
  if (head !== 'object' || rest.length === 0) return null;
  const [kind, ...tail] = rest;

  if (kind === 'list' && tail.length === 1 && m === 'POST') return (c) => listObjects(c, deps, bucketFromSegment(tail[0]));
  if (kind === 'sign') {
    if (tail.length === 1 && m === 'POST') return (c) => createSignedUrls(c, deps, bucketFromSegment(tail[0]));
    const { bucket, key } = object(tail);
    if (m === 'POST') return (c) => createSignedUrl(c, deps, bucket, key);
    if (m === 'GET') return (c) => serveSignedUrl(c, deps, bucket, key);
    return null;
  }
  if (kind === 'upload' && tail[0] === 'sign') {
    const { bucket, key } = object(tail.slice(1));
    // Storage routes signed uploads with PUT only; POST with a token is accepted here too.
    if (m === 'PUT' || (m === 'POST' && ctx.url.searchParams.has('token'))) return (c) => uploadToSignedUrl(c, deps, bucket, key);
    if (m === 'POST') return (c) => createSignedUploadUrl(c, deps, bucket, key);
    return null;
  }
  if (kind === 'info' && m === 'GET') {
    const scope = tail[0] === 'authenticated' || tail[0] === 'public' ? tail[0] : 'plain';
    const { bucket, key } = object(scope === 'plain' ? tail : tail.slice(1));
    return (c) => readObject(c, deps, bucket, key, { route: scope, as: 'info' });
  }
  if ((kind === 'authenticated' || kind === 'public') && m === 'GET') {
    const { bucket, key } = object(tail);
    return (c) => readObject(c, deps, bucket, key, { route: kind, as: 'bytes' });
  }
  if (tail.length === 0) return m === 'DELETE' ? (c) => deleteObjects(c, deps, bucketFromSegment(kind)) : null;
  const { bucket, key } = object(rest);
  if (m === 'GET') return (c) => readObject(c, deps, bucket, key, { route: 'plain', as: 'bytes' });
  if (m === 'POST' || m === 'PUT') return (c) => upload(c, deps, bucket, key);
  if (m === 'DELETE') return (c) => deleteObject(c, deps, bucket, key);
  return null;
}

/** Sends a storage error; when the request body was not read (an upload refused early) the rest is drained first. */
function sendError(ctx: RequestContext, err: HttpError) {
  const { req, res } = ctx;
  if (res.headersSent) return void res.destroy();
  if (req.destroyed && !req.complete) return; // the client went away mid-upload
  if (req.complete) return sendJson(res, err.status, err.body, err.headers);
  sendJsonAndDrain(req, res, err.status, err.body, err.headers);
}

export function createStorageService(db: Db, config: StackConfig) {
  const deps: StorageDeps = {
    db,
    store: new ObjectStore(path.join(config.dataDir, 'storage')),
    locks: new KeyedLock(),
    projectLimit: projectFileSizeLimit(),
    secret: JWT_SECRET,
  };
  return async (ctx: RequestContext): Promise<void> => {
    try {
      const handler = route(deps, ctx);
      if (!handler) throw ERRORS.routeNotFound(ctx.method, ctx.path);
      await handler(ctx);
    } catch (e) {
      const outage = e instanceof HttpError ? null : db.outage(e);
      const err = e instanceof HttpError ? e : outage ? fromOutage(outage) : fromPgError(e);
      if (!err) throw e;
      sendError(ctx, err);
    }
  };
}
