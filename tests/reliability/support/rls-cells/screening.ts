// RLS matrix cells for screening (issue 14): a job's questions, the answers and knockout flag on an application,
// keeping a knocked-out application and the per-source counts.
import { JOBS } from '../../../app/db/seed.ts';
import { sql } from '../../../support/clients.ts';
import { dropApplication, dropJob, exists, freshApplication, freshDraftJob, using, type Try } from './fixtures.ts';

const KNOCKOUT = { question_id: 'sponsorship', question: 'Will you need visa sponsorship?', answer: true };
const QUESTION = { id: 'matrix', type: 'yes_no', label: 'Matrix?', help: '', required: false, choices: [], min: null, max: null, knockout: [true] };

/** An application of Acme's backend job flagged by a knockout rule, as the screening trigger leaves it. */
async function knockedOut() {
  const a = await freshApplication();
  await sql(`update public.applications set knockout = $2 where id = $1`, [a.id, JSON.stringify(KNOCKOUT)]);
  return a;
}

const ACME = 'ac000000-0000-4000-8000-000000000000';

/** An open Acme job asking one yes/no question whose "yes" knocks an application out. */
async function openJobWithKnockout() {
  const id = await freshDraftJob();
  await sql(`update public.jobs set status = 'open', questions = $2 where id = $1`, [id, JSON.stringify([QUESTION])]);
  return id;
}

/** Two versions of Acme's privacy notice (the first replaced), taken away after the cell so inserts need no consent. */
async function acmeNotices() {
  const ids: string[] = [];
  for (const body of ['Matrix notice 1', 'Matrix notice 2'])
    ids.push((await sql<{ id: string }>(`insert into public.privacy_notices (org_id, body) values ($1, $2) returning id`, [ACME, body]))[0].id);
  return { replaced: ids[0], current: ids[1] };
}
const dropNotices = async () => {
  await sql(`delete from public.privacy_notices where org_id = $1`, [ACME]);
};

export const SCREENING_CELLS: Record<string, (t: Try) => Promise<boolean>> = {
  "jobs · select an open job's questions with their knockout answers": async ({ client }) =>
    using(openJobWithKnockout, dropJob, async (id) => {
      const { data } = await client.from('jobs').select('questions').eq('id', id);
      return (data ?? []).some((j: { questions: { knockout: unknown[] }[] }) => j.questions[0]?.knockout.length === 1);
    }),
  "jobs · select an open job's public questions (no knockout answers)": async ({ client }) =>
    using(openJobWithKnockout, dropJob, async (id) => {
      const { data } = await client.from('jobs').select('public_questions').eq('id', id);
      return (data ?? []).some((j: { public_questions: { id: string; knockout: unknown[] }[] }) => j.public_questions[0]?.id === 'matrix');
    }),
  'jobs · update questions': async ({ client }) =>
    using(freshDraftJob, dropJob, async (id) => {
      await client
        .from('jobs')
        .update({ questions: [QUESTION] })
        .eq('id', id);
      return exists(`select 1 from public.jobs where id = $1 and questions <> '[]'`, [id]);
    }),
  'applications · update answers': async ({ client }) =>
    using(freshApplication, dropApplication, async ({ id }) => {
      await client
        .from('applications')
        .update({ answers: { matrix: true } })
        .eq('id', id);
      return exists(`select 1 from public.applications where id = $1 and answers <> '{}'`, [id]);
    }),
  'applications · update knockout (clear the flag)': async ({ client }) =>
    using(knockedOut, dropApplication, async ({ id }) => {
      await client.from('applications').update({ knockout: null }).eq('id', id);
      return exists('select 1 from public.applications where id = $1 and knockout is null', [id]);
    }),
  'rpc · keep_knocked_out_application (an Acme one)': async ({ client }) =>
    using(knockedOut, dropApplication, async ({ id }) => {
      await client.rpc('keep_knocked_out_application', { application: id });
      return exists('select 1 from public.applications where id = $1 and knockout_kept_at is not null', [id]);
    }),
  'rpc · job_source_counts (Acme backend job)': async ({ client, world }) => {
    const { data, error } = await client.rpc('job_source_counts', { job: JOBS.backend.id });
    // The world's application is always there, so a caller who may read Acme's applications sees at least one count.
    return !error && Array.isArray(data) && data.length > 0 && Boolean(world.appId);
  },
  'privacy_notices · select the current one (Acme is hiring)': async ({ client }) =>
    using(acmeNotices, dropNotices, async ({ current }) => {
      const { data } = await client.from('privacy_notices').select('id').eq('id', current);
      return (data ?? []).length === 1;
    }),
  'privacy_notices · select a version Acme replaced': async ({ client }) =>
    using(acmeNotices, dropNotices, async ({ replaced }) => {
      const { data } = await client.from('privacy_notices').select('id').eq('id', replaced);
      return (data ?? []).length === 1;
    }),
  'privacy_notices · insert a version for Acme': async ({ client }) => {
    try {
      // The insert's own answer decides: other suites running beside this one add and drop Acme's notices, so a row
      // looked up afterwards can be gone, and a version number taken meanwhile (23505) means the policy let it through.
      const { error } = await client.from('privacy_notices').insert({ org_id: ACME, body: 'Matrix insert' });
      return !error || error.code === '23505';
    } finally {
      await dropNotices();
    }
  },
  'privacy_notices · update body': async ({ client }) =>
    using(acmeNotices, dropNotices, async ({ current }) => {
      await client.from('privacy_notices').update({ body: 'Rewritten' }).eq('id', current);
      return exists(`select 1 from public.privacy_notices where id = $1 and body = 'Rewritten'`, [current]);
    }),
  'rpc · reject_knocked_out_applications': async ({ client }) => {
    const { error } = await client.rpc('reject_knocked_out_applications');
    return !error;
  },
};
