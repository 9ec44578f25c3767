// One organization's storage figures from `public.storage_usage`, which answers owners only.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { AppError, fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { toFigures, type UsageFigures, type UsageRow } from '@/lib/usage-projection';
import { usageKeys } from './keys.ts';

/** The database refused: the caller is not an owner of the organization. */
export const isNotOwner = (error: unknown) => error instanceof AppError && error.kind === 'denied';

export async function getStorageUsage(orgId: string): Promise<UsageFigures> {
  const { data, error } = await supabase.rpc('storage_usage', { org: orgId });
  if (error) throw fromPostgrestError(error, { unknown: 'The storage figures could not be loaded. Please try again.' });
  const row = (data as UsageRow[] | null)?.[0];
  if (!row) throw new AppError('unknown', 'The storage figures could not be loaded. Please try again.');
  return toFigures(row);
}

export const storageUsageQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: usageKeys.storage(orgId),
    queryFn: () => getStorageUsage(orgId),
    staleTime: 5 * 60_000,
    retry: (failures, error) => !isNotOwner(error) && failures < 2,
  });

export const useStorageUsage = (orgId: string) => useQuery(storageUsageQueryOptions(orgId));
