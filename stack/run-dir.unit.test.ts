// A run's data folder is its own (kind + pid), and folders left by dead runs go, while a live run's stay.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ROOT } from './config.ts';
import { runDataDir } from './run-dir.ts';

const kind = `unit-run-dir-${process.pid}`;
const folder = (pid: number) => path.join(ROOT, '.supabase-local', `${kind}-${pid}`);
afterAll(() => {
  for (const pid of [process.pid, process.ppid]) fs.rmSync(folder(pid), { recursive: true, force: true });
});

it("names the folder by this run's pid and removes only those of runs that are gone", () => {
  const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
  for (const pid of [dead, process.ppid]) fs.mkdirSync(folder(pid), { recursive: true });
  expect(runDataDir(kind)).toBe(folder(process.pid));
  expect(fs.existsSync(folder(dead))).toBe(false);
  expect(fs.existsSync(folder(process.ppid))).toBe(true);
  expect(runDataDir(kind, 4242)).toMatch(new RegExp(`${kind}-4242$`));
});
