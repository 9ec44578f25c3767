// Creates or replaces a job's interview kit (recruiters and owners; Postgres checks the criteria).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import type { Criterion } from '../types.ts';
import { scorecardKeys } from './keys.ts';

export async function saveInterviewKit(jobId: string, criteria: Criterion[], exists: boolean): Promise<void> {
  const { error } = exists
    ? await supabase.from('interview_kits').update({ criteria }).eq('job_id', jobId)
    : await supabase.from('interview_kits').insert({ job_id: jobId, criteria });
  if (error)
    throw fromPostgrestError(error, {
      denied: 'Only recruiters and owners can change the interview kit.',
      invalid: 'Each criterion needs a name (at most 100 characters).',
    });
}

export function useSaveInterviewKit(jobId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ criteria, exists }: { criteria: Criterion[]; exists: boolean }) => saveInterviewKit(jobId, criteria, exists),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: scorecardKeys.kit(jobId) }),
  });
}
