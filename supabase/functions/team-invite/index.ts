// Owners' team invitations: `invite` (an address and a role: the auth user is invited or found, the membership
// added, an email sent), `resend` and `revoke` a pending one. The caller's ownership is asked of Postgres as the
// caller (RLS); only then does the service role act, and only on that organization.
import { adminClient } from '../_shared/admin.ts';
import { callerClaims, callerClient } from '../_shared/caller.ts';
import { FunctionError } from '../_shared/errors.ts';
import { endpoint, json, readJson } from '../_shared/http.ts';
import { parseTeamRequest, type Invite } from './parse.ts';
import { sendInvitation } from './send.ts';

type Invitation = { id: string; org_id: string; email: string; role: string; user_id: string; accepted_at: string | null };

Deno.serve(
  endpoint(['POST'], async (req) => {
    const callerId = callerClaims(req).sub;
    if (!callerId || callerClaims(req).role !== 'authenticated')
      throw new FunctionError('unauthorized', 'Sign in as an owner of the organization first.');
    const request = parseTeamRequest(await readJson(req, 4096));
    const caller = callerClient(req);
    if (request.action === 'invite') return json(await invite(caller, callerId, request), 201);
    // Another organization's invitation is invisible to this caller under RLS: not found, as an unknown id.
    const { data, error } = await caller
      .from('team_invitations')
      .select('id, org_id, email, role, user_id, accepted_at')
      .eq('id', request.invitationId)
      .maybeSingle();
    if (error) throw new FunctionError('internal_error', `Could not read the invitation: ${error.message}`);
    if (!data) throw new FunctionError('not_found', 'That invitation does not exist or is not yours to manage.');
    const invitation = data as Invitation;
    if (invitation.accepted_at)
      throw new FunctionError('not_pending', 'That invitation was already accepted; manage the member in the team list instead.');
    if (request.action === 'resend') {
      await sendInvitation(invitation.email, request.redirectTo);
      const { error: touchError } = await adminClient()
        .from('team_invitations')
        .update({ last_sent_at: new Date().toISOString() })
        .eq('id', invitation.id);
      if (touchError) throw new FunctionError('internal_error', `Could not record the resent invitation: ${touchError.message}`);
      return json({ invitation: { ...invitation, last_sent_at: new Date().toISOString() } });
    }
    await revoke(invitation);
    return json({ revoked: invitation.id });
  }),
);

async function requireOwner(caller: ReturnType<typeof callerClient>, orgId: string) {
  const { data, error } = await caller.rpc('is_org_member', { org: orgId, min_role: 'owner' });
  if (error) throw new FunctionError('internal_error', `Could not check your role: ${error.message}`);
  if (data !== true) throw new FunctionError('forbidden', 'Only an owner of this organization can invite members.');
}

async function invite(caller: ReturnType<typeof callerClient>, callerId: string, r: Invite) {
  await requireOwner(caller, r.orgId);
  const admin = adminClient();
  const { data: found, error: findError } = await admin.rpc('auth_user_by_email', { address: r.email });
  if (findError) throw new FunctionError('internal_error', `Could not look the address up: ${findError.message}`);
  const existing = (found as { id: string; confirmed: boolean }[])[0];
  if (existing) {
    const { data: member } = await admin.from('memberships').select('role').eq('org_id', r.orgId).eq('user_id', existing.id).maybeSingle();
    if (member) throw new FunctionError('already_member', `${r.email} is already a member of this organization.`);
  }
  // Someone with an account already is added at once; anyone else gets GoTrue's invitation and sets a password.
  const userId = existing?.confirmed ? existing.id : await sendInvitation(r.email, r.redirectTo);
  const { error: memberError } = await admin.from('memberships').insert({ org_id: r.orgId, user_id: userId, role: r.role });
  if (memberError) throw new FunctionError('internal_error', `Could not add the membership: ${memberError.message}`);
  const row = {
    org_id: r.orgId,
    email: r.email,
    role: r.role,
    user_id: userId,
    invited_by: callerId,
    last_sent_at: new Date().toISOString(),
    accepted_at: existing?.confirmed ? new Date().toISOString() : null,
  };
  const { data, error } = await admin
    .from('team_invitations')
    .upsert(row, { onConflict: 'org_id,email' })
    .select('id, org_id, email, role, user_id, created_at, last_sent_at, accepted_at')
    .single();
  if (error) throw new FunctionError('internal_error', `Could not record the invitation: ${error.message}`);
  return { invitation: data, addedExistingUser: existing?.confirmed === true };
}

/** Takes back a pending invitation: the membership goes, and an invitee who never signed in loses the account too. */
async function revoke(invitation: Invitation) {
  const admin = adminClient();
  const { error: memberError } = await admin.from('memberships').delete().eq('org_id', invitation.org_id).eq('user_id', invitation.user_id);
  if (memberError) throw new FunctionError('bad_request', memberError.message);
  const { error } = await admin.from('team_invitations').delete().eq('id', invitation.id);
  if (error) throw new FunctionError('internal_error', `Could not revoke the invitation: ${error.message}`);
  const { data: user } = await admin.rpc('auth_user_by_email', { address: invitation.email });
  const { count } = await admin.from('memberships').select('org_id', { count: 'exact', head: true }).eq('user_id', invitation.user_id);
  // The email link would otherwise still sign them in (to no organization).
  if ((user as { confirmed: boolean }[])[0]?.confirmed === false && !count) await admin.auth.admin.deleteUser(invitation.user_id);
}
