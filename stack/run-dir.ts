// Each test run's stack keeps its data in a folder of its own, named by the run's pid, so two runs (other ports,
// another clone, the same clone twice) never share or wipe each other's database, objects or inbox.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './config.ts';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the pid lives but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** `.supabase-local/<kind>-<pid>` for this run; folders of the same kind left by runs that died are removed first. */
export function runDataDir(kind: string, pid = process.pid): string {
  const parent = path.join(ROOT, '.supabase-local');
  const pattern = new RegExp(`^${kind}-(\\d+)$`);
  for (const name of fs.existsSync(parent) ? fs.readdirSync(parent) : []) {
    const owner = Number(pattern.exec(name)?.[1]);
    if (owner && owner !== pid && !alive(owner)) fs.rmSync(path.join(parent, name), { recursive: true, force: true });
  }
  return path.join(parent, `${kind}-${pid}`);
}
