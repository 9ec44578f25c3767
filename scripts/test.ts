// `npm test`: every check in order — types, lint, unit, conformance against a live local stack, and
// Playwright in Chromium — each starting and stopping what it needs. Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, loadConfig } from '../stack/config.ts';
import { freePort, freePortBlock } from '../stack/lock.ts';
import { postgresNeeds, serviceUserProblem } from '../stack/service-user.ts';

type Step = { name: string; cmd: string; args: string[] };

const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);
const denoEntrypoints = fs
  .readdirSync(path.join(ROOT, 'supabase', 'functions'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('_') && fs.existsSync(path.join(ROOT, 'supabase', 'functions', d.name, 'index.ts')))
  .map((d) => path.join('supabase', 'functions', d.name, 'index.ts'));

const steps: Step[] = [
  { name: 'typecheck (app)', cmd: bin('tsc'), args: ['-p', 'tsconfig.json', '--noEmit'] },
  { name: 'typecheck (node)', cmd: bin('tsc'), args: ['-p', 'tsconfig.node.json', '--noEmit'] },
  {
    name: 'typecheck (deno functions)',
    cmd: bin('deno'),
    args: ['check', '--config', 'supabase/functions/deno.json', 'stack/functions/main.ts', ...denoEntrypoints],
  },
  { name: 'lint', cmd: bin('eslint'), args: ['.', '--max-warnings=0'] },
  { name: 'format (prettier --check)', cmd: bin('prettier'), args: ['--check', '.'] },
  { name: 'unit tests', cmd: bin('vitest'), args: ['run', '--project', 'unit'] },
  { name: 'conformance tests (live local stack)', cmd: bin('vitest'), args: ['run', '--project', 'conformance'] },
  { name: 'end-to-end tests (Chromium)', cmd: bin('playwright'), args: ['test'] },
];

// Every suite below starts a stack; from a folder Postgres' service user cannot enter, say so once instead of failing each.
const problem = serviceUserProblem(postgresNeeds(loadConfig()));
if (problem) {
  console.error(`\n✖ npm test cannot start a local stack: ${problem}\n`);
  process.exit(1);
}

// The e2e stack and app on ports free now (unless given), so two `npm test` runs at once, in one clone or two, never
// meet on a port; each run's stack also keeps its data in a folder of its own (stack/run-dir.ts).
const e2ePorts = {
  E2E_API_PORT: process.env.E2E_API_PORT ?? String(await freePortBlock([0, 1, 3, 4, 8])),
  E2E_APP_PORT: process.env.E2E_APP_PORT ?? String(await freePort()),
};

const only = process.argv.slice(2);
const results: { name: string; ok: boolean; seconds: number }[] = [];
for (const step of steps) {
  if (only.length && !only.some((o) => step.name.startsWith(o))) continue;
  console.log(`\n━━ ${step.name} ━━`);
  const started = Date.now();
  const run = spawnSync(step.cmd, step.args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: {
      ...process.env,
      ...e2ePorts,
      DENO_DIR: process.env.DENO_DIR ?? path.join(ROOT, '.supabase-local', 'deno-cache'),
      FORCE_COLOR: process.env.CI ? '0' : '1',
    },
  });
  results.push({ name: step.name, ok: run.status === 0, seconds: (Date.now() - started) / 1000 });
  if (run.status !== 0 && process.env.FAIL_FAST) break;
}

console.log('\n━━ summary ━━');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'}  ${r.name} (${r.seconds.toFixed(1)} s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
