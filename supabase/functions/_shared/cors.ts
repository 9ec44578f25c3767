// CORS for functions called from the browser. Every response says who may read it and which headers the page may
// see; what may be sent (methods, headers) only matters to the preflight (Fetch standard, CORS-preflight fetch), so
// it rides there alone, with a max-age so the browser preflights once a while rather than before every call.
export const corsHeaders: Record<string, string> = {
  'access-control-allow-origin': '*',
  // Retry-After must be readable by the page so it can tell the candidate when to try again.
  'access-control-expose-headers': 'retry-after',
};

const preflightHeaders: Record<string, string> = {
  ...corsHeaders,
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'authorization, x-client-info, apikey, content-type',
  // Chromium caps this at two hours.
  'access-control-max-age': '7200',
};

export const preflight = (): Response => new Response('ok', { headers: preflightHeaders });
