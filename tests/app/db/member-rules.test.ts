// What an organization's viewers, recruiters and owners may do — and that org B sees nothing of org A.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { rolledBack, type Tx } from './as-role.ts';
import { grantUpload, seedApplication } from './fixtures.ts';
import { ACME, GLOBEX, JOBS, USERS } from './seed.ts';

/** An Acme application with one note, and a Globex application: enough to see who sees what. */
async function twoOrgs(tx: Tx) {
  const acme = await seedApplication(tx, JOBS.backend);
  const globex = await seedApplication(tx, JOBS.sre);
  await tx.query(`insert into public.notes (application_id, author, body) values ($1, $2, 'Strong Postgres background')`, [
    acme,
    USERS.acmeRecruiter.userId,
  ]);
  return { acme, globex };
}

const count = async (scope: { query: Tx['query'] }, sql: string, params: unknown[] = []) =>
  (await scope.query<{ n: number }>(`select count(*)::int as n from (${sql}) s`, params))[0].n;

describe('viewer', () => {
  it("reads the org's jobs of every status, applications, stage history, notes and memberships", () =>
    rolledBack(async (tx) => {
      const { acme } = await twoOrgs(tx);
      const viewer = tx.as(USERS.acmeViewer);
      const jobs = await viewer.query<{ slug: string }>(`select slug from public.jobs where org_id = $1 order by slug`, [ACME]);
      expect(jobs.map((j) => j.slug)).toEqual(['backend-developer', 'data-engineer', 'frontend-developer', 'product-designer']);
      expect(await viewer.query(`select id from public.applications`)).toEqual([{ id: acme }]);
      expect(await count(viewer, `select * from public.stage_events where application_id = $1`, [acme])).toBe(1);
      expect(await count(viewer, `select * from public.notes`)).toBe(1);
      expect(await count(viewer, `select * from public.memberships`)).toBe(3);
    }));

  it('changes nothing: not the stage, not a job, not a note', () =>
    rolledBack(async (tx) => {
      const { acme } = await twoOrgs(tx);
      const viewer = tx.as(USERS.acmeViewer);
      expect(await viewer.query(`update public.applications set stage = 'screening' where id = $1 returning id`, [acme])).toEqual([]);
      expect(await viewer.query(`update public.jobs set title = 'Changed' where org_id = $1 returning id`, [ACME])).toEqual([]);
      const note = await viewer.refused(`insert into public.notes (application_id, body) values ($1, 'hi')`, [acme]);
      expect(note.message).toMatch(/row-level security/);
      const job = await viewer.refused(`insert into public.jobs (org_id, slug, title) values ($1, 'viewer-job', 'Viewer job')`, [ACME]);
      expect(job.message).toMatch(/row-level security/);
      expect(await viewer.query(`delete from public.applications where id = $1 returning id`, [acme])).toEqual([]);
      const [row] = await tx.query(`select stage from public.applications where id = $1`, [acme]);
      expect(row.stage).toBe('applied');
    }));
});

describe('recruiter', () => {
  it('moves an application to another stage; the history records who did it', () =>
    rolledBack(async (tx) => {
      const { acme } = await twoOrgs(tx);
      const recruiter = tx.as(USERS.acmeRecruiter);
      expect(await recruiter.query(`update public.applications set stage = 'screening' where id = $1 returning stage`, [acme])).toEqual([
        { stage: 'screening' },
      ]);
      await recruiter.query(`update public.applications set stage = 'screening' where id = $1`, [acme]);
      const events = await recruiter.query(`select from_stage, to_stage, actor from public.stage_events where application_id = $1 order by id`, [
        acme,
      ]);
      expect(events).toEqual([
        { from_stage: null, to_stage: 'applied', actor: null },
        { from_stage: 'applied', to_stage: 'screening', actor: USERS.acmeRecruiter.userId },
      ]);
    }));

  it('cannot change email, score, resume_path, job or parse results by hand, nor write the history', () =>
    rolledBack(async (tx) => {
      const { acme } = await twoOrgs(tx);
      const recruiter = tx.as(USERS.acmeRecruiter);
      for (const [column, value] of [
        ['email', 'x@example.test'],
        ['score', 99],
        ['resume_path', 'backend-developer/x.pdf'],
        ['job_id', JOBS.frontend.id],
        ['parse_status', 'done'],
      ]) {
        const error = await recruiter.refused(`update public.applications set ${column} = $2 where id = $1`, [acme, value]);
        expect(error.message, String(column)).toMatch(/permission denied for table applications/);
      }
      expect((await recruiter.refused(`insert into public.stage_events (application_id, to_stage) values ($1, 'hired')`, [acme])).code).toBe('42501');
      expect((await recruiter.refused(`delete from public.stage_events`)).code).toBe('42501');
      expect(await recruiter.query(`delete from public.applications where id = $1 returning id`, [acme])).toEqual([]);
    }));

  it('cannot set an unknown stage', () =>
    rolledBack(async (tx) => {
      const { acme } = await twoOrgs(tx);
      expect((await tx.as(USERS.acmeRecruiter).refused(`update public.applications set stage = 'ghosted' where id = $1`, [acme])).code).toBe('23514');
    }));

  it('writes notes as themselves only', () =>
    rolledBack(async (tx) => {
      const { acme } = await twoOrgs(tx);
      const recruiter = tx.as(USERS.acmeRecruiter);
      const [note] = await recruiter.query(`insert into public.notes (application_id, body) values ($1, 'Call on Monday') returning author`, [acme]);
      expect(note.author).toBe(USERS.acmeRecruiter.userId);
      const forged = await recruiter.refused(`insert into public.notes (application_id, author, body) values ($1, $2, 'forged')`, [
        acme,
        USERS.acmeOwner.userId,
      ]);
      expect(forged.message).toMatch(/permission denied/);
      expect((await recruiter.refused(`update public.notes set body = 'edited'`)).code).toBe('42501');
    }));

  it("creates and edits the org's jobs, not another org's", () =>
    rolledBack(async (tx) => {
      const recruiter = tx.as(USERS.acmeRecruiter);
      const [job] = await recruiter.query(
        `insert into public.jobs (org_id, slug, title, skills) values ($1, 'qa-engineer', 'QA Engineer', '[{"name":"Playwright","weight":3,"required":true,"aliases":[]}]') returning status, published_at`,
        [ACME],
      );
      expect(job).toEqual({ status: 'draft', published_at: null });
      const [opened] = await recruiter.query(`update public.jobs set status = 'open' where slug = 'qa-engineer' returning published_at`);
      expect(opened.published_at).not.toBeNull();
      const foreign = await recruiter.refused(`insert into public.jobs (org_id, slug, title) values ($1, 'acme-spy', 'Spy')`, [GLOBEX]);
      expect(foreign.message).toMatch(/row-level security/);
      expect(await recruiter.query(`update public.jobs set title = 'Hacked' where org_id = $1 returning id`, [GLOBEX])).toEqual([]);
      expect((await recruiter.refused(`update public.jobs set org_id = $1 where slug = 'qa-engineer'`, [GLOBEX])).code).toBe('42501');
    }));

  it("cannot rename a job's slug once it has applications", () =>
    rolledBack(async (tx) => {
      const recruiter = tx.as(USERS.acmeRecruiter);
      expect(await recruiter.query(`update public.jobs set slug = 'frontend-engineer' where id = $1 returning slug`, [JOBS.frontend.id])).toEqual([
        { slug: 'frontend-engineer' },
      ]);
      await seedApplication(tx, JOBS.backend);
      const error = await recruiter.refused(`update public.jobs set slug = 'backend-engineer' where id = $1`, [JOBS.backend.id]);
      expect(error.message).toBe('The job "backend-developer" has applications, so its slug can no longer change');
      expect(
        await recruiter.query(`update public.jobs set title = 'Senior Backend Developer' where id = $1 returning title`, [JOBS.backend.id]),
      ).toHaveLength(1);
    }));

  it('cannot manage memberships', () =>
    rolledBack(async (tx) => {
      const recruiter = tx.as(USERS.acmeRecruiter);
      const add = await recruiter.refused(`insert into public.memberships (org_id, user_id, role) values ($1, $2, 'viewer')`, [
        ACME,
        USERS.globexRecruiter.userId,
      ]);
      expect(add.message).toMatch(/row-level security/);
      expect(
        await recruiter.query(`update public.memberships set role = 'owner' where user_id = $1 returning role`, [USERS.acmeRecruiter.userId]),
      ).toEqual([]);
    }));
});

describe('another organization', () => {
  it("sees nothing of Acme's applications, history, notes, non-open jobs or memberships", () =>
    rolledBack(async (tx) => {
      const { acme, globex } = await twoOrgs(tx);
      const globexRecruiter = tx.as(USERS.globexRecruiter);
      expect(await globexRecruiter.query(`select id from public.applications`)).toEqual([{ id: globex }]);
      expect(await count(globexRecruiter, `select * from public.stage_events where application_id = $1`, [acme])).toBe(0);
      expect(await count(globexRecruiter, `select * from public.notes`)).toBe(0);
      expect(await count(globexRecruiter, `select * from public.jobs where org_id = $1 and status <> 'open'`, [ACME])).toBe(0);
      expect(await count(globexRecruiter, `select * from public.memberships where org_id = $1`, [ACME])).toBe(0);
      expect(await globexRecruiter.query(`update public.applications set stage = 'rejected' where id = $1 returning id`, [acme])).toEqual([]);
      const note = await globexRecruiter.refused(`insert into public.notes (application_id, body) values ($1, 'hi')`, [acme]);
      expect(note.message).toMatch(/row-level security/);
    }));
});

describe('owner', () => {
  it('erases an application with its history and notes; recruiters and viewers cannot', () =>
    rolledBack(async (tx) => {
      const { acme } = await twoOrgs(tx);
      expect(await tx.as(USERS.acmeRecruiter).query(`delete from public.applications where id = $1 returning id`, [acme])).toEqual([]);
      expect(await tx.as(USERS.acmeOwner).query(`delete from public.applications where id = $1 returning id`, [acme])).toEqual([{ id: acme }]);
      expect(await count(tx, `select * from public.stage_events where application_id = $1`, [acme])).toBe(0);
      expect(await count(tx, `select * from public.notes where application_id = $1`, [acme])).toBe(0);
    }));

  it("cannot erase another org's applications", () =>
    rolledBack(async (tx) => {
      const { globex } = await twoOrgs(tx);
      expect(await tx.as(USERS.acmeOwner).query(`delete from public.applications where id = $1 returning id`, [globex])).toEqual([]);
    }));

  it("manages the org's memberships, not another org's", () =>
    rolledBack(async (tx) => {
      const owner = tx.as(USERS.acmeOwner);
      await owner.query(`insert into public.memberships (org_id, user_id, role) values ($1, $2, 'viewer')`, [ACME, USERS.globexRecruiter.userId]);
      expect(
        await owner.query(`update public.memberships set role = 'recruiter' where user_id = $1 and org_id = $2 returning role`, [
          USERS.acmeViewer.userId,
          ACME,
        ]),
      ).toEqual([{ role: 'recruiter' }]);
      expect(await owner.query(`delete from public.memberships where org_id = $1 returning user_id`, [GLOBEX])).toEqual([]);
      const foreign = await owner.refused(`insert into public.memberships (org_id, user_id, role) values ($1, $2, 'owner')`, [
        GLOBEX,
        USERS.acmeOwner.userId,
      ]);
      expect(foreign.message).toMatch(/row-level security/);
    }));
});

describe('resume objects', () => {
  it('members read their org resumes, not another org’s; only owners delete; nobody updates', () =>
    rolledBack(async (tx) => {
      const acmePath = await grantUpload(tx, JOBS.backend);
      const globexPath = await grantUpload(tx, JOBS.sre);
      const names = async (user: (typeof USERS)[keyof typeof USERS]) =>
        (await tx.as(user).query<{ name: string }>(`select name from storage.objects where bucket_id = 'resumes' order by name`)).map((o) => o.name);
      expect(await names(USERS.acmeViewer)).toEqual([acmePath]);
      expect(await names(USERS.acmeRecruiter)).toEqual([acmePath]);
      expect(await names(USERS.globexRecruiter)).toEqual([globexPath]);

      for (const user of [USERS.acmeOwner, USERS.acmeRecruiter]) {
        expect(
          await tx
            .as(user)
            .query(`update storage.objects set name = $2 where name = $1 returning name`, [acmePath, `backend-developer/${randomUUID()}.pdf`]),
        ).toEqual([]);
      }
      const upload = await tx
        .as(USERS.acmeRecruiter)
        .refused(`insert into storage.objects (bucket_id, name) values ('resumes', $1)`, [`backend-developer/${randomUUID()}.pdf`]);
      expect(upload.message).toMatch(/row-level security/);
      // Deletes run as the Storage API runs them: its transactions set storage.allow_delete_query (protect_delete()).
      await tx.query(`select set_config('storage.allow_delete_query', 'true', true)`);
      for (const user of [USERS.acmeViewer, USERS.acmeRecruiter, USERS.globexRecruiter]) {
        expect(await tx.as(user).query(`delete from storage.objects where name = $1 returning name`, [acmePath])).toEqual([]);
      }
      expect(await tx.as(USERS.acmeOwner).query(`delete from storage.objects where name = $1 returning name`, [globexPath])).toEqual([]);
      expect(await tx.as(USERS.acmeOwner).query(`delete from storage.objects where name = $1 returning name`, [acmePath])).toEqual([
        { name: acmePath },
      ]);
    }));

  it('objects outside a job folder belong to nobody', () =>
    rolledBack(async (tx) => {
      await tx.query(`insert into storage.objects (bucket_id, name) values ('resumes', 'stray.pdf'), ('resumes', 'no-such-job/x.pdf')`);
      expect(await tx.as(USERS.acmeOwner).query(`select name from storage.objects where bucket_id = 'resumes'`)).toEqual([]);
    }));
});
