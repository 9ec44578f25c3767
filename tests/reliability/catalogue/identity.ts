// Who the caller claims to be: forged JWTs (wrong secret, alg none, expired, role edited) at every service, the
// anon key (or a recruiter) asking for what only the service role may do, and signed upload tokens misused.
import { JWT_SECRET } from '../../../stack/config.ts';
import { signJwt } from '../../../stack/jwt.ts';
import { JOBS, USERS } from '../../app/db/seed.ts';
import { stack } from '../../support/clients.ts';
import { granted, send, sendRaw, type Case, type Given } from '../support/catalogue.ts';
import { replyOf } from '../support/reply.ts';
import { accessToken, forged } from '../support/tokens.ts';

const FORGERIES: [string, () => Promise<string>][] = [
  ['signed with the wrong secret', async () => forged.wrongSecret()],
  ['with alg "none"', async () => forged.algNone()],
  ['expired', async () => forged.expired({ role: 'authenticated', sub: USERS.acmeOwner.userId })],
  [
    "a recruiter's token with the role claim edited to service_role",
    async () => forged.edited(await accessToken(USERS.acmeRecruiter), { role: 'service_role' }),
  ],
];

const sweep = (token: string) => send('/functions/v1/sweep-orphans', { method: 'POST', token, body: {} });
const grantsAs = (token: string) => send('/rest/v1/upload_grants?select=path', { token });
const listResumesAs = (token: string) => send('/storage/v1/object/list/resumes', { method: 'POST', token, body: { prefix: JOBS.backend.slug } });

const now = () => Math.floor(Date.now() / 1000);
const putWith = (objectPath: string, token: string, contentType = 'application/pdf') =>
  sendRaw({
    method: 'PUT',
    path: `/storage/v1/object/upload/sign/resumes/${objectPath}?token=${token}`,
    headers: { 'content-type': contentType, 'content-length': '9' },
    body: '%PDF-1.7\n',
  });
const uploadOnly = () => granted(undefined, { upload: false });

export const identityCases: Case[] = [
  ...FORGERIES.flatMap(([how, token]): Case[] => [
    { name: `functions: a JWT ${how}`, send: async () => sweep(await token()), expect: { status: 401, code: 'Invalid JWT' } },
    {
      name: `rest: a JWT ${how}`,
      send: async () => grantsAs(await token()),
      expect: { status: 401, code: how === 'expired' ? 'PGRST303' : 'PGRST301' },
    },
    { name: `storage: a JWT ${how}`, send: async () => listResumesAs(await token()), expect: { status: 400, code: '403 AccessDenied' } },
  ]),
  {
    name: 'gateway: a forged apikey (service_role, wrong secret)',
    send: () => send('/rest/v1/jobs', { apikey: forged.wrongSecret(), token: forged.wrongSecret() }),
    expect: { status: 401, code: 'Invalid authentication credentials' },
  },
  {
    name: 'gateway: no apikey at all',
    send: async () => replyOf(await fetch(`${stack.apiUrl}/rest/v1/jobs`)),
    expect: { status: 401, code: 'No API key found in request' },
  },
  {
    name: 'auth: admin user list with a JWT whose role was edited',
    send: async () => send('/auth/v1/admin/users', { token: forged.edited(await accessToken(USERS.acmeRecruiter), { role: 'service_role' }) }),
    expect: { status: 401, code: 'no_authorization' },
  },

  { name: 'anon key: sweep-orphans (service role only)', send: () => sweep(stack.anonKey), expect: { status: 403, code: 'forbidden' } },
  {
    name: "a recruiter's token: sweep-orphans (service role only)",
    send: async () => sweep(await accessToken(USERS.acmeRecruiter)),
    expect: { status: 403, code: 'forbidden' },
  },
  { name: 'anon key: read upload grants', send: () => grantsAs(stack.anonKey), expect: { status: 401, code: '42501' } },
  {
    name: 'anon key: delete every upload grant',
    send: () => send('/rest/v1/upload_grants?path=not.is.null', { method: 'DELETE' }),
    expect: { status: 401, code: '42501' },
  },
  {
    name: 'anon key: call record_upload_grant to mint a grant',
    send: () =>
      send('/rest/v1/rpc/record_upload_grant', {
        method: 'POST',
        body: {
          job_slug: JOBS.backend.slug,
          path: `${JOBS.backend.slug}/00000000-0000-4000-8000-000000000000.pdf`,
          client_key_hash: 'me',
          file_size: 1,
        },
      }),
    expect: { status: 401, code: '42501' },
  },
  { name: 'anon key: list auth users', send: () => send('/auth/v1/admin/users'), expect: { status: 403, code: 'not_admin' } },
  {
    name: 'anon key: create a bucket',
    send: () => send('/storage/v1/bucket', { method: 'POST', body: { id: 'stolen', name: 'stolen', public: true } }),
    expect: { status: 400, code: '403 AccessDenied' },
  },
  {
    name: 'anon key: make the resumes bucket public',
    send: () => send('/storage/v1/bucket/resumes', { method: 'PUT', body: { public: true } }),
    expect: { status: 400, code: '404 NoSuchBucket' },
  },
  {
    name: 'anon key: sign an upload URL for a path it chose',
    send: () => send(`/storage/v1/object/upload/sign/resumes/${JOBS.backend.slug}/mine.pdf`, { method: 'POST', body: {} }),
    expect: { status: 400, code: '403 AccessDenied' },
  },
  {
    name: 'anon key: upload straight into the bucket',
    send: () =>
      send(`/storage/v1/object/resumes/${JOBS.backend.slug}/direct.pdf`, {
        method: 'POST',
        headers: { 'content-type': 'application/pdf' },
        raw: '%PDF-1.7\n',
      }),
    expect: { status: 400, code: '403 AccessDenied' },
  },

  {
    name: 'signed upload: the token used a second time',
    given: () => granted(),
    send: (g: Given) => putWith(g.grant.path, g.grant.token),
    expect: { status: 400, code: '409 KeyAlreadyExists' },
  },
  {
    name: 'signed upload: an expired token for the granted path',
    given: uploadOnly,
    send: (g) =>
      putWith(
        g.grant.path,
        signJwt({ url: `resumes/${g.grant.path}`, upsert: false, scope: 'upload', iat: now() - 8_000, exp: now() - 60 }, JWT_SECRET),
      ),
    expect: { status: 400, code: '400 InvalidJWT' },
  },
  {
    name: 'signed upload: the token edited to allow upsert',
    given: uploadOnly,
    send: (g) => putWith(g.grant.path, forged.edited(g.grant.token, { upsert: true })),
    expect: { status: 400, code: '400 InvalidJWT' },
  },
  {
    name: 'signed upload: the token edited to name another path',
    given: uploadOnly,
    send: (g) => putWith(g.grant.path, forged.edited(g.grant.token, { url: `resumes/${JOBS.sre.slug}/x.pdf` })),
    expect: { status: 400, code: '400 InvalidJWT' },
  },
  {
    name: 'signed upload: the token used for another path',
    given: uploadOnly,
    send: (g) => putWith(`${JOBS.backend.slug}/00000000-0000-4000-8000-000000000000.pdf`, g.grant.token),
    expect: { status: 400, code: '400 InvalidSignature' },
  },
  { name: 'signed upload: no token', given: uploadOnly, send: (g) => putWith(g.grant.path, ''), expect: { status: 400, code: '400 InvalidRequest' } },
];
