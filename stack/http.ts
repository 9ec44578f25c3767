// Small HTTP helpers shared by the emulated services: the request context, bodies with a size
// limit, JSON replies and CORS as Supabase's gateway sends it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Claims } from './jwt.ts';

export type RequestContext = {
  req: IncomingMessage;
  res: ServerResponse;
  method: string;
  url: URL;
  /** The path below the service prefix, e.g. `/jobs` for `/rest/v1/jobs`. */
  path: string;
  /** The bearer token (or the apikey when there is no Authorization header), if any. */
  token: string | null;
  /** Verified claims of `token`; null when there is no token or it is invalid. */
  claims: Claims | null;
  /** Why `token` was refused (bad signature, expired, `alg: none`…); each service words its own 401. */
  tokenError: string | null;
};

export type Service = (ctx: RequestContext) => Promise<void>;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(typeof body === 'object' && body && 'message' in body ? String((body as { message: unknown }).message) : `HTTP ${status}`);
  }
}

// Every response: who may read it and which headers the page may see. The rest only matters to preflights.
export const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers':
    'content-range, content-length, content-type, location, x-supabase-api-version, range-unit, preference-applied, etag',
};

export const PREFLIGHT_HEADERS: Record<string, string> = {
  ...CORS_HEADERS,
  'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS',
  'access-control-allow-headers':
    'authorization, x-client-info, apikey, content-type, content-length, prefer, range, accept-profile, content-profile, x-upsert, cache-control, x-supabase-api-version, x-retry-count',
  'access-control-max-age': '86400',
};

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    ...CORS_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

export function sendEmpty(res: ServerResponse, status: number, headers: Record<string, string> = {}) {
  res.writeHead(status, { ...CORS_HEADERS, ...headers });
  res.end();
}

// After an early answer, how much of the rest of the request body is read and dropped, and for how long.
const DISCARD_BYTES = 64 * 1024 * 1024;
const DISCARD_MS = 30_000;

/**
 * Answers a request whose body is still arriving (an upload refused before it was read), closing the connection
 * only once the client has sent the rest: the reply goes out at once with `Connection: close`, the remaining body
 * is read and dropped (up to 64 MiB or 30 s), then the response ends and the connection closes cleanly. A socket
 * closed with unread bytes makes the kernel send a reset, which can overtake the reply: browsers' XHR and undici's
 * fetch would then report a network error instead of the answer.
 */
export function sendJsonAndDrain(req: IncomingMessage, res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...CORS_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
    connection: 'close',
  });
  res.write(text);
  let dropped = 0;
  const done = () => {
    clearTimeout(timer);
    req.off('data', drop);
    if (!res.writableEnded) res.end();
  };
  const drop = (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > DISCARD_BYTES) done();
  };
  const timer = setTimeout(done, DISCARD_MS);
  timer.unref();
  req.on('data', drop);
  req.once('end', done);
  req.once('close', done);
  if (req.destroyed) return done();
  req.resume();
}

/** Reads the whole body, refusing (413) more than `limit` bytes whatever Content-Length claims. */
export async function readBody(req: IncomingMessage, limit: number, tooLarge: () => HttpError): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      req.resume();
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Parses a JSON body; `invalid` builds the service-specific 400. */
export async function readJson(req: IncomingMessage, limit: number, invalid: (msg: string) => HttpError): Promise<unknown> {
  const raw = await readBody(req, limit, () => new HttpError(413, { message: 'Payload too large' }));
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch (e) {
    throw invalid((e as Error).message);
  }
}

/**
 * What the proxy in front of Supabase's services does: append the peer's address to X-Forwarded-For
 * (Cloudflare, in front of hosted Supabase, appends the connecting address "as the last in the list",
 * https://support.cloudflare.com/hc/en-us/articles/200170986; nginx's $proxy_add_x_forwarded_for does the same),
 * so the last hop is the real peer whatever the client sent. Rate limits read that hop (_shared/http.ts clientAddress).
 */
export function appendForwardedFor(req: IncomingMessage): void {
  const peer = (req.socket.remoteAddress ?? 'unknown').replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  const sent = req.headers['x-forwarded-for'];
  req.headers['x-forwarded-for'] = sent ? `${sent}, ${peer}` : peer;
}

export function bearer(req: IncomingMessage): string | null {
  const h = req.headers.authorization;
  if (!h) return null;
  const m = /^bearer\s+(.+)$/i.exec(h.trim());
  return m ? m[1].trim() : null;
}
