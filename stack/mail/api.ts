// The subset of Mailpit's REST API that tools and tests use (server/apiv1/messages.go, message.go), with its
// JSON shapes, its plain-text "ok" / "Not found" / 400 answers, and the inbox page at `/`.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { inboxPage } from './inbox-page.ts';
import { matchesQuery } from './search.ts';
import type { MailStore, StoredMessage } from './store.ts';

const MAX_BODY = 1024 * 1024;

function send(res: ServerResponse, status: number, body: string, type: string) {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), 'access-control-allow-origin': '*' });
  res.end(body);
}
const json = (res: ServerResponse, body: unknown) => send(res, 200, JSON.stringify(body), 'application/json');
const text = (res: ServerResponse, status: number, body: string) => send(res, status, body, 'text/plain; charset=utf-8');

async function readBody(req: IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new Error('request body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

// The list item drops the bodies (Mailpit's MessageSummary): Attachments is a count there.
function listItem(m: StoredMessage) {
  return {
    ID: m.ID,
    MessageID: m.MessageID,
    Read: m.Read,
    From: m.From,
    To: m.To,
    Cc: m.Cc,
    Bcc: m.Bcc,
    ReplyTo: m.ReplyTo,
    Subject: m.Subject,
    Created: m.Created,
    Username: m.Username,
    Tags: m.Tags,
    Size: m.Size,
    Attachments: m.Attachments.length,
    Snippet: m.Snippet,
  };
}

function messageJson(m: StoredMessage) {
  const { searchText: _searchText, Read: _read, Created: _created, Snippet: _snippet, ...rest } = m;
  return rest;
}

function page(url: URL) {
  const start = Math.max(0, Number.parseInt(url.searchParams.get('start') ?? '0', 10) || 0);
  const limit = Math.max(1, Number.parseInt(url.searchParams.get('limit') ?? '50', 10) || 50);
  return { start, limit };
}

function summary(store: MailStore, matching: StoredMessage[], start: number, limit: number) {
  const all = store.all();
  const unread = all.filter((m) => !m.Read).length;
  const shown = matching.slice(start, start + limit);
  return {
    total: all.length,
    unread,
    count: shown.length,
    messages_count: matching.length,
    messages_unread: matching.filter((m) => !m.Read).length,
    start,
    tags: [],
    messages: shown.map(listItem),
  };
}

export function createMailApi(store: MailStore) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://mail.local');
    const method = req.method ?? 'GET';
    const route = url.pathname.replace(/\/+$/, '') || '/';
    try {
      if (method === 'OPTIONS') {
        res.writeHead(204, {
          'access-control-allow-origin': '*',
          'access-control-allow-methods': 'GET, PUT, DELETE, OPTIONS',
          'access-control-allow-headers': 'content-type',
        });
        return res.end();
      }
      if (route === '/' && method === 'GET') return send(res, 200, inboxPage, 'text/html; charset=utf-8');
      if (route === '/api/v1/messages' && method === 'GET') {
        const { start, limit } = page(url);
        return json(res, summary(store, store.all(), start, limit));
      }
      if (route === '/api/v1/messages' && method === 'DELETE') {
        // Mailpit: a body without IDs (or none at all) deletes every message.
        let ids: unknown;
        try {
          ids = (JSON.parse((await readBody(req)) || '{}') as { IDs?: unknown }).IDs;
        } catch {
          ids = undefined;
        }
        store.delete(Array.isArray(ids) && ids.length ? ids.map(String) : store.all().map((m) => m.ID));
        return text(res, 200, 'ok');
      }
      if (route === '/api/v1/search' && (method === 'GET' || method === 'DELETE')) {
        const query = (url.searchParams.get('query') ?? '').trim();
        if (!query) return text(res, 400, 'Error: no search query');
        const matching = store.all().filter((m) => matchesQuery(m, query));
        if (method === 'DELETE') {
          store.delete(matching.map((m) => m.ID));
          return text(res, 200, 'ok');
        }
        const { start, limit } = page(url);
        return json(res, summary(store, matching, start, limit));
      }
      const one = /^\/api\/v1\/message\/([^/]+)(\/raw)?$/.exec(route);
      if (one && method === 'GET') {
        const m = store.get(decodeURIComponent(one[1]));
        if (!m) return text(res, 404, 'Not found');
        if (one[2]) return text(res, 200, store.raw(m.ID)!.toString('utf8'));
        store.markRead(m); // Mailpit: reading a message's summary marks it read
        return json(res, messageJson(m));
      }
      return text(res, 404, 'Not found');
    } catch (e) {
      return text(res, 400, (e as Error).message);
    }
  };
}
