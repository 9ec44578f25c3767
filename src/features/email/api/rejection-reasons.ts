// The organisation's rejection reasons: members read them (the reject dialog), owners add, rename, reorder and archive.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import type { Tables } from '@/lib/database.types';
import { emailKeys } from './keys.ts';

export type RejectionReason = Pick<Tables<'rejection_reasons'>, 'id' | 'label' | 'position' | 'archived'>;

const OWNERS_ONLY = 'Only an owner can change the rejection reasons.';

export async function getRejectionReasons(orgId: string): Promise<RejectionReason[]> {
  const { data, error } = await supabase
    .from('rejection_reasons')
    .select('id, label, position, archived')
    .eq('org_id', orgId)
    .order('position')
    .order('label');
  if (error) throw fromPostgrestError(error);
  return data;
}

export const rejectionReasonsQueryOptions = (orgId: string) =>
  queryOptions({ queryKey: emailKeys.reasons(orgId), queryFn: () => getRejectionReasons(orgId), staleTime: 60_000 });

export const useRejectionReasons = (orgId: string) => useQuery(rejectionReasonsQueryOptions(orgId));

export async function addRejectionReason(orgId: string, label: string, position: number) {
  const { error } = await supabase.from('rejection_reasons').insert({ org_id: orgId, label, position });
  if (error) throw fromPostgrestError(error, { denied: OWNERS_ONLY, conflict: 'That reason is already on the list.' });
}

export async function updateRejectionReason(id: string, change: Partial<Pick<RejectionReason, 'label' | 'archived' | 'position'>>) {
  const { data, error } = await supabase.from('rejection_reasons').update(change).eq('id', id).select('id');
  if (error) throw fromPostgrestError(error, { denied: OWNERS_ONLY, conflict: 'That reason is already on the list.' });
  if (!data.length) throw fromPostgrestError({ code: '42501' }, { denied: OWNERS_ONLY });
}

export function useRejectionReasonMutations(orgId: string) {
  const queryClient = useQueryClient();
  const onSettled = () => queryClient.invalidateQueries({ queryKey: emailKeys.reasons(orgId) });
  return {
    add: useMutation({
      mutationFn: ({ label, position }: { label: string; position: number }) => addRejectionReason(orgId, label, position),
      onSettled,
    }),
    update: useMutation({
      mutationFn: ({ id, change }: { id: string; change: Parameters<typeof updateRejectionReason>[1] }) => updateRejectionReason(id, change),
      onSettled,
    }),
  };
}
