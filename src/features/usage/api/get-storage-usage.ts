// One organization's storage figures from `public.storage_usage`, which answers owners only.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import { toFigures, type UsageFigures, type UsageRow } from '../projection.ts';
import { usageKeys } from './keys.ts';

/** The caller is not an owner of the organization (the database said so). */
export class UsageNotAllowed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageNotAllowed';
  }
}

export async function getStorageUsage(orgId: string): Promise<UsageFigures> {
  const { data, error } = await supabase.rpc('storage_usage', { org: orgId });
  if (error) throw error.code === '42501' ? new UsageNotAllowed(error.message) : new Error(`Storage usage could not be loaded: ${error.message}`);
  const row = (data as UsageRow[] | null)?.[0];
  if (!row) throw new Error('Storage usage could not be loaded: the database returned no figures.');
  return toFigures(row);
}

export const storageUsageQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: usageKeys.storage(orgId),
    queryFn: () => getStorageUsage(orgId),
    staleTime: 5 * 60_000,
    retry: (failures, error) => !(error instanceof UsageNotAllowed) && failures < 2,
  });

export const useStorageUsage = (orgId: string) => useQuery(storageUsageQueryOptions(orgId));
