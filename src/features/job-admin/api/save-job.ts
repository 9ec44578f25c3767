// Creates a draft job (finding a free slug when the generated one is taken) or saves changes to one.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import { applicantKeys } from '@/features/applicants';
import { boardKeys } from '@/features/board';
import { withSuffix } from '../slug.ts';
import { toJobRow, type Job, type JobFormValues } from '../types.ts';
import { JOB_COLUMNS } from './get-job.ts';
import { JobSaveError, describeJobError } from './job-errors.ts';
import { jobKeys } from './keys.ts';

/** Creates the job as a draft. A generated slug that is taken gets -2, -3, …; a slug the recruiter typed does not. */
export async function createJob(orgId: string, values: JobFormValues, slugWasTyped: boolean): Promise<Job> {
  const row = toJobRow(values);
  for (let attempt = 1; attempt <= 20; attempt++) {
    const slug = attempt === 1 ? row.slug : withSuffix(row.slug, attempt);
    const { data, error } = await supabase
      .from('jobs')
      .insert({ ...row, slug, org_id: orgId, id: crypto.randomUUID(), status: 'draft' })
      .select(JOB_COLUMNS)
      .single();
    if (!error) return data as Job;
    if (error.code !== '23505' || slugWasTyped) throw new JobSaveError(describeJobError(error));
  }
  throw new JobSaveError({ field: 'slug', kind: 'conflict', message: 'Every variation of this address is taken. Type a different one.' });
}

export async function updateJob(id: string, values: JobFormValues): Promise<Job> {
  const { data, error } = await supabase.from('jobs').update(toJobRow(values)).eq('id', id).select(JOB_COLUMNS).maybeSingle();
  if (error) throw new JobSaveError(describeJobError(error));
  if (!data)
    throw new JobSaveError({ kind: 'denied', message: 'The job was not saved: it no longer exists or your role does not allow editing it.' });
  return data as Job;
}

export function useSaveJob(orgId: string, jobId?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ values, slugWasTyped }: { values: JobFormValues; slugWasTyped: boolean }) =>
      jobId ? updateJob(jobId, values) : createJob(orgId, values, slugWasTyped),
    onSuccess: (job) => {
      queryClient.setQueryData(jobKeys.detail(job.id), job);
      // Changed skills rescore every applicant: the list and board read again to show it (the old scores stay, marked).
      if (jobId) {
        void queryClient.invalidateQueries({ queryKey: applicantKeys.lists(job.id) });
        void queryClient.invalidateQueries({ queryKey: boardKeys.job(job.id) });
      }
    },
  });
}
