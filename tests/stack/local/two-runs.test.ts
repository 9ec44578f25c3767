// Two e2e runs at once (other ports, as two terminals or two clones start them) each get a stack and a data folder
// of their own: the same object path holds each run's own bytes, and one run ending wipes only its own folder.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createClient } from '@supabase/supabase-js';
import { afterAll, expect, it } from 'vitest';
import { ROOT, SERVICE_ROLE_KEY } from '../../../stack/config.ts';
import { freePortBlock } from '../../../stack/lock.ts';
import { clientOptions } from '../../support/clients.ts';

type Run = { child: ChildProcess; apiUrl: string; storageDir: string; dbUrl: string };
const runs: Run[] = [];
afterAll(async () => {
  for (const r of runs) if (r.child.exitCode === null) r.child.kill('SIGTERM');
});

async function startRun(): Promise<Run> {
  const apiPort = await freePortBlock([0, 1, 3, 4, 8]);
  const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [path.join(import.meta.dirname, 'e2e-setup-child.ts')], {
    cwd: ROOT,
    env: { ...process.env, E2E_API_PORT: String(apiPort), E2E_API_URL: '', KEEP_TEST_STACK: '' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0]);
    });
    child.once('exit', (code) => reject(new Error(`e2e setup exited with ${code} before its stack was up`)));
  });
  const run = { child, apiUrl: `http://127.0.0.1:${apiPort}`, ...(JSON.parse(line) as { storageDir: string; dbUrl: string }) };
  runs.push(run);
  return run;
}

const admin = (r: Run) => createClient(r.apiUrl, SERVICE_ROLE_KEY, clientOptions);
const ended = (r: Run) => new Promise((resolve) => (r.child.exitCode !== null ? resolve(null) : r.child.once('exit', resolve)));

it('keeps two simultaneous runs apart: own ports, own data folder, own objects', { timeout: 240_000 }, async () => {
  const [a, b] = await Promise.all([startRun(), startRun()]);
  expect(a.storageDir).not.toBe(b.storageDir);
  expect(a.dbUrl).not.toBe(b.dbUrl);
  const objectPath = 'same/path.txt';
  for (const [r, text] of [
    [a, 'run A'],
    [b, 'run B'],
  ] as const) {
    expect((await admin(r).storage.createBucket('two-runs')).error).toBeNull();
    expect(
      (
        await admin(r)
          .storage.from('two-runs')
          .upload(objectPath, new Blob([text], { type: 'text/plain' }))
      ).error,
    ).toBeNull();
  }
  const read = async (r: Run) => (await (await admin(r).storage.from('two-runs').download(objectPath)).data?.text()) ?? null;
  expect([await read(a), await read(b)]).toEqual(['run A', 'run B']);

  a.child.stdin!.end();
  await ended(a);
  expect(fs.existsSync(path.dirname(a.storageDir))).toBe(false);
  expect(await read(b)).toBe('run B');
  b.child.stdin!.end();
  await ended(b);
  expect(fs.existsSync(path.dirname(b.storageDir))).toBe(false);
});
