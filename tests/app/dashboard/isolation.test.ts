// The dashboard's calls through the API with supabase-js, as the SPA makes them: resumes through signed URLs
// for the owning org only, pipeline and directory helpers, bulk stage changes — and nothing of Acme for Globex.
import { randomUUID } from 'node:crypto';
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceClient, signedInClient, sql } from '../../support/clients.ts';
import { textPdf } from '../../support/pdf.ts';
import { ACME, JOBS, USERS } from '../db/seed.ts';

type PipelineRow = { job_id: string; total: number; applied: number; new_since_last_visit: number };

const paths: string[] = [];
const ids: string[] = [];
let acmeRecruiter: SupabaseClient;
let acmeViewer: SupabaseClient;
let globex: SupabaseClient;

/** An Acme backend application with its resume really in the bucket, as the candidate flow leaves it. */
async function submitted(fullName: string): Promise<{ id: string; path: string }> {
  const path = `${JOBS.backend.slug}/${randomUUID()}.pdf`;
  const id = randomUUID();
  const { error } = await serviceClient()
    .storage.from('resumes')
    .upload(path, textPdf(`${fullName} - TypeScript`), { contentType: 'application/pdf' });
  if (error) throw error;
  paths.push(path);
  ids.push(id);
  await sql(`insert into public.applications (id, job_id, full_name, email, resume_path, resume_size) values ($1, $2, $3, $4, $5, 1234)`, [
    id,
    JOBS.backend.id,
    fullName,
    `${randomUUID().slice(0, 8)}@example.test`,
    path,
  ]);
  return { id, path };
}

beforeAll(async () => {
  [acmeRecruiter, acmeViewer, globex] = await Promise.all([
    signedInClient(USERS.acmeRecruiter.email, USERS.acmeRecruiter.password),
    signedInClient(USERS.acmeViewer.email, USERS.acmeViewer.password),
    signedInClient(USERS.globexRecruiter.email, USERS.globexRecruiter.password),
  ]);
});

afterAll(async () => {
  if (ids.length) await sql('delete from public.applications where id = any($1)', [ids]);
  if (paths.length) await serviceClient().storage.from('resumes').remove(paths);
  await sql('delete from public.job_visits where user_id = $1', [USERS.acmeViewer.userId]);
});

describe('resumes through signed URLs', () => {
  it("sign for Acme's members with the candidate's download name, and the URL serves the PDF", async () => {
    const { path } = await submitted('Ada Lovelace');
    const { data, error } = await acmeViewer.storage.from('resumes').createSignedUrl(path, 600, { download: 'Ada Lovelace resume.pdf' });
    expect(error).toBeNull();
    const res = await fetch(data!.signedUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment;.*Ada(%20| )Lovelace(%20| )resume\.pdf/);
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it("refuse Globex's recruiter: no signed URL and no listing of Acme's folder", async () => {
    const { path } = await submitted('Grace Hopper');
    const { data, error } = await globex.storage.from('resumes').createSignedUrl(path, 600);
    expect(data).toBeNull();
    expect(error).not.toBeNull();
    const listed = await globex.storage.from('resumes').list(JOBS.backend.slug);
    expect(listed.data ?? []).toEqual([]);
  });
});

describe('the dashboard API', () => {
  it("shows Globex's recruiter nothing of Acme: no applications, pipeline, directory, drafts or closed jobs", async () => {
    const { id } = await submitted('Alan Turing');
    expect((await globex.from('applications').select('id').eq('id', id)).data).toEqual([]);
    expect((await globex.from('applications').select('id').eq('job_id', JOBS.backend.id)).data).toEqual([]);
    expect((await globex.rpc('job_pipeline', { org: ACME })).data).toEqual([]);
    expect((await globex.rpc('org_member_directory', { org: ACME })).data).toEqual([]);
    const jobs = await globex.from('jobs').select('slug, status').eq('org_id', ACME);
    expect(jobs.data!.every((j) => j.status === 'open')).toBe(true);
    expect((await globex.rpc('my_memberships')).data).toEqual([
      { org_id: expect.any(String), org_name: 'Globex', org_slug: 'globex', role: 'recruiter' },
    ]);
  });

  it("counts the new application in Acme's pipeline", async () => {
    await submitted('Katherine Johnson');
    const { data, error } = await acmeRecruiter.rpc('job_pipeline', { org: ACME });
    expect(error).toBeNull();
    const backend = (data as PipelineRow[]).find((r) => r.job_id === JOBS.backend.id)!;
    expect(backend.total).toBeGreaterThanOrEqual(1);
    expect(backend.applied).toBeGreaterThanOrEqual(1);
  });

  it('moves applications in bulk for a recruiter, and not at all for a viewer', async () => {
    const batch = [await submitted('Bulk One'), await submitted('Bulk Two')].map((a) => a.id);
    const refused = await acmeViewer.from('applications').update({ stage: 'screening' }).in('id', batch).select('id');
    expect(refused.data ?? []).toEqual([]);
    const moved = await acmeRecruiter.from('applications').update({ stage: 'screening' }).in('id', batch).select('id, stage');
    expect(moved.error).toBeNull();
    expect(moved.data).toHaveLength(2);
    const events = await acmeViewer.from('stage_events').select('to_stage').in('application_id', batch).eq('to_stage', 'screening');
    expect(events.data).toHaveLength(2);
  });

  it('records a visit and then counts only later arrivals as new', async () => {
    const first = await acmeViewer.rpc('record_job_visit', { job: JOBS.frontend.id });
    expect(first.error).toBeNull();
    const { data } = await acmeViewer.rpc('job_pipeline', { org: ACME });
    expect((data as PipelineRow[]).find((r) => r.job_id === JOBS.frontend.id)!.new_since_last_visit).toBe(0);
  });
});
