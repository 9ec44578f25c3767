// Screening questions through the real flow (sign-upload, the PUT, the anon insert over /rest/v1): Postgres checks
// every answer against the job's questions (400 23514, nothing stored, the grant unused), flags knockout answers
// without refusing them, keeps the source, and lets a recruiter keep a knocked-out application.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USERS } from '../db/seed.ts';
import { textPdf } from '../../support/pdf.ts';
import { anonClient, signedInClient, sql } from '../../support/clients.ts';
import { createTestOrg, type TestOrg } from '../ops/support/org.ts';
import { uploadResume } from './support.ts';

const question = (q: Partial<Record<string, unknown>> & { id: string; type: string }) => ({
  label: `Question ${q.id}`,
  help: '',
  required: false,
  choices: [],
  min: null,
  max: null,
  knockout: [],
  ...q,
});

const QUESTIONS = [
  question({ id: 'sponsorship', type: 'yes_no', label: 'Will you need visa sponsorship?', required: true, knockout: [true] }),
  question({ id: 'mode', type: 'single_choice', choices: ['Remote', 'Hybrid', 'Office'], required: true }),
  question({ id: 'stack', type: 'multiple_choice', choices: ['React', 'Vue', 'PHP'], knockout: ['PHP'] }),
  question({ id: 'years', type: 'number', min: 0, max: 50 }),
  question({ id: 'why', type: 'long_text' }),
  question({ id: 'nick', type: 'short_text' }),
  question({ id: 'site', type: 'url' }),
];
const GOOD = { sponsorship: false, mode: 'Remote', stack: ['React'], years: 4, why: 'Because.', site: 'https://ada.example' };

let org: TestOrg;
let job: { id: string; slug: string };

beforeAll(async () => {
  org = await createTestOrg('questions');
  const [row] = await sql<{ id: string }>(`update public.jobs set questions = $2 where slug = $1 returning id`, [
    org.jobs.open,
    JSON.stringify(QUESTIONS),
  ]);
  job = { id: row.id, slug: org.jobs.open };
});
afterAll(() => org?.remove());

async function submit(fields: Record<string, unknown>) {
  const { path, size } = await uploadResume(textPdf(), job);
  const id = randomUUID();
  const res = await anonClient()
    .from('applications')
    .insert({ id, job_id: job.id, full_name: 'Ada Lovelace', email: 'ada@example.test', resume_path: path, resume_size: size, ...fields });
  return { id, path, size, res };
}

const stored = async (id: string) =>
  (
    await sql<{ answers: unknown; knockout: unknown; source: string | null }>(
      `select answers, knockout, source from public.applications where id = $1`,
      [id],
    )
  )[0];

describe('answers to a job’s questions', () => {
  it('are stored as sent, with the source, and an application meeting no knockout rule is not flagged', async () => {
    const { id, res } = await submit({ answers: GOOD, source: 'linkedin' });
    expect(res.error).toBeNull();
    expect(await stored(id)).toEqual({ answers: GOOD, knockout: null, source: 'linkedin' });
  });

  it.each([
    ['a required question left out', { ...GOOD, mode: undefined }, 'Answer the question "Question mode"'],
    ['a required yes/no sent as text', { ...GOOD, sponsorship: 'no' }, 'The answer to "Will you need visa sponsorship?" must be yes or no'],
    ['a choice that is not offered', { ...GOOD, mode: 'Mars' }, 'The answer to "Question mode" must be one of its choices'],
    [
      'a multiple choice with a choice twice',
      { ...GOOD, stack: ['React', 'React'] },
      'The answers to "Question stack" must be some of its choices, each once',
    ],
    ['a number above the maximum', { ...GOOD, years: 51 }, 'The answer to "Question years" must be at most 50'],
    ['a number sent as text', { ...GOOD, years: '4' }, 'The answer to "Question years" must be a number'],
    ['a long answer over 5 000 characters', { ...GOOD, why: 'x'.repeat(5_001) }, 'The answer to "Question why" can be at most 5000 characters'],
    ['a short answer over 300 characters', { ...GOOD, nick: 'x'.repeat(301) }, 'The answer to "Question nick" can be at most 300 characters'],
    [
      'a web address without a scheme',
      { ...GOOD, site: 'ada.example' },
      'The answer to "Question site" must be a web address starting with https://',
    ],
    ['a question the job does not ask', { ...GOOD, salary: 100 }, 'This job asks no question "salary"'],
  ])('%s is refused (400, 23514) with a plain message, stores nothing and leaves the grant for a retry', async (_, answers, message) => {
    const { path, size, res } = await submit({ answers });
    expect({ status: res.status, code: res.error?.code, message: res.error?.message }).toEqual({ status: 400, code: '23514', message });
    const [grant] = await sql<{ used_at: Date | null; rows: number }>(
      `select used_at, (select count(*)::int from public.applications where resume_path = $1) as rows from public.upload_grants where path = $1`,
      [path],
    );
    expect(grant).toEqual({ used_at: null, rows: 0 });
    const retried = await anonClient().from('applications').insert({
      id: randomUUID(),
      job_id: job.id,
      full_name: 'Ada Lovelace',
      email: 'ada@example.test',
      resume_path: path,
      resume_size: size,
      answers: GOOD,
    });
    expect(retried.error).toBeNull();
  });

  it('a source that is not a campaign tag is refused (400, 23514)', async () => {
    const { res } = await submit({ answers: GOOD, source: 'Bad Source!' });
    expect({ status: res.status, code: res.error?.code }).toEqual({ status: 400, code: '23514' });
  });
});

describe('knockouts', () => {
  it('flag the application with the first rule it met, and the candidate hears the same as anyone', async () => {
    const { id, res } = await submit({ answers: { ...GOOD, sponsorship: true, stack: ['React', 'PHP'] } });
    expect({ status: res.status, error: res.error }).toEqual({ status: 201, error: null });
    expect((await stored(id)).knockout).toEqual({ question_id: 'sponsorship', question: 'Will you need visa sponsorship?', answer: true });
    const { id: other } = await submit({ answers: { ...GOOD, stack: ['PHP'] } });
    expect((await stored(other)).knockout).toEqual({ question_id: 'stack', question: 'Question stack', answer: ['PHP'] });
  });

  it('a recruiter keeps a knocked-out application; another organization hears "not found"', async () => {
    const { id } = await submit({ answers: { ...GOOD, sponsorship: true } });
    const globex = await signedInClient(USERS.globexRecruiter.email, USERS.globexRecruiter.password);
    const refused = await globex.rpc('keep_knocked_out_application', { application: id });
    expect({ status: refused.status, code: refused.error?.code }).toEqual({ status: 404, code: 'PT404' });

    const recruiter = await signedInClient(org.recruiter.email, org.recruiter.password);
    const kept = await recruiter.rpc('keep_knocked_out_application', { application: id });
    expect(kept.error).toBeNull();
    const [row] = await sql<{ kept: boolean }>(`select knockout_kept_at is not null as kept from public.applications where id = $1`, [id]);
    expect(row.kept).toBe(true);
  });

  it('the job’s questions are checked: a knockout that is not one of the choices is refused', async () => {
    const recruiter = await signedInClient(org.recruiter.email, org.recruiter.password);
    const bad = [question({ id: 'mode', type: 'single_choice', choices: ['A', 'B'], knockout: ['C'] })];
    const res = await recruiter.from('jobs').update({ questions: bad }).eq('id', job.id);
    expect({ status: res.status, code: res.error?.code }).toEqual({ status: 400, code: '23514' });
  });
});

describe('sources', () => {
  it('are counted per job under RLS', async () => {
    await submit({ answers: GOOD, source: 'newsletter' });
    const recruiter = await signedInClient(org.recruiter.email, org.recruiter.password);
    const { data, error } = await recruiter.rpc('job_source_counts', { job: job.id });
    expect(error).toBeNull();
    expect(data).toContainEqual({ source: 'newsletter', applications: 1 });
    const globex = await signedInClient(USERS.globexRecruiter.email, USERS.globexRecruiter.password);
    expect((await globex.rpc('job_source_counts', { job: job.id })).data).toEqual([]);
  });
});
