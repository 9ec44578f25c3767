// Paths that try to leave their folder (in jobSlug, in object keys, in the application's resume_path) and
// SQL-looking strings in filters, ordering, search and RPC arguments: refused, or matched as plain values.
import { expect } from 'vitest';
import { randomUUID } from 'node:crypto';
import { ACME, JOBS, USERS } from '../../app/db/seed.ts';
import { newClientAddress } from '../../support/client-address.ts';
import { sql, stack } from '../../support/clients.ts';
import { applicationBody, granted, insertAs, send, sendRaw, type Case } from '../support/catalogue.ts';
import { accessToken } from '../support/tokens.ts';

const signUploadFor = (jobSlug: string) =>
  send('/functions/v1/sign-upload', { method: 'POST', from: newClientAddress(), body: { jobSlug, fileSize: 2048, contentType: 'application/pdf' } });

/** A signed upload of one byte-exact path (no URL normalisation on the way). */
const putAt = (objectPath: string, token: string) =>
  sendRaw({
    method: 'PUT',
    path: `/storage/v1/object/upload/sign/resumes/${objectPath}?token=${token}`,
    headers: { 'content-type': 'application/pdf', 'content-length': '9' },
    body: '%PDF-1.7\n',
  });

const readAs = async (objectPath: string) =>
  sendRaw({
    method: 'GET',
    path: `/storage/v1/object/authenticated/resumes/${objectPath}`,
    headers: { apikey: stack.anonKey, authorization: `Bearer ${await accessToken(USERS.acmeRecruiter)}` },
  });

/** GET on /rest/v1 as Acme's recruiter (who may read applications): injection must match nothing. */
const recruiterGet = async (query: string) => send(`/rest/v1/${query}`, { token: await accessToken(USERS.acmeRecruiter) });

const tablesStillThere = async () => {
  expect(await sql(`select count(*)::int as n from pg_tables where schemaname = 'public' and tablename in ('applications', 'jobs')`)).toEqual([
    { n: 2 },
  ]);
};

export const pathAndQueryCases: Case[] = [
  {
    name: 'sign-upload: jobSlug "../backend-developer"',
    send: () => signUploadFor('../backend-developer'),
    expect: { status: 400, code: 'bad_request' },
  },
  {
    name: 'sign-upload: jobSlug with an encoded slash',
    send: () => signUploadFor('backend-developer%2F..%2Fdata-engineer'),
    expect: { status: 400, code: 'bad_request' },
  },
  {
    name: 'sign-upload: jobSlug with a backslash',
    send: () => signUploadFor('backend-developer\\..\\x'),
    expect: { status: 400, code: 'bad_request' },
  },
  { name: "sign-upload: jobSlug \"x' or '1'='1\"", send: () => signUploadFor("x' or '1'='1"), expect: { status: 400, code: 'bad_request' } },
  { name: 'sign-upload: jobSlug in Hebrew with an emoji', send: () => signUploadFor('מפתח-😀'), expect: { status: 400, code: 'bad_request' } },
  {
    name: 'sign-upload: jobSlug of a draft job',
    send: () => signUploadFor(JOBS.productDesigner.slug),
    expect: { status: 404, code: 'job_not_found' },
  },
  { name: 'sign-upload: jobSlug of a closed job', send: () => signUploadFor(JOBS.dataEngineer.slug), expect: { status: 409, code: 'job_closed' } },

  {
    name: 'upload: "../" in the object path',
    given: () => granted(undefined, { upload: false }),
    send: (g) => putAt(`backend-developer/../${g.grant.path}`, g.grant.token),
    expect: { status: 400, code: '400 InvalidKey' },
  },
  {
    name: 'upload: an encoded slash in the object path',
    given: () => granted(undefined, { upload: false }),
    send: (g) => putAt(g.grant.path.replace('/', '%2F'), g.grant.token),
    expect: { status: 400, code: '400 InvalidKey' },
  },
  {
    name: 'upload: "%2e%2e" segments in the object path',
    given: () => granted(undefined, { upload: false }),
    send: (g) => putAt(`backend-developer/%2e%2e/${g.grant.path}`, g.grant.token),
    expect: { status: 400, code: '400 InvalidKey' },
  },
  {
    name: 'read: an encoded climb out of the bucket',
    send: () => readAs('..%2F..%2Fpg%2Fpostgresql.conf'),
    expect: { status: 400, code: '400 InvalidKey' },
  },
  {
    name: 'read: a plain climb to the stack log',
    send: () => readAs('backend-developer/../../../stack.log'),
    expect: { status: 400, code: '400 InvalidKey' },
  },
  {
    name: "insert: resume_path climbing into another job's folder",
    given: () => granted(),
    send: (g) => insertAs(applicationBody(g, { resume_path: `frontend-developer/../${g.grant.path}` })),
    expect: { status: 401, code: '42501' },
  },
  {
    name: 'insert: a granted path sent for another job',
    given: () => granted(),
    send: (g) => insertAs(applicationBody(g, { job_id: JOBS.frontend.id })),
    expect: { status: 401, code: '42501' },
  },
  {
    name: 'insert: a path nobody granted',
    given: () => granted(),
    send: (g) => insertAs(applicationBody(g, { resume_path: `backend-developer/${randomUUID()}.pdf` })),
    expect: { status: 401, code: '42501' },
  },

  {
    name: "filter: title=eq.' or 1=1 -- (anon, the job board)",
    send: () => send(`/rest/v1/jobs?select=slug&title=eq.${encodeURIComponent("' or 1=1 --")}`),
    expect: { status: 200, code: null },
    check: async (_g, r) => expect(r.json).toEqual([]),
  },
  {
    name: 'filter: id=eq.1 or 1=1',
    send: () => send(`/rest/v1/jobs?select=slug&id=eq.${encodeURIComponent('1 or 1=1')}`),
    expect: { status: 400, code: '22P02' },
  },
  {
    name: 'filter: in.() closed early to add "or true"',
    send: () => send(`/rest/v1/jobs?select=slug&slug=in.(${encodeURIComponent('x) or true --')})`),
    expect: { status: 200, code: null },
    check: async (_g, r) => expect(r.json).toEqual([]),
  },
  {
    name: 'filter: or=() with a statement after it',
    send: () => send(`/rest/v1/jobs?or=(${encodeURIComponent('title.eq.x);select pg_sleep(5)')}`),
    expect: { status: 400, code: 'PGRST100' },
  },
  {
    name: 'order: "title;drop table jobs"',
    send: () => send(`/rest/v1/jobs?order=${encodeURIComponent('title;drop table jobs')}`),
    expect: { status: 400, code: 'PGRST100' },
    check: tablesStillThere,
  },
  {
    name: 'select: a function call in the column list',
    send: () => send('/rest/v1/jobs?select=slug,pg_sleep(5)'),
    expect: { status: 400, code: 'PGRST200' },
  },
  {
    name: 'table name with a statement appended',
    send: () => send(`/rest/v1/${encodeURIComponent('jobs;select 1')}`),
    expect: { status: 404, code: 'PGRST205' },
  },
  {
    name: 'full-text search with quotes and a function call',
    send: () => send(`/rest/v1/jobs?select=slug&description=fts.${encodeURIComponent("x' || pg_sleep(5) || '")}`),
    expect: { status: 400, code: '42601' },
  },
  {
    name: "search: the dashboard's name search with '; drop table applications; --",
    send: () =>
      recruiterGet(
        `applications?select=id&job_id=eq.${JOBS.backend.id}&or=(full_name.ilike.${encodeURIComponent("*'; drop table applications; --*")},email.ilike.${encodeURIComponent("*'; drop table applications; --*")})`,
      ),
    expect: { status: 200, code: null },
    check: async (_g, r) => {
      expect(r.json).toEqual([]);
      await tablesStillThere();
    },
  },
  {
    name: 'search: ilike with %_ wildcards only matches literally-shaped rows',
    send: () => recruiterGet(`applications?select=id&full_name=ilike.${encodeURIComponent("%' or ''='")}`),
    expect: { status: 200, code: null },
    check: async (_g, r) => expect(r.json).toEqual([]),
  },
  {
    name: 'rpc: an org argument that is SQL, not a uuid',
    send: async () =>
      send('/rest/v1/rpc/org_member_directory', {
        method: 'POST',
        token: await accessToken(USERS.acmeRecruiter),
        body: { org: `${ACME}' or '1'='1` },
      }),
    expect: { status: 400, code: '22P02' },
  },
];
