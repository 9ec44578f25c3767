// RLS matrix cells for resume search (issue 15): the resume text scoring keeps (resume_pages), the whole-resume search
// document (resume_documents) and search_applications, aimed at an Acme application whose resume alone says a word.
import { randomBytes } from 'node:crypto';
import { ACME, JOBS } from '../../../app/db/seed.ts';
import { sql } from '../../../support/clients.ts';
import { dropApplication, exists, freshApplication, rowsOf, using, type Try } from './fixtures.ts';

/** A made-up word of letters only, so Postgres keeps it as one lexeme no other resume holds. */
const word = () => `zq${[...randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join('')}`;

/** A fresh Acme application scored with two pages of text, as score-application stores them. */
async function searchable() {
  const a = await freshApplication();
  const secret = word();
  await sql(`select public.store_scoring_result($1, '{"parse_status": "done", "score": 40}', $2)`, [
    a.id,
    JSON.stringify([
      { page: 1, text: `Platform engineer, ${secret} specialist.` },
      { page: 2, text: 'Ran on-call for the payments team.' },
    ]),
  ]);
  return { ...a, word: secret };
}

const pageCount = (id: string) => exists('select 1 from public.resume_pages where application_id = $1 having count(*) = 2', [id]);

export const SEARCH_CELLS: Record<string, (t: Try) => Promise<boolean>> = {
  "resume_pages · select an Acme resume's text": ({ client }) =>
    using(searchable, dropApplication, async ({ id }) => rowsOf(await client.from('resume_pages').select('page').eq('application_id', id)) === 2),
  'resume_pages · insert a page': ({ client }) =>
    using(searchable, dropApplication, async ({ id }) => {
      await client.from('resume_pages').insert({ application_id: id, job_id: JOBS.backend.id, page: 3, text: 'Forged page' });
      return exists('select 1 from public.resume_pages where application_id = $1 and page = 3', [id]);
    }),
  'resume_pages · update text': ({ client }) =>
    using(searchable, dropApplication, async ({ id }) => {
      await client.from('resume_pages').update({ text: 'Rewritten' }).eq('application_id', id).eq('page', 2);
      return exists(`select 1 from public.resume_pages where application_id = $1 and text = 'Rewritten'`, [id]);
    }),
  'resume_pages · delete': ({ client }) =>
    using(searchable, dropApplication, async ({ id }) => {
      await client.from('resume_pages').delete().eq('application_id', id);
      return !(await pageCount(id));
    }),
  'resume_documents · select': ({ client }) =>
    using(
      searchable,
      dropApplication,
      async ({ id }) => rowsOf(await client.from('resume_documents').select('application_id').eq('application_id', id)) === 1,
    ),
  'resume_documents · update tsv': ({ client }) =>
    using(searchable, dropApplication, async ({ id }) => {
      await client.from('resume_documents').update({ tsv: 'forged' }).eq('application_id', id);
      return exists(`select 1 from public.resume_documents where application_id = $1 and tsv = 'forged'::tsvector`, [id]);
    }),
  'rpc · search_applications (Acme, a word only one resume says; a row or a count)': ({ client }) =>
    using(searchable, dropApplication, async ({ id, word }) => {
      const { data, error } = await client.rpc('search_applications', { query: word, org: ACME });
      const hits = (data ?? []) as { application_id: string; total: number }[];
      // Another organization's member must get neither the row nor a total that counts it.
      return !error && hits.some((h) => h.application_id === id || h.total > 0);
    }),
  "rpc · search_applications (Acme's job by id, named by any org)": ({ client }) =>
    using(searchable, dropApplication, async ({ id, word }) => {
      const { data, error } = await client.rpc('search_applications', { query: word, org: ACME, job: JOBS.backend.id });
      return !error && ((data ?? []) as { application_id: string }[]).some((h) => h.application_id === id);
    }),
};
