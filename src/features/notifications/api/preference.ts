// How the signed-in member hears of new applications to the jobs they follow: none, each one, or a daily digest.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Tables } from '@/lib/database.types';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { notificationKeys } from './keys.ts';

export type NewApplicationsChoice = 'none' | 'each' | 'daily';
export type NotificationPreference = Pick<Tables<'notification_preferences'>, 'new_applications' | 'last_digest_at'>;

export const CHOICES: { value: NewApplicationsChoice; label: string; hint: string }[] = [
  { value: 'each', label: 'An email for each new application', hint: 'Sent within a minute of the candidate applying.' },
  { value: 'daily', label: 'A daily digest', hint: 'One email a day counting what arrived; none on a day with nothing new.' },
  { value: 'none', label: 'No emails', hint: 'You still see new applications in the dashboard.' },
];

// RLS shows and changes only the member's own row, so the organization alone picks it.
export async function getPreference(orgId: string): Promise<NotificationPreference> {
  const { data, error } = await supabase
    .from('notification_preferences')
    .select('new_applications, last_digest_at')
    .eq('org_id', orgId)
    .maybeSingle();
  if (error) throw fromPostgrestError(error);
  return data ?? { new_applications: 'each', last_digest_at: null };
}

export const preferenceQueryOptions = (orgId: string) =>
  queryOptions({ queryKey: notificationKeys.preference(orgId), queryFn: () => getPreference(orgId), staleTime: 30_000 });

export const usePreference = (orgId: string) => useQuery(preferenceQueryOptions(orgId));

export async function setPreference(orgId: string, choice: NewApplicationsChoice): Promise<void> {
  const { data, error } = await supabase.from('notification_preferences').update({ new_applications: choice }).eq('org_id', orgId).select('org_id');
  const denied = 'Only members change their own notification settings.';
  if (error) throw fromPostgrestError(error, { denied, invalid: 'Choose one of the offered options.' });
  if (!data.length) throw fromPostgrestError({ code: '42501' }, { denied });
}

export function useSetPreference(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (choice: NewApplicationsChoice) => setPreference(orgId, choice),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.preference(orgId) }),
  });
}
