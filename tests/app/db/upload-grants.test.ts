// record_upload_grant: sign-upload's one database step (job check, size limit, per-client rate, the grant).
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { rolledBack, type Scope } from './as-role.ts';
import { JOBS } from './seed.ts';

type Outcome = { ok: boolean; reason?: string; retry_after?: number; expires_at?: string; job_id?: string; file_size_limit?: number };

const record = async (scope: Scope, slug: string, { client = 'client-a', size = 1000, max = 20, window = 600 } = {}) => {
  const [row] = await scope.query<{ outcome: Outcome }>(`select public.record_upload_grant($1, $2, $3, $4, $5, $6) as outcome`, [
    slug,
    `${slug}/${randomUUID()}.pdf`,
    client,
    size,
    max,
    window,
  ]);
  return row.outcome;
};

describe('record_upload_grant', () => {
  it('records a grant for an open job that expires in two hours', () =>
    rolledBack(async (tx) => {
      const outcome = await record(tx.as('service_role'), JOBS.backend.slug);
      expect(outcome).toMatchObject({ ok: true, job_id: JOBS.backend.id });
      const [grant] = await tx.query<{ seconds: number; used_at: null }>(
        `select extract(epoch from expires_at - created_at)::int as seconds, used_at from public.upload_grants where job_id = $1`,
        [JOBS.backend.id],
      );
      expect(grant).toEqual({ seconds: 7200, used_at: null });
      expect(new Date(outcome.expires_at!).getTime()).toBeGreaterThan(Date.now() + 7_100_000);
    }));

  it('answers job_not_found for unknown and draft jobs, job_closed for closed ones, and records nothing', () =>
    rolledBack(async (tx) => {
      const service = tx.as('service_role');
      expect(await record(service, 'no-such-job')).toEqual({ ok: false, reason: 'job_not_found' });
      expect(await record(service, JOBS.productDesigner.slug)).toEqual({ ok: false, reason: 'job_not_found' });
      expect(await record(service, JOBS.dataEngineer.slug)).toEqual({ ok: false, reason: 'job_closed' });
      expect(await tx.query(`select path from public.upload_grants`)).toEqual([]);
    }));

  it("answers file_too_large above the bucket's limit", () =>
    rolledBack(async (tx) => {
      const service = tx.as('service_role');
      expect(await record(service, JOBS.backend.slug, { size: 5 * 1024 * 1024 })).toMatchObject({ ok: true });
      expect(await record(service, JOBS.backend.slug, { size: 5 * 1024 * 1024 + 1 })).toEqual({
        ok: false,
        reason: 'file_too_large',
        file_size_limit: 5242880,
      });
      await tx.query(`update storage.buckets set file_size_limit = 1000 where id = 'resumes'`);
      expect(await record(service, JOBS.backend.slug, { size: 1001 })).toMatchObject({ reason: 'file_too_large', file_size_limit: 1000 });
    }));

  it('limits grants per client in a sliding window and says when to retry', () =>
    rolledBack(async (tx) => {
      const service = tx.as('service_role');
      for (let i = 0; i < 3; i++) expect((await record(service, JOBS.backend.slug, { max: 3, window: 60 })).ok).toBe(true);
      const limited = await record(service, JOBS.backend.slug, { max: 3, window: 60 });
      expect(limited).toMatchObject({ ok: false, reason: 'rate_limited' });
      expect(limited.retry_after).toBeGreaterThanOrEqual(59);
      expect(limited.retry_after).toBeLessThanOrEqual(60);
      expect((await record(service, JOBS.backend.slug, { client: 'client-b', max: 3, window: 60 })).ok).toBe(true);

      // Grants older than the window no longer count.
      await tx.query(`update public.upload_grants set created_at = now() - interval '61 seconds' where client_key_hash = 'client-a'`);
      expect((await record(service, JOBS.backend.slug, { max: 3, window: 60 })).ok).toBe(true);
    }));

  it('refuses a path outside the job folder', () =>
    rolledBack(async (tx) => {
      const error = await tx
        .as('service_role')
        .refused(`select public.record_upload_grant('backend-developer', $1, 'c', 10)`, [`frontend-developer/${randomUUID()}.pdf`]);
      expect(error.message).toMatch(/is not in the folder of job backend-developer/);
    }));

  it('is for the service role only', () =>
    rolledBack(async (tx) => {
      for (const actor of ['anon', { userId: 'ac000000-0000-4000-8000-000000000001' }] as const) {
        expect((await tx.as(actor).refused(`select public.record_upload_grant('backend-developer', 'backend-developer/x.pdf', 'c', 10)`)).code).toBe(
          '42501',
        );
      }
    }));
});
