// Resume search (search_applications) with queries and arguments that do not fit: empty, huge, only exclusions,
// tsquery operators and SQL as the words, a limit out of range, an org that is missing or no uuid, the anon key.
// Each gets a 4xx with a stable code, or a 200 with no results — never a 500 — and stores nothing.
import { expect } from 'vitest';
import { ACME, USERS } from '../../app/db/seed.ts';
import { send, type Case } from '../support/catalogue.ts';
import { accessToken } from '../support/tokens.ts';

const searchAs = async (body: Record<string, unknown>, who: { email: string; password: string } | null = USERS.acmeRecruiter) =>
  send('/rest/v1/rpc/search_applications', { method: 'POST', ...(who ? { token: await accessToken(who) } : {}), body });

const refused = (name: string, body: Record<string, unknown>, hint: string): Case => ({
  name: `search: ${name}`,
  send: () => searchAs(body),
  expect: { status: 400, code: '22023' },
  check: async (_g, r) => expect(r.json).toMatchObject({ hint, message: expect.stringMatching(/\w{4}/) }),
});

const nothingFound = (name: string, query: string): Case => ({
  name: `search: ${name}`,
  send: () => searchAs({ query, org: ACME }),
  expect: { status: 200, code: null },
  check: async (_g, r) => expect(r.json).toEqual([]),
});

export const searchCases: Case[] = [
  refused('an empty query', { query: '', org: ACME }, 'search_empty'),
  refused('a query of spaces and tabs', { query: ' \t  ', org: ACME }, 'search_empty'),
  refused('no query at all (null)', { query: null, org: ACME }, 'search_empty'),
  refused('a query of 201 characters', { query: 'k'.repeat(201), org: ACME }, 'search_too_long'),
  refused('a query of 100 000 characters', { query: 'react '.repeat(16_667), org: ACME }, 'search_too_long'),
  refused('a query that only excludes words', { query: '-java -"spring boot"', org: ACME }, 'search_only_excludes'),
  refused('no organization (null)', { query: 'react', org: null }, 'search_no_org'),
  refused('a result limit of 0', { query: 'react', org: ACME, max_results: 0 }, 'search_bad_limit'),
  refused('a result limit of 1 000 000', { query: 'react', org: ACME, max_results: 1_000_000 }, 'search_bad_limit'),
  nothingFound('tsquery operators as the words', "'&|!:*()<->"),
  nothingFound('SQL as the words', "'); drop table public.resume_pages; --"),
  nothingFound('unbalanced quotes and a dangling OR', '"zqxvw OR'),
  nothingFound('only stop words', 'the and of'),
  nothingFound('NUL-free control characters and emoji', '\u0007\u001b 🧑‍💻'),
  {
    name: 'search: an org that is no uuid',
    send: () => searchAs({ query: 'react', org: `${ACME}' or '1'='1` }),
    expect: { status: 400, code: '22P02' },
  },
  {
    name: 'search: a result limit that is no number',
    send: () => searchAs({ query: 'react', org: ACME, max_results: 'all' }),
    expect: { status: 400, code: '22P02' },
  },
  {
    name: 'search: the anon key (no member of anything)',
    send: () => searchAs({ query: 'react', org: ACME }, null),
    expect: { status: 401, code: '42501' },
  },
];
