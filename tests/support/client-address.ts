// Different clients on one machine: Linux delivers all of 127.0.0.0/8 to the loopback interface, so a request opened
// from 127.a.b.c reaches the local gateway from a peer of its own, and the gateway appends that peer to
// X-Forwarded-For as a real proxy does. Rate limits key on that hop, so tests (and e2e pages) that must not share a
// budget connect from different addresses; a forged X-Forwarded-For header no longer separates anyone.
import { randomInt } from 'node:crypto';
import http from 'node:http';

/** A loopback address of its own (never 127.0.0.x, where everything that did not ask for one comes from). */
export const newClientAddress = () => `127.${randomInt(1, 255)}.${randomInt(256)}.${randomInt(1, 255)}`;

/** `fetch`, connecting from `address`: a fresh connection per request, so no pooled socket can be reused from elsewhere. */
export function fetchFrom(address: string): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const body = request.body ? Buffer.from(await request.arrayBuffer()) : null;
    const sent: Record<string, string> = {};
    request.headers.forEach((value, name) => (sent[name] = value));
    return new Promise<Response>((resolve, reject) => {
      const req = http.request(
        request.url,
        { method: request.method, headers: sent, localAddress: address, agent: false, signal: request.signal },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const headers = new Headers();
            for (const [name, value] of Object.entries(res.headers)) for (const v of [value ?? []].flat()) headers.append(name, v);
            const status = res.statusCode ?? 502;
            const empty = request.method === 'HEAD' || status === 204 || status === 304;
            resolve(new Response(empty ? null : Buffer.concat(chunks), { status, statusText: res.statusMessage, headers }));
          });
        },
      );
      req.on('error', reject);
      req.end(body ?? undefined);
    });
  };
}
