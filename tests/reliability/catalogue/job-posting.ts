// The JobPosting details of a job (issue 16: salary range, currency, period, remote policy, department) that Postgres
// refuses, sent by Acme's recruiter as the job editor sends them (PATCH /rest/v1/jobs): each a 400 that changes nothing.
import { JOBS, USERS } from '../../app/db/seed.ts';
import { send, type Case } from '../support/catalogue.ts';
import { accessToken } from '../support/tokens.ts';

const SALARY = { salary_min: 60000, salary_max: 80000, salary_currency: 'EUR', salary_period: 'year' };

const patch = async (body: Record<string, unknown>) =>
  send(`/rest/v1/jobs?id=eq.${JOBS.frontend.id}`, {
    method: 'PATCH',
    token: await accessToken(USERS.acmeRecruiter),
    headers: { prefer: 'return=minimal' },
    body,
  });

const refused = (name: string, body: Record<string, unknown>, code = '23514'): Case => ({
  name: `job posting: ${name}`,
  send: () => patch(body),
  expect: { status: 400, code },
});

export const jobPostingCases: Case[] = [
  refused('a negative salary', { ...SALARY, salary_min: -1 }),
  refused('a salary of a billion', { ...SALARY, salary_max: 1e9 }),
  refused('a range that runs downwards', { ...SALARY, salary_min: 90000 }),
  refused('a salary without a currency', { ...SALARY, salary_currency: null }),
  refused('a salary without a period', { ...SALARY, salary_period: null }),
  refused('a currency and period without an amount', { ...SALARY, salary_min: null, salary_max: null }),
  refused('a currency in lower case', { ...SALARY, salary_currency: 'eur' }),
  refused('a currency of four letters', { ...SALARY, salary_currency: 'EURO' }),
  refused('a period that is not hour, day, week, month or year', { ...SALARY, salary_period: 'fortnight' }),
  refused('a salary in words', { ...SALARY, salary_min: 'sixty thousand' }, '22P02'),
  refused('a remote policy that is not on-site, hybrid or remote', { remote_policy: 'anywhere' }),
  refused('remote with no country to work from', { remote_policy: 'remote', country_code: null }),
  refused('a country that is not an ISO code', { country_code: 'Germany' }),
  refused('a department of 101 characters', { department: 'x'.repeat(101) }),
  refused('no department at all (null, not empty)', { department: null }, '23502'),
];
