// An owner's erasure request: erase-applications removes the resume and the rows and keeps an audit entry.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fromFunctionError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { applicantKeys } from './keys.ts';

const ERASE_MESSAGES = {
  not_found: 'Erasure is not available: the erase-applications function is not deployed on this project.',
  unavailable: 'The application could not be erased right now: the erase-applications function did not answer. Try again later.',
  network: 'The application could not be erased right now: the erase-applications function could not be reached. Try again later.',
  denied: 'Only an owner of the organization can erase an application.',
};

export async function eraseApplication(applicationId: string): Promise<void> {
  const { error } = await supabase.functions.invoke('erase-applications', { body: { applicationId } });
  if (error) throw await fromFunctionError(error, ERASE_MESSAGES);
}

export function useEraseApplication(applicationId: string, jobId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => eraseApplication(applicationId),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: applicantKeys.detail(applicationId) });
      return queryClient.invalidateQueries({ queryKey: applicantKeys.lists(jobId) });
    },
  });
}
