// The API gateway on :54321: one small router in front of the emulated auth, rest, storage and
// functions services, refusing requests without a valid API key as Supabase's Kong does.
import http from 'node:http';
import { JWT_SECRET } from './config.ts';
import { HttpError, PREFLIGHT_HEADERS, appendForwardedFor, bearer, sendEmpty, sendJson, type RequestContext, type Service } from './http.ts';
import { JwtError, verifyJwt, type Claims } from './jwt.ts';
import { traffic } from './traffic.ts';

export type Services = { auth: Service; rest: Service; storage: Service; functions: Service };

type Route = { prefix: string; service: keyof Services; needsApiKey: (path: string, method: string) => boolean };

// Which routes Kong guards with key-auth on Supabase (signed storage URLs and functions are open:
// those services check their own tokens).
const ROUTES: Route[] = [
  { prefix: '/auth/v1', service: 'auth', needsApiKey: (p) => !/^\/(verify|callback|authorize|health|settings)$/.test(p) },
  { prefix: '/rest/v1', service: 'rest', needsApiKey: () => true },
  { prefix: '/storage/v1', service: 'storage', needsApiKey: (p) => !/^\/object\/(sign|upload\/sign|public)\//.test(p) && p !== '/status' },
  { prefix: '/functions/v1', service: 'functions', needsApiKey: () => false },
];

function checkToken(token: string | null): { claims: Claims | null; tokenError: string | null } {
  if (!token) return { claims: null, tokenError: null };
  try {
    return { claims: verifyJwt(token, JWT_SECRET), tokenError: null };
  } catch (e) {
    return { claims: null, tokenError: e instanceof JwtError ? e.message : 'invalid token' };
  }
}

/** Watches each request before it is handled (the service it goes to, or null): how `npm run bench` counts traffic. */
export type RequestHook = (service: keyof Services | null, req: http.IncomingMessage, res: http.ServerResponse) => void;

export function createGateway(services: Services, log: (line: string) => void = () => undefined, onRequest: RequestHook[] = []): http.Server {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = ROUTES.find((r) => url.pathname === r.prefix || url.pathname.startsWith(`${r.prefix}/`));
    for (const hook of onRequest) hook(route?.service ?? null, req, res);
    appendForwardedFor(req);
    try {
      if (!route) {
        if (url.pathname === '/' || url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
        if (url.pathname === '/_stack/traffic' && req.socket.remoteAddress?.startsWith('127.')) return sendJson(res, 200, traffic);
        return sendJson(res, 404, { message: 'no Route matched with those values' });
      }
      const path = url.pathname.slice(route.prefix.length) || '/';
      if (req.method === 'OPTIONS' && route.service !== 'functions') return sendEmpty(res, 200, PREFLIGHT_HEADERS);
      const apikey = (req.headers.apikey as string | undefined) ?? url.searchParams.get('apikey');
      if (route.needsApiKey(path, req.method ?? 'GET')) {
        if (!apikey) return sendJson(res, 401, { message: 'No API key found in request' });
        const key = checkToken(apikey);
        if (!key.claims || !['anon', 'service_role'].includes(String(key.claims.role))) {
          return sendJson(res, 401, { message: 'Invalid authentication credentials' });
        }
      }
      const token = bearer(req) ?? apikey ?? null;
      const ctx: RequestContext = { req, res, method: req.method ?? 'GET', url, path, token, ...checkToken(token) };
      await services[route.service](ctx);
    } catch (e) {
      if (e instanceof HttpError) {
        if (!res.headersSent) sendJson(res, e.status, e.body, e.headers);
        else res.destroy();
        return;
      }
      log(`gateway: unhandled error on ${req.method} ${url.pathname}: ${(e as Error).stack ?? String(e)}`);
      if (!res.headersSent) sendJson(res, 500, { message: 'internal error in the local stack' });
      else res.destroy();
    }
  });
  server.keepAliveTimeout = 5_000;
  return server;
}
