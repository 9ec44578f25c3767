// Every organization's open jobs, newest first (RLS shows anon only open jobs anyway; the filter says what we mean).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import type { JobSummary } from '../types.ts';
import { jobKeys } from './keys.ts';

export async function getOpenJobs(): Promise<JobSummary[]> {
  const { data, error } = await supabase
    .from('jobs')
    .select('id, slug, title, location, employment_type, created_at, organizations(name, slug)')
    .eq('status', 'open')
    .order('created_at', { ascending: false });
  if (error) throw fromPostgrestError(error);
  return data as JobSummary[];
}

export const openJobsQueryOptions = () => queryOptions({ queryKey: jobKeys.open(), queryFn: getOpenJobs });

export const useOpenJobs = () => useQuery(openJobsQueryOptions());
