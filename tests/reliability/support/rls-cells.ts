// How each cell of tests/reliability/rls-matrix.ts is tried: the operation through supabase-js as the actor,
// then Postgres (as the superuser) says whether it happened. Writes use rows made for the cell and are undone.
import { randomUUID } from 'node:crypto';
import type { SupabaseClient } from '@supabase/supabase-js';
import { ACME, GLOBEX, JOBS, USERS } from '../../db/seed.ts';
import { minimalPdf } from '../../functions/support.ts';
import { serviceClient, sql } from '../../support/clients.ts';
import type { Actor } from '../rls-matrix.ts';

/** Acme's application everyone aims at (resume really stored), with a note, a visit and a download log row. */
export type World = { appId: string; path: string; noteId: string; eventId: number; downloadId: number; candidatePath: string };

export type Try = { actor: Actor; client: SupabaseClient; userId: string | null; world: World };

const one = async (text: string, params: unknown[] = []) => (await sql(text, params))[0];
const exists = async (text: string, params: unknown[] = []) => (await sql(text, params)).length > 0;
const slug = () => `matrix-${randomUUID().slice(0, 8)}`;

/** A grant and an object row for a new path of Acme's backend job, as sign-upload and Storage leave them. */
async function freshGrant(used = false): Promise<string> {
  const path = `${JOBS.backend.slug}/${randomUUID()}.pdf`;
  await sql(`insert into public.upload_grants (path, job_id, client_key_hash, expires_at, used_at) values ($1, $2, 'rls-matrix', now() + interval '1 hour', case when $3 then now() end)`, [path, JOBS.backend.id, used]);
  await sql(`insert into storage.objects (bucket_id, name, metadata) values ('resumes', $1, '{"size": 1234, "mimetype": "application/pdf"}')`, [path]);
  return path;
}

async function dropGrant(path: string) {
  await sql('delete from public.applications where resume_path = $1', [path]);
  await sql('delete from public.upload_grants where path = $1', [path]);
  await sql(`delete from storage.objects where bucket_id = 'resumes' and name = $1`, [path]);
}

async function freshApplication(): Promise<{ id: string; path: string }> {
  const path = await freshGrant(true);
  const id = randomUUID();
  await sql(`insert into public.applications (id, job_id, full_name, email, resume_path, resume_size) values ($1, $2, 'Matrix Candidate', 'matrix@example.test', $3, 1234)`, [id, JOBS.backend.id, path]);
  return { id, path };
}

async function freshDraftJob(): Promise<string> {
  const row = await one(`insert into public.jobs (org_id, slug, title, status) values ($1, $2, 'Matrix job', 'draft') returning id`, [ACME, slug()]);
  return row.id as string;
}

/** Runs `fn` with a row made by `make`, then removes it whatever happened. */
async function using<T>(make: () => Promise<T>, remove: (row: T) => Promise<unknown>, fn: (row: T) => Promise<boolean>): Promise<boolean> {
  const row = await make();
  try {
    return await fn(row);
  } finally {
    await remove(row);
  }
}

const dropJob = (id: string) => sql('delete from public.jobs where id = $1', [id]);
const dropApplication = (a: { path: string }) => dropGrant(a.path);
const rowsOf = (r: { data: unknown; error: unknown }) => (!r.error && Array.isArray(r.data) ? r.data.length : 0);

/** A resume object stored with real bytes by the service role (for overwrite and remove). */
async function freshObject(): Promise<string> {
  const path = `${JOBS.backend.slug}/${randomUUID()}.pdf`;
  const { error } = await serviceClient().storage.from('resumes').upload(path, minimalPdf('matrix'), { contentType: 'application/pdf' });
  if (error) throw new Error(`could not store a fixture object: ${error.message}`);
  return path;
}
const dropObject = (path: string) => serviceClient().storage.from('resumes').remove([path]);

/** The path this actor aims storage reads at: the candidate its own upload, everyone else Acme's resume. */
const readable = (t: Try) => (t.actor === 'candidate' ? t.world.candidatePath : t.world.path);

export const CELLS: Record<string, (t: Try) => Promise<boolean>> = {
  'organizations · select Acme (public: it has open jobs)': async ({ client }) => rowsOf(await client.from('organizations').select('id').eq('id', ACME)) === 1,
  'organizations · insert': async ({ client }) => {
    const s = slug();
    await client.from('organizations').insert({ name: 'Matrix Org', slug: s });
    return using(async () => s, (x) => sql('delete from public.organizations where slug = $1', [x]), (x) => exists('select 1 from public.organizations where slug = $1', [x]));
  },
  'organizations · update name of Acme': async ({ client }) =>
    using(async () => ACME, () => sql(`update public.organizations set name = 'Acme' where id = $1`, [ACME]), async () => {
      await client.from('organizations').update({ name: 'Acme (renamed by the matrix)' }).eq('id', ACME);
      return exists(`select 1 from public.organizations where id = $1 and name <> 'Acme'`, [ACME]);
    }),
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
    using(async () => USERS.globexRecruiter.userId, (u) => sql('delete from public.memberships where org_id = $1 and user_id = $2', [ACME, u]), async (u) => {
      await client.from('memberships').insert({ org_id: ACME, user_id: u, role: 'viewer' });
      return exists('select 1 from public.memberships where org_id = $1 and user_id = $2', [ACME, u]);
    }),
  "memberships · update role of Acme's viewer to recruiter": async ({ client }) =>
    using(async () => USERS.acmeViewer.userId, (u) => sql(`update public.memberships set role = 'viewer' where org_id = $1 and user_id = $2`, [ACME, u]), async (u) => {
      await client.from('memberships').update({ role: 'recruiter' }).eq('org_id', ACME).eq('user_id', u);
      return exists(`select 1 from public.memberships where org_id = $1 and user_id = $2 and role = 'recruiter'`, [ACME, u]);
    }),
  'memberships · delete a member of Acme': async ({ client }) =>
    using(
      async () => (await sql(`insert into public.memberships (org_id, user_id, role) values ($1, $2, 'viewer')`, [ACME, USERS.globexRecruiter.userId]), USERS.globexRecruiter.userId),
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
    return using(async () => s, (x) => sql('delete from public.jobs where slug = $1', [x]), (x) => exists('select 1 from public.jobs where slug = $1', [x]));
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
    await client.from('upload_grants').insert({ path, job_id: JOBS.backend.id, client_key_hash: 'matrix', expires_at: new Date(Date.now() + 3_600_000).toISOString() });
    return using(async () => path, dropGrant, (p) => exists('select 1 from public.upload_grants where path = $1', [p]));
  },
  'upload_grants · update used_at (free a spent grant)': async ({ client }) =>
    using(() => freshGrant(true), dropGrant, async (path) => {
      await client.from('upload_grants').update({ used_at: null }).eq('path', path);
      return exists('select 1 from public.upload_grants where path = $1 and used_at is null', [path]);
    }),
  'upload_grants · update expires_at (extend)': async ({ client }) =>
    using(() => freshGrant(), dropGrant, async (path) => {
      await client.from('upload_grants').update({ expires_at: '2099-01-01T00:00:00Z' }).eq('path', path);
      return exists(`select 1 from public.upload_grants where path = $1 and expires_at > now() + interval '1 year'`, [path]);
    }),
  'upload_grants · delete': async ({ client }) =>
    using(() => freshGrant(), dropGrant, async (path) => {
      await client.from('upload_grants').delete().eq('path', path);
      return !(await exists('select 1 from public.upload_grants where path = $1', [path]));
    }),

  'applications · select': async ({ client, world }) => rowsOf(await client.from('applications').select('id').eq('id', world.appId)) === 1,
  'applications · insert (candidate: its grant; others: no grant)': async ({ client, actor }) =>
    using(
      async () => {
        const path = actor === 'candidate' ? await freshGrant() : `${JOBS.backend.slug}/${randomUUID()}.pdf`;
        if (actor !== 'candidate') await sql(`insert into storage.objects (bucket_id, name, metadata) values ('resumes', $1, '{"size": 1234}')`, [path]);
        return path;
      },
      dropGrant,
      async (path) => {
        const id = randomUUID();
        await client.from('applications').insert({ id, job_id: JOBS.backend.id, full_name: 'Matrix Candidate', email: 'matrix@example.test', resume_path: path, resume_size: 1234 });
        return exists('select 1 from public.applications where id = $1', [id]);
      },
    ),
  'applications · insert reusing a spent grant': async ({ client, world }) => {
    const id = randomUUID();
    await client.from('applications').insert({ id, job_id: JOBS.backend.id, full_name: 'Second Try', email: 'again@example.test', resume_path: world.path, resume_size: 1234 });
    return using(async () => id, (x) => sql('delete from public.applications where id = $1', [x]), (x) => exists('select 1 from public.applications where id = $1', [x]));
  },
  'applications · update stage': async ({ client }) =>
    using(freshApplication, dropApplication, async ({ id }) => {
      await client.from('applications').update({ stage: 'screening' }).eq('id', id);
      return exists(`select 1 from public.applications where id = $1 and stage = 'screening'`, [id]);
    }),
  'applications · update email': async ({ client }) =>
    using(freshApplication, dropApplication, async ({ id }) => {
      await client.from('applications').update({ email: 'changed@example.test' }).eq('id', id);
      return exists(`select 1 from public.applications where id = $1 and email = 'changed@example.test'`, [id]);
    }),
  'applications · update score': async ({ client }) =>
    using(freshApplication, dropApplication, async ({ id }) => {
      await client.from('applications').update({ score: 100 }).eq('id', id);
      return exists('select 1 from public.applications where id = $1 and score = 100', [id]);
    }),
  'applications · update resume_path': async ({ client }) =>
    using(freshApplication, dropApplication, async ({ id }) => {
      const other = `${JOBS.backend.slug}/${randomUUID()}.pdf`;
      await client.from('applications').update({ resume_path: other }).eq('id', id);
      const moved = await exists('select 1 from public.applications where id = $1 and resume_path = $2', [id, other]);
      await sql('delete from public.applications where id = $1', [id]);
      return moved;
    }),
  'applications · update job_id': async ({ client }) =>
    using(freshApplication, dropApplication, async ({ id }) => {
      await client.from('applications').update({ job_id: JOBS.frontend.id }).eq('id', id);
      return exists('select 1 from public.applications where id = $1 and job_id = $2', [id, JOBS.frontend.id]);
    }),
  'applications · delete': async ({ client }) =>
    using(freshApplication, dropApplication, async ({ id }) => {
      await client.from('applications').delete().eq('id', id);
      return !(await exists('select 1 from public.applications where id = $1', [id]));
    }),

  'stage_events · select': async ({ client, world }) => rowsOf(await client.from('stage_events').select('id').eq('id', world.eventId)) === 1,
  'stage_events · insert': async ({ client, world }) => {
    await client.from('stage_events').insert({ application_id: world.appId, from_stage: 'applied', to_stage: 'hired' });
    const forged = await sql(`delete from public.stage_events where application_id = $1 and to_stage = 'hired' returning id`, [world.appId]);
    return forged.length > 0;
  },
  'stage_events · update to_stage': async ({ client, world }) =>
    using(async () => world.eventId, (id) => sql(`update public.stage_events set to_stage = 'applied' where id = $1`, [id]), async (id) => {
      await client.from('stage_events').update({ to_stage: 'hired' }).eq('id', id);
      return exists(`select 1 from public.stage_events where id = $1 and to_stage = 'hired'`, [id]);
    }),
  'stage_events · delete': async ({ client }) =>
    using(freshApplication, dropApplication, async ({ id }) => {
      await client.from('stage_events').delete().eq('application_id', id);
      return !(await exists('select 1 from public.stage_events where application_id = $1', [id]));
    }),

  'notes · select': async ({ client, world }) => rowsOf(await client.from('notes').select('id').eq('id', world.noteId)) === 1,
  'notes · insert as oneself': async ({ client, world, userId }) => {
    const id = randomUUID();
    // The service role has no auth.uid() to default the author to, so it names one.
    await client.from('notes').insert({ id, application_id: world.appId, body: 'From the matrix', ...(userId ? {} : { author: USERS.acmeRecruiter.userId }) });
    return using(async () => id, (x) => sql('delete from public.notes where id = $1', [x]), (x) => exists('select 1 from public.notes where id = $1', [x]));
  },
  'notes · insert in the name of another member': async ({ client, world }) => {
    const id = randomUUID();
    await client.from('notes').insert({ id, application_id: world.appId, body: 'Forged', author: USERS.acmeOwner.userId });
    return using(async () => id, (x) => sql('delete from public.notes where id = $1', [x]), (x) => exists('select 1 from public.notes where id = $1 and author = $2', [x, USERS.acmeOwner.userId]));
  },
  'notes · update body': async ({ client, world }) =>
    using(async () => world.noteId, (id) => sql(`update public.notes set body = 'Seen by the matrix' where id = $1`, [id]), async (id) => {
      await client.from('notes').update({ body: 'Rewritten' }).eq('id', id);
      return exists(`select 1 from public.notes where id = $1 and body = 'Rewritten'`, [id]);
    }),
  'notes · delete': async ({ client, world }) =>
    using(
      async () => (await one(`insert into public.notes (application_id, author, body) values ($1, $2, 'Delete me') returning id`, [world.appId, USERS.acmeRecruiter.userId])).id as string,
      (id) => sql('delete from public.notes where id = $1', [id]),
      async (id) => {
        await client.from('notes').delete().eq('id', id);
        return !(await exists('select 1 from public.notes where id = $1', [id]));
      },
    ),

  "job_visits · select recruiter A's visit": async ({ client }) =>
    rowsOf(await client.from('job_visits').select('job_id').eq('user_id', USERS.acmeRecruiter.userId).eq('job_id', JOBS.backend.id)) === 1,
  'job_visits · insert a visit to an Acme job': async ({ client, userId }) => {
    const user = userId ?? USERS.globexRecruiter.userId;
    await sql('delete from public.job_visits where user_id = $1 and job_id = $2', [user, JOBS.frontend.id]);
    await client.from('job_visits').insert({ job_id: JOBS.frontend.id, ...(userId ? {} : { user_id: user }) });
    return using(async () => user, (u) => sql('delete from public.job_visits where user_id = $1 and job_id = $2', [u, JOBS.frontend.id]), (u) =>
      exists('select 1 from public.job_visits where user_id = $1 and job_id = $2', [u, JOBS.frontend.id]),
    );
  },
  "job_visits · update recruiter A's visit": async ({ client }) =>
    using(async () => USERS.acmeRecruiter.userId, (u) => sql(`update public.job_visits set visited_at = now() where user_id = $1 and job_id = $2`, [u, JOBS.backend.id]), async (u) => {
      await client.from('job_visits').update({ visited_at: '2000-01-01T00:00:00Z' }).eq('user_id', u).eq('job_id', JOBS.backend.id);
      return exists(`select 1 from public.job_visits where user_id = $1 and job_id = $2 and visited_at < '2001-01-01'`, [u, JOBS.backend.id]);
    }),
  'job_visits · delete': async ({ client }) => {
    await client.from('job_visits').delete().eq('user_id', USERS.acmeRecruiter.userId).eq('job_id', JOBS.backend.id);
    const gone = !(await exists('select 1 from public.job_visits where user_id = $1 and job_id = $2', [USERS.acmeRecruiter.userId, JOBS.backend.id]));
    await sql('insert into public.job_visits (user_id, job_id) values ($1, $2) on conflict do nothing', [USERS.acmeRecruiter.userId, JOBS.backend.id]);
    return gone;
  },

  'resume_downloads · select': async ({ client, world }) => rowsOf(await client.from('resume_downloads').select('id').eq('id', world.downloadId)) === 1,
  'resume_downloads · insert': async ({ client, world }) => {
    await client.from('resume_downloads').insert({ org_id: ACME, path: world.path, bytes: 1, user_id: null });
    return (await sql(`delete from public.resume_downloads where path = $1 and bytes = 1 returning id`, [world.path])).length > 0;
  },
  'resume_downloads · update': async ({ client, world }) => {
    await client.from('resume_downloads').update({ bytes: 0 }).eq('id', world.downloadId);
    const changed = await exists('select 1 from public.resume_downloads where id = $1 and bytes = 0', [world.downloadId]);
    await sql('update public.resume_downloads set bytes = 1234 where id = $1', [world.downloadId]);
    return changed;
  },
  'resume_downloads · delete': async ({ client, world }) =>
    using(
      async () => (await one(`insert into public.resume_downloads (org_id, path, bytes) values ($1, $2, 7) returning id`, [ACME, world.path])).id as number,
      (id) => sql('delete from public.resume_downloads where id = $1', [id]),
      async (id) => {
        await client.from('resume_downloads').delete().eq('id', id);
        return !(await exists('select 1 from public.resume_downloads where id = $1', [id]));
      },
    ),

  'rpc · record_resume_download (an Acme resume)': async ({ client, world }) => {
    const { data, error } = await client.rpc('record_resume_download', { path: world.path });
    await sql('delete from public.resume_downloads where path = $1 and id <> $2', [world.path, world.downloadId]);
    return !error && data === true;
  },
  'rpc · record_upload_grant': async ({ client }) => {
    const path = `${JOBS.backend.slug}/${randomUUID()}.pdf`;
    const { data } = await client.rpc('record_upload_grant', { job_slug: JOBS.backend.slug, path, client_key_hash: `matrix-${randomUUID()}`, file_size: 10 });
    await dropGrant(path);
    return (data as { ok?: boolean } | null)?.ok === true;
  },
  'rpc · storage_usage (Acme)': async ({ client }) => {
    const { data, error } = await client.rpc('storage_usage', { org: ACME });
    return !error && Array.isArray(data) && data.length === 1;
  },
  'rpc · org_member_directory (Acme; members only)': async ({ client }) => {
    const { data, error } = await client.rpc('org_member_directory', { org: ACME });
    return !error && Array.isArray(data) && data.length > 0;
  },

  'bucket resumes · read (download; candidate: its own upload)': async (t) => {
    const { data, error } = await t.client.storage.from('resumes').download(readable(t));
    return !error && Buffer.from(await data.arrayBuffer()).subarray(0, 5).toString() === '%PDF-';
  },
  'bucket resumes · read through a signed URL it creates': async (t) => {
    const { data, error } = await t.client.storage.from('resumes').createSignedUrl(readable(t), 60);
    if (error || !data) return false;
    const res = await fetch(data.signedUrl);
    return res.ok && Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString() === '%PDF-';
  },
  'bucket resumes · list the job folder': async (t) => {
    const [folder, name] = readable(t).split('/');
    const { data } = await t.client.storage.from('resumes').list(folder, { search: name });
    return (data ?? []).some((o) => o.name === name);
  },
  'bucket resumes · upload a new object directly': async ({ client }) => {
    const path = `${JOBS.backend.slug}/${randomUUID()}.pdf`;
    const { error } = await client.storage.from('resumes').upload(path, minimalPdf(), { contentType: 'application/pdf' });
    if (!error) await dropObject(path);
    return !error;
  },
  'bucket resumes · sign an upload URL for a path of its choice': async ({ client }) => {
    const { data, error } = await client.storage.from('resumes').createSignedUploadUrl(`${JOBS.backend.slug}/${randomUUID()}.pdf`);
    return !error && Boolean(data?.token);
  },
  'bucket resumes · overwrite an object (upsert)': async ({ client }) =>
    using(freshObject, dropObject, async (path) => {
      const forged = minimalPdf('overwritten by the matrix');
      await client.storage.from('resumes').upload(path, forged, { contentType: 'application/pdf', upsert: true });
      return exists(`select 1 from storage.objects where bucket_id = 'resumes' and name = $1 and (metadata->>'size')::int = $2`, [path, forged.length]);
    }),
  'bucket resumes · remove an object': async ({ client }) =>
    using(freshObject, dropObject, async (path) => {
      await client.storage.from('resumes').remove([path]);
      return !(await exists(`select 1 from storage.objects where bucket_id = 'resumes' and name = $1`, [path]));
    }),
};
