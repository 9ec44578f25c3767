// Members' notifications in Postgres: following jobs under RLS, each member's choice (none / each / daily digest),
// one email per new application per follower with "each", one digest a day with "daily". Every transaction rolls back.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { rolledBack, type Scope, type Tx } from '../db/as-role.ts';
import { grantUpload, seedApplication, submitSql } from '../db/fixtures.ts';
import { ACME, JOBS, USERS } from '../db/seed.ts';

const owner = USERS.acmeOwner;
const recruiter = USERS.acmeRecruiter;
const viewer = USERS.acmeViewer;
const globex = USERS.globexRecruiter;
type Member = typeof owner | typeof recruiter | typeof viewer | typeof globex;

type Notification = { recipient_user: string; template: string; to_address: string; status: string; payload: Record<string, unknown> };

/** A fresh open Acme job, so what other tests and the seed put on the shared jobs never counts here. */
async function freshJob(admin: Scope, title = 'Notification Tester') {
  const job = { id: randomUUID(), slug: `notify-${randomUUID().slice(0, 8)}` };
  await admin.query(`insert into public.jobs (id, org_id, slug, title, status) values ($1, $2, $3, $4, 'open')`, [job.id, ACME, job.slug, title]);
  return job;
}

async function candidateApplies(tx: Tx, job: { id: string; slug: string }, email = 'ada@example.test'): Promise<string> {
  const path = await grantUpload(tx, job);
  const id = randomUUID();
  await tx.as('anon').query(...submitSql({ id, jobId: job.id, path, email }));
  return id;
}

const follow = (tx: Tx, member: Member, jobId: string) => tx.as(member).query(`insert into public.job_follows (job_id) values ($1)`, [jobId]);
const choose = (tx: Tx, member: Member, choice: string) =>
  tx
    .as(member)
    .query(`update public.notification_preferences set new_applications = $1 where org_id = $2 and user_id = $3`, [choice, ACME, member.userId]);

const notifications = (admin: Scope, template = 'new_application') =>
  admin.query<Notification>(
    `select recipient_user, template, to_address, status, payload from public.email_outbox where template = $1 order by created_at, to_address`,
    [template],
  );

describe('each new application', () => {
  it('queues one email per application to every follower who chose "each", in the same transaction', () =>
    rolledBack(async (tx) => {
      const job = await freshJob(tx);
      await follow(tx, recruiter, job.id);
      await follow(tx, owner, job.id);
      const first = await candidateApplies(tx, job);
      const second = await candidateApplies(tx, job, 'grace@example.test');
      const mails = await notifications(tx);
      expect(mails).toHaveLength(4);
      const toRecruiter = mails.filter((m) => m.recipient_user === recruiter.userId).map((m) => m.payload.applicationId);
      expect(toRecruiter.sort()).toEqual([first, second].sort());
      expect(mails.filter((m) => m.recipient_user === owner.userId)).toHaveLength(2);
      expect(mails[0]).toMatchObject({
        status: 'pending',
        payload: { jobId: job.id, jobTitle: 'Notification Tester', candidateName: 'Ada Lovelace' },
      });
      expect(mails.map((m) => m.to_address).sort()).toEqual(['owner@acme.test', 'owner@acme.test', 'recruiter@acme.test', 'recruiter@acme.test']);
      // The candidate's confirmation still goes, once per application.
      expect(
        await tx.query(`select 1 from public.email_outbox where template = 'received' and application_id = any ($1)`, [[first, second]]),
      ).toHaveLength(2);
    }));

  it('sends nothing to members who chose "none", who follow nothing, or for imports and admin writes', () =>
    rolledBack(async (tx) => {
      const job = await freshJob(tx);
      await follow(tx, recruiter, job.id);
      await choose(tx, recruiter, 'none');
      await follow(tx, owner, job.id);
      await tx.as(owner).query(`delete from public.job_follows where job_id = $1`, [job.id]);
      await candidateApplies(tx, job);
      await seedApplication(tx.as('service_role'), job);
      expect(await notifications(tx)).toEqual([]);
    }));

  it('stops when the member leaves the organization: their follows and choice go with the membership', () =>
    rolledBack(async (tx) => {
      const job = await freshJob(tx);
      await follow(tx, viewer, job.id);
      await tx.query(`delete from public.memberships where org_id = $1 and user_id = $2`, [ACME, viewer.userId]);
      expect(await tx.query(`select 1 from public.job_follows where user_id = $1`, [viewer.userId])).toEqual([]);
      expect(await tx.query(`select 1 from public.notification_preferences where user_id = $1 and org_id = $2`, [viewer.userId, ACME])).toEqual([]);
      await candidateApplies(tx, job);
      expect(await notifications(tx)).toEqual([]);
    }));
});

describe('the daily digest', () => {
  /** The member chose the digest a day and a minute ago (as if the last one went then). */
  async function digestDue(tx: Tx, member: Member) {
    await choose(tx, member, 'daily');
    await tx.query(
      `update public.notification_preferences set last_digest_at = now() - interval '1 day 1 minute' where org_id = $1 and user_id = $2`,
      [ACME, member.userId],
    );
  }
  const queueDigests = async (tx: Tx) =>
    (await tx.as('service_role').query<{ queued: number }>(`select public.queue_daily_digests() as queued`))[0].queued;

  it('is one email listing the applications that arrived at the followed jobs since the last one, and none per application', () =>
    rolledBack(async (tx) => {
      const busy = await freshJob(tx, 'Busy Job');
      const quiet = await freshJob(tx, 'Quiet Job');
      await follow(tx, recruiter, busy.id);
      await follow(tx, recruiter, quiet.id);
      await digestDue(tx, recruiter);
      for (let i = 0; i < 3; i++) await candidateApplies(tx, busy);
      await candidateApplies(tx, quiet);
      expect(await notifications(tx)).toEqual([]);

      expect(await queueDigests(tx)).toBe(1);
      const [digest] = await notifications(tx, 'daily_digest');
      expect(digest).toMatchObject({
        recipient_user: recruiter.userId,
        to_address: 'recruiter@acme.test',
        status: 'pending',
        payload: {
          total: 4,
          jobs: [
            { jobId: busy.id, title: 'Busy Job', count: 3 },
            { jobId: quiet.id, title: 'Quiet Job', count: 1 },
          ],
        },
      });
      // The next one is a day away: running the scheduler again queues nothing.
      expect(await queueDigests(tx)).toBe(0);
      expect(await notifications(tx, 'daily_digest')).toHaveLength(1);
    }));

  it('sends nothing when nothing arrived, and never before a day has passed since the member chose it', () =>
    rolledBack(async (tx) => {
      const job = await freshJob(tx);
      await follow(tx, owner, job.id);
      await digestDue(tx, owner);
      expect(await queueDigests(tx)).toBe(0);
      const [{ moved }] = await tx.query<{ moved: boolean }>(
        `select last_digest_at > now() - interval '1 minute' as moved from public.notification_preferences where org_id = $1 and user_id = $2`,
        [ACME, owner.userId],
      );
      expect(moved).toBe(true);

      await follow(tx, viewer, job.id);
      await choose(tx, viewer, 'daily');
      await candidateApplies(tx, job);
      expect(await queueDigests(tx)).toBe(0);
      expect(await notifications(tx, 'daily_digest')).toEqual([]);
    }));

  it('is only the scheduler’s to queue', () =>
    rolledBack(async (tx) => {
      for (const actor of ['anon', recruiter] as const) {
        expect((await tx.as(actor).refused(`select public.queue_daily_digests()`)).code).toBe('42501');
      }
    }));
});

describe('follows and choices under RLS', () => {
  it("lets a member follow their organization's jobs only, and see only their own follows", () =>
    rolledBack(async (tx) => {
      await follow(tx, recruiter, JOBS.backend.id);
      expect((await tx.as(recruiter).refused(`insert into public.job_follows (job_id) values ($1)`, [JOBS.sre.id])).code).toBe('42501');
      expect((await tx.as(globex).refused(`insert into public.job_follows (job_id) values ($1)`, [JOBS.backend.id])).code).toBe('42501');
      expect((await tx.as(recruiter).refused(`insert into public.job_follows (job_id) values ($1)`, [randomUUID()])).code).toBe('42501');
      // Nobody follows in someone else's name.
      expect(
        (await tx.as(owner).refused(`insert into public.job_follows (job_id, user_id) values ($1, $2)`, [JOBS.frontend.id, viewer.userId])).code,
      ).toBe('42501');
      for (const other of [owner, viewer, globex]) {
        expect(await tx.as(other).query(`select 1 from public.job_follows where user_id = $1`, [recruiter.userId])).toEqual([]);
        await tx.as(other).query(`delete from public.job_follows where user_id = $1`, [recruiter.userId]);
      }
      expect(await tx.as(recruiter).query(`select job_id from public.job_follows`)).toEqual([{ job_id: JOBS.backend.id }]);
    }));

  it('lets a member change only their own choice, to one of none, each and daily', () =>
    rolledBack(async (tx) => {
      expect(await tx.as(recruiter).query(`select user_id from public.notification_preferences`)).toEqual([{ user_id: recruiter.userId }]);
      await tx.as(owner).query(`update public.notification_preferences set new_applications = 'none' where user_id = $1`, [recruiter.userId]);
      const [row] = await tx.query<{ new_applications: string }>(`select new_applications from public.notification_preferences where user_id = $1`, [
        recruiter.userId,
      ]);
      expect(row.new_applications).toBe('each');
      expect((await tx.as(recruiter).refused(`update public.notification_preferences set new_applications = 'weekly'`)).code).toBe('23514');
      expect((await tx.as(recruiter).refused(`update public.notification_preferences set last_digest_at = now() - interval '2 days'`)).code).toBe(
        '42501',
      );
      expect(
        (await tx.as(recruiter).refused(`insert into public.notification_preferences (org_id, user_id) values ($1, $2)`, [ACME, recruiter.userId]))
          .code,
      ).toBe('42501');
    }));
});
