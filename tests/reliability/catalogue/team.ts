// Team and auth emails: bad addresses and roles at team-invite and GoTrue's email endpoints, another organization,
// the last owner; each leaves no invitation, membership or auth user behind (checked besides the usual footprint).
import { expect } from 'vitest';
import { ACME, GLOBEX, USERS } from '../../app/db/seed.ts';
import { sql, stack } from '../../support/clients.ts';
import { send, type Case } from '../support/catalogue.ts';
import { accessToken } from '../support/tokens.ts';

const invite = async (body: unknown) => send('/functions/v1/team-invite', { method: 'POST', token: await accessToken(USERS.acmeOwner), body });
const BAD_ADDRESSES: [string, string][] = [
  ['no @', 'matrix.example.test'],
  ['two @', 'a@@example.test'],
  ['a space inside', 'a b@example.test'],
  ['no dot in the domain', 'a@localhost'],
  ['255 characters', `${'a'.repeat(60)}@${'b'.repeat(181)}.example.test`],
  ['65 characters before the @', `${'a'.repeat(65)}@example.test`],
  ['empty', ''],
  ['a header injection', 'a@example.test\r\nBcc: victim@example.test'],
];

async function nothingFor(email: string) {
  expect(await sql('select 1 from auth.users where lower(email) = lower($1)', [email])).toEqual([]);
  expect(await sql('select 1 from public.team_invitations where email = lower($1)', [email])).toEqual([]);
}

export const teamCases: Case[] = [
  ...BAD_ADDRESSES.map(([what, email]): Case => ({
    name: `team-invite: an address with ${what}`,
    send: () => invite({ action: 'invite', orgId: ACME, email, role: 'viewer' }),
    expect: { status: 400, code: 'bad_request' },
    check: () => nothingFor(email),
  })),
  ...BAD_ADDRESSES.map(([what, email]): Case => ({
    name: `auth /invite: an address with ${what}`,
    send: () => send('/auth/v1/invite', { method: 'POST', token: stack.serviceRoleKey, apikey: stack.serviceRoleKey, body: { email } }),
    expect: { status: 400, code: 'validation_failed' },
    check: () => nothingFor(email),
  })),
  {
    name: 'auth /recover: an address with no @',
    send: () => send('/auth/v1/recover', { method: 'POST', body: { email: 'nobody' } }),
    expect: { status: 400, code: 'validation_failed' },
  },
  {
    name: 'auth /otp: a number for an email',
    send: () => send('/auth/v1/otp', { method: 'POST', body: { email: 42 } }),
    expect: { status: 400, code: 'validation_failed' },
  },
  {
    name: 'auth /verify: an unknown type',
    send: () => send('/auth/v1/verify', { method: 'POST', body: { type: 'admin', token_hash: 'x' } }),
    expect: { status: 400, code: 'validation_failed' },
  },
  {
    name: 'auth /verify: a made-up token hash',
    send: () => send('/auth/v1/verify', { method: 'POST', body: { type: 'recovery', token_hash: 'f'.repeat(56) } }),
    expect: { status: 403, code: 'otp_expired' },
  },
  {
    name: 'auth /invite: with the anon key',
    send: () => send('/auth/v1/invite', { method: 'POST', body: { email: 'anon-invite@example.test' } }),
    expect: { status: 403, code: 'not_admin' },
    check: () => nothingFor('anon-invite@example.test'),
  },
  {
    name: 'team-invite: a role that does not exist',
    send: () => invite({ action: 'invite', orgId: ACME, email: 'role@example.test', role: 'superuser' }),
    expect: { status: 400, code: 'bad_request' },
    check: () => nothingFor('role@example.test'),
  },
  { name: 'team-invite: an unknown action', send: () => invite({ action: 'promote', orgId: ACME }), expect: { status: 400, code: 'bad_request' } },
  { name: 'team-invite: a body that is not an object', send: () => invite(['invite']), expect: { status: 400, code: 'bad_request' } },
  {
    name: "team-invite: Acme's owner inviting into Globex",
    send: () => invite({ action: 'invite', orgId: GLOBEX, email: 'globex-grab@example.test', role: 'owner' }),
    expect: { status: 403, code: 'forbidden' },
    check: () => nothingFor('globex-grab@example.test'),
  },
  {
    name: 'team-invite: a recruiter inviting',
    send: async () =>
      send('/functions/v1/team-invite', {
        method: 'POST',
        token: await accessToken(USERS.acmeRecruiter),
        body: { action: 'invite', orgId: ACME, email: 'by-recruiter@example.test', role: 'viewer' },
      }),
    expect: { status: 403, code: 'forbidden' },
    check: () => nothingFor('by-recruiter@example.test'),
  },
  {
    name: 'team-invite: revoking an invitation id that is not Acme’s',
    send: () => invite({ action: 'revoke', invitationId: '00000000-0000-4000-8000-000000000000' }),
    expect: { status: 404, code: 'not_found' },
  },
  {
    name: 'memberships: the last owner demoting themselves',
    send: async () =>
      send(`/rest/v1/memberships?org_id=eq.${ACME}&user_id=eq.${USERS.acmeOwner.userId}`, {
        method: 'PATCH',
        token: await accessToken(USERS.acmeOwner),
        body: { role: 'viewer' },
      }),
    expect: { status: 400, code: '23514' },
    check: async () =>
      expect(await sql('select role from public.memberships where org_id = $1 and user_id = $2', [ACME, USERS.acmeOwner.userId])).toEqual([
        { role: 'owner' },
      ]),
  },
  {
    name: 'memberships: the last owner removing themselves',
    send: async () =>
      send(`/rest/v1/memberships?org_id=eq.${ACME}&user_id=eq.${USERS.acmeOwner.userId}`, {
        method: 'DELETE',
        token: await accessToken(USERS.acmeOwner),
      }),
    expect: { status: 400, code: '23514' },
    check: async () =>
      expect(await sql('select role from public.memberships where org_id = $1 and user_id = $2', [ACME, USERS.acmeOwner.userId])).toEqual([
        { role: 'owner' },
      ]),
  },
];
