// Requests of the wrong shape: malformed and oversized JSON; missing, extra and wrong-typed fields.
import { JOBS } from '../../app/db/seed.ts';
import { newClientAddress } from '../../support/client-address.ts';
import { stack } from '../../support/clients.ts';
import { applicationBody, granted, insertAs, send, sendRaw, type Case } from '../support/catalogue.ts';

const signUpload = (body: unknown, raw?: string) => send('/functions/v1/sign-upload', { method: 'POST', from: newClientAddress(), body, raw });
const grantRequest = (over: Record<string, unknown> = {}) => ({
  jobSlug: JOBS.backend.slug,
  fileSize: 2048,
  contentType: 'application/pdf',
  ...over,
});
const signIn = (raw: string) => send('/auth/v1/token?grant_type=password', { method: 'POST', raw });

export const shapeCases: Case[] = [
  // sign-upload
  {
    name: 'sign-upload: malformed JSON',
    send: () => signUpload(undefined, '{"jobSlug": "backend-developer",'),
    expect: { status: 400, code: 'bad_request' },
  },
  {
    name: 'sign-upload: JSON over 4 KB',
    send: () => signUpload(grantRequest({ padding: 'x'.repeat(8_000) })),
    expect: { status: 400, code: 'bad_request' },
  },
  {
    name: 'sign-upload: 10 KB of JSON behind a Content-Length of 40 (raw socket)',
    send: () =>
      sendRaw({
        method: 'POST',
        path: '/functions/v1/sign-upload',
        headers: { authorization: `Bearer ${stack.anonKey}`, 'content-type': 'application/json', 'content-length': '40' },
        body: JSON.stringify(grantRequest({ padding: 'x'.repeat(10_000) })),
      }),
    expect: { status: 400, code: null },
  },
  { name: 'sign-upload: a JSON array', send: () => signUpload([grantRequest()]), expect: { status: 400, code: 'bad_request' } },
  {
    name: 'sign-upload: fileSize missing',
    send: () => signUpload({ jobSlug: JOBS.backend.slug, contentType: 'application/pdf' }),
    expect: { status: 400, code: 'bad_request' },
  },
  {
    name: 'sign-upload: an extra field naming the path',
    send: () => signUpload(grantRequest({ path: 'backend-developer/mine.pdf' })),
    expect: { status: 400, code: 'bad_request' },
  },
  {
    name: 'sign-upload: fileSize as a string',
    send: () => signUpload(grantRequest({ fileSize: '2048' })),
    expect: { status: 400, code: 'bad_request' },
  },
  {
    name: 'sign-upload: fileSize as an object',
    send: () => signUpload(grantRequest({ fileSize: { valueOf: 1 } })),
    expect: { status: 400, code: 'bad_request' },
  },
  { name: 'sign-upload: GET instead of POST', send: () => send('/functions/v1/sign-upload'), expect: { status: 405, code: 'method_not_allowed' } },

  // the application insert (anon key, a real grant and upload)
  {
    name: 'insert: malformed JSON',
    given: () => granted(),
    send: () => send('/rest/v1/applications', { method: 'POST', raw: '{"full_name": "Ada' }),
    expect: { status: 400, code: 'PGRST102' },
  },
  {
    name: 'insert: 2 MiB of JSON',
    given: () => granted(),
    send: (g) => insertAs(applicationBody(g, { cover_letter: 'x'.repeat(2 * 1024 * 1024) })),
    expect: { status: 413, code: 'PGRST413' },
  },
  {
    name: 'insert: full_name missing',
    given: () => granted(),
    send: (g) => insertAs(applicationBody(g, { full_name: undefined })),
    expect: { status: 400, code: '23502' },
  },
  {
    name: 'insert: an extra column the candidate may not set (stage)',
    given: () => granted(),
    send: (g) => insertAs(applicationBody(g, { stage: 'hired' })),
    expect: { status: 401, code: '42501' },
  },
  {
    name: 'insert: an extra column the candidate may not set (score)',
    given: () => granted(),
    send: (g) => insertAs(applicationBody(g, { score: 100 })),
    expect: { status: 401, code: '42501' },
  },
  {
    name: 'insert: a column that does not exist',
    given: () => granted(),
    send: (g) => insertAs(applicationBody(g, { is_admin: true })),
    expect: { status: 400, code: 'PGRST204' },
  },
  {
    name: 'insert: resume_size as text',
    given: () => granted(),
    send: (g) => insertAs(applicationBody(g, { resume_size: 'big' })),
    expect: { status: 400, code: '22P02' },
  },
  {
    name: 'insert: job_id that is not a uuid',
    given: () => granted(),
    send: (g) => insertAs(applicationBody(g, { job_id: 'backend-developer' })),
    expect: { status: 400, code: '22P02' },
  },
  {
    name: 'insert: links as a bare string',
    given: () => granted(),
    send: (g) => insertAs(applicationBody(g, { links: 'https://example.test' })),
    expect: { status: 400, code: '23514' },
  },
  {
    name: 'insert: links with an unknown key',
    given: () => granted(),
    send: (g) => insertAs(applicationBody(g, { links: { github: 'https://example.test' } })),
    expect: { status: 400, code: '23514' },
  },
  {
    name: 'insert: an email without an @',
    given: () => granted(),
    send: (g) => insertAs(applicationBody(g, { email: 'ada.example.test' })),
    expect: { status: 400, code: '23514' },
  },
  {
    name: 'insert: a negative resume_size',
    given: () => granted(),
    send: (g) => insertAs(applicationBody(g, { resume_size: -1 })),
    expect: { status: 400, code: '23514' },
  },
  {
    name: 'insert: text/plain instead of JSON',
    given: () => granted(),
    send: () => send('/rest/v1/applications', { method: 'POST', headers: { 'content-type': 'text/plain' }, raw: 'full_name=Ada' }),
    expect: { status: 400, code: 'PGRST102' },
  },

  // sign-in
  { name: 'sign-in: malformed JSON', send: () => signIn('{"email": '), expect: { status: 400, code: 'bad_json' } },
  {
    name: 'sign-in: password missing',
    send: () => signIn(JSON.stringify({ email: 'recruiter@acme.test' })),
    expect: { status: 400, code: 'validation_failed' },
  },
  {
    name: 'sign-in: email as a number',
    send: () => signIn(JSON.stringify({ email: 42, password: 'x' })),
    expect: { status: 400, code: 'validation_failed' },
  },
];
