// Interview kits, scorecards and analytics requests that do not fit: criteria of the wrong shape or size, ratings out of range or for
// criteria the kit does not have, text over its limits, another organization's job, a viewer submitting.
import { expect } from 'vitest';
import { JOBS, USERS } from '../../app/db/seed.ts';
import { sql } from '../../support/clients.ts';
import { applicationBody, granted, insertAs, send, type Case, type Given } from '../support/catalogue.ts';
import { MARKUP } from '../support/payloads.ts';
import { accessToken } from '../support/tokens.ts';

const KIT = [{ id: 'craft', name: 'Craft' }];
const RATINGS = { craft: { rating: 3 } };

/** An application to Acme's backend job, whose kit has one criterion (`craft`). */
const kittedApplication = async (): Promise<Given> => {
  await sql(`insert into public.interview_kits (job_id, criteria) values ($1, $2) on conflict (job_id) do update set criteria = excluded.criteria`, [
    JOBS.backend.id,
    JSON.stringify(KIT),
  ]);
  const g = await granted();
  const res = await insertAs(applicationBody(g));
  if (res.status !== 201) throw new Error(`the application insert answered ${res.status}: ${res.text}`);
  return g;
};

const kitFor = async (criteria: unknown, who: { email: string; password: string } = USERS.acmeRecruiter, job: string = JOBS.frontend.id) =>
  send('/rest/v1/interview_kits', {
    method: 'POST',
    token: await accessToken(who),
    headers: { prefer: 'return=minimal' },
    body: { job_id: job, criteria },
  });

const scorecard =
  (over: Record<string, unknown>, who: { email: string; password: string } = USERS.acmeRecruiter) =>
  async (g: Given) =>
    send('/rest/v1/scorecards', {
      method: 'POST',
      token: await accessToken(who),
      headers: { prefer: 'return=minimal' },
      body: { application_id: g.candidate.id, stage: 'interview', ratings: RATINGS, recommendation: 'yes', ...over },
    });

const analytics = async (body: unknown) =>
  send('/rest/v1/rpc/hiring_analytics', { method: 'POST', token: await accessToken(USERS.acmeRecruiter), body });

export const scorecardCases: Case[] = [
  { name: 'analytics: an organization id that is not a uuid', send: () => analytics({ org: 'acme' }), expect: { status: 400, code: '22P02' } },
  {
    name: 'analytics: an unknown argument',
    send: () => analytics({ org: '00000000-0000-4000-8000-000000000000', jobs: 'all' }),
    expect: { status: 404, code: 'PGRST202' },
  },
  { name: 'kit: criteria that are an object, not a list', send: () => kitFor({ craft: 'Craft' }), expect: { status: 400, code: '23514' } },
  {
    name: 'kit: 21 criteria',
    send: () => kitFor(Array.from({ length: 21 }, (_, i) => ({ id: `c${i}`, name: `C${i}` }))),
    expect: { status: 400, code: '23514' },
  },
  {
    name: 'kit: a criterion name of 101 characters',
    send: () => kitFor([{ id: 'long', name: 'x'.repeat(101) }]),
    expect: { status: 400, code: '23514' },
  },
  {
    name: 'kit: a criterion name of zero-width spaces only',
    send: () => kitFor([{ id: 'blank', name: '\u200b\u200b' }]),
    expect: { status: 400, code: '23514' },
  },
  {
    name: 'kit: Globex’s recruiter writes a kit for an Acme job',
    send: () => kitFor(KIT, USERS.globexRecruiter),
    expect: { status: 403, code: '42501' },
  },
  { name: 'kit: a viewer writes a kit', send: () => kitFor(KIT, USERS.acmeViewer), expect: { status: 403, code: '42501' } },
  {
    name: 'kit: HTML in a criterion name is stored as text',
    send: () => kitFor([{ id: 'markup', name: MARKUP.fullName }]),
    expect: { status: 201, code: null },
    stores: true,
    check: async () => {
      const rows = await sql(`delete from public.interview_kits where job_id = $1 returning criteria -> 0 ->> 'name' as name`, [JOBS.frontend.id]);
      expect(rows).toEqual([{ name: MARKUP.fullName }]);
    },
  },
  {
    name: 'scorecard: a rating of 5',
    given: kittedApplication,
    send: scorecard({ ratings: { craft: { rating: 5 } } }),
    expect: { status: 400, code: '23514' },
  },
  {
    name: 'scorecard: a rating sent as text',
    given: kittedApplication,
    send: scorecard({ ratings: { craft: { rating: '3' } } }),
    expect: { status: 400, code: '23514' },
  },
  {
    name: 'scorecard: a rating for a criterion the kit does not have',
    given: kittedApplication,
    send: scorecard({ ratings: { ...RATINGS, charm: { rating: 4 } } }),
    expect: { status: 400, code: '23514' },
  },
  { name: 'scorecard: ratings sent as a list', given: kittedApplication, send: scorecard({ ratings: [3] }), expect: { status: 400, code: '23514' } },
  {
    name: 'scorecard: a summary of 5 001 characters',
    given: kittedApplication,
    send: scorecard({ summary: 's'.repeat(5_001) }),
    expect: { status: 400, code: '23514' },
  },
  {
    name: 'scorecard: a recommendation that is not offered',
    given: kittedApplication,
    send: scorecard({ recommendation: 'maybe' }),
    expect: { status: 400, code: '23514' },
  },
  {
    name: 'scorecard: a stage that does not exist',
    given: kittedApplication,
    send: scorecard({ stage: 'lunch' }),
    expect: { status: 400, code: '23514' },
  },
  {
    name: 'scorecard: a viewer submits one',
    given: kittedApplication,
    send: scorecard({}, USERS.acmeViewer),
    expect: { status: 403, code: '42501' },
  },
];
