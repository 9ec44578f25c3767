// What a bad request got back, reduced to what the catalogue checks: the status, the stable error code
// each service puts in its body, and whether the body gives away anything about the server's insides.
import net from 'node:net';
import { JWT_SECRET, SERVICE_ROLE_KEY } from '../../../stack/config.ts';

export type Reply = { status: number; text: string; json: unknown; headers: Record<string, string | string[] | undefined> };

export const replyFrom = (status: number, text: string, headers: Reply['headers'] = {}): Reply => ({ status, text, json: parse(text), headers });

export async function replyOf(res: Response): Promise<Reply> {
  const headers: Reply['headers'] = {};
  res.headers.forEach((value, name) => (headers[name] = value));
  return replyFrom(res.status, await res.text(), headers);
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * The stable code of an error body, whichever service answered: functions `{error: {code}}` (or a scoring
 * outcome's `{error: 'not_pdf'}`), Storage `{statusCode, code}` (HTTP 400 with the real status inside), PostgREST
 * and GoTrue `{code}`, the gateway `{message}`.
 */
export function codeOf(json: unknown): string | null {
  if (!json || typeof json !== 'object') return null;
  const body = json as { error?: { code?: unknown } | string; statusCode?: unknown; code?: unknown; message?: unknown };
  if (body.error && typeof body.error === 'object' && typeof body.error.code === 'string') return body.error.code;
  if (typeof body.statusCode === 'string') return `${body.statusCode} ${String(body.code)}`;
  if (typeof body.error === 'string') return body.error;
  if (typeof body.code === 'string') return body.code;
  if (typeof body.message === 'string') return body.message;
  return null;
}

// Stack frames, file paths, SQL statements or internals of the emulated services, and secrets.
const LEAKS: [string, RegExp][] = [
  ['a stack frame', /\bat (?:async )?[\w$.<>]+ \(|\bat (?:file|node):|node:internal|\.(?:ts|js|mjs):\d+:\d+/],
  ['a file path', /\/work\/|\/home\/|\/tmp\/|node_modules|supabase\/functions\//],
  ['SQL text', /\b(?:select|insert|update|delete)\b[^"]{0,60}\b(?:from|into|set|where)\b|\bset_config\(|\brequest\.jwt\.claims\b|\$\d+\b/i],
  ['database internals', /\bauthenticator\b|\bsearch_path\b|pg_advisory|\bpg_catalog\b|postgresql:\/\//i],
  ['a secret', new RegExp([JWT_SECRET, SERVICE_ROLE_KEY.split('.')[2]].map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'))],
];

/** The leaks found in a reply body (empty when it is clean). */
export function leaksIn(text: string): string[] {
  return LEAKS.filter(([, re]) => re.test(text)).map(([what]) => what);
}

export type RawRequest = { method: string; path: string; headers?: Record<string, string>; body?: Buffer | string; idleMs?: number };

const HUNG_UP: Reply = { status: 0, text: '', json: null, headers: {} };

/**
 * An HTTP/1.1 request written as given on a bare TCP socket: the path unnormalised (fetch folds `..` and `%2e%2e`),
 * headers as they are (a Content-Length that lies, both Content-Length and Transfer-Encoding). Resolves with the
 * first complete answer, or status 0 when the server hung up (or went quiet for `idleMs`) without one.
 */
export function rawRequest(baseUrl: string, r: RawRequest): Promise<Reply> {
  const url = new URL(baseUrl);
  const headers = { host: url.host, ...r.headers };
  const head = `${r.method} ${r.path} HTTP/1.1\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('')}\r\n`;
  return new Promise((resolve) => {
    const received: Buffer[] = [];
    const socket = net.connect(Number(url.port), url.hostname);
    let timer: NodeJS.Timeout | undefined;
    const finish = (closed: boolean) => {
      const reply = firstResponse(Buffer.concat(received), closed);
      if (!reply && !closed) return;
      clearTimeout(timer);
      socket.destroy();
      resolve(reply ?? HUNG_UP);
    };
    const idle = () => {
      clearTimeout(timer);
      timer = setTimeout(() => finish(true), r.idleMs ?? 5_000);
    };
    socket.on('data', (c: Buffer) => {
      received.push(c);
      idle();
      finish(false);
    });
    socket.on('close', () => finish(true));
    // A server that answers early and hangs up makes the rest of the write fail: the answer is what counts.
    socket.on('error', () => finish(true));
    // One write, so the server reads the head and whatever body follows (lying or not) together.
    socket.write(Buffer.concat([Buffer.from(head, 'latin1'), Buffer.from(r.body ?? '')]));
    idle();
  });
}

/** The first response in `bytes` once it is complete (a body without a length ends when the connection does). */
function firstResponse(bytes: Buffer, closed: boolean): Reply | null {
  const end = bytes.indexOf('\r\n\r\n');
  if (end < 0) return null;
  const [statusLine, ...lines] = bytes.subarray(0, end).toString('latin1').split('\r\n');
  const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
  const status = Number(statusLine.split(' ')[1]);
  let at = end + 4;
  if (headers['content-length'] !== undefined) {
    const length = Number(headers['content-length']);
    if (bytes.length < at + length) return null;
    return replyFrom(status, bytes.subarray(at, at + length).toString('utf8'), headers);
  }
  if (/chunked/i.test(headers['transfer-encoding'] ?? '')) {
    const parts: Buffer[] = [];
    for (;;) {
      const lineEnd = bytes.indexOf('\r\n', at);
      if (lineEnd < 0) return null;
      const size = parseInt(bytes.subarray(at, lineEnd).toString('latin1'), 16);
      at = lineEnd + 2;
      if (size === 0) return replyFrom(status, Buffer.concat(parts).toString('utf8'), headers);
      if (bytes.length < at + size + 2) return null;
      parts.push(bytes.subarray(at, at + size));
      at += size + 2;
    }
  }
  return closed ? replyFrom(status, bytes.subarray(at).toString('utf8'), headers) : null;
}
