// Withdrawing: the RPC marks the application withdrawn (it leaves the hiring team's lists) and answers with the new
// status; the resume is deleted from storage by the withdraw-application sweep within a minute.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { parseStatusAnswer, type StatusAnswer } from '../types.ts';
import { statusKeys } from './keys.ts';

export async function withdrawApplication(applicationId: string, key: string): Promise<StatusAnswer> {
  const { data, error } = await supabase.rpc('withdraw_application', { application_id: applicationId, status_key: key });
  if (error) throw fromPostgrestError(error);
  return parseStatusAnswer(data);
}

export type WithdrawMutation = ReturnType<typeof useWithdrawApplication>;

export function useWithdrawApplication(applicationId: string, key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => withdrawApplication(applicationId, key),
    // The page shows the answer; a "wait" leaves the page as it was and is shown next to the button instead.
    onSuccess: (answer) => {
      if (answer.status !== 'rate_limited') queryClient.setQueryData(statusKeys.detail(applicationId, key), answer);
    },
  });
}
