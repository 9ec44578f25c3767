// Faults mid-submission: while candidates apply, the gateway, the functions runtime (Deno) or Postgres is taken
// down and brought back. A client following the apply page's retry rules (same application id, the remembered path,
// 409 on upload or insert = already done) gets every application in exactly once with its resume intact.
// Then the whole stack is stopped and started on the same data: everything written before is still there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACME } from '../app/db/seed.ts';
import type { StackPiece } from '../../stack/stack.ts';
import { applyWithRetries, newCandidate, type Candidate, type Outcome } from './support/apply-flow.ts';
import { filesOnDisk, sha256, storedSha256 } from './support/footprint.ts';
import { pdfOfSize } from '../support/pdf.ts';
import { ownStackFor } from './support/own-stack.ts';
import { tally } from './support/tally.ts';

const PER_FAULT = 24;
const figures = tally('faults');

const own = ownStackFor('faults', {}, { noScheduler: true });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Fault = { piece: StackPiece; candidates: Candidate[]; outcomes: PromiseSettledResult<Outcome>[]; downMs: number };
const faults: Fault[] = [];

/** Candidates start one every 60 ms; 500 ms in, `piece` goes down for 1.5 s, so requests of every step meet it. */
async function submitThrough(piece: StackPiece): Promise<Fault> {
  const slug = `faults-${piece}`;
  const [job] = await own.sql<{ id: string }>(
    `insert into public.jobs (org_id, slug, title, status) values ($1, $2, 'Fault test', 'open') returning id`,
    [ACME, slug],
  );
  const n = faults.length;
  const candidates = Array.from({ length: PER_FAULT }, (_, i) =>
    newCandidate({ id: job.id, slug }, pdfOfSize(50_000 + i * 40_000, { eof: true }), i, `127.${150 + n}.0.${i + 1}`),
  );
  const submissions = candidates.map(async (c, i) => {
    await sleep(i * 60);
    return applyWithRetries(own.api, c, { deadlineMs: 45_000 });
  });
  await sleep(500);
  const down = Date.now();
  const revive = await own.running.takeDown(piece);
  await sleep(1_500);
  await revive();
  const downMs = Date.now() - down;
  const fault = { piece, candidates, outcomes: await Promise.allSettled(submissions), downMs };
  faults.push(fault);
  return fault;
}

async function holdings(slug: string) {
  const rows = await own.sql<{ id: string; resume_path: string }>(
    `select a.id, a.resume_path from public.applications a join public.jobs j on j.id = a.job_id where j.slug = $1`,
    [slug],
  );
  const objects = await own.sql<{ name: string }>(`select name from storage.objects where bucket_id = 'resumes' and name like $1`, [`${slug}/%`]);
  const grants = await own.sql<{ path: string; used: boolean }>(
    `select g.path, g.used_at is not null as used from public.upload_grants g join public.jobs j on j.id = g.job_id where j.slug = $1`,
    [slug],
  );
  return { rows, objects, grants };
}

describe.each<StackPiece>(['gateway', 'functions', 'postgres'])('%s killed and restarted mid-submission', (piece) => {
  let fault: Fault;
  let held: Awaited<ReturnType<typeof holdings>>;
  beforeAll(async () => {
    fault = await submitThrough(piece);
    held = await holdings(`faults-${piece}`);
  }, 90_000);

  it('every candidate got through by retrying', () => {
    expect(fault.outcomes.flatMap((o) => (o.status === 'rejected' ? [String(o.reason)] : []))).toEqual([]);
    // The outage was felt: some submissions needed more than one attempt.
    expect(fault.outcomes.some((o) => o.status === 'fulfilled' && o.value.attempts > 1)).toBe(true);
  });

  it('exactly one application per candidate, with the id the client chose', () => {
    expect(held.rows.map((r) => r.id).sort()).toEqual(fault.candidates.map((c) => c.id).sort());
  });

  it('each resume stored once, byte-identical, and no object without its application', () => {
    const pathOf = new Map(held.rows.map((r) => [r.id, r.resume_path]));
    expect(fault.candidates.filter((c) => storedSha256(own.dataDir, pathOf.get(c.id)!) !== sha256(c.resume)).map((c) => c.fullName)).toEqual([]);
    expect(held.objects.map((o) => o.name).sort()).toEqual([...pathOf.values()].sort());
  });

  it('every used grant belongs to an application; unused ones (a lost sign-upload answer) have no object', () => {
    const paths = new Set(held.rows.map((r) => r.resume_path));
    expect(held.grants.filter((g) => g.used !== paths.has(g.path))).toEqual([]);
  });
});

describe('the local stack stopped and started again on the same data', () => {
  type Snapshot = { rows: unknown[]; events: number; grants: number; objects: unknown[]; files: Record<string, string | null> };
  const snapshot = async (): Promise<Snapshot> => {
    const objects = await own.sql<{ name: string }>(
      `select name, metadata->>'size' as size from storage.objects where bucket_id = 'resumes' order by name`,
    );
    return {
      rows: await own.sql('select id, job_id, full_name, email, resume_path, resume_size, stage, parse_status from public.applications order by id'),
      events: (await own.sql<{ n: number }>('select count(*)::int as n from public.stage_events'))[0].n,
      grants: (await own.sql<{ n: number }>('select count(*)::int as n from public.upload_grants'))[0].n,
      objects,
      files: Object.fromEntries(objects.map((o) => [o.name, storedSha256(own.dataDir, o.name)])),
    };
  };
  let before: Snapshot;
  let after: Snapshot;
  beforeAll(async () => {
    before = await snapshot();
    await own.restart();
    after = await snapshot();
  }, 60_000);

  it('holds every row, stage event, grant, object and byte it held before', () => {
    expect(before.rows).toHaveLength(3 * PER_FAULT);
    expect(after).toEqual(before);
    expect(filesOnDisk(own.dataDir).filter((f) => f.includes('/.'))).toEqual([]);
  });

  it('serves them again through the API', async () => {
    const [first] = before.objects as { name: string }[];
    const res = await fetch(`${own.api.apiUrl}/storage/v1/object/authenticated/resumes/${first.name}`, {
      headers: { apikey: own.running.serviceRoleKey, authorization: `Bearer ${own.running.serviceRoleKey}` },
    });
    expect(res.status).toBe(200);
    expect(sha256(Buffer.from(await res.arrayBuffer()))).toBe(before.files[first.name]);
  });

  afterAll(() => {
    for (const f of faults) {
      const ok = f.outcomes.filter((o) => o.status === 'fulfilled');
      figures[`${f.piece}.survived`] = ok.length === PER_FAULT;
      figures[`${f.piece}.retries`] = ok.reduce((n, o) => n + (o.status === 'fulfilled' ? o.value.attempts - 1 : 0), 0);
      console.log(
        `faults (${f.piece} down ${(f.downMs / 1000).toFixed(1)} s): ${ok.length}/${PER_FAULT} applied, ${figures[`${f.piece}.retries`]} retries`,
      );
    }
    figures.restartKeptEverything = JSON.stringify(after) === JSON.stringify(before);
  });
});
