// The apply page must not learn which answer knocks a candidate out: through PostgREST the anon key reads a job's
// public_questions (every question, knockout lists empty) and is refused questions and the knockout rejection rule;
// members still read the rules they set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInClient, sql, stack } from '../../support/clients.ts';
import { createTestOrg, type TestOrg } from '../ops/support/org.ts';

const QUESTIONS = [
  {
    id: 'sponsorship',
    type: 'yes_no',
    label: 'Will you need visa sponsorship?',
    help: '',
    required: true,
    choices: [],
    min: null,
    max: null,
    knockout: [true],
  },
  {
    id: 'stack',
    type: 'multiple_choice',
    label: 'Stack',
    help: 'Pick any',
    required: false,
    choices: ['React', 'PHP'],
    min: null,
    max: null,
    knockout: ['PHP'],
  },
  { id: 'years', type: 'number', label: 'Years', help: '', required: false, choices: [], min: 0, max: 50, knockout: [] },
];

let org: TestOrg;

const anonGet = async (query: string) => {
  const res = await fetch(`${stack.apiUrl}/rest/v1/jobs?${query}`, { headers: { apikey: stack.anonKey, authorization: `Bearer ${stack.anonKey}` } });
  return { status: res.status, body: (await res.json()) as unknown };
};

beforeAll(async () => {
  org = await createTestOrg('knockout-privacy');
  await sql(`update public.jobs set questions = $2, knockout_reject_after_days = 7 where slug = $1`, [org.jobs.open, JSON.stringify(QUESTIONS)]);
});
afterAll(() => org?.remove());

describe('a job’s knockout rules, as the anon key reads jobs', () => {
  it('gets every question in order from public_questions, with no knockout answers', async () => {
    const { status, body } = await anonGet(`select=slug,public_questions&slug=eq.${org.jobs.open}`);
    expect(status).toBe(200);
    expect(body).toEqual([{ slug: org.jobs.open, public_questions: QUESTIONS.map((q) => ({ ...q, knockout: [] })) }]);
  });

  it('is refused questions, the knockout rejection rule, and select=* (which would include them)', async () => {
    for (const select of ['questions', 'knockout_reject_after_days', '*', 'slug,questions']) {
      const { status, body } = await anonGet(`select=${select}&slug=eq.${org.jobs.open}`);
      expect({ select, status, code: (body as { code?: string }).code }).toEqual({ select, status: 401, code: '42501' });
    }
  });

  it('cannot filter or order by the questions either', async () => {
    const filtered = await anonGet(`select=slug&questions=cs.${encodeURIComponent('[{"knockout":[true]}]')}`);
    expect(filtered.status).toBe(401);
    const ordered = await anonGet('select=slug&order=questions');
    expect(ordered.status).toBe(401);
  });

  it('still reads the public columns the job pages show', async () => {
    const { status, body } = await anonGet(
      `select=id,slug,title,description,skills,status,published_at,country_code,organizations(name,slug)&slug=eq.${org.jobs.open}`,
    );
    expect(status).toBe(200);
    expect(body).toEqual([expect.objectContaining({ slug: org.jobs.open, status: 'open' })]);
  });

  it('members still read the questions with their knockout answers', async () => {
    const owner = await signedInClient(org.owner.email, org.owner.password);
    const { data, error } = await owner.from('jobs').select('questions, knockout_reject_after_days').eq('slug', org.jobs.open).single();
    expect(error).toBeNull();
    expect(data).toEqual({ questions: QUESTIONS, knockout_reject_after_days: 7 });
  });

  it('public_questions follows every edit of the questions', async () => {
    await sql(`update public.jobs set questions = $2 where slug = $1`, [org.jobs.open, JSON.stringify(QUESTIONS.slice(0, 1))]);
    const { body } = await anonGet(`select=public_questions&slug=eq.${org.jobs.open}`);
    expect(body).toEqual([{ public_questions: [{ ...QUESTIONS[0], knockout: [] }] }]);
  });
});
