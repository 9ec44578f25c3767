// The /storage/v1 service: the subset of Supabase Storage (github.com/supabase/storage,
// src/http/routes/object and bucket) that supabase-js uses, with object bytes on local disk and
// their rows in storage.objects, every query under the caller's role so storage RLS decides.
import path from 'node:path';
import type { Db } from '../db.ts';
import { JWT_SECRET, type StackConfig } from '../config.ts';
import { HttpError, sendEmpty, sendJson, sendJsonAndDrain, type RequestContext } from '../http.ts';
import { createRouter, type RouteHandler, type RouteTable } from '../router.ts';
import { createBucket, deleteBucket, getBucket, listBuckets, updateBucket } from './buckets.ts';
import type { StorageDeps } from './context.ts';
import { KeyedLock, ObjectStore } from './disk.ts';
import { ERRORS, fromOutage, fromPgError } from './errors.ts';
import { bucketFromSegment, objectFromSegments, rawRoute } from './keys.ts';
import { projectFileSizeLimit } from './limits.ts';
import { listObjects } from './list.ts';
import { createSignedUrl, createSignedUrls, readObject, serveSignedUrl } from './objects.ts';
import { createSignedUploadUrl, deleteObject, deleteObjects, upload, uploadToSignedUrl } from './writes.ts';

const split = (rest: string) => rest.split('/');
const object = (rest: string) => objectFromSegments(split(rest));
// Storage checks the key before the method: an invalid key is InvalidKey whatever the method, a valid one 404s.
const keyThenNotFound: RouteHandler = (c, p) => {
  object(p.rest);
  throw notFound(c);
};
const notFound = (c: RequestContext) => ERRORS.routeNotFound(c.method, c.path);
const noKey: RouteHandler = () => void objectFromSegments([]);

// Raw (still encoded) paths below /storage/v1, HEAD routed as GET, in the order Storage's own routes decide.
function storageRoutes(deps: StorageDeps): RouteTable {
  return [
    ['GET', '/status', (c) => sendEmpty(c.res, 200)],
    ['GET', '/bucket', (c) => listBuckets(c, deps)],
    ['POST', '/bucket', (c) => createBucket(c, deps)],
    ['GET', '/bucket/', (c) => listBuckets(c, deps)],
    ['POST', '/bucket/', (c) => createBucket(c, deps)],
    ['*', '/bucket/', (c) => Promise.reject(notFound(c))],
    ['GET', '/bucket/:id', (c, p) => getBucket(c, deps, bucketFromSegment(p.id))],
    ['PUT', '/bucket/:id', (c, p) => updateBucket(c, deps, bucketFromSegment(p.id))],
    ['DELETE', '/bucket/:id', (c, p) => deleteBucket(c, deps, bucketFromSegment(p.id))],
    ['*', '/bucket/:id', (c, p) => Promise.reject((bucketFromSegment(p.id), notFound(c)))],

    ['POST', '/object/list/:bucket', (c, p) => listObjects(c, deps, bucketFromSegment(p.bucket))],

    ['POST', '/object/sign/:bucket', (c, p) => createSignedUrls(c, deps, bucketFromSegment(p.bucket))],
    ['*', '/object/sign', noKey],
    ['POST', '/object/sign/*', (c, p) => (({ bucket, key }) => createSignedUrl(c, deps, bucket, key))(object(p.rest))],
    ['GET', '/object/sign/*', (c, p) => (({ bucket, key }) => serveSignedUrl(c, deps, bucket, key))(object(p.rest))],
    ['*', '/object/sign/*', keyThenNotFound],

    ['*', '/object/upload/sign', noKey],
    [
      'PUT POST',
      '/object/upload/sign/*',
      (c, p) => {
        const { bucket, key } = object(p.rest);
        // Storage routes signed uploads with PUT only; POST with a token is accepted here too.
        if (c.method === 'PUT' || c.url.searchParams.has('token')) return uploadToSignedUrl(c, deps, bucket, key);
        return createSignedUploadUrl(c, deps, bucket, key);
      },
    ],
    ['*', '/object/upload/sign/*', keyThenNotFound],

    ['GET', '/object/info', noKey],
    [
      'GET',
      '/object/info/*',
      (c, p) => {
        const tail = split(p.rest);
        const scope = tail[0] === 'authenticated' || tail[0] === 'public' ? tail[0] : 'plain';
        const { bucket, key } = objectFromSegments(scope === 'plain' ? tail : tail.slice(1));
        return readObject(c, deps, bucket, key, { route: scope, as: 'info' });
      },
    ],
    ...(['authenticated', 'public'] as const).flatMap((scope): RouteTable => [
      ['GET', `/object/${scope}`, noKey],
      ['GET', `/object/${scope}/*`, (c, p) => (({ bucket, key }) => readObject(c, deps, bucket, key, { route: scope, as: 'bytes' }))(object(p.rest))],
    ]),

    ['DELETE', '/object/:bucket', (c, p) => deleteObjects(c, deps, bucketFromSegment(p.bucket))],
    ['*', '/object/:bucket', (c) => Promise.reject(notFound(c))],
    ['GET', '/object/*', (c, p) => (({ bucket, key }) => readObject(c, deps, bucket, key, { route: 'plain', as: 'bytes' }))(object(p.rest))],
    ['POST PUT', '/object/*', (c, p) => (({ bucket, key }) => upload(c, deps, bucket, key))(object(p.rest))],
    ['DELETE', '/object/*', (c, p) => (({ bucket, key }) => deleteObject(c, deps, bucket, key))(object(p.rest))],
    ['*', '/object/*', keyThenNotFound],
  ];
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
  const route = createRouter(storageRoutes(deps));
  return async (ctx: RequestContext): Promise<void> => {
    try {
      const raw = rawRoute(ctx.req.url ?? '');
      if (!raw) throw ERRORS.invalidKey(ctx.path);
      const match = route(ctx.method === 'HEAD' ? 'GET' : ctx.method, raw.raw);
      if (!match) throw ERRORS.routeNotFound(ctx.method, ctx.path);
      await match.handler(ctx, match.params);
    } catch (e) {
      const outage = e instanceof HttpError ? null : db.outage(e);
      const err = e instanceof HttpError ? e : outage ? fromOutage(outage) : fromPgError(e);
      if (!err) throw e;
      sendError(ctx, err);
    }
  };
}
