// Request plumbing shared by functions: the method gate and preflight, bounded JSON bodies, JSON replies
// and the caller's address.
import { corsHeaders, preflight } from './cors.ts';
import { FunctionError, errorResponse } from './errors.ts';

type Handler = (req: Request) => Promise<Response>;

/** Wraps a handler: answers preflights, refuses other methods (405) and turns any throw into the error shape. */
export function endpoint(methods: string[], handler: Handler): (req: Request) => Promise<Response> {
  return async (req) => {
    if (req.method === 'OPTIONS') return preflight();
    try {
      if (!methods.includes(req.method)) {
        throw new FunctionError('method_not_allowed', `Use ${methods.join(' or ')}.`, { allow: [...methods, 'OPTIONS'].join(', ') });
      }
      return await handler(req);
    } catch (e) {
      return errorResponse(e);
    }
  };
}

export const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { ...corsHeaders, 'content-type': 'application/json' } });

/** The parsed JSON body; bad_request when it is not JSON or longer than maxBytes (counted as it streams in). */
export async function readJson(req: Request, maxBytes: number): Promise<unknown> {
  const tooLarge = () => new FunctionError('bad_request', `The request body must be at most ${maxBytes} bytes.`);
  if (Number(req.headers.get('content-length')) > maxBytes) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let length = 0;
  if (req.body) {
    for await (const chunk of req.body) {
      length += chunk.byteLength;
      if (length > maxBytes) throw tooLarge();
      chunks.push(chunk);
    }
  }
  const bytes = new Uint8Array(length);
  chunks.reduce((offset, chunk) => (bytes.set(chunk, offset), offset + chunk.byteLength), 0);
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new FunctionError('bad_request', 'The request body must be JSON.');
  }
}

/**
 * The client's address: the LAST X-Forwarded-For hop, the one the proxy in front of us appended from the socket it
 * accepted; every hop before it is whatever the client sent, so keying on the first hop lets a client that rotates
 * a forged header escape any limit. Hosted Supabase is fronted by Cloudflare (cf-ray and cdn-loop: cloudflare in
 * https://supabase.com/docs/guides/functions/functions-headers), which appends the connecting address to the
 * X-Forwarded-For a request already has, "as the last in the list" (https://support.cloudflare.com/hc/en-us/articles/200170986,
 * now https://developers.cloudflare.com/fundamentals/reference/http-headers/); the local gateway does the same
 * (stack/http.ts appendForwardedFor). Supabase's docs take the first hop (https://supabase.com/docs/guides/api/securing-your-api),
 * the forgeable one. The status RPCs read the same hop in SQL: public.request_client_address(). Null only when no
 * proxy stood in front of us.
 */
export function clientAddress(req: Request): string | null {
  return req.headers.get('x-forwarded-for')?.split(',').at(-1)?.trim() || null;
}
