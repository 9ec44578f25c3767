// Liveness of the functions runtime and its secrets: the first thing to call after `functions deploy`.
const REQUIRED = ['SUPABASE_URL', 'SUPABASE_ANON_KEY', 'SUPABASE_SERVICE_ROLE_KEY'];

Deno.serve((req) => {
  const headers = {
    'content-type': 'application/json',
    'access-control-allow-origin': '*',
    'access-control-allow-headers': 'authorization, x-client-info, apikey, content-type',
  };
  if (req.method === 'OPTIONS') return new Response('ok', { headers });
  const missing = REQUIRED.filter((name) => !Deno.env.get(name));
  const body = { status: missing.length ? 'misconfigured' : 'ok', runtime: `deno ${Deno.version.deno}`, missingSecrets: missing };
  return new Response(JSON.stringify(body), { status: missing.length ? 503 : 200, headers });
});
