// Every organization's open jobs, newest first (RLS shows anon only open jobs anyway; the filter says what we mean).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { restSelect } from '@/lib/public-api';
import { JOB_SUMMARY_COLUMNS, type JobSummary } from '../types.ts';
import { jobKeys } from './keys.ts';

export async function getOpenJobs(): Promise<JobSummary[]> {
  const { data, error } = await restSelect<JobSummary>('jobs', { select: JOB_SUMMARY_COLUMNS, status: 'eq.open', order: 'created_at.desc' });
  if (error) throw fromPostgrestError(error);
  return data ?? [];
}

export const openJobsQueryOptions = () => queryOptions({ queryKey: jobKeys.open(), queryFn: getOpenJobs });

export const useOpenJobs = () => useQuery(openJobsQueryOptions());
