// An organization's invitations that have not been accepted yet (RLS: owners read their organization's).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import type { Tables } from '@/lib/database.types';
import { teamKeys } from './keys.ts';

export type PendingInvitation = Pick<Tables<'team_invitations'>, 'id' | 'email' | 'role' | 'created_at' | 'last_sent_at'>;

export async function getPendingInvitations(orgId: string): Promise<PendingInvitation[]> {
  const { data, error } = await supabase
    .from('team_invitations')
    .select('id, email, role, created_at, last_sent_at')
    .eq('org_id', orgId)
    .is('accepted_at', null)
    .order('created_at', { ascending: false });
  if (error) throw fromPostgrestError(error, { unknown: 'The pending invitations could not be loaded. Please try again.' });
  return data;
}

export const invitationsQueryOptions = (orgId: string) =>
  queryOptions({ queryKey: teamKeys.invitations(orgId), queryFn: () => getPendingInvitations(orgId) });
export const usePendingInvitations = (orgId: string) => useQuery(invitationsQueryOptions(orgId));
