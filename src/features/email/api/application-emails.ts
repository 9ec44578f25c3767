// An applicant's emails, sent and waiting (RLS: members of the organisation), and what recruiters do with them:
// cancel one still waiting, send the interview invitation or the offer now.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import type { Tables } from '@/lib/database.types';
import { emailKeys } from './keys.ts';
import { rpcError } from './rpc-error.ts';

export type ApplicationEmail = Pick<
  Tables<'email_outbox'>,
  | 'id'
  | 'template'
  | 'to_address'
  | 'status'
  | 'send_after'
  | 'attempts'
  | 'last_error'
  | 'subject'
  | 'created_by'
  | 'created_at'
  | 'sent_at'
  | 'cancelled_at'
  | 'cancelled_by'
>;

export async function getApplicationEmails(applicationId: string): Promise<ApplicationEmail[]> {
  const { data, error } = await supabase
    .from('email_outbox')
    .select(
      'id, template, to_address, status, send_after, attempts, last_error, subject, created_by, created_at, sent_at, cancelled_at, cancelled_by',
    )
    .eq('application_id', applicationId)
    .order('created_at', { ascending: false })
    .limit(100);
  if (error) throw fromPostgrestError(error);
  return data;
}

// While something waits or is being sent, look again now and then so "pending" turns into "sent" on screen.
export const applicationEmailsQueryOptions = (applicationId: string) =>
  queryOptions({
    queryKey: emailKeys.history(applicationId),
    queryFn: () => getApplicationEmails(applicationId),
    refetchInterval: (query) =>
      query.state.data?.some((e) => e.status === 'sending' || (e.status === 'pending' && Date.parse(e.send_after) - Date.now() < 120_000))
        ? 3000
        : false,
  });

export const useApplicationEmails = (applicationId: string) => useQuery(applicationEmailsQueryOptions(applicationId));

export async function cancelEmail(emailId: string) {
  const { error } = await supabase.rpc('cancel_email', { email_id: emailId });
  if (error) throw rpcError(error, { denied: 'Your role in this organization does not allow cancelling emails.' });
}

export type StageTemplate = 'interview' | 'offer';

export async function sendStageEmail(applicationId: string, template: StageTemplate) {
  const { error } = await supabase.rpc('send_stage_email', { application_id: applicationId, template });
  if (error) throw rpcError(error, { denied: 'Your role in this organization does not allow emailing candidates.' });
}

export function useEmailActions(applicationId: string) {
  const queryClient = useQueryClient();
  const onSettled = () => queryClient.invalidateQueries({ queryKey: emailKeys.history(applicationId) });
  return {
    cancel: useMutation({ mutationFn: cancelEmail, onSettled }),
    send: useMutation({ mutationFn: (template: StageTemplate) => sendStageEmail(applicationId, template), onSettled }),
  };
}
