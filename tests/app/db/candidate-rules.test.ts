// What a candidate (the anon key) may do, decided by Postgres alone: read the board, and submit one
// application per upload grant — never read anything back, never choose a path, never reuse a grant.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { rolledBack } from './as-role.ts';
import { grantUpload, putObject, submitSql } from './fixtures.ts';
import { JOBS, USERS } from './seed.ts';

const RLS_REFUSAL = /new row violates row-level security policy for table "applications"/;

describe('candidate: the job board', () => {
  it('reads open jobs only, and the organizations that have them', () =>
    rolledBack(async (tx) => {
      const jobs = await tx.as('anon').query<{ slug: string }>('select slug from public.jobs order by slug');
      expect(jobs.map((j) => j.slug)).toEqual(['backend-developer', 'frontend-developer', 'site-reliability-engineer']);
      const orgs = await tx.as('anon').query<{ slug: string }>('select slug from public.organizations order by slug');
      expect(orgs.map((o) => o.slug)).toEqual(['acme', 'globex']);

      await tx.query(`update public.jobs set status = 'closed' where slug = 'site-reliability-engineer'`);
      const after = await tx.as('anon').query<{ slug: string }>('select slug from public.organizations');
      expect(after.map((o) => o.slug)).toEqual(['acme']);
    }));

  it('a signed-in user of another org also sees every open job, but no drafts or closed jobs', () =>
    rolledBack(async (tx) => {
      const jobs = await tx
        .as(USERS.globexRecruiter)
        .query<{ slug: string }>(`select slug from public.jobs where org_id <> $1`, ['9b000000-0000-4000-8000-000000000000']);
      expect(jobs.map((j) => j.slug).sort()).toEqual(['backend-developer', 'frontend-developer']);
    }));

  it('cannot write jobs or memberships', () =>
    rolledBack(async (tx) => {
      const anon = tx.as('anon');
      expect(
        (await anon.refused(`insert into public.jobs (org_id, slug, title) values ('ac000000-0000-4000-8000-000000000000', 'x', 'X')`)).code,
      ).toBe('42501');
      expect((await anon.refused(`update public.jobs set title = 'X'`)).code).toBe('42501');
      expect((await anon.refused(`delete from public.memberships`)).code).toBe('42501');
    }));
});

describe('candidate: nothing to read', () => {
  it('cannot read applications, upload grants, stage history or notes', () =>
    rolledBack(async (tx) => {
      for (const table of ['applications', 'upload_grants', 'stage_events', 'notes', 'memberships']) {
        const error = await tx.as('anon').refused(`select * from public.${table}`);
        expect(error.code, table).toBe('42501');
        expect(error.message).toMatch(/permission denied/);
      }
    }));

  it('cannot list the resumes bucket or read an object', () =>
    rolledBack(async (tx) => {
      const path = await grantUpload(tx, JOBS.backend);
      expect(await tx.as('anon').query(`select name from storage.objects where bucket_id = 'resumes'`)).toEqual([]);
      expect(await tx.as('anon').query(`select name from storage.objects where name = $1`, [path])).toEqual([]);
    }));

  it('cannot upload, overwrite or delete objects itself (uploads go through signed URLs only)', () =>
    rolledBack(async (tx) => {
      const path = await grantUpload(tx, JOBS.backend);
      const insert = await tx
        .as('anon')
        .refused(`insert into storage.objects (bucket_id, name) values ('resumes', $1)`, [`backend-developer/${randomUUID()}.pdf`]);
      expect(insert.message).toMatch(/row-level security/);
      expect(await tx.as('anon').query(`update storage.objects set metadata = '{}' where name = $1 returning name`, [path])).toEqual([]);
      await tx.query(`select set_config('storage.allow_delete_query', 'true', true)`); // as the Storage API's transactions
      expect(await tx.as('anon').query(`delete from storage.objects where name = $1 returning name`, [path])).toEqual([]);
    }));

  it('learns nothing about draft jobs from the helpers policies use (they are callable as RPCs)', () =>
    rolledBack(async (tx) => {
      const [row] = await tx
        .as('anon')
        .query(`select public.is_resume_member('product-designer/x.pdf') as draft, public.is_resume_member('backend-developer/x.pdf') as open`);
      expect(row).toEqual({ draft: false, open: false });
      const [member] = await tx.as(USERS.acmeViewer).query(`select public.is_resume_member('product-designer/x.pdf') as draft`);
      expect(member.draft).toBe(true);
    }));

  it('cannot call the grant recorder that only sign-upload uses', () =>
    rolledBack(async (tx) => {
      const error = await tx
        .as('anon')
        .refused(`select public.record_upload_grant('backend-developer', $1, 'me', 1000)`, [`backend-developer/${randomUUID()}.pdf`]);
      expect(error.code).toBe('42501');
    }));
});

describe('candidate: submitting an application', () => {
  it('is admitted with a valid grant for an uploaded resume; the grant is spent and the history starts', () =>
    rolledBack(async (tx) => {
      const path = await grantUpload(tx, JOBS.backend);
      const id = randomUUID();
      await tx.as('anon').query(...submitSql({ id, jobId: JOBS.backend.id, path }));

      const [row] = await tx.query(`select stage, score, parse_status, resume_path from public.applications where id = $1`, [id]);
      expect(row).toEqual({ stage: 'applied', score: null, parse_status: 'pending', resume_path: path });
      const [grant] = await tx.query<{ used_at: Date | null }>(`select used_at from public.upload_grants where path = $1`, [path]);
      expect(grant.used_at).not.toBeNull();
      const events = await tx.query(`select from_stage, to_stage, actor from public.stage_events where application_id = $1`, [id]);
      expect(events).toEqual([{ from_stage: null, to_stage: 'applied', actor: null }]);
    }));

  it('cannot submit twice with one grant: the retry is a duplicate (23505), not a second application', () =>
    rolledBack(async (tx) => {
      const path = await grantUpload(tx, JOBS.backend);
      const id = randomUUID();
      await tx.as('anon').query(...submitSql({ id, jobId: JOBS.backend.id, path }));
      const sameAgain = await tx.as('anon').refused(...submitSql({ id, jobId: JOBS.backend.id, path }));
      expect(sameAgain.code).toBe('23505');
      const otherId = await tx.as('anon').refused(...submitSql({ jobId: JOBS.backend.id, path, email: 'eve@example.test' }));
      expect(otherId.code).toBe('23505');
      expect(otherId.constraint).toBe('applications_resume_path_key');
      const [{ n }] = await tx.query<{ n: number }>(`select count(*)::int as n from public.applications where resume_path = $1`, [path]);
      expect(n).toBe(1);
    }));

  it('is refused without any grant, even when the object exists', () =>
    rolledBack(async (tx) => {
      const path = `backend-developer/${randomUUID()}.pdf`;
      await putObject(tx, path);
      expect((await tx.as('anon').refused(...submitSql({ jobId: JOBS.backend.id, path }))).message).toMatch(RLS_REFUSAL);
    }));

  it("is refused with a grant for another job (someone else's grant)", () =>
    rolledBack(async (tx) => {
      const path = await grantUpload(tx, JOBS.frontend);
      expect((await tx.as('anon').refused(...submitSql({ jobId: JOBS.backend.id, path }))).message).toMatch(RLS_REFUSAL);
    }));

  it("is refused with the path of another job's application", () =>
    rolledBack(async (tx) => {
      const path = await grantUpload(tx, JOBS.frontend);
      await tx.as('anon').query(...submitSql({ jobId: JOBS.frontend.id, path }));
      expect((await tx.as('anon').refused(...submitSql({ jobId: JOBS.backend.id, path }))).message).toMatch(RLS_REFUSAL);
    }));

  it('is refused with an expired grant', () =>
    rolledBack(async (tx) => {
      const path = await grantUpload(tx, JOBS.backend, { expiresIn: '-1 second' });
      expect((await tx.as('anon').refused(...submitSql({ jobId: JOBS.backend.id, path }))).message).toMatch(RLS_REFUSAL);
    }));

  it('is refused with a used grant whose application is gone (erased)', () =>
    rolledBack(async (tx) => {
      const path = await grantUpload(tx, JOBS.backend, { used: true });
      expect((await tx.as('anon').refused(...submitSql({ jobId: JOBS.backend.id, path }))).message).toMatch(RLS_REFUSAL);
    }));

  it('is refused when the resume was never uploaded', () =>
    rolledBack(async (tx) => {
      const path = await grantUpload(tx, JOBS.backend, { uploaded: false });
      expect((await tx.as('anon').refused(...submitSql({ jobId: JOBS.backend.id, path }))).message).toMatch(RLS_REFUSAL);
    }));

  it('is refused when the object is in another bucket', () =>
    rolledBack(async (tx) => {
      const path = await grantUpload(tx, JOBS.backend, { uploaded: false });
      await tx.query(`insert into storage.buckets (id, name) values ('elsewhere', 'elsewhere')`);
      await tx.query(`insert into storage.objects (bucket_id, name) values ('elsewhere', $1)`, [path]);
      expect((await tx.as('anon').refused(...submitSql({ jobId: JOBS.backend.id, path }))).message).toMatch(RLS_REFUSAL);
    }));

  it('is refused once the job has closed, and for drafts', () =>
    rolledBack(async (tx) => {
      const closing = await grantUpload(tx, JOBS.backend);
      await tx.query(`update public.jobs set status = 'closed' where id = $1`, [JOBS.backend.id]);
      expect((await tx.as('anon').refused(...submitSql({ jobId: JOBS.backend.id, path: closing }))).message).toMatch(RLS_REFUSAL);
      const draft = await grantUpload(tx, JOBS.productDesigner);
      expect((await tx.as('anon').refused(...submitSql({ jobId: JOBS.productDesigner.id, path: draft }))).message).toMatch(RLS_REFUSAL);
    }));

  it('cannot set the stage, score, parse results or timestamps (column privileges)', () =>
    rolledBack(async (tx) => {
      for (const [column, value] of [
        ['stage', 'hired'],
        ['score', 100],
        ['parse_status', 'done'],
        ['parsed', '{}'],
        ['created_at', '2000-01-01'],
      ]) {
        const path = await grantUpload(tx, JOBS.backend);
        const error = await tx
          .as('anon')
          .refused(
            `insert into public.applications (job_id, full_name, email, resume_path, resume_size, ${column}) values ($1, 'Ada', 'ada@example.test', $2, 10, $3)`,
            [JOBS.backend.id, path, value],
          );
        expect(error.message, String(column)).toMatch(/permission denied for table applications/);
      }
    }));

  it('cannot read its own row back (no RETURNING), nor update or delete it', () =>
    rolledBack(async (tx) => {
      const path = await grantUpload(tx, JOBS.backend);
      const [text, params] = submitSql({ jobId: JOBS.backend.id, path });
      expect((await tx.as('anon').refused(`${text} returning id`, params)).code).toBe('42501');
      await tx.as('anon').query(text, params);
      expect((await tx.as('anon').refused(`update public.applications set full_name = 'Eve'`)).code).toBe('42501');
      expect((await tx.as('anon').refused(`delete from public.applications`)).code).toBe('42501');
    }));

  it('a signed-in user may apply the same way (and is recorded as the actor of the first stage)', () =>
    rolledBack(async (tx) => {
      const path = await grantUpload(tx, JOBS.backend);
      const id = randomUUID();
      await tx.as(USERS.globexRecruiter).query(...submitSql({ id, jobId: JOBS.backend.id, path }));
      const events = await tx.query(`select to_stage, actor from public.stage_events where application_id = $1`, [id]);
      expect(events).toEqual([{ to_stage: 'applied', actor: USERS.globexRecruiter.userId }]);
    }));

  it('the row is checked too: a bad email or an oversized cover letter is refused', () =>
    rolledBack(async (tx) => {
      const path = await grantUpload(tx, JOBS.backend);
      expect((await tx.as('anon').refused(...submitSql({ jobId: JOBS.backend.id, path, email: 'not-an-email' }))).code).toBe('23514');
      const [text, params] = submitSql({ jobId: JOBS.backend.id, path });
      expect((await tx.as('anon').refused(text.replace(`'Hello'`, `repeat('x', 5001)`), params)).code).toBe('23514');
    }));
});
