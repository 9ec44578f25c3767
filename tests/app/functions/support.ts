// Helpers for calling functions over HTTP as the browser does (anon key, from a client address of its own).
import { fetchFrom } from '../../support/client-address.ts';
import { stack } from '../../support/clients.ts';

/** `address`: the loopback address the request comes from (tests/support/client-address.ts), so rate limits of different tests never meet. */
export type Call = { method?: string; body?: unknown; rawBody?: string; address?: string; headers?: Record<string, string> };

export async function callFunction(name: string, { method = 'POST', body, rawBody, address, headers = {} }: Call = {}) {
  const res = await (address ? fetchFrom(address) : fetch)(`${stack.apiUrl}/functions/v1/${name}`, {
    method,
    headers: { authorization: `Bearer ${stack.anonKey}`, apikey: stack.anonKey, 'content-type': 'application/json', ...headers },
    body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, headers: res.headers, json: json as Record<string, unknown> & { error?: { code: string; message: string } } };
}
