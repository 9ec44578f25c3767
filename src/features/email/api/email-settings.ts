// How long a rejection email waits (so it can still be cancelled): members read it, owners change it.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { emailKeys } from './keys.ts';

export const DEFAULT_REJECTION_DELAY_MINUTES = 1440;

export async function getRejectionDelay(orgId: string): Promise<number> {
  const { data, error } = await supabase.from('email_settings').select('rejection_delay_minutes').eq('org_id', orgId).maybeSingle();
  if (error) throw fromPostgrestError(error);
  return data?.rejection_delay_minutes ?? DEFAULT_REJECTION_DELAY_MINUTES;
}

export const rejectionDelayQueryOptions = (orgId: string) =>
  queryOptions({ queryKey: emailKeys.settings(orgId), queryFn: () => getRejectionDelay(orgId), staleTime: 60_000 });

export const useRejectionDelay = (orgId: string) => useQuery(rejectionDelayQueryOptions(orgId));

export async function setRejectionDelay(orgId: string, minutes: number) {
  const { data, error } = await supabase.from('email_settings').update({ rejection_delay_minutes: minutes }).eq('org_id', orgId).select('org_id');
  const denied = 'Only an owner can change the rejection delay.';
  if (error) throw fromPostgrestError(error, { denied, invalid: 'The delay must be between 0 minutes and 30 days.' });
  if (!data.length) throw fromPostgrestError({ code: '42501' }, { denied });
}

export function useSetRejectionDelay(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (minutes: number) => setRejectionDelay(orgId, minutes),
    onSettled: () => queryClient.invalidateQueries({ queryKey: emailKeys.settings(orgId) }),
  });
}

/** "24 h", "30 min", "2 days", "at once": how a delay reads in the reject dialog and the settings. */
export function formatDelay(minutes: number): string {
  if (minutes <= 0) return 'at once';
  if (minutes % 1440 === 0 && minutes >= 2880) return `${minutes / 1440} days`;
  if (minutes % 60 === 0) return `${minutes / 60} h`;
  if (minutes > 60) return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
  return `${minutes} min`;
}
