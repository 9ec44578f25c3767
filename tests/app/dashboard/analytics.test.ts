// hiring_analytics: the funnel, time in stage, weekly volume, sources and scores of an organization or one job,
// computed with the caller's rights — each query as the member who makes it, so RLS decides what counts.
import { describe, expect, it } from 'vitest';
import { rolledBack, type Tx } from '../db/as-role.ts';
import { seedApplication } from '../db/fixtures.ts';
import { ACME, JOBS, USERS } from '../db/seed.ts';

type Analytics = {
  total: number;
  rejected: number;
  funnel: { stage: string; reached: number }[];
  time_in_stage: { stage: string; median_hours: number; moves: number }[];
  per_week: { week: string; applications: number }[];
  sources: { source: string; applications: number; hired: number }[];
  scores: { from: number; to: number; applications: number }[];
  unscored: number;
};

const analytics = async (tx: Tx, who: { userId: string; email: string }, job: string | null = JOBS.backend.id) =>
  (await tx.as(who).query<{ a: Analytics }>('select public.hiring_analytics($1, $2) as a', [ACME, job]))[0].a;

/** Moves an application through stages, each stay `hours` long, ending `hoursAgo` before now. */
async function walk(tx: Tx, id: string, stages: string[], hours: number) {
  for (const stage of stages) await tx.query('update public.applications set stage = $2 where id = $1', [id, stage]);
  const events = await tx.query<{ id: number }>('select id from public.stage_events where application_id = $1 order by id', [id]);
  for (const [i, e] of events.entries())
    await tx.query(`update public.stage_events set at = now() - make_interval(hours => $2) where id = $1`, [e.id, (events.length - i) * hours]);
}

async function pipeline(tx: Tx) {
  const [a, b, c, d] = [await seedApplication(tx), await seedApplication(tx), await seedApplication(tx), await seedApplication(tx)];
  await walk(tx, a, ['screening', 'interview'], 24);
  await walk(tx, b, ['screening', 'rejected'], 48);
  await walk(tx, c, ['screening', 'interview', 'offer', 'hired'], 12);
  await tx.query(`update public.applications set source = 'linkedin', score = 95 where id = $1`, [c]);
  await tx.query(`update public.applications set score = 40 where id in ($1, $2)`, [a, b]);
  await tx.query(`update public.applications set withdrawn_at = now() where id = $1`, [d]);
  return { a, b, c, d };
}

describe('hiring_analytics', () => {
  it('counts how far each application got, rejections, sources and scores for a member; withdrawn ones are left out', () =>
    rolledBack(async (tx) => {
      const before = await analytics(tx, USERS.acmeViewer);
      await pipeline(tx);
      const after = await analytics(tx, USERS.acmeViewer);
      const grew = (stage: string) => after.funnel.find((f) => f.stage === stage)!.reached - before.funnel.find((f) => f.stage === stage)!.reached;
      expect(after.total - before.total).toBe(3);
      expect(['applied', 'screening', 'interview', 'offer', 'hired'].map(grew)).toEqual([3, 3, 2, 1, 1]);
      expect(after.rejected - before.rejected).toBe(1);
      const linkedin = after.sources.find((s) => s.source === 'linkedin')!;
      expect(linkedin.applications - (before.sources.find((s) => s.source === 'linkedin')?.applications ?? 0)).toBe(1);
      expect(linkedin.hired).toBeGreaterThanOrEqual(1);
      expect(after.scores.find((s) => s.from === 90)!.applications - before.scores.find((s) => s.from === 90)!.applications).toBe(1);
      expect(after.scores.find((s) => s.from === 40)!.applications - before.scores.find((s) => s.from === 40)!.applications).toBe(2);
      expect(after.per_week).toHaveLength(12);
      expect(after.per_week.at(-1)!.applications - before.per_week.at(-1)!.applications).toBe(3);
    }));

  it('gives the median time spent in each stage, in hours, from the stage history', () =>
    rolledBack(async (tx) => {
      await tx.query('delete from public.applications where job_id = $1', [JOBS.frontend.id]);
      const [a, b] = [await seedApplication(tx, JOBS.frontend), await seedApplication(tx, JOBS.frontend)];
      await walk(tx, a, ['screening'], 10);
      await walk(tx, b, ['screening'], 30);
      const { time_in_stage } = await analytics(tx, USERS.acmeRecruiter, JOBS.frontend.id);
      expect(time_in_stage).toEqual([{ stage: 'applied', median_hours: 20, moves: 2 }]);
    }));

  it('shows another organization nothing, not even a count, and refuses anon', () =>
    rolledBack(async (tx) => {
      await pipeline(tx);
      const theirs = await analytics(tx, USERS.globexRecruiter, null);
      expect(theirs.total).toBe(0);
      expect(theirs.funnel.every((f) => f.reached === 0)).toBe(true);
      expect(theirs.sources).toEqual([]);
      expect((await tx.as('anon').refused('select public.hiring_analytics($1)', [ACME])).code).toBe('42501');
    }));
});
