// Whether a job has applications yet: once it has, its slug (the resume folder) is frozen.
import { useQuery } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { jobKeys } from './keys.ts';

export async function getApplicationCount(jobId: string): Promise<number> {
  const { count, error } = await supabase.from('applications').select('id', { count: 'exact' }).eq('job_id', jobId).limit(1);
  if (error) throw fromPostgrestError(error);
  return count ?? 0;
}

export const useApplicationCount = (jobId: string | undefined) =>
  useQuery({ queryKey: jobKeys.applicationCount(jobId ?? ''), queryFn: () => getApplicationCount(jobId!), enabled: !!jobId });
