// Local stack cold start to ready (fresh data folder and existing one) and the memory of all its processes.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../stack/config.ts';
import { freePort } from '../stack/lock.ts';
import { processTree, pssKb } from './proc.ts';
import type { Figure } from './figures.ts';

async function startOnce(dataDir: string): Promise<{ ms: number; memMb: number }> {
  const env = {
    ...process.env,
    STACK_API_PORT: String(await freePort()),
    STACK_DB_PORT: String(await freePort()),
    STACK_FUNCTIONS_PORT: String(await freePort()),
    STACK_MAIL_PORT: String(await freePort()),
    STACK_SMTP_PORT: String(await freePort()),
    STACK_DATA_DIR: dataDir,
  };
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'stack', 'cli.ts'), 'stack'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let timer: NodeJS.Timeout | undefined;
  const exited = new Promise((r) => child.once('exit', r));
  const ms = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('stack is ready')) resolve(performance.now() - started);
    });
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', () => reject(new Error(`stack exited before ready:\n${out}`)));
    timer = setTimeout(() => reject(new Error(`stack not ready within 60 s:\n${out}`)), 60_000);
  })
    .catch(async (e: unknown) => {
      // A stack that never got ready must not outlive the bench.
      child.kill('SIGTERM');
      await exited;
      throw e;
    })
    .finally(() => clearTimeout(timer));
  // Let the runtimes settle (JIT, first GC) before reading memory.
  await new Promise((r) => setTimeout(r, 1500));
  const memMb = pssKb(processTree(child.pid!)) / 1024;
  child.kill('SIGTERM');
  await exited;
  return { ms, memMb };
}

export async function benchStackStart(): Promise<Figure[]> {
  const dataDir = path.join(ROOT, '.supabase-local', 'bench-start');
  fs.rmSync(dataDir, { recursive: true, force: true });
  const fresh = await startOnce(dataDir);
  const warm = await startOnce(dataDir);
  fs.rmSync(dataDir, { recursive: true, force: true });
  return [
    {
      group: 'local stack',
      name: 'cold start to ready, new data folder (initdb + migrations + seed)',
      value: fresh.ms / 1000,
      unit: 's',
      goal: { max: 10 },
    },
    { group: 'local stack', name: 'cold start to ready, existing data folder', value: warm.ms / 1000, unit: 's', goal: { max: 10 } },
    {
      group: 'local stack',
      name: 'memory of all its processes (PSS) after start',
      value: Math.max(fresh.memMb, warm.memMb),
      unit: 'MB',
      goal: { max: 400 },
    },
  ];
}
