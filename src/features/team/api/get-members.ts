// An organization's members with their addresses and roles (`org_team`, which answers owners only).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import type { Database } from '@/lib/database.types';
import { teamKeys } from './keys.ts';

export type TeamMember = Database['public']['Functions']['org_team']['Returns'][number];

export async function getMembers(orgId: string): Promise<TeamMember[]> {
  const { data, error } = await supabase.rpc('org_team', { org: orgId });
  if (error) throw fromPostgrestError(error, { unknown: 'The team could not be loaded. Please try again.' });
  return data ?? [];
}

export const membersQueryOptions = (orgId: string) => queryOptions({ queryKey: teamKeys.members(orgId), queryFn: () => getMembers(orgId) });
export const useMembers = (orgId: string) => useQuery(membersQueryOptions(orgId));
