// withdraw_application(application_id, status_key): the application is marked withdrawn, leaves the recruiters'
// list and pipeline counts, and withdraw-application (service role: pg_net and pg_cron hosted, the scheduler here)
// deletes its resume from the bucket, row and bytes, within a minute.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rolledBack } from '../db/as-role.ts';
import { JOBS, USERS } from '../db/seed.ts';
import { callFunction } from '../functions/support.ts';
import { serviceClient, signedInClient, sql, stack } from '../../support/clients.ts';
import { applyWithKey, callStatusRpc, type Applied } from './support.ts';

const withdraw = (applied: Applied) => callStatusRpc('withdraw_application', { application_id: applied.id, status_key: applied.key });
const objectRow = async (p: string) => (await sql(`select 1 from storage.objects where bucket_id = 'resumes' and name = $1`, [p])).length === 1;
const fileOnDisk = (p: string) => fs.existsSync(path.join(stack.dataDir, 'storage', 'resumes', ...p.split('/')));
const purge = (body: unknown, token = stack.serviceRoleKey) =>
  callFunction('withdraw-application', { body, headers: { authorization: `Bearer ${token}`, apikey: stack.anonKey } });

describe('withdrawing with the right key', () => {
  let applied: Applied;
  let answer: Awaited<ReturnType<typeof withdraw>>;
  let pipelineBefore: number;

  beforeAll(async () => {
    applied = await applyWithKey();
    await sql(`update public.applications set stage = 'screening' where id = $1`, [applied.id]);
    pipelineBefore = await backendPipelineTotal();
    answer = await withdraw(applied);
  });

  /** The backend job's applicant total on the recruiter's dashboard (job_pipeline, as the jobs page reads it). */
  async function backendPipelineTotal() {
    const recruiter = await signedInClient(USERS.acmeRecruiter.email, USERS.acmeRecruiter.password);
    const [{ org_id }] = await sql<{ org_id: string }>('select org_id from public.jobs where id = $1', [JOBS.backend.id]);
    const { data, error } = await recruiter.rpc('job_pipeline', { org: org_id });
    expect(error).toBeNull();
    return (data as { job_id: string; total: number }[]).find((r) => r.job_id === JOBS.backend.id)!.total;
  }

  it('answers with the closed status and the time of withdrawal', () => {
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ status: 'found', application: { id: applied.id, stage: 'closed', withdrawnAt: expect.any(String) } });
  });

  it('marks the row withdrawn and keeps the recruiters’ stage and history as they were', async () => {
    const [row] = await sql<{ withdrawn_at: Date; stage: string }>('select withdrawn_at, stage from public.applications where id = $1', [applied.id]);
    expect(row.withdrawn_at).toBeInstanceOf(Date);
    expect(row.stage).toBe('screening');
  });

  it('is idempotent: a second withdrawal answers the same time', async () => {
    const again = await withdraw(applied);
    expect(again.body.application?.withdrawnAt).toBe(answer.body.application?.withdrawnAt);
  });

  it('takes the application off the recruiters’ list query and out of the pipeline counts', async () => {
    const recruiter = await signedInClient(USERS.acmeRecruiter.email, USERS.acmeRecruiter.password);
    // The dashboard's list query (src/features/applicants/api/list-query.ts) filters withdrawn applications out.
    const list = await recruiter.from('applications').select('id').eq('job_id', JOBS.backend.id).is('withdrawn_at', null).eq('id', applied.id);
    expect(list.error).toBeNull();
    expect(list.data).toEqual([]);
    expect(await backendPipelineTotal()).toBe(pipelineBefore - 1);
    // Recruiters still see that it was withdrawn, should they open it.
    const row = await recruiter.from('applications').select('id, withdrawn_at').eq('id', applied.id).single();
    expect(row.data?.withdrawn_at).toEqual(expect.any(String));
  });

  it('leaves a withdrawn application out when a job’s skills change (there is no resume to score)', () =>
    rolledBack(async (tx) => {
      await tx.query(`update public.applications set parse_status = 'done' where id = $1`, [applied.id]);
      await tx.query(`update public.jobs set skills = '[{"name":"Rust","weight":3,"required":false,"aliases":[]}]' where id = $1`, [JOBS.backend.id]);
      const [row] = await tx.query<{ parse_status: string }>('select parse_status from public.applications where id = $1', [applied.id]);
      expect(row.parse_status).toBe('done');
    }));
});

describe('withdraw-application', () => {
  it('is for the service role only', async () => {
    const res = await purge({}, stack.anonKey);
    expect(res.status).toBe(403);
    expect(res.json.error?.code).toBe('forbidden');
  });

  it('refuses a body that is not {} or { applicationId: uuid }', async () => {
    for (const body of [[], { applicationId: 'x' }, { applicationId: 42 }]) expect((await purge(body)).status).toBe(400);
  });

  it('deletes the withdrawn application’s resume, row and bytes, and only that one', async () => {
    const [gone, kept] = await Promise.all([applyWithKey(), applyWithKey()]);
    expect((await withdraw(gone)).body.status).toBe('found');
    const listed = await sql<{ resume_path: string }>('select resume_path from public.withdrawn_resumes($1)', [gone.id]);
    expect(listed).toEqual([{ resume_path: gone.path }]);

    const res = await purge({ applicationId: gone.id });
    expect(res.status).toBe(200);
    // The scheduler may have been first; what matters is the state.
    expect(res.json).toEqual({ removedResumes: expect.any(Number), forgottenAttempts: expect.any(Number) });
    expect(await objectRow(gone.path)).toBe(false);
    expect(fileOnDisk(gone.path)).toBe(false);
    expect(await sql('select 1 from public.withdrawn_resumes($1)', [gone.id])).toEqual([]);
    expect(await objectRow(kept.path)).toBe(true);
    expect(fileOnDisk(kept.path)).toBe(true);
    // Nothing left to do: a second run removes nothing.
    expect((await purge({ applicationId: gone.id })).json.removedResumes).toBe(0);
    // The row stays (withdrawn), so the link keeps answering.
    expect((await callStatusRpc('application_status', { application_id: gone.id, status_key: gone.key })).body).toMatchObject({
      status: 'found',
      application: { stage: 'closed' },
    });
  });

  it('is what the scheduler runs: a withdrawn resume is gone within a minute without anyone calling it', async () => {
    const applied = await applyWithKey();
    await withdraw(applied);
    const started = Date.now();
    await expect.poll(async () => (await objectRow(applied.path)) || fileOnDisk(applied.path), { timeout: 60_000, interval: 500 }).toBe(false);
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 70_000);

  it('the service role cannot be told to delete the resume of an application still in play', async () => {
    const applied = await applyWithKey();
    expect((await purge({ applicationId: applied.id })).json.removedResumes).toBe(0);
    expect(await objectRow(applied.path)).toBe(true);
    const { data } = await serviceClient().rpc('withdrawn_resumes', { application: applied.id });
    expect(data).toEqual([]);
  });
});
