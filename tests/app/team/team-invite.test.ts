// Owners' team management: team-invite (invite / resend / revoke) as real callers, the invitation email in the inbox,
// the invitee's link, and Postgres keeping an owner in every organization.
import { randomUUID } from 'node:crypto';
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACME, GLOBEX, USERS } from '../db/seed.ts';
import { anonClient, serviceClient, signedInClient, sql, stack } from '../../support/clients.ts';
import { linksIn, mailbox } from '../../support/mailbox.ts';

const APP = 'http://127.0.0.1:5173';
const created: string[] = [];
const fresh = (who: string) => {
  const email = `${who}-${randomUUID().slice(0, 8)}@example.test`;
  created.push(email);
  return email;
};

async function callTeam(client: SupabaseClient | null, body: unknown) {
  const token = client ? (await client.auth.getSession()).data.session!.access_token : stack.anonKey;
  const res = await fetch(`${stack.apiUrl}/functions/v1/team-invite`, {
    method: 'POST',
    headers: { apikey: stack.anonKey, authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    body: (await res.json()) as {
      error?: { code: string; message: string };
      invitation?: Record<string, string | null>;
      addedExistingUser?: boolean;
    },
  };
}

let owner: SupabaseClient;
let recruiter: SupabaseClient;
beforeAll(async () => {
  owner = await signedInClient(USERS.acmeOwner.email, USERS.acmeOwner.password);
  recruiter = await signedInClient(USERS.acmeRecruiter.email, USERS.acmeRecruiter.password);
});
afterAll(async () => {
  await sql('delete from auth.users where email = any($1)', [created]);
});

describe('team-invite', () => {
  it('invites a new address: user, membership and pending invitation; the email link signs them in; accepting lands in Acme', async () => {
    const email = fresh('new-recruiter');
    const res = await callTeam(owner, {
      action: 'invite',
      orgId: ACME,
      email: email.toUpperCase(),
      role: 'recruiter',
      redirectTo: `${APP}/accept-invite`,
    });
    expect(res.status).toBe(201);
    expect(res.body.invitation).toMatchObject({ org_id: ACME, email, role: 'recruiter', accepted_at: null });
    const members = await sql<{ role: string }>(
      'select m.role from public.memberships m join auth.users u on u.id = m.user_id where u.email = $1 and m.org_id = $2',
      [email, ACME],
    );
    expect(members).toEqual([{ role: 'recruiter' }]);
    const { data: pending } = await owner.from('team_invitations').select('email, role, accepted_at').eq('org_id', ACME).eq('email', email);
    expect(pending).toEqual([{ email, role: 'recruiter', accepted_at: null }]);

    const message = await mailbox.waitForMessage(email, { subject: 'You have been invited' });
    const [link] = linksIn(message, '/auth/v1/verify');
    const landed = await fetch(link, { redirect: 'manual' });
    const location = new URL(landed.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(`${APP}/accept-invite`);
    const fragment = new URLSearchParams(location.hash.slice(1));
    const invitee = anonClient();
    await invitee.auth.setSession({ access_token: fragment.get('access_token')!, refresh_token: fragment.get('refresh_token')! });
    expect((await invitee.auth.updateUser({ password: 'invitee-pass-123' })).error).toBeNull();
    const { data: accepted, error } = await invitee.rpc('accept_team_invitations');
    expect(error).toBeNull();
    expect(accepted).toEqual([{ org_id: ACME, org_slug: 'acme', role: 'recruiter' }]);
    const again = await signedInClient(email, 'invitee-pass-123');
    expect((await again.rpc('my_memberships')).data).toEqual([expect.objectContaining({ org_id: ACME, role: 'recruiter' })]);
    const { data: after } = await owner.from('team_invitations').select('accepted_at').eq('email', email).single();
    expect(after?.accepted_at).toBeTruthy();
    // Accepted invitations cannot be resent or revoked; the member is managed in the team list.
    const resend = await callTeam(owner, { action: 'resend', invitationId: res.body.invitation!.id });
    expect(resend).toMatchObject({ status: 409, body: { error: { code: 'not_pending' } } });
  });

  it('adds someone who already has an account at once, and refuses a second membership', async () => {
    const res = await callTeam(owner, { action: 'invite', orgId: ACME, email: USERS.globexRecruiter.email, role: 'viewer' });
    expect(res.status).toBe(201);
    expect(res.body.addedExistingUser).toBe(true);
    expect(res.body.invitation?.accepted_at).toBeTruthy();
    expect(await mailbox.messagesTo(USERS.globexRecruiter.email)).toEqual([]);
    const twice = await callTeam(owner, { action: 'invite', orgId: ACME, email: USERS.globexRecruiter.email, role: 'viewer' });
    expect(twice).toMatchObject({ status: 409, body: { error: { code: 'already_member' } } });
    await owner.from('memberships').delete().eq('org_id', ACME).eq('user_id', USERS.globexRecruiter.userId);
  });

  it('resends a pending invitation (after max_frequency) and revokes it: membership, invitation and the unused account go', async () => {
    const email = fresh('maybe');
    const { body } = await callTeam(owner, { action: 'invite', orgId: ACME, email, role: 'viewer' });
    const id = body.invitation!.id!;
    const tooSoon = await callTeam(owner, { action: 'resend', invitationId: id });
    expect(tooSoon).toMatchObject({ status: 429, body: { error: { code: 'rate_limited' } } });
    await sql("update auth.users set confirmation_sent_at = now() - interval '1 minute' where email = $1", [email]);
    const resent = await callTeam(owner, { action: 'resend', invitationId: id });
    expect(resent.status).toBe(200);
    await expect.poll(async () => (await mailbox.messagesTo(email)).length).toBe(2);
    const [, first] = await mailbox.messagesTo(email);
    const oldLink = linksIn(await mailbox.client.getMessageSummary(first.ID), '/auth/v1/verify')[0];

    const revoked = await callTeam(owner, { action: 'revoke', invitationId: id });
    expect(revoked).toMatchObject({ status: 200, body: { revoked: id } });
    expect(await sql('select 1 from public.team_invitations where id = $1', [id])).toEqual([]);
    expect(await sql('select 1 from auth.users where email = $1', [email])).toEqual([]);
    const followed = await fetch(oldLink, { redirect: 'manual' });
    expect(followed.headers.get('location')).toContain('error_code=otp_expired');
    expect((await callTeam(owner, { action: 'revoke', invitationId: id })).status).toBe(404);
  });

  it('lets only an owner of that organization act: recruiters, anon, another organization and its invitations are refused', async () => {
    const email = fresh('nope');
    expect(await callTeam(recruiter, { action: 'invite', orgId: ACME, email, role: 'viewer' })).toMatchObject({
      status: 403,
      body: { error: { code: 'forbidden' } },
    });
    expect(await callTeam(owner, { action: 'invite', orgId: GLOBEX, email, role: 'owner' })).toMatchObject({
      status: 403,
      body: { error: { code: 'forbidden' } },
    });
    expect((await callTeam(null, { action: 'invite', orgId: ACME, email, role: 'viewer' })).status).toBe(401);
    expect(await mailbox.messagesTo(email)).toEqual([]);
    expect(await sql('select 1 from auth.users where email = $1', [email])).toEqual([]);
    // An invitation of Globex's (made by the service role here) is invisible to Acme's owner.
    const globexUser = (await serviceClient().auth.admin.createUser({ email: fresh('globex-invitee') })).data.user!;
    const [row] = await sql<{ id: string }>(
      "insert into public.team_invitations (org_id, email, role, user_id) values ($1, $2, 'viewer', $3) returning id",
      [GLOBEX, globexUser.email, globexUser.id],
    );
    expect(await callTeam(owner, { action: 'revoke', invitationId: row.id })).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect(await sql('select 1 from public.team_invitations where id = $1', [row.id])).toHaveLength(1);
  });

  it('refuses bad requests with 400 and stores nothing', async () => {
    const cases: unknown[] = [
      { action: 'invite', orgId: ACME, email: 'not-an-address', role: 'viewer' },
      { action: 'invite', orgId: ACME, email: `${'a'.repeat(250)}@x.test`, role: 'viewer' },
      { action: 'invite', orgId: ACME, email: 'a b@x.test', role: 'viewer' },
      { action: 'invite', orgId: ACME, email: fresh('x'), role: 'admin' },
      { action: 'invite', orgId: 'acme', email: fresh('x'), role: 'viewer' },
      { action: 'invite', orgId: ACME, email: fresh('x'), role: 'viewer', redirectTo: 'javascript:alert(1)' },
      { action: 'resend', invitationId: 'nope' },
      { action: 'promote' },
      [],
    ];
    const before = await sql<{ n: number }>('select count(*)::int as n from public.team_invitations');
    for (const body of cases) expect((await callTeam(owner, body)).body.error?.code, JSON.stringify(body)).toBe('bad_request');
    expect(await sql<{ n: number }>('select count(*)::int as n from public.team_invitations')).toEqual(before);
  });
});

describe('the last owner', () => {
  it('cannot be demoted or removed, through the API or by the service role; with a second owner both work', async () => {
    const demote = await owner.from('memberships').update({ role: 'recruiter' }).eq('org_id', ACME).eq('user_id', USERS.acmeOwner.userId).select();
    expect(demote.error).toMatchObject({ code: '23514', hint: 'last_owner' });
    const remove = await owner.from('memberships').delete().eq('org_id', ACME).eq('user_id', USERS.acmeOwner.userId);
    expect(remove.error).toMatchObject({ code: '23514' });
    const service = await serviceClient().from('memberships').delete().eq('org_id', ACME).eq('user_id', USERS.acmeOwner.userId);
    expect(service.error).toMatchObject({ code: '23514' });
    expect(await sql('select role from public.memberships where org_id = $1 and user_id = $2', [ACME, USERS.acmeOwner.userId])).toEqual([
      { role: 'owner' },
    ]);

    // With the viewer made an owner, the first owner may step down; then the viewer is the last one.
    expect((await owner.from('memberships').update({ role: 'owner' }).eq('org_id', ACME).eq('user_id', USERS.acmeViewer.userId)).error).toBeNull();
    expect((await owner.from('memberships').update({ role: 'recruiter' }).eq('org_id', ACME).eq('user_id', USERS.acmeOwner.userId)).error).toBeNull();
    const viewerAsOwner = await signedInClient(USERS.acmeViewer.email, USERS.acmeViewer.password);
    expect((await viewerAsOwner.from('memberships').delete().eq('org_id', ACME).eq('user_id', USERS.acmeViewer.userId)).error).toMatchObject({
      code: '23514',
    });
    await sql("update public.memberships set role = 'owner' where org_id = $1 and user_id = $2", [ACME, USERS.acmeOwner.userId]);
    await sql("update public.memberships set role = 'viewer' where org_id = $1 and user_id = $2", [ACME, USERS.acmeViewer.userId]);
  });

  it('org_team lists members with their addresses for owners only', async () => {
    const { data } = await owner.rpc('org_team', { org: ACME });
    expect(data).toEqual(expect.arrayContaining([expect.objectContaining({ email: USERS.acmeRecruiter.email, role: 'recruiter', confirmed: true })]));
    expect((await recruiter.rpc('org_team', { org: ACME })).data).toEqual([]);
    expect((await owner.rpc('org_team', { org: GLOBEX })).data).toEqual([]);
  });
});
