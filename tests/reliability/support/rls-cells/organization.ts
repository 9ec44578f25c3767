// RLS matrix cells for the organization itself: organizations, memberships, jobs and upload grants.
import { randomUUID } from 'node:crypto';
import { ACME, GLOBEX, JOBS, USERS } from '../../../app/db/seed.ts';
import { sql } from '../../../support/clients.ts';
import { dropGrant, dropJob, exists, freshDraftJob, freshGrant, one, rowsOf, slug, using, type Try } from './fixtures.ts';

export const ORGANIZATION_CELLS: Record<string, (t: Try) => Promise<boolean>> = {
  'organizations · select Acme (public: it has open jobs)': async ({ client }) =>
    rowsOf(await client.from('organizations').select('id').eq('id', ACME)) === 1,
  'organizations · insert': async ({ client }) => {
    const s = slug();
    await client.from('organizations').insert({ name: 'Matrix Org', slug: s });
    return using(
      async () => s,
      (x) => sql('delete from public.organizations where slug = $1', [x]),
      (x) => exists('select 1 from public.organizations where slug = $1', [x]),
    );
  },
  'organizations · update name of Acme': async ({ client }) =>
    using(
      async () => ACME,
      () => sql(`update public.organizations set name = 'Acme' where id = $1`, [ACME]),
      async () => {
        await client.from('organizations').update({ name: 'Acme (renamed by the matrix)' }).eq('id', ACME);
        return exists(`select 1 from public.organizations where id = $1 and name <> 'Acme'`, [ACME]);
      },
    ),
  'organizations · delete an org the owner owns': async ({ client }) =>
    using(
      async () => {
        const org = await one(`insert into public.organizations (name, slug) values ('Matrix Org', $1) returning id`, [slug()]);
        await sql(`insert into public.memberships (org_id, user_id, role) values ($1, $2, 'owner')`, [org.id, USERS.acmeOwner.userId]);
        return org.id as string;
      },
      (id) => sql('delete from public.organizations where id = $1', [id]),
      async (id) => {
        await client.from('organizations').delete().eq('id', id);
        return !(await exists('select 1 from public.organizations where id = $1', [id]));
      },
    ),

  "memberships · select Acme's viewer membership": async ({ client }) =>
    rowsOf(await client.from('memberships').select('role').eq('org_id', ACME).eq('user_id', USERS.acmeViewer.userId)) === 1,
  'memberships · insert a member into Acme': async ({ client }) =>
    using(
      async () => USERS.globexRecruiter.userId,
      (u) => sql('delete from public.memberships where org_id = $1 and user_id = $2', [ACME, u]),
      async (u) => {
        await client.from('memberships').insert({ org_id: ACME, user_id: u, role: 'viewer' });
        return exists('select 1 from public.memberships where org_id = $1 and user_id = $2', [ACME, u]);
      },
    ),
  "memberships · update role of Acme's viewer to recruiter": async ({ client }) =>
    using(
      async () => USERS.acmeViewer.userId,
      (u) => sql(`update public.memberships set role = 'viewer' where org_id = $1 and user_id = $2`, [ACME, u]),
      async (u) => {
        await client.from('memberships').update({ role: 'recruiter' }).eq('org_id', ACME).eq('user_id', u);
        return exists(`select 1 from public.memberships where org_id = $1 and user_id = $2 and role = 'recruiter'`, [ACME, u]);
      },
    ),
  'memberships · delete a member of Acme': async ({ client }) =>
    using(
      async () => (
        await sql(`insert into public.memberships (org_id, user_id, role) values ($1, $2, 'viewer')`, [ACME, USERS.globexRecruiter.userId]),
        USERS.globexRecruiter.userId
      ),
      (u) => sql('delete from public.memberships where org_id = $1 and user_id = $2', [ACME, u]),
      async (u) => {
        await client.from('memberships').delete().eq('org_id', ACME).eq('user_id', u);
        return !(await exists('select 1 from public.memberships where org_id = $1 and user_id = $2', [ACME, u]));
      },
    ),

  'jobs · select an open job': async ({ client }) => rowsOf(await client.from('jobs').select('id').eq('id', JOBS.backend.id)) === 1,
  'jobs · select a draft job': async ({ client }) => rowsOf(await client.from('jobs').select('id').eq('id', JOBS.productDesigner.id)) === 1,
  'jobs · select a closed job': async ({ client }) => rowsOf(await client.from('jobs').select('id').eq('id', JOBS.dataEngineer.id)) === 1,
  'jobs · insert a job for Acme': async ({ client }) => {
    const s = slug();
    await client.from('jobs').insert({ org_id: ACME, slug: s, title: 'Matrix job' });
    return using(
      async () => s,
      (x) => sql('delete from public.jobs where slug = $1', [x]),
      (x) => exists('select 1 from public.jobs where slug = $1', [x]),
    );
  },
  'jobs · update title': async ({ client }) =>
    using(freshDraftJob, dropJob, async (id) => {
      await client.from('jobs').update({ title: 'Renamed by the matrix' }).eq('id', id);
      return exists(`select 1 from public.jobs where id = $1 and title = 'Renamed by the matrix'`, [id]);
    }),
  'jobs · update status (publish a draft)': async ({ client }) =>
    using(freshDraftJob, dropJob, async (id) => {
      await client.from('jobs').update({ status: 'open' }).eq('id', id);
      return exists(`select 1 from public.jobs where id = $1 and status = 'open'`, [id]);
    }),
  // The JobPosting columns public pages publish (issue 16): written like the title, read like the job.
  'jobs · update posting details (salary, remote, department)': async ({ client }) =>
    using(freshDraftJob, dropJob, async (id) => {
      await client
        .from('jobs')
        .update({
          salary_min: 60000,
          salary_max: 80000,
          salary_currency: 'EUR',
          salary_period: 'year',
          remote_policy: 'remote',
          country_code: 'DE',
          department: 'Matrix',
        })
        .eq('id', id);
      return exists(`select 1 from public.jobs where id = $1 and salary_max = 80000 and remote_policy = 'remote' and department = 'Matrix'`, [id]);
    }),
  "jobs · select an open job's salary and remote policy": async ({ client }) =>
    rowsOf(
      await client.from('jobs').select('salary_min, salary_max, salary_currency, salary_period, remote_policy, department').eq('id', JOBS.backend.id),
    ) === 1,
  "jobs · select a draft job's salary and remote policy": async ({ client }) =>
    rowsOf(
      await client
        .from('jobs')
        .select('salary_min, salary_max, salary_currency, salary_period, remote_policy, department')
        .eq('id', JOBS.productDesigner.id),
    ) === 1,
  'jobs · update org_id (move to Globex)': async ({ client }) =>
    using(freshDraftJob, dropJob, async (id) => {
      await client.from('jobs').update({ org_id: GLOBEX }).eq('id', id);
      return exists('select 1 from public.jobs where id = $1 and org_id = $2', [id, GLOBEX]);
    }),
  'jobs · delete': async ({ client }) =>
    using(freshDraftJob, dropJob, async (id) => {
      await client.from('jobs').delete().eq('id', id);
      return !(await exists('select 1 from public.jobs where id = $1', [id]));
    }),

  'upload_grants · select': async ({ client, world }) => rowsOf(await client.from('upload_grants').select('path').eq('path', world.path)) === 1,
  'upload_grants · insert': async ({ client }) => {
    const path = `${JOBS.backend.slug}/${randomUUID()}.pdf`;
    await client
      .from('upload_grants')
      .insert({ path, job_id: JOBS.backend.id, client_key_hash: 'matrix', expires_at: new Date(Date.now() + 3_600_000).toISOString() });
    return using(
      async () => path,
      dropGrant,
      (p) => exists('select 1 from public.upload_grants where path = $1', [p]),
    );
  },
  'upload_grants · update used_at (free a spent grant)': async ({ client }) =>
    using(
      () => freshGrant(true),
      dropGrant,
      async (path) => {
        await client.from('upload_grants').update({ used_at: null }).eq('path', path);
        return exists('select 1 from public.upload_grants where path = $1 and used_at is null', [path]);
      },
    ),
  'upload_grants · update expires_at (extend)': async ({ client }) =>
    using(
      () => freshGrant(),
      dropGrant,
      async (path) => {
        await client.from('upload_grants').update({ expires_at: '2099-01-01T00:00:00Z' }).eq('path', path);
        return exists(`select 1 from public.upload_grants where path = $1 and expires_at > now() + interval '1 year'`, [path]);
      },
    ),
  'upload_grants · delete': async ({ client }) =>
    using(
      () => freshGrant(),
      dropGrant,
      async (path) => {
        await client.from('upload_grants').delete().eq('path', path);
        return !(await exists('select 1 from public.upload_grants where path = $1', [path]));
      },
    ),
};
