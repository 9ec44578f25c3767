// Changing a member's role and removing a member: plain updates under RLS (owners only); Postgres refuses to leave
// an organization without an owner (23514, hint last_owner), which is worded here for people.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import type { Role } from '../types.ts';
import { teamKeys } from './keys.ts';

const LAST_OWNER = 'This is the organization’s only owner. Make another member an owner first.';
const refused = (error: { code?: string; hint?: string | null; message?: string }) =>
  fromPostgrestError(error, { invalid: error.hint === 'last_owner' ? LAST_OWNER : undefined, denied: 'Only an owner can change the team.' });

export async function changeRole(orgId: string, userId: string, role: Role) {
  const { data, error } = await supabase.from('memberships').update({ role }).eq('org_id', orgId).eq('user_id', userId).select('role');
  if (error) throw refused(error);
  if (!data.length) throw refused({ code: '42501' });
}

export async function removeMember(orgId: string, userId: string) {
  const { data, error } = await supabase.from('memberships').delete().eq('org_id', orgId).eq('user_id', userId).select('user_id');
  if (error) throw refused(error);
  if (!data.length) throw refused({ code: '42501' });
}

export function useChangeRole(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Role }) => changeRole(orgId, userId, role),
    onSettled: () => queryClient.invalidateQueries({ queryKey: teamKeys.members(orgId) }),
  });
}

export function useRemoveMember(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => removeMember(orgId, userId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...teamKeys.all, orgId] }),
  });
}
