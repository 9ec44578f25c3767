// RLS matrix cells for the team: invitations, the owners' team list, the last owner, and team-invite itself.
import { randomUUID } from 'node:crypto';
import { ACME, USERS } from '../../../app/db/seed.ts';
import { serviceClient, sql } from '../../../support/clients.ts';
import { exists, one, rowsOf, using, type Try } from './fixtures.ts';

const address = () => `matrix-${randomUUID().slice(0, 8)}@example.test`;

/** A pending invitation of Acme's, with its invited (unconfirmed) user, as team-invite leaves it. */
async function freshInvitation(): Promise<{ id: string; userId: string }> {
  const { data, error } = await serviceClient().auth.admin.createUser({ email: address() });
  if (error) throw error;
  const row = await one(`insert into public.team_invitations (org_id, email, role, user_id) values ($1, $2, 'viewer', $3) returning id`, [
    ACME,
    data.user.email,
    data.user.id,
  ]);
  return { id: row.id as string, userId: data.user.id };
}
const dropInvitation = (i: { userId: string }) => sql('delete from auth.users where id = $1', [i.userId]);

export const TEAM_CELLS: Record<string, (t: Try) => Promise<boolean>> = {
  "team_invitations · select Acme's pending invitation": async ({ client }) =>
    using(freshInvitation, dropInvitation, async (i) => rowsOf(await client.from('team_invitations').select('id').eq('id', i.id)) === 1),
  'team_invitations · insert one for Acme': async ({ client }) =>
    using(
      async () => (await serviceClient().auth.admin.createUser({ email: address() })).data.user!,
      (u) => sql('delete from auth.users where id = $1', [u.id]),
      async (u) => {
        await client.from('team_invitations').insert({ org_id: ACME, email: u.email, role: 'owner', user_id: u.id });
        return exists('select 1 from public.team_invitations where user_id = $1', [u.id]);
      },
    ),
  'team_invitations · update accepted_at': async ({ client }) =>
    using(freshInvitation, dropInvitation, async (i) => {
      await client.from('team_invitations').update({ accepted_at: new Date().toISOString() }).eq('id', i.id);
      return exists('select 1 from public.team_invitations where id = $1 and accepted_at is not null', [i.id]);
    }),
  'team_invitations · delete': async ({ client }) =>
    using(freshInvitation, dropInvitation, async (i) => {
      await client.from('team_invitations').delete().eq('id', i.id);
      return !(await exists('select 1 from public.team_invitations where id = $1', [i.id]));
    }),
  "memberships · demote Acme's last owner": async ({ client }) =>
    using(
      async () => USERS.acmeOwner.userId,
      (u) => sql(`update public.memberships set role = 'owner' where org_id = $1 and user_id = $2`, [ACME, u]),
      async (u) => {
        await client.from('memberships').update({ role: 'viewer' }).eq('org_id', ACME).eq('user_id', u);
        return exists(`select 1 from public.memberships where org_id = $1 and user_id = $2 and role = 'viewer'`, [ACME, u]);
      },
    ),
  'rpc · org_team (Acme; owners only)': async ({ client }) => rowsOf(await client.rpc('org_team', { org: ACME })) > 0,
  "rpc · accept_team_invitations (someone else's)": async ({ client }) =>
    using(freshInvitation, dropInvitation, async (i) => {
      await client.rpc('accept_team_invitations');
      return exists('select 1 from public.team_invitations where id = $1 and accepted_at is not null', [i.id]);
    }),
  'rpc · auth_user_by_email': async ({ client }) => rowsOf(await client.rpc('auth_user_by_email', { address: USERS.acmeOwner.email })) === 1,
  'function team-invite · invite a new address to Acme': async ({ client }) => {
    const email = address();
    try {
      await client.functions.invoke('team-invite', { body: { action: 'invite', orgId: ACME, email, role: 'viewer' } });
      return await exists('select 1 from public.memberships m join auth.users u on u.id = m.user_id where u.email = $1 and m.org_id = $2', [
        email,
        ACME,
      ]);
    } finally {
      await sql('delete from auth.users where email = $1', [email]);
    }
  },
};
