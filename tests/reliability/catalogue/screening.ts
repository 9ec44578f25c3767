// Answers to a job's screening questions (issue 14), sent to the seeded frontend job (a yes/no knockout, a single
// choice, a number 0–50, free text): each bad answer is a 400 23514 that stores nothing and leaves the grant unused.
import { expect } from 'vitest';
import { JOBS } from '../../app/db/seed.ts';
import { sql } from '../../support/clients.ts';
import { applicationBody, granted, insertAs, storedApplication, type Case, type Given } from '../support/catalogue.ts';

const GLOBEX = '9b000000-0000-4000-8000-000000000000';
// Globex publishes notices for the consent rows only; each row's check takes them away again.
let notices: string[] = [];
const withNotices = async (count: number): Promise<Given> => {
  notices = [];
  for (let i = 0; i < count; i++) {
    const [n] = await sql<{ id: string }>(`insert into public.privacy_notices (org_id, body) values ($1, $2) returning id`, [
      GLOBEX,
      `Notice ${i + 1}`,
    ]);
    notices.push(n.id);
  }
  return granted(undefined, { job: JOBS.sre });
};
const dropNotices = async () => {
  await sql(`delete from public.privacy_notices where org_id = $1`, [GLOBEX]);
};

const frontend = () => granted(undefined, { job: JOBS.frontend });
const refused = (name: string, answers: unknown, over: Record<string, unknown> = {}): Case => ({
  name: `answers: ${name}`,
  given: frontend,
  send: (g) => insertAs(applicationBody(g, { answers, ...over })),
  expect: { status: 400, code: '23514' },
});

export const screeningCases: Case[] = [
  refused('yes/no answered with text', { sponsorship: 'yes' }),
  refused('a number answered with text', { 'react-years': 'five' }),
  refused('text answered with a number', { 'anything-else': 42 }),
  refused('a choice answered with a list', { 'working-mode': ['Remote'] }),
  refused('a question the job does not ask', { salary: 100000 }),
  refused('a question of another job', { sponsorship: false, 'backend-only': true }),
  refused('a choice that is not offered', { 'working-mode': 'On the moon' }),
  refused('a number over the maximum', { 'react-years': 51 }),
  refused('a number under the minimum', { 'react-years': -1 }),
  refused('free text over 5 000 characters', { 'anything-else': 'x'.repeat(5_001) }),
  refused('an array instead of an object', ['Remote']),
  refused('a string instead of an object', 'Remote'),
  refused('answers over 64 KB', { 'anything-else': 'x'.repeat(70_000) }),
  {
    name: 'answers: a knockout answer is accepted like any other (201) and flags the row',
    given: frontend,
    send: (g) => insertAs(applicationBody(g, { answers: { sponsorship: true, 'working-mode': 'Remote', 'react-years': 3 } })),
    expect: { status: 201, code: null },
    stores: true,
    check: async (g) => {
      const row = await storedApplication(g.candidate.id);
      expect(row.knockout).toEqual({ question_id: 'sponsorship', question: 'Will you need visa sponsorship to work in the EU?', answer: true });
    },
  },
  {
    name: 'source: over 60 characters',
    given: () => granted(),
    send: (g) => insertAs(applicationBody(g, { source: 'a'.repeat(61) })),
    expect: { status: 400, code: '23514' },
  },
  {
    name: 'source: markup',
    given: () => granted(),
    send: (g) => insertAs(applicationBody(g, { source: '<script>' })),
    expect: { status: 400, code: '23514' },
  },
  {
    name: 'consent: missing while the organisation has a privacy notice',
    given: () => withNotices(1),
    send: (g) => insertAs(applicationBody(g)),
    expect: { status: 400, code: '23514' },
    check: dropNotices,
  },
  {
    name: 'consent: to a version the organisation has replaced',
    given: () => withNotices(2),
    send: (g) => insertAs(applicationBody(g, { privacy_notice_id: notices[0] })),
    expect: { status: 400, code: '23514' },
    check: dropNotices,
  },
];
