// Edge functions in real Deno: one Deno process serves every supabase/functions/<name>/index.ts;
// the gateway checks verify_jwt from supabase/config.toml and proxies the request to it.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ANON_KEY, JWT_SECRET, MAIL_SENDER, ROOT, SERVICE_ROLE_KEY, apiUrl, dbUrl, type StackConfig } from '../config.ts';
import { CORS_HEADERS, sendJson, type RequestContext, type Service } from '../http.ts';
import { createRouter } from '../router.ts';
import { readTomlTables } from '../toml.ts';

const FUNCTIONS_DIR = path.join(ROOT, 'supabase', 'functions');
export const DENO_BIN = path.join(ROOT, 'node_modules', '.bin', 'deno');

function verifyJwtSetting(name: string): boolean {
  const file = path.join(ROOT, 'supabase', 'config.toml');
  if (!fs.existsSync(file)) return true;
  const table = readTomlTables(fs.readFileSync(file, 'utf8'))[`functions.${name}`];
  return table?.verify_jwt !== false;
}

export async function startFunctions(c: StackConfig, log: (line: string) => void): Promise<{ service: Service; stop: () => Promise<void> }> {
  const logFile = fs.createWriteStream(path.join(c.dataDir, 'functions.log'), { flags: 'a' });
  const child: ChildProcess = spawn(
    DENO_BIN,
    ['run', '--allow-all', '--no-prompt', `--config=${path.join(FUNCTIONS_DIR, 'deno.json')}`, path.join(ROOT, 'stack', 'functions', 'main.ts')],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DENO_DIR: process.env.DENO_DIR ?? path.join(ROOT, '.supabase-local', 'deno-cache'),
        DENO_NO_UPDATE_CHECK: '1',
        FUNCTIONS_DIR,
        FUNCTIONS_PORT: String(c.functionsPort),
        SUPABASE_URL: apiUrl(c),
        SUPABASE_ANON_KEY: ANON_KEY,
        SUPABASE_SERVICE_ROLE_KEY: SERVICE_ROLE_KEY,
        SUPABASE_DB_URL: dbUrl(c),
        SUPABASE_JWT_SECRET: JWT_SECRET,
        // Scans are OCR'd here, where Deno has no CPU or memory cap; hosted Supabase does not get this (docs/ocr.md).
        SCORE_OCR: process.env.SCORE_OCR ?? 'on',
        // What `supabase secrets set` gives the functions on hosted; here the stack's own SMTP server (docs/email.md).
        SMTP_HOST: c.host,
        SMTP_PORT: String(c.smtpPort),
        SMTP_USER: 'smart-ats',
        SMTP_PASS: 'local-smtp',
        SMTP_SENDER: MAIL_SENDER,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Deno did not start within 60 s (see functions.log)')), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      logFile.write(chunk);
      if (chunk.toString().includes('functions ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => logFile.write(chunk));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Deno exited with code ${code} before it was ready (see ${path.join(c.dataDir, 'functions.log')})`));
    });
  });
  child.on('exit', (code, signal) => {
    if (signal !== 'SIGTERM') log(`functions runtime exited (code ${code}, signal ${signal})`);
  });

  // Every path goes to the runtime, which answers for names it does not know; verify_jwt is decided here first.
  const route = createRouter([
    [
      '*',
      '/*',
      async (ctx, { rest }) => {
        const name = rest.split('/')[0];
        if (ctx.method !== 'OPTIONS' && verifyJwtSetting(name)) {
          // As the edge runtime with verify_jwt: a valid JWT (the anon key will do) in Authorization.
          if (!ctx.req.headers.authorization) return sendJson(ctx.res, 401, { code: 401, message: 'Missing authorization header' });
          if (!ctx.claims) return sendJson(ctx.res, 401, { code: 401, message: 'Invalid JWT' });
        }
        await proxy(ctx, c.functionsPort);
      },
    ],
  ]);
  const service: Service = async (ctx: RequestContext) => {
    const match = route(ctx.method, ctx.path); // ctx.path always starts with `/`, so it always matches
    if (match) await match.handler(ctx, match.params);
  };

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
    await exited;
    clearTimeout(timer);
    logFile.end();
  };
  return { service, stop };
}

function proxy(ctx: RequestContext, port: number): Promise<void> {
  return new Promise((resolve) => {
    const headers = { ...ctx.req.headers, host: `127.0.0.1:${port}` };
    const upstream = http.request({ host: '127.0.0.1', port, method: ctx.method, path: ctx.path + ctx.url.search, headers }, (up) => {
      const out: Record<string, string | string[]> = {};
      for (const [k, v] of Object.entries(up.headers)) if (v !== undefined) out[k] = v;
      // Preflight answers come from the function itself; other replies get the gateway's CORS defaults too.
      for (const [k, v] of Object.entries(CORS_HEADERS)) if (!(k in out)) out[k] = v;
      ctx.res.writeHead(up.statusCode ?? 502, out);
      up.pipe(ctx.res);
      up.on('end', resolve);
      up.on('error', () => resolve());
    });
    upstream.on('error', () => {
      if (!ctx.res.headersSent) sendJson(ctx.res, 503, { code: 'FUNCTIONS_UNAVAILABLE', message: 'The functions runtime is not reachable' });
      resolve();
    });
    ctx.req.pipe(upstream);
  });
}
