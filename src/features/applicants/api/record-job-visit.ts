// Records that the member opened this job's applicants; the previous visit marks what is new this time.
import { useQuery } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { applicantKeys } from './keys.ts';

export async function recordJobVisit(jobId: string): Promise<string | null> {
  const { data, error } = await supabase.rpc('record_job_visit', { job: jobId });
  if (error) throw fromPostgrestError(error);
  return data ?? null;
}

// A query, not a mutation, so stepping through applicants and back keeps this visit's "new" marks; a visit is
// recorded again when the list is opened after half an hour away from it.
export const usePreviousVisit = (jobId: string) =>
  useQuery({ queryKey: applicantKeys.visit(jobId), queryFn: () => recordJobVisit(jobId), staleTime: Infinity, gcTime: 30 * 60_000, retry: false });
