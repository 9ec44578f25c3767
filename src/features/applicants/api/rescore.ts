// Asks the score-application function to score an application again.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FunctionsFetchError, FunctionsHttpError, FunctionsRelayError } from '@supabase/supabase-js';
import { supabase } from '@/lib/supabase';
import { applicantKeys } from './keys.ts';

async function messageOf(error: unknown): Promise<string> {
  if (error instanceof FunctionsHttpError) {
    const response = error.context as Response;
    if (response.status === 404) return 'Rescoring is not available: the score-application function is not deployed on this project.';
    const body = await response.json().catch(() => null);
    const message = body?.error?.message ?? body?.message;
    return message ? `Rescoring failed: ${message}` : `Rescoring failed (HTTP ${response.status}).`;
  }
  if (error instanceof FunctionsFetchError || error instanceof FunctionsRelayError) {
    return 'Rescoring is not reachable right now: the score-application function did not answer. Try again later.';
  }
  return error instanceof Error ? error.message : 'Rescoring failed.';
}

export async function rescore(applicationId: string): Promise<void> {
  const { error } = await supabase.functions.invoke('score-application', { body: { applicationId } });
  if (error) throw new Error(await messageOf(error));
}

export function useRescore(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => rescore(applicationId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: applicantKeys.detail(applicationId) }),
  });
}
