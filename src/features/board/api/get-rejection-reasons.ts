// The organisation's rejection reasons still offered, in its order.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { boardKeys } from './keys.ts';

export type RejectionReason = { id: string; label: string };

export async function getRejectionReasons(orgId: string): Promise<RejectionReason[]> {
  const { data, error } = await supabase
    .from('rejection_reasons')
    .select('id, label')
    .eq('org_id', orgId)
    .eq('archived', false)
    .order('position')
    .order('label');
  if (error) throw fromPostgrestError(error);
  return data ?? [];
}

export const useRejectionReasons = (orgId: string, enabled: boolean) =>
  useQuery({ ...queryOptions({ queryKey: boardKeys.reasons(orgId), queryFn: () => getRejectionReasons(orgId) }), enabled, staleTime: 60_000 });
