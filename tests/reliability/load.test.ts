// No loss under load: 200 candidates apply at once (resumes from 50 KB to 5 MiB) against a stack of the suite's
// own → exactly 200 rows and 200 objects, each object byte-identical to what was sent (SHA-256 of the file on disk),
// no duplicates, no orphans. Then again with every tenth upload aborted half-way and retried, as the apply page does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACME } from '../app/db/seed.ts';
import { applyWithRetries, newCandidate, type Candidate, type Job, type Outcome } from './support/apply-flow.ts';
import { filesOnDisk, sha256, storedSha256 } from './support/footprint.ts';
import { pdfOfSize } from '../support/pdf.ts';
import { ownStackFor } from './support/own-stack.ts';
import { tally } from './support/tally.ts';

const CANDIDATES = 200;
const MIN = 50_000;
const MAX = 5 * 1024 * 1024;
const figures = tally('load');

// No scheduler: scoring 400 resumes would compete for the two cores with what is measured here.
const own = ownStackFor('load', {}, { noScheduler: true });

/** Sizes spread evenly on a log scale from 50 KB to 5 MiB (most resumes are small), both ends included. */
const sizeOf = (i: number) => Math.round(MIN * (MAX / MIN) ** (i / (CANDIDATES - 1)));

type Round = { job: Job; candidates: Candidate[]; outcomes: PromiseSettledResult<Outcome>[]; seconds: number };

async function runRound(name: string, abortEvery?: number): Promise<Round> {
  const slug = `load-${name}`;
  const [row] = await own.sql<{ id: string }>(
    `insert into public.jobs (org_id, slug, title, status) values ($1, $2, 'Load test', 'open') returning id`,
    [ACME, slug],
  );
  const job = { id: row.id, slug };
  const candidates = Array.from({ length: CANDIDATES }, (_, i) =>
    newCandidate(job, pdfOfSize(sizeOf(i), { eof: true }), i, `127.${name === 'plain' ? 101 : 102}.${i >> 8}.${(i & 255) + 1}`),
  );
  const started = Date.now();
  const outcomes = await Promise.allSettled(
    candidates.map((c, i) =>
      applyWithRetries(own.api, c, { abortFirstUploadAt: abortEvery && i % abortEvery === 0 ? 0.5 : undefined, deadlineMs: 90_000 }),
    ),
  );
  return { job, candidates, outcomes, seconds: (Date.now() - started) / 1000 };
}

/** What the database and the disk hold for a round's job. */
async function inventory(r: Round) {
  const rows = await own.sql<{ id: string; resume_path: string; resume_size: number }>(
    'select id, resume_path, resume_size from public.applications where job_id = $1',
    [r.job.id],
  );
  const objects = await own.sql<{ name: string; size: string }>(
    `select name, metadata->>'size' as size from storage.objects where bucket_id = 'resumes' and name like $1`,
    [`${r.job.slug}/%`],
  );
  const grants = await own.sql<{ path: string; used: boolean }>(
    'select path, used_at is not null as used from public.upload_grants where job_id = $1',
    [r.job.id],
  );
  const files = filesOnDisk(own.dataDir).filter((f) => f.startsWith(`${r.job.slug}/`) || f.includes(`${r.job.slug}/.`));
  return { rows, objects, grants, files };
}

function describeRound(name: string, abortEvery?: number) {
  describe(
    name === 'plain'
      ? `${CANDIDATES} concurrent applications`
      : `${CANDIDATES} concurrent applications, every ${abortEvery}th upload aborted half-way and retried`,
    () => {
      let round: Round;
      let held: Awaited<ReturnType<typeof inventory>>;
      beforeAll(async () => {
        round = await runRound(name, abortEvery);
        held = await inventory(round);
      }, 150_000);

      it('every candidate got through', () => {
        const failures = round.outcomes.flatMap((o) => (o.status === 'rejected' ? [String(o.reason)] : []));
        expect(failures).toEqual([]);
      });

      it(`exactly ${CANDIDATES} rows, one per candidate, no duplicates`, () => {
        expect(held.rows).toHaveLength(CANDIDATES);
        expect(new Set(held.rows.map((r) => r.id))).toEqual(new Set(round.candidates.map((c) => c.id)));
        expect(new Set(held.rows.map((r) => r.resume_path)).size).toBe(CANDIDATES);
      });

      it(`exactly ${CANDIDATES} objects, each byte-identical to what was sent (SHA-256)`, () => {
        expect(held.objects).toHaveLength(CANDIDATES);
        const pathOf = new Map(held.rows.map((r) => [r.id, r.resume_path]));
        const mismatched = round.candidates.filter((c) => storedSha256(own.dataDir, pathOf.get(c.id)!) !== sha256(c.resume));
        expect(mismatched.map((c) => c.fullName)).toEqual([]);
        expect(held.objects.map((o) => Number(o.size)).sort((a, b) => a - b)).toEqual(
          round.candidates.map((c) => c.resume.length).sort((a, b) => a - b),
        );
      });

      it('no orphans: every grant used by its row, no object or file without a row, no temp files', () => {
        const paths = new Set(held.rows.map((r) => r.resume_path));
        expect(held.grants.filter((g) => !g.used || !paths.has(g.path))).toEqual([]);
        expect(held.objects.filter((o) => !paths.has(o.name))).toEqual([]);
        expect(held.files.sort()).toEqual([...paths].sort());
      });

      if (abortEvery) {
        it('the aborted uploads were really cut off half-way, and retried on the same path', () => {
          const aborted = round.outcomes.reduce((n, o) => n + (o.status === 'fulfilled' ? o.value.aborted : 0), 0);
          expect(aborted).toBe(Math.ceil(CANDIDATES / abortEvery));
          expect(held.grants).toHaveLength(CANDIDATES);
        });
      }

      afterAll(() => {
        const ok = round?.outcomes.filter((o) => o.status === 'fulfilled').length ?? 0;
        const pathOf = new Map((held?.rows ?? []).map((r) => [r.id, r.resume_path]));
        const intact =
          round?.candidates.filter((c) => pathOf.has(c.id) && storedSha256(own.dataDir, pathOf.get(c.id)!) === sha256(c.resume)).length ?? 0;
        figures[`${name}.submitted`] = CANDIDATES;
        figures[`${name}.rows`] = held?.rows.length ?? 0;
        figures[`${name}.objectsIntact`] = intact;
        figures[`${name}.objectsLost`] = CANDIDATES - intact;
        figures[`${name}.succeeded`] = ok;
        figures[`${name}.seconds`] = Number((round?.seconds ?? 0).toFixed(1));
        figures[`${name}.megabytes`] = Math.round((round?.candidates.reduce((n, c) => n + c.resume.length, 0) ?? 0) / 1e6);
        console.log(
          `load (${name}): ${ok}/${CANDIDATES} applied in ${round?.seconds.toFixed(1)} s, ${figures[`${name}.megabytes`]} MB, ${intact} objects intact`,
        );
      });
    },
  );
}

describeRound('plain');
describeRound('aborted', 10);
