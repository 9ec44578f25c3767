// Text that is hard to store faithfully: Unicode of every kind, names far too long, NUL bytes, broken surrogates,
// and HTML/script in every text field — kept verbatim as text (the browser check shows it stays inert).
import { expect } from 'vitest';
import { ACME, JOBS, USERS } from '../../app/db/seed.ts';
import { sql } from '../../support/clients.ts';
import { applicationBody, granted, insertAs, send, storedApplication, type Case, type Given } from '../support/catalogue.ts';
import { MARKUP, UNICODE_NAMES } from '../support/payloads.ts';
import { accessToken } from '../support/tokens.ts';

/** A case whose insert must be accepted and every sent field stored exactly as sent. */
const keptVerbatim = (name: string, fields: Record<string, unknown>): Case => ({
  name,
  given: () => granted(),
  send: (g) => insertAs(applicationBody(g, fields)),
  expect: { status: 201, code: null },
  stores: true,
  check: async (g) => {
    const row = await storedApplication(g.candidate.id);
    for (const [column, value] of Object.entries(fields)) expect(row[column], column).toEqual(value);
  },
});

/** An application already submitted (the recruiter-side cases write next to it). */
const submitted = async (): Promise<Given> => {
  const g = await granted();
  const res = await insertAs(applicationBody(g));
  if (res.status !== 201) throw new Error(`the application insert answered ${res.status}: ${res.text}`);
  return g;
};

const recruiter = () => accessToken(USERS.acmeRecruiter);

export const textCases: Case[] = [
  ...Object.entries(UNICODE_NAMES).map(([kind, fullName]) => keptVerbatim(`insert: a ${kind} name is kept exactly`, { full_name: fullName })),
  keptVerbatim('insert: a 200-character name of emoji (the limit counts characters, not bytes)', { full_name: '😀'.repeat(200) }),
  {
    name: 'insert: a 10 000-character name',
    given: () => granted(),
    send: (g) => insertAs(applicationBody(g, { full_name: 'A'.repeat(10_000) })),
    expect: { status: 400, code: '23514' },
  },
  {
    name: 'insert: a name of spaces and tabs only',
    given: () => granted(),
    send: (g) => insertAs(applicationBody(g, { full_name: ' \t  ' })),
    expect: { status: 400, code: '23514' },
  },
  {
    name: 'insert: a NUL byte in the name',
    given: () => granted(),
    send: (g) => insertAs(applicationBody(g, { full_name: 'Ada\u0000Lovelace' })),
    expect: { status: 400, code: '22P05' },
  },
  {
    name: 'insert: a lone UTF-16 surrogate in the name',
    given: () => granted(),
    send: (g) =>
      send('/rest/v1/applications', {
        method: 'POST',
        raw: JSON.stringify(applicationBody(g, { full_name: 'Ada' })).replace('"Ada"', '"\\ud800Ada"'),
      }),
    expect: { status: 400, code: '22P02' },
  },
  {
    name: 'insert: a cover letter of 5 001 characters',
    given: () => granted(),
    send: (g) => insertAs(applicationBody(g, { cover_letter: 'x'.repeat(5_001) })),
    expect: { status: 400, code: '23514' },
  },
  keptVerbatim('insert: HTML and script in every text field are stored as text', {
    full_name: MARKUP.fullName,
    email: MARKUP.email,
    phone: MARKUP.phone,
    cover_letter: MARKUP.coverLetter,
    links: { portfolio: MARKUP.portfolio, linkedin: 'https://www.linkedin.com/in/ada' },
  }),
  {
    name: 'insert: a javascript: URL as LinkedIn',
    given: () => granted(),
    send: (g) => insertAs(applicationBody(g, { links: { linkedin: 'javascript:alert(1)' } })),
    expect: { status: 400, code: '23514' },
  },
  {
    name: 'note: HTML and markdown in a recruiter note are stored as text',
    given: submitted,
    send: async (g) =>
      send('/rest/v1/notes', {
        method: 'POST',
        token: await recruiter(),
        headers: { prefer: 'return=minimal' },
        body: { application_id: g.candidate.id, body: MARKUP.note },
      }),
    expect: { status: 201, code: null },
    stores: true,
    check: async (g) => {
      expect(await sql('select body from public.notes where application_id = $1', [g.candidate.id])).toEqual([{ body: MARKUP.note }]);
    },
  },
  {
    name: 'note: 10 001 characters',
    given: submitted,
    send: async (g) =>
      send('/rest/v1/notes', { method: 'POST', token: await recruiter(), body: { application_id: g.candidate.id, body: 'n'.repeat(10_001) } }),
    expect: { status: 400, code: '23514' },
  },
  {
    name: 'job: HTML in title, location and description are stored as text',
    send: async () =>
      send('/rest/v1/jobs', {
        method: 'POST',
        token: await recruiter(),
        headers: { prefer: 'return=minimal' },
        body: {
          org_id: ACME,
          slug: 'markup-in-every-field',
          title: MARKUP.jobTitle,
          location: MARKUP.jobLocation,
          description: MARKUP.jobDescription,
          status: 'draft',
        },
      }),
    expect: { status: 201, code: null },
    stores: true,
    check: async () => {
      const rows = await sql('delete from public.jobs where slug = $1 returning title, location, description', ['markup-in-every-field']);
      expect(rows).toEqual([{ title: MARKUP.jobTitle, location: MARKUP.jobLocation, description: MARKUP.jobDescription }]);
    },
  },
  {
    name: 'job: a slug that climbs folders',
    send: async () =>
      send('/rest/v1/jobs', { method: 'POST', token: await recruiter(), body: { org_id: ACME, slug: '../backend-developer', title: 'Traversal' } }),
    expect: { status: 400, code: '23514' },
  },
  {
    name: 'job: a recruiter renames the slug of a job with applications (resumes live under it)',
    given: submitted,
    send: async () =>
      send(`/rest/v1/jobs?id=eq.${JOBS.backend.id}`, { method: 'PATCH', token: await recruiter(), body: { slug: 'backend-developer-2' } }),
    expect: { status: 400, code: '23514' },
  },
];
