// A job's interview kit (null while it has none).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import type { Criterion, InterviewKit } from '../types.ts';
import { scorecardKeys } from './keys.ts';

export async function getInterviewKit(jobId: string): Promise<InterviewKit | null> {
  const { data, error } = await supabase.from('interview_kits').select('job_id, criteria, updated_at').eq('job_id', jobId).maybeSingle();
  if (error) throw fromPostgrestError(error);
  return data && { ...data, criteria: data.criteria as Criterion[] };
}

export const interviewKitQueryOptions = (jobId: string) =>
  queryOptions({ queryKey: scorecardKeys.kit(jobId), queryFn: () => getInterviewKit(jobId) });
export const useInterviewKit = (jobId: string) => useQuery(interviewKitQueryOptions(jobId));
