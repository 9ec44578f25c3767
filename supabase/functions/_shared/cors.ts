// CORS for functions called from the browser: every response carries these, and preflights end here.
export const corsHeaders: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'authorization, x-client-info, apikey, content-type',
  // Retry-After must be readable by the page so it can tell the candidate when to try again.
  'access-control-expose-headers': 'retry-after',
};

export const preflight = (): Response => new Response('ok', { headers: corsHeaders });
