// The same access rules through /rest/v1 with supabase-js, as the SPA and candidates meet them: PostgREST
// runs every request as the JWT's role, so these must agree with the SQL-level tests next door.
import { randomUUID } from 'node:crypto';
import type { SupabaseClient } from '@supabase/supabase-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { anonClient, serviceClient, signedInClient, sql } from '../../support/clients.ts';
import { JOBS, USERS } from './seed.ts';
import { removedAfterAll } from '../../support/uploads.ts';

const paths = removedAfterAll();

/** A committed grant and "uploaded" object for the backend job, as sign-upload and Storage leave them. */
async function grantedPath(job: { id: string; slug: string } = JOBS.backend): Promise<string> {
  const path = `${job.slug}/${randomUUID()}.pdf`;
  paths.push(path);
  await sql(`insert into public.upload_grants (path, job_id, client_key_hash, expires_at) values ($1, $2, 'rest-test', now() + interval '1 hour')`, [
    path,
    job.id,
  ]);
  await sql(`insert into storage.objects (bucket_id, name, metadata) values ('resumes', $1, '{"size": 1234, "mimetype": "application/pdf"}')`, [
    path,
  ]);
  return path;
}

const application = (path: string, jobId: string = JOBS.backend.id, id: string = randomUUID()) => ({
  id,
  job_id: jobId,
  full_name: 'Grace Hopper',
  email: 'grace@example.test',
  links: { portfolio: 'https://grace.example.test' },
  resume_path: path,
  resume_size: 1234,
});

describe('candidates through /rest/v1', () => {
  it('read open jobs with their organization, and nothing private', async () => {
    const anon = anonClient();
    const { data, error } = await anon.from('jobs').select('slug, organizations(slug)').order('slug');
    expect(error).toBeNull();
    expect(data).toEqual([
      { slug: 'backend-developer', organizations: { slug: 'acme' } },
      { slug: 'frontend-developer', organizations: { slug: 'acme' } },
      { slug: 'site-reliability-engineer', organizations: { slug: 'globex' } },
    ]);
    for (const table of ['applications', 'upload_grants', 'stage_events', 'notes']) {
      const { error: denied } = await anon.from(table).select('*');
      expect(denied?.code, table).toBe('42501');
    }
  });

  it('submit once with a grant; without one, or a second time, they are refused', async () => {
    const anon = anonClient();
    const refused = await anon.from('applications').insert(application(`backend-developer/${randomUUID()}.pdf`));
    expect(refused.error?.code).toBe('42501');

    const path = await grantedPath();
    const id = randomUUID();
    expect((await anon.from('applications').insert(application(path, JOBS.backend.id, id))).error).toBeNull();
    const [row] = await sql<{ stage: string; parse_status: string }>('select stage, parse_status from public.applications where id = $1', [id]);
    expect(row).toEqual({ stage: 'applied', parse_status: 'pending' });

    const again = await anon.from('applications').insert(application(path, JOBS.backend.id, id));
    expect(again.error?.code).toBe('23505');
  });

  it('cannot choose the stage or score, nor call the grant recorder', async () => {
    const path = await grantedPath();
    const { error } = await anonClient()
      .from('applications')
      .insert({ ...application(path), stage: 'hired', score: 100 });
    expect(error?.code).toBe('42501');
    const rpc = await anonClient().rpc('record_upload_grant', { job_slug: 'backend-developer', path, client_key_hash: 'x', file_size: 1 });
    expect(rpc.error).not.toBeNull();
  });
});

describe('members through /rest/v1', () => {
  let applicationId: string;
  let viewer: SupabaseClient;
  let recruiter: SupabaseClient;
  let owner: SupabaseClient;
  let globex: SupabaseClient;

  beforeAll(async () => {
    const path = await grantedPath();
    applicationId = randomUUID();
    const { error } = await serviceClient()
      .from('applications')
      .insert(application(path, JOBS.backend.id, applicationId));
    expect(error).toBeNull();
    [viewer, recruiter, owner, globex] = await Promise.all(
      [USERS.acmeViewer, USERS.acmeRecruiter, USERS.acmeOwner, USERS.globexRecruiter].map((u) => signedInClient(u.email, u.password)),
    );
  });

  it('a viewer reads the application but cannot move it', async () => {
    const { data } = await viewer.from('applications').select('id, stage').eq('id', applicationId);
    expect(data).toEqual([{ id: applicationId, stage: 'applied' }]);
    const moved = await viewer.from('applications').update({ stage: 'screening' }).eq('id', applicationId).select('stage');
    expect(moved.data ?? []).toEqual([]);
  });

  it('a recruiter moves it with a plain update, leaving a stage event, but cannot touch email or score', async () => {
    const moved = await recruiter.from('applications').update({ stage: 'interview' }).eq('id', applicationId).select('stage');
    expect(moved.error).toBeNull();
    expect(moved.data).toEqual([{ stage: 'interview' }]);
    const { data: events } = await viewer.from('stage_events').select('from_stage, to_stage, actor').eq('application_id', applicationId).order('id');
    expect(events?.at(-1)).toEqual({ from_stage: 'applied', to_stage: 'interview', actor: USERS.acmeRecruiter.userId });
    for (const change of [{ email: 'x@example.test' }, { score: 99 }, { resume_path: 'backend-developer/x.pdf' }]) {
      const { error } = await recruiter.from('applications').update(change).eq('id', applicationId);
      expect(error?.code, Object.keys(change)[0]).toBe('42501');
    }
  });

  it('another org sees nothing of it', async () => {
    expect((await globex.from('applications').select('id').eq('id', applicationId)).data).toEqual([]);
    expect((await globex.from('stage_events').select('id').eq('application_id', applicationId)).data).toEqual([]);
  });

  it('only the owner erases it', async () => {
    expect((await recruiter.from('applications').delete().eq('id', applicationId).select('id')).data ?? []).toEqual([]);
    expect((await owner.from('applications').delete().eq('id', applicationId).select('id')).data).toEqual([{ id: applicationId }]);
  });
});
