// Who is who in an organization, so history and notes can name the member who acted.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import type { Member } from '../types.ts';
import { applicantKeys } from './keys.ts';

export async function getMembers(orgId: string): Promise<Member[]> {
  const { data, error } = await supabase.rpc('org_member_directory', { org: orgId });
  if (error) throw fromPostgrestError(error);
  return data ?? [];
}

export const membersQueryOptions = (orgId: string) =>
  queryOptions({ queryKey: applicantKeys.members(orgId), queryFn: () => getMembers(orgId), staleTime: 5 * 60_000 });

export const useMembers = (orgId: string | undefined) => useQuery({ ...membersQueryOptions(orgId ?? ''), enabled: !!orgId });
