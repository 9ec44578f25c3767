// RLS matrix cells for what hangs off an application: the application, its stage history, notes, job visits and the
// resume download log.
import { randomUUID } from 'node:crypto';
import { ACME, JOBS, USERS } from '../../../app/db/seed.ts';
import { sql } from '../../../support/clients.ts';
import { dropApplication, dropGrant, exists, freshApplication, freshGrant, one, rowsOf, using, type Try } from './fixtures.ts';

export const APPLICANTS_CELLS: Record<string, (t: Try) => Promise<boolean>> = {
  'applications · select': async ({ client, world }) => rowsOf(await client.from('applications').select('id').eq('id', world.appId)) === 1,
  'applications · insert (candidate: its grant; others: no grant)': async ({ client, actor }) =>
    using(
      async () => {
        const path = actor === 'candidate' ? await freshGrant() : `${JOBS.backend.slug}/${randomUUID()}.pdf`;
        if (actor !== 'candidate')
          await sql(
            `insert into storage.objects (bucket_id, name, metadata) values ('resumes', $1, '{"size": 1234, "mimetype": "application/pdf"}')`,
            [path],
          );
        return path;
      },
      dropGrant,
      async (path) => {
        const id = randomUUID();
        await client
          .from('applications')
          .insert({ id, job_id: JOBS.backend.id, full_name: 'Matrix Candidate', email: 'matrix@example.test', resume_path: path, resume_size: 1234 });
        return exists('select 1 from public.applications where id = $1', [id]);
      },
    ),
  'applications · insert reusing a spent grant': async ({ client, world }) => {
    const id = randomUUID();
    await client
      .from('applications')
      .insert({ id, job_id: JOBS.backend.id, full_name: 'Second Try', email: 'again@example.test', resume_path: world.path, resume_size: 1234 });
    return using(
      async () => id,
      (x) => sql('delete from public.applications where id = $1', [x]),
      (x) => exists('select 1 from public.applications where id = $1', [x]),
    );
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
    using(
      async () => world.eventId,
      (id) => sql(`update public.stage_events set to_stage = 'applied' where id = $1`, [id]),
      async (id) => {
        await client.from('stage_events').update({ to_stage: 'hired' }).eq('id', id);
        return exists(`select 1 from public.stage_events where id = $1 and to_stage = 'hired'`, [id]);
      },
    ),
  'stage_events · delete': async ({ client }) =>
    using(freshApplication, dropApplication, async ({ id }) => {
      await client.from('stage_events').delete().eq('application_id', id);
      return !(await exists('select 1 from public.stage_events where application_id = $1', [id]));
    }),

  'notes · select': async ({ client, world }) => rowsOf(await client.from('notes').select('id').eq('id', world.noteId)) === 1,
  'notes · insert as oneself': async ({ client, world, userId }) => {
    const id = randomUUID();
    // The service role has no auth.uid() to default the author to, so it names one.
    await client
      .from('notes')
      .insert({ id, application_id: world.appId, body: 'From the matrix', ...(userId ? {} : { author: USERS.acmeRecruiter.userId }) });
    return using(
      async () => id,
      (x) => sql('delete from public.notes where id = $1', [x]),
      (x) => exists('select 1 from public.notes where id = $1', [x]),
    );
  },
  'notes · insert in the name of another member': async ({ client, world }) => {
    const id = randomUUID();
    await client.from('notes').insert({ id, application_id: world.appId, body: 'Forged', author: USERS.acmeOwner.userId });
    return using(
      async () => id,
      (x) => sql('delete from public.notes where id = $1', [x]),
      (x) => exists('select 1 from public.notes where id = $1 and author = $2', [x, USERS.acmeOwner.userId]),
    );
  },
  'notes · update body': async ({ client, world }) =>
    using(
      async () => world.noteId,
      (id) => sql(`update public.notes set body = 'Seen by the matrix' where id = $1`, [id]),
      async (id) => {
        await client.from('notes').update({ body: 'Rewritten' }).eq('id', id);
        return exists(`select 1 from public.notes where id = $1 and body = 'Rewritten'`, [id]);
      },
    ),
  'notes · delete': async ({ client, world }) =>
    using(
      async () =>
        (
          await one(`insert into public.notes (application_id, author, body) values ($1, $2, 'Delete me') returning id`, [
            world.appId,
            USERS.acmeRecruiter.userId,
          ])
        ).id as string,
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
    return using(
      async () => user,
      (u) => sql('delete from public.job_visits where user_id = $1 and job_id = $2', [u, JOBS.frontend.id]),
      (u) => exists('select 1 from public.job_visits where user_id = $1 and job_id = $2', [u, JOBS.frontend.id]),
    );
  },
  "job_visits · update recruiter A's visit": async ({ client }) =>
    using(
      async () => USERS.acmeRecruiter.userId,
      (u) => sql(`update public.job_visits set visited_at = now() where user_id = $1 and job_id = $2`, [u, JOBS.backend.id]),
      async (u) => {
        await client.from('job_visits').update({ visited_at: '2000-01-01T00:00:00Z' }).eq('user_id', u).eq('job_id', JOBS.backend.id);
        return exists(`select 1 from public.job_visits where user_id = $1 and job_id = $2 and visited_at < '2001-01-01'`, [u, JOBS.backend.id]);
      },
    ),
  'job_visits · delete': async ({ client }) => {
    await client.from('job_visits').delete().eq('user_id', USERS.acmeRecruiter.userId).eq('job_id', JOBS.backend.id);
    const gone = !(await exists('select 1 from public.job_visits where user_id = $1 and job_id = $2', [USERS.acmeRecruiter.userId, JOBS.backend.id]));
    await sql('insert into public.job_visits (user_id, job_id) values ($1, $2) on conflict do nothing', [
      USERS.acmeRecruiter.userId,
      JOBS.backend.id,
    ]);
    return gone;
  },

  'resume_downloads · select': async ({ client, world }) =>
    rowsOf(await client.from('resume_downloads').select('id').eq('id', world.downloadId)) === 1,
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
      async () =>
        (await one(`insert into public.resume_downloads (org_id, path, bytes) values ($1, $2, 7) returning id`, [ACME, world.path])).id as number,
      (id) => sql('delete from public.resume_downloads where id = $1', [id]),
      async (id) => {
        await client.from('resume_downloads').delete().eq('id', id);
        return !(await exists('select 1 from public.resume_downloads where id = $1', [id]));
      },
    ),
};
