// The one rejection path: public.reject_applications sets the stage and the reason and queues the delayed email.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import { emailKeys } from './keys.ts';
import { rpcError } from './rpc-error.ts';

export type RejectionResult = { rejected: number; alreadyRejected: number; emailsQueued: number; sendAfter: string | null };

export async function rejectApplications(ids: readonly string[], reasonId: string, sendEmail: boolean): Promise<RejectionResult> {
  const { data, error } = await supabase.rpc('reject_applications', { application_ids: [...ids], reason_id: reasonId, send_email: sendEmail });
  if (error) {
    throw rpcError(error, { denied: 'Your role in this organization does not allow rejecting applicants.' });
  }
  return data as RejectionResult;
}

/** onRejected invalidates the caller's own queries (lists, detail, history), which live in other features. */
export function useRejectApplications(onRejected: (ids: readonly string[]) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ ids, reasonId, sendEmail }: { ids: readonly string[]; reasonId: string; sendEmail: boolean }) =>
      rejectApplications(ids, reasonId, sendEmail),
    onSettled: (_data, _error, { ids }) =>
      Promise.all([onRejected(ids), ...ids.map((id) => queryClient.invalidateQueries({ queryKey: emailKeys.history(id) }))]),
  });
}
