// Bucket names and object keys taken from the raw request target (the gateway's URL has already
// folded `..` and `%2e%2e` away), validated as Storage does (src/storage/limits.ts isValidKey,
// isValidBucketName) plus what a folder on local disk needs: no `.`/`..`/empty segments, no
// backslash or NUL, no encoded slash, and a resolved path that stays inside the bucket's folder.
import path from 'node:path';
import { ERRORS } from './errors.ts';

// Storage's S3-safe character sets (limits.ts VALID_OBJECT_KEY / VALID_BUCKET_NAME).
const VALID_OBJECT_KEY = /^[A-Za-z0-9_/!.*'() &$=@;:+,?-]*$/;
const VALID_BUCKET_NAME = /^[A-Za-z0-9_!.*'() &$=@;:+,?-]*$/;

export function isValidBucketName(name: string): boolean {
  return name.length > 0 && name.length < 101 && VALID_BUCKET_NAME.test(name) && name !== '.' && name !== '..';
}

export function mustBeValidBucketName(name: string): string {
  if (!isValidBucketName(name)) throw ERRORS.invalidBucketName();
  return name;
}

/** Checks an already decoded object key (a JSON body's path or prefix). */
export function mustBeValidKey(key: string): string {
  if (!isSafeKey(key)) throw ERRORS.invalidKey(key);
  return key;
}

export function isSafeKey(key: string): boolean {
  if (!key || !VALID_OBJECT_KEY.test(key)) return false;
  return key.split('/').every((s) => s !== '' && s !== '.' && s !== '..');
}

/** Decodes one raw path segment; an encoded `/`, `\` or NUL inside a segment is refused. */
function decodeSegment(raw: string, whole: string): string {
  let s: string;
  try {
    s = decodeURIComponent(raw);
  } catch {
    throw ERRORS.invalidKey(whole);
  }
  if (/[/\\\0]/.test(s)) throw ERRORS.invalidKey(whole);
  return s;
}

export type RawRoute = {
  /** Raw (still percent-encoded) segments below /storage/v1, e.g. ['object', 'sign', 'resumes', 'a%20b.pdf']. */
  segments: string[];
  /** The undecoded path, for messages. */
  raw: string;
};

/** Splits the request target below `prefix`; null when the raw target is not under it. */
export function rawRoute(reqUrl: string, prefix = '/storage/v1'): RawRoute | null {
  // An absolute-form target (`GET http://host/path`) is reduced to its path.
  const raw = reqUrl.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').split(/[?#]/, 1)[0];
  if (raw !== prefix && !raw.startsWith(`${prefix}/`)) return null;
  const below = raw.slice(prefix.length);
  return { segments: below.split('/').slice(1), raw: below };
}

/** Bucket and key from the raw segments `bucket/seg/seg…` (at least bucket + one segment). */
export function objectFromSegments(segments: string[]): { bucket: string; key: string } {
  const whole = segments.join('/');
  if (segments.length < 2) throw ERRORS.invalidKey(safeForMessage(whole));
  const bucket = decodeSegment(segments[0], safeForMessage(whole));
  if (!isValidBucketName(bucket)) throw ERRORS.invalidBucketName();
  const parts = segments.slice(1).map((s) => decodeSegment(s, safeForMessage(whole)));
  const key = parts.join('/');
  if (!isSafeKey(key)) throw ERRORS.invalidKey(safeForMessage(key));
  return { bucket, key };
}

/** Just a bucket from one raw segment. */
export function bucketFromSegment(segment: string | undefined): string {
  if (segment === undefined) throw ERRORS.invalidBucketName();
  let s: string;
  try {
    s = decodeURIComponent(segment);
  } catch {
    throw ERRORS.invalidBucketName();
  }
  return mustBeValidBucketName(s);
}

// Error messages echo the key; keep control characters out of them.
function safeForMessage(s: string): string {
  return s.replace(/[\0-\x1f\x7f]/g, '');
}

/** The on-disk file of an object, guaranteed to sit inside `<root>/<bucket>/`. */
export function objectFile(root: string, bucket: string, key: string): string {
  if (!isValidBucketName(bucket) || !isSafeKey(key)) throw ERRORS.invalidKey(key);
  const bucketDir = path.resolve(root, bucket);
  const file = path.resolve(bucketDir, ...key.split('/'));
  const rel = path.relative(bucketDir, file);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) throw ERRORS.invalidKey(key);
  return file;
}
