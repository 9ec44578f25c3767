// Runs inside Deno: serves every supabase/functions/<name>/index.ts on one port, as Supabase's edge
// runtime main worker does. Each function calls Deno.serve(handler) at import; we capture that handler.
type Handler = (req: Request) => Response | Promise<Response>;

const functionsDir = Deno.env.get('FUNCTIONS_DIR')!;
const port = Number(Deno.env.get('FUNCTIONS_PORT'));
const handlers = new Map<string, { handler: Handler; version: number }>();
let capturing: Handler | null = null;

const realServe = Deno.serve.bind(Deno);
// deno-lint-ignore no-explicit-any
(Deno as any).serve = (...args: unknown[]) => {
  const handler = args.find((a) => typeof a === 'function') ?? (args[0] as { handler?: Handler })?.handler;
  capturing = handler as Handler;
  return { finished: Promise.resolve(), shutdown: async () => {}, ref() {}, unref() {}, addr: { hostname: '127.0.0.1', port } };
};

let loading: Promise<unknown> = Promise.resolve();

// One import at a time, so each captured handler belongs to the function being imported.
async function load(name: string): Promise<Handler | null> {
  const file = `${functionsDir}/${name}/index.ts`;
  let version: number;
  try {
    version = (await Deno.stat(file)).mtime?.getTime() ?? 0;
  } catch {
    return null;
  }
  const known = handlers.get(name);
  if (known && known.version === version) return known.handler;
  const next = loading.then(async () => {
    // A request queued behind the first load of this same version finds it done: importing the same URL again
    // would return the cached module without running it (no Deno.serve call to capture).
    const loaded = handlers.get(name);
    if (loaded && loaded.version === version) return loaded.handler;
    capturing = null;
    await import(`file://${file}?v=${version}`);
    if (!capturing) throw new Error(`function ${name} did not call Deno.serve`);
    handlers.set(name, { handler: capturing, version });
    return capturing;
  });
  loading = next.catch(() => undefined);
  return (await next) as Handler;
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

realServe({ port, hostname: '127.0.0.1', onListen: () => console.log('functions ready') }, async (req) => {
  const url = new URL(req.url);
  const name = url.pathname.split('/')[1] ?? '';
  if (!/^[A-Za-z0-9_-]+$/.test(name)) return json(404, { code: 'NOT_FOUND', message: 'Requested function was not found' });
  let handler: Handler | null;
  try {
    handler = await load(name);
  } catch (e) {
    console.error(`function ${name} failed to load:`, e);
    return json(500, { code: 'BOOT_ERROR', message: 'Function failed to start (please check logs)' });
  }
  if (!handler) return json(404, { code: 'NOT_FOUND', message: 'Requested function was not found' });
  try {
    return await handler(req);
  } catch (e) {
    console.error(`function ${name} threw:`, e);
    return json(500, { code: 'WORKER_ERROR', message: 'Function exited due to an error (please check logs)' });
  }
});
