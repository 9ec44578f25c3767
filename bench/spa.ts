// The SPA as users get it: a production build (with Vite's manifest) into a throw-away folder, and `vite preview`
// serving it on a free port, pointed at a given stack.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ANON_KEY, ROOT } from '../stack/config.ts';
import { freePort } from '../stack/lock.ts';
import { chromium, type Browser } from '@playwright/test';

const VITE = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');

export type Manifest = Record<
  string,
  { file: string; name?: string; isEntry?: boolean; isDynamicEntry?: boolean; imports?: string[]; dynamicImports?: string[] }
>;

function run(args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [VITE, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite ${args[0]} exited with ${code}:\n${out}`))));
  });
}

/** Builds the app into a new temporary folder; the caller removes it (`fs.rmSync(dir, { recursive: true })`). */
export async function buildSpa(apiUrl: string): Promise<{ dir: string; manifest: Manifest }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'smart-ats-bench-spa-'));
  try {
    await run(['build', '--outDir', dir, '--emptyOutDir', '--manifest', '--logLevel', 'warn'], {
      VITE_SUPABASE_URL: apiUrl,
      VITE_SUPABASE_ANON_KEY: ANON_KEY,
    });
  } catch (e) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return { dir, manifest: JSON.parse(fs.readFileSync(path.join(dir, '.vite', 'manifest.json'), 'utf8')) as Manifest };
}

/** `vite preview` of a build on a free port, ready when it answers. */
export async function previewSpa(dir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [VITE, 'preview', '--outDir', dir, '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let err = '';
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}: ${err}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`vite preview not answering on ${url} within 30 s: ${err}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A production build pointed at `apiUrl`, served by `vite preview`, and Debian's Chromium (launched as the e2e
 * tests launch it), for as long as `fn` runs; everything is stopped and the build removed afterwards.
 */
export async function withSpaInChromium<T>(
  apiUrl: string,
  fn: (spa: { url: string; manifest: Manifest; browser: Browser }) => Promise<T>,
): Promise<T> {
  const { dir, manifest } = await buildSpa(apiUrl);
  let preview: Awaited<ReturnType<typeof previewSpa>> | undefined;
  let browser: Browser | undefined;
  try {
    preview = await previewSpa(dir);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    return await fn({ url: preview.url, manifest, browser });
  } finally {
    await browser?.close();
    await preview?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
