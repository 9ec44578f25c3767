// The organizations the signed-in user belongs to, with their role in each.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import type { Membership } from '../types.ts';
import { dashboardKeys } from './keys.ts';

export async function getMemberships(): Promise<Membership[]> {
  const { data, error } = await supabase.rpc('my_memberships');
  if (error) throw fromPostgrestError(error);
  return (data ?? []) as Membership[];
}

export const membershipsQueryOptions = () => queryOptions({ queryKey: dashboardKeys.memberships, queryFn: getMemberships, staleTime: 5 * 60_000 });

export const useMemberships = () => useQuery(membershipsQueryOptions());
