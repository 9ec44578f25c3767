// One stack per data folder: a pid file says who runs it, so a second `npm run dev` explains instead of crashing.
import fs from 'node:fs';
import net from 'node:net';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Takes the lock or returns the pid of the live process holding it. */
export function takeLock(file: string): { ok: true; release: () => void } | { ok: false; pid: number } {
  if (fs.existsSync(file)) {
    const pid = Number(fs.readFileSync(file, 'utf8'));
    if (pid && pid !== process.pid && alive(pid)) return { ok: false, pid };
  }
  fs.writeFileSync(file, String(process.pid));
  return { ok: true, release: () => fs.rmSync(file, { force: true }) };
}

export function portInUse(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(true));
    probe.listen(port, host, () => probe.close(() => resolve(false)));
  });
}

/** A port the OS says is free right now on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** A base port whose `base + offset` are all free now (a stack's API, Postgres, inbox, SMTP and functions ports). */
export async function freePortBlock(offsets: number[], host = '127.0.0.1'): Promise<number> {
  for (let tries = 0; tries < 50; tries++) {
    const base = 20000 + 10 * Math.floor(Math.random() * 3000);
    const taken = await Promise.all(offsets.map((o) => portInUse(base + o, host)));
    if (!taken.includes(true)) return base;
  }
  throw new Error(`no free block of ports for ${offsets.join(', ')} above 20000 on ${host}`);
}
