// The dashboard's SQL helpers: job_pipeline counts, job visits ("new since last visit") and my_memberships,
// each as the role that calls them, so RLS decides what they see.
import { describe, expect, it } from 'vitest';
import { rolledBack, type Scope, type Tx } from '../db/as-role.ts';
import { seedApplication } from '../db/fixtures.ts';
import { ACME, GLOBEX, JOBS, USERS } from '../db/seed.ts';

type PipelineRow = {
  job_id: string;
  total: number;
  applied: number;
  screening: number;
  interview: number;
  offer: number;
  hired: number;
  rejected: number;
  new_since_last_visit: number;
  last_visited_at: Date | null;
};

const pipeline = async (scope: Scope, org: string) => {
  const rows = await scope.query<PipelineRow>(`select * from public.job_pipeline($1)`, [org]);
  return new Map(rows.map((r) => [r.job_id, r]));
};

const COUNTS = ['total', 'applied', 'screening', 'interview', 'offer', 'hired', 'rejected', 'new_since_last_visit'] as const;

/** What a job's counts grew by between two readings (the database may hold applications from elsewhere). */
const added = (before: Map<string, PipelineRow>, after: Map<string, PipelineRow>, job: string) =>
  Object.fromEntries(COUNTS.map((k) => [k, after.get(job)![k] - before.get(job)![k]])) as Record<(typeof COUNTS)[number], number>;

/** Starts from nobody having visited anything (inside the rolled-back transaction). */
const clearVisits = (tx: Tx) => tx.query('delete from public.job_visits');

/** Three backend applications (one moved to interview, one arrived two days ago) and one frontend one. */
async function applicants(tx: Tx) {
  const [a, b, c] = [await seedApplication(tx, JOBS.backend), await seedApplication(tx, JOBS.backend), await seedApplication(tx, JOBS.backend)];
  await seedApplication(tx, JOBS.frontend);
  await tx.query(`update public.applications set stage = 'interview' where id = $1`, [b]);
  await tx.query(`update public.applications set created_at = now() - interval '2 days' where id = $1`, [c]);
  return { a, b, c };
}

describe('job_pipeline', () => {
  it("counts every Acme job's applicants per stage for a member, drafts and closed jobs included", () =>
    rolledBack(async (tx) => {
      await clearVisits(tx);
      const before = await pipeline(tx.as(USERS.acmeViewer), ACME);
      await applicants(tx);
      const rows = await pipeline(tx.as(USERS.acmeViewer), ACME);
      expect([...rows.keys()].sort()).toEqual([JOBS.backend.id, JOBS.frontend.id, JOBS.dataEngineer.id, JOBS.productDesigner.id].sort());
      expect(added(before, rows, JOBS.backend.id)).toEqual({
        total: 3,
        applied: 2,
        screening: 0,
        interview: 1,
        offer: 0,
        hired: 0,
        rejected: 0,
        new_since_last_visit: 3,
      });
      expect(added(before, rows, JOBS.frontend.id)).toMatchObject({ total: 1, applied: 1 });
      expect(added(before, rows, JOBS.dataEngineer.id)).toMatchObject({ total: 0, new_since_last_visit: 0 });
      expect(rows.get(JOBS.dataEngineer.id)!.last_visited_at).toBeNull();
    }));

  it('counts every applicant as new before the first visit, and only later arrivals after it', () =>
    rolledBack(async (tx) => {
      await clearVisits(tx);
      // Applications already in the database (other tests, a developer's data) arrived at least a day ago here.
      await tx.query(`update public.applications set created_at = least(created_at, now() - interval '3 days') where job_id = $1`, [JOBS.backend.id]);
      const before = await pipeline(tx.as(USERS.acmeRecruiter), ACME);
      await applicants(tx);
      const recruiter = tx.as(USERS.acmeRecruiter);
      expect(added(before, await pipeline(recruiter, ACME), JOBS.backend.id).new_since_last_visit).toBe(3);
      await tx.query(`insert into public.job_visits (user_id, job_id, visited_at) values ($1, $2, now() - interval '1 day')`, [
        USERS.acmeRecruiter.userId,
        JOBS.backend.id,
      ]);
      const row = (await pipeline(recruiter, ACME)).get(JOBS.backend.id)!;
      expect(row.new_since_last_visit).toBe(2);
      expect(row.last_visited_at).toBeInstanceOf(Date);
      // Visits are personal: the owner has not been there yet.
      expect(added(before, await pipeline(tx.as(USERS.acmeOwner), ACME), JOBS.backend.id).new_since_last_visit).toBe(3);
    }));

  it("gives another organization's members nothing, not even the open jobs they can read on the board", () =>
    rolledBack(async (tx) => {
      await applicants(tx);
      expect((await pipeline(tx.as(USERS.globexRecruiter), ACME)).size).toBe(0);
      expect((await pipeline(tx.as(USERS.acmeRecruiter), GLOBEX)).size).toBe(0);
      expect((await pipeline(tx.as(USERS.globexRecruiter), GLOBEX)).get(JOBS.sre.id)).toMatchObject({ total: 0 });
    }));

  it('is not callable by anon', () =>
    rolledBack(async (tx) => {
      const error = await tx.as('anon').refused(`select * from public.job_pipeline($1)`, [ACME]);
      expect(error.message).toMatch(/permission denied/);
    }));
});

describe('record_job_visit', () => {
  it('returns the previous visit (null the first time) and moves the visit to now', () =>
    rolledBack(async (tx) => {
      const recruiter = tx.as(USERS.acmeRecruiter);
      const first = await recruiter.query<{ previous: Date | null }>(`select public.record_job_visit($1) as previous`, [JOBS.backend.id]);
      expect(first).toEqual([{ previous: null }]);
      await tx.query(`update public.job_visits set visited_at = now() - interval '3 hours' where job_id = $1`, [JOBS.backend.id]);
      const [second] = await recruiter.query<{ previous: Date }>(`select public.record_job_visit($1) as previous`, [JOBS.backend.id]);
      expect(Date.now() - second.previous.getTime()).toBeGreaterThan(2.5 * 3600_000);
      const rows = await tx.query(`select user_id from public.job_visits where job_id = $1 and visited_at = now()`, [JOBS.backend.id]);
      expect(rows).toEqual([{ user_id: USERS.acmeRecruiter.userId }]);
    }));

  it("lets a viewer record visits (they are personal), but nobody records a visit to another organization's job", () =>
    rolledBack(async (tx) => {
      await tx.as(USERS.acmeViewer).query(`select public.record_job_visit($1)`, [JOBS.backend.id]);
      const refused = await tx.as(USERS.globexRecruiter).refused(`select public.record_job_visit($1)`, [JOBS.backend.id]);
      expect(refused.message).toMatch(/row-level security/);
    }));

  it("keeps visits private and unforgeable: no reading others' rows, no writing for someone else", () =>
    rolledBack(async (tx) => {
      await tx.as(USERS.acmeOwner).query(`select public.record_job_visit($1)`, [JOBS.backend.id]);
      const recruiter = tx.as(USERS.acmeRecruiter);
      expect(await recruiter.query(`select * from public.job_visits`)).toEqual([]);
      const forged = await recruiter.refused(`insert into public.job_visits (user_id, job_id) values ($1, $2)`, [
        USERS.acmeOwner.userId,
        JOBS.backend.id,
      ]);
      expect(forged.message).toMatch(/permission denied/);
      expect(await recruiter.query(`update public.job_visits set visited_at = now() - interval '9 days' returning job_id`)).toEqual([]);
      expect(await recruiter.query(`delete from public.job_visits returning job_id`).catch((e: Error) => e.message)).toMatch(/permission denied/);
    }));
});

describe('my_memberships', () => {
  it("lists the caller's organizations and role, and nobody else's", () =>
    rolledBack(async (tx) => {
      expect(await tx.as(USERS.acmeViewer).query(`select * from public.my_memberships()`)).toEqual([
        { org_id: ACME, org_name: 'Acme', org_slug: 'acme', role: 'viewer' },
      ]);
      await tx.query(`insert into public.memberships (org_id, user_id, role) values ($1, $2, 'viewer')`, [GLOBEX, USERS.acmeOwner.userId]);
      const owner = await tx.as(USERS.acmeOwner).query<{ org_slug: string; role: string }>(`select org_slug, role from public.my_memberships()`);
      expect(owner).toEqual([
        { org_slug: 'acme', role: 'owner' },
        { org_slug: 'globex', role: 'viewer' },
      ]);
      expect(
        await tx
          .as('anon')
          .refused(`select * from public.my_memberships()`)
          .then((e) => e.message),
      ).toMatch(/permission denied/);
    }));
});

describe('org_member_directory', () => {
  it("names an organization's members to its own members only", () =>
    rolledBack(async (tx) => {
      const rows = await tx.as(USERS.acmeViewer).query(`select * from public.org_member_directory($1)`, [ACME]);
      expect(rows).toEqual([
        { user_id: USERS.acmeOwner.userId, email: 'owner@acme.test', role: 'owner' },
        { user_id: USERS.acmeRecruiter.userId, email: 'recruiter@acme.test', role: 'recruiter' },
        { user_id: USERS.acmeViewer.userId, email: 'viewer@acme.test', role: 'viewer' },
      ]);
      expect(await tx.as(USERS.globexRecruiter).query(`select * from public.org_member_directory($1)`, [ACME])).toEqual([]);
      expect((await tx.as('anon').refused(`select * from public.org_member_directory($1)`, [ACME])).message).toMatch(/permission denied/);
    }));
});
