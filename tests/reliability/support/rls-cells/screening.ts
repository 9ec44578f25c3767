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

export const SCREENING_CELLS: Record<string, (t: Try) => Promise<boolean>> = {
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
};
