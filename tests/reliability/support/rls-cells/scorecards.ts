// RLS matrix cells for interview kits, scorecards and hiring analytics: Acme's backend job gets a kit and an application made for the
// cell; the owner's scorecard on it is the one the others may read only once theirs is in (viewers always).
import { ACME, JOBS, USERS } from '../../../app/db/seed.ts';
import { sql } from '../../../support/clients.ts';
import { dropApplication, exists, freshApplication, rowsOf, using, type Try } from './fixtures.ts';

const CRITERIA = JSON.stringify([{ id: 'craft', name: 'Craft' }]);
const RATINGS = { craft: { rating: 3 } };

const withKit = async () => {
  await sql(`insert into public.interview_kits (job_id, criteria) values ($1, $2) on conflict (job_id) do update set criteria = excluded.criteria`, [
    JOBS.backend.id,
    CRITERIA,
  ]);
  return freshApplication();
};
const dropKit = () => sql('delete from public.interview_kits where job_id = $1', [JOBS.frontend.id]);
const dropKitted = async (a: { path: string }) => {
  await dropApplication(a);
  await sql('delete from public.interview_kits where job_id = $1', [JOBS.backend.id]);
};
const scorecardBy = async (applicationId: string, author: string) =>
  (
    await sql<{ id: string }>(
      `insert into public.scorecards (application_id, stage, author, ratings, recommendation) values ($1, 'interview', $2, $3, 'yes') returning id`,
      [applicationId, author, JSON.stringify(RATINGS)],
    )
  )[0].id;
const withOwnersScorecard = async () => {
  const app = await withKit();
  return { ...app, scorecardId: await scorecardBy(app.id, USERS.acmeOwner.userId) };
};

export const SCORECARD_CELLS: Record<string, (t: Try) => Promise<boolean>> = {
  "interview_kits · select an Acme job's kit": ({ client }) =>
    using(withKit, dropKitted, async () => rowsOf(await client.from('interview_kits').select('job_id').eq('job_id', JOBS.backend.id)) === 1),
  'interview_kits · insert a kit for an Acme job': ({ client }) =>
    using(dropKit, dropKit, async () => {
      await client.from('interview_kits').insert({ job_id: JOBS.frontend.id, criteria: JSON.parse(CRITERIA) });
      return exists('select 1 from public.interview_kits where job_id = $1', [JOBS.frontend.id]);
    }),
  'interview_kits · update criteria': ({ client }) =>
    using(withKit, dropKitted, async () => {
      await client
        .from('interview_kits')
        .update({ criteria: [{ id: 'changed', name: 'Changed' }] })
        .eq('job_id', JOBS.backend.id);
      return exists(`select 1 from public.interview_kits where job_id = $1 and criteria -> 0 ->> 'id' = 'changed'`, [JOBS.backend.id]);
    }),
  'interview_kits · delete': ({ client }) =>
    using(withKit, dropKitted, async () => {
      await client.from('interview_kits').delete().eq('job_id', JOBS.backend.id);
      return !(await exists('select 1 from public.interview_kits where job_id = $1', [JOBS.backend.id]));
    }),
  "scorecards · select the owner's (before submitting one's own)": ({ client }) =>
    using(
      withOwnersScorecard,
      dropKitted,
      async ({ scorecardId }) => rowsOf(await client.from('scorecards').select('id').eq('id', scorecardId)) === 1,
    ),
  'scorecards · insert as oneself': ({ client, actor, userId }) =>
    using(withKit, dropKitted, async ({ id }) => {
      const row = {
        application_id: id,
        stage: 'interview',
        ratings: RATINGS,
        recommendation: 'yes',
        ...(actor === 'service' ? { author: USERS.acmeOwner.userId } : {}),
      };
      await client.from('scorecards').insert(row);
      return exists('select 1 from public.scorecards where application_id = $1 and author is not distinct from coalesce($2::uuid, $3::uuid)', [
        id,
        userId,
        USERS.acmeOwner.userId,
      ]);
    }),
  'scorecards · insert in the name of another member': ({ client }) =>
    using(withKit, dropKitted, async ({ id }) => {
      await client
        .from('scorecards')
        .insert({ application_id: id, stage: 'interview', author: USERS.acmeViewer.userId, ratings: RATINGS, recommendation: 'yes' });
      return exists('select 1 from public.scorecards where application_id = $1 and author = $2', [id, USERS.acmeViewer.userId]);
    }),
  "scorecards · update one's own recommendation": ({ client, userId }) =>
    using(withKit, dropKitted, async ({ id }) => {
      const scorecardId = await scorecardBy(id, userId ?? USERS.acmeOwner.userId);
      await client.from('scorecards').update({ recommendation: 'strong_no' }).eq('id', scorecardId);
      return exists(`select 1 from public.scorecards where id = $1 and recommendation = 'strong_no'`, [scorecardId]);
    }),
  'scorecards · delete': ({ client }) =>
    using(withOwnersScorecard, dropKitted, async ({ scorecardId }) => {
      await client.from('scorecards').delete().eq('id', scorecardId);
      return !(await exists('select 1 from public.scorecards where id = $1', [scorecardId]));
    }),
  'rpc · hiring_analytics (Acme; counts only what RLS shows)': ({ client }) =>
    using(freshApplication, dropApplication, async () => {
      const { data, error } = await client.rpc('hiring_analytics', { org: ACME });
      return !error && ((data as { total?: number } | null)?.total ?? 0) > 0;
    }),
  'rpc · scorecard_counts (an Acme application; members)': ({ client }) =>
    using(withOwnersScorecard, dropKitted, async ({ id }) => {
      const { data, error } = await client.rpc('scorecard_counts', { application: id });
      return !error && Array.isArray(data) && data.length === 1;
    }),
};
