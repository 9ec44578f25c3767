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

/** The client's address as the platform's proxy reports it (first hop of X-Forwarded-For), or null. */
export function clientAddress(req: Request): string | null {
  const forwarded = req.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || req.headers.get('x-real-ip')?.trim() || null;
}
