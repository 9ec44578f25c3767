// Asks the score-application function to score an application again.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fromFunctionError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { applicantKeys } from './keys.ts';

// A project without the function answers 404; one where it is failing to start answers 5xx or nothing at all.
const RESCORE_MESSAGES = {
  not_found: 'Rescoring is not available: the score-application function is not deployed on this project.',
  unavailable: 'Rescoring is not available right now: the score-application function did not answer. Try again later.',
  network: 'Rescoring is not available right now: the score-application function could not be reached. Try again later.',
  denied: 'Your role in this organization does not allow rescoring.',
};

export async function rescore(applicationId: string): Promise<void> {
  const { error } = await supabase.functions.invoke('score-application', { body: { applicationId } });
  if (error) throw await fromFunctionError(error, RESCORE_MESSAGES);
}

export function useRescore(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => rescore(applicationId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: applicantKeys.detail(applicationId) }),
  });
}
