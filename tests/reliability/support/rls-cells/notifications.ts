// RLS matrix cells for members' notifications: follows and choices are each member's own (recruiter A's are the
// targets), follows only of the member's organization's jobs; only the scheduler queues digests.
import { ACME, JOBS, USERS } from '../../../app/db/seed.ts';
import { sql } from '../../../support/clients.ts';
import { exists, one, rowsOf, using, type Try } from './fixtures.ts';

const recruiter = USERS.acmeRecruiter.userId;
const followOf = (user: string, job: string) => exists('select 1 from public.job_follows where user_id = $1 and job_id = $2', [user, job]);
const unfollow = (user: string, job: string) => sql('delete from public.job_follows where user_id = $1 and job_id = $2', [user, job]);
const choiceOf = async () =>
  (await one('select new_applications, last_digest_at from public.notification_preferences where org_id = $1 and user_id = $2', [
    ACME,
    recruiter,
  ])) as {
    new_applications: string;
    last_digest_at: Date | null;
  };
const restoreChoice = (c: { new_applications: string; last_digest_at: Date | null }) =>
  sql('update public.notification_preferences set new_applications = $3, last_digest_at = $4 where org_id = $1 and user_id = $2', [
    ACME,
    recruiter,
    c.new_applications,
    c.last_digest_at,
  ]);

export const NOTIFICATION_CELLS: Record<string, (t: Try) => Promise<boolean>> = {
  "job_follows · select recruiter A's follow of an Acme job": async ({ client }) =>
    using(
      () =>
        sql('insert into public.job_follows (job_id, user_id, org_id) values ($1, $2, $3) on conflict do nothing', [
          JOBS.backend.id,
          recruiter,
          ACME,
        ]),
      () => unfollow(recruiter, JOBS.backend.id),
      async () => rowsOf(await client.from('job_follows').select('job_id').eq('user_id', recruiter).eq('job_id', JOBS.backend.id)) === 1,
    ),
  'job_follows · follow an Acme job as oneself': async ({ client, userId }) => {
    // The service role has no self: it names viewer A.
    const user = userId ?? USERS.acmeViewer.userId;
    await unfollow(user, JOBS.frontend.id);
    try {
      await client.from('job_follows').insert({ job_id: JOBS.frontend.id, ...(userId ? {} : { user_id: user, org_id: ACME }) });
      return await followOf(user, JOBS.frontend.id);
    } finally {
      await unfollow(user, JOBS.frontend.id);
    }
  },
  "job_follows · follow an Acme job in viewer A's name": async ({ client }) => {
    const viewer = USERS.acmeViewer.userId;
    await unfollow(viewer, JOBS.backend.id);
    try {
      await client.from('job_follows').insert({ job_id: JOBS.backend.id, user_id: viewer, org_id: ACME });
      return await followOf(viewer, JOBS.backend.id);
    } finally {
      await unfollow(viewer, JOBS.backend.id);
    }
  },
  "job_follows · follow Globex's job (only Globex's members)": async ({ client, userId }) => {
    // The service role names viewer A, who is no member of Globex.
    const user = userId ?? USERS.acmeViewer.userId;
    try {
      await client.from('job_follows').insert({ job_id: JOBS.sre.id, ...(userId ? {} : { user_id: user, org_id: ACME }) });
      return await followOf(user, JOBS.sre.id);
    } finally {
      await unfollow(user, JOBS.sre.id);
    }
  },
  "job_follows · delete recruiter A's follow": async ({ client }) => {
    await sql('insert into public.job_follows (job_id, user_id, org_id) values ($1, $2, $3) on conflict do nothing', [
      JOBS.frontend.id,
      recruiter,
      ACME,
    ]);
    try {
      await client.from('job_follows').delete().eq('user_id', recruiter).eq('job_id', JOBS.frontend.id);
      return !(await followOf(recruiter, JOBS.frontend.id));
    } finally {
      await unfollow(recruiter, JOBS.frontend.id);
    }
  },
  "notification_preferences · select recruiter A's choice": async ({ client }) =>
    rowsOf(await client.from('notification_preferences').select('new_applications').eq('org_id', ACME).eq('user_id', recruiter)) === 1,
  "notification_preferences · update recruiter A's choice to none": async ({ client }) =>
    using(choiceOf, restoreChoice, async () => {
      await client.from('notification_preferences').update({ new_applications: 'none' }).eq('org_id', ACME).eq('user_id', recruiter);
      return (await choiceOf()).new_applications === 'none';
    }),
  "notification_preferences · update recruiter A's last_digest_at": async ({ client }) =>
    using(choiceOf, restoreChoice, async () => {
      await client.from('notification_preferences').update({ last_digest_at: '2000-01-01T00:00:00Z' }).eq('org_id', ACME).eq('user_id', recruiter);
      return (await choiceOf()).last_digest_at?.getUTCFullYear() === 2000;
    }),
  "notification_preferences · delete recruiter A's": async ({ client }) =>
    using(
      choiceOf,
      async (c) => {
        await sql('insert into public.notification_preferences (org_id, user_id) values ($1, $2) on conflict do nothing', [ACME, recruiter]);
        await restoreChoice(c);
      },
      async () => {
        await client.from('notification_preferences').delete().eq('org_id', ACME).eq('user_id', recruiter);
        return (await choiceOf()) === undefined;
      },
    ),
  'rpc · queue_daily_digests': async ({ client }) => {
    const { error } = await client.rpc('queue_daily_digests');
    return error === null;
  },
};
