// Sends an object's bytes with Storage's headers (src/storage/renderer/renderer.ts and head.ts):
// Content-Type/-Length, ETag, Last-Modified, Cache-Control or Expires, Accept-Ranges with single
// byte ranges (src/storage/range.ts), If-None-Match → 304, and Content-Disposition for `download`.
import type { ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { CORS_HEADERS } from '../http.ts';
import type { ObjectStore } from './disk.ts';
import { ERRORS } from './errors.ts';

export type RenderOptions = {
  bucket: string;
  key: string;
  metadata: Record<string, unknown> | null;
  /** `?download=` as given: absent (null), empty (attachment without a name) or the file name. */
  download: string | null;
  /** A signed URL's expiry; replaces Cache-Control as upstream does. */
  expires?: Date;
  method: string;
  range: string | undefined;
  ifNoneMatch: string | undefined;
};

type ByteRange = { from: number; to: number };

/** Storage's parseRangeHeader: one `bytes=a-b`, `bytes=a-` or `bytes=-n` range, else 416. */
export function parseRange(header: string, size: number): ByteRange {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header);
  if (!m || size <= 0 || (!m[1] && !m[2])) throw ERRORS.invalidRange();
  if (!m[1]) {
    const suffix = Number(m[2]);
    if (!Number.isSafeInteger(suffix) || suffix <= 0) throw ERRORS.invalidRange();
    return { from: Math.max(size - suffix, 0), to: size - 1 };
  }
  const from = Number(m[1]);
  const to = m[2] ? Number(m[2]) : size - 1;
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || to < from || from >= size) throw ERRORS.invalidRange();
  return { from, to: Math.min(to, size - 1) };
}

/** `attachment; filename=…; filename*=UTF-8''…` with the name percent-encoded (renderer.ts handleDownload). */
export function contentDisposition(download: string): string {
  if (download === '') return 'attachment;';
  const encoded = encodeURIComponent(download);
  return `attachment; filename=${encoded}; filename*=UTF-8''${encoded}`;
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

export async function renderObject(res: ServerResponse, store: ObjectStore, o: RenderOptions): Promise<void> {
  const { handle, size, mtime } = await store.open(o.bucket, o.key);
  let closeHandle = true;
  try {
    const meta = o.metadata ?? {};
    const eTag = str(meta.eTag);
    const mimetype = str(meta.mimetype) ?? 'application/octet-stream';
    const headers: Record<string, string | number> = {
      ...CORS_HEADERS,
      'accept-ranges': 'bytes',
      // Storage never serves HTML as HTML from a bucket.
      'content-type': mimetype.includes('text/html') ? 'text/plain' : mimetype,
      'x-robots-tag': 'none',
      'last-modified': mtime.toUTCString(),
    };
    if (eTag) headers.etag = eTag;
    if (o.expires) headers.expires = o.expires.toUTCString();
    else if (str(meta.cacheControl)) headers['cache-control'] = str(meta.cacheControl)!;
    if (o.download !== null) headers['content-disposition'] = contentDisposition(o.download);

    if (o.ifNoneMatch && eTag && o.ifNoneMatch === eTag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    let status = 200;
    let range: ByteRange = { from: 0, to: size - 1 };
    if (o.range) {
      range = parseRange(o.range, size);
      status = 206;
      headers['content-range'] = `bytes ${range.from}-${range.to}/${size}`;
    }
    headers['content-length'] = size === 0 ? 0 : range.to - range.from + 1;
    res.writeHead(status, headers);
    if (o.method === 'HEAD' || size === 0) {
      res.end();
      return;
    }
    closeHandle = false;
    const stream = handle.createReadStream({ start: range.from, end: range.to });
    // A client that goes away mid-download just ends the stream; nothing to report.
    await pipeline(stream, res).catch(() => undefined);
  } finally {
    if (closeHandle) await handle.close();
  }
}
