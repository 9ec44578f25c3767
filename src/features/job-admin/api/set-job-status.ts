// Publishes (open), closes or reopens a job.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import type { JobStatus } from '@/lib/job-terms';
import type { Job } from '../types.ts';
import { JOB_COLUMNS } from './get-job.ts';
import { JobSaveError, describeJobError } from './job-errors.ts';
import { jobKeys } from './keys.ts';

export async function setJobStatus(id: string, status: JobStatus): Promise<Job> {
  const { data, error } = await supabase.from('jobs').update({ status }).eq('id', id).select(JOB_COLUMNS).maybeSingle();
  if (error) throw new JobSaveError(describeJobError(error));
  if (!data) throw new JobSaveError({ kind: 'denied', message: 'The job was not changed: your role in this organization does not allow it.' });
  return data as Job;
}

export function useSetJobStatus(jobId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (status: JobStatus) => setJobStatus(jobId, status),
    onSuccess: (job) => queryClient.setQueryData(jobKeys.detail(job.id), job),
  });
}
