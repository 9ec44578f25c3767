// The organization's jobs, newest first, each with its pipeline counts and what is new since the member's last visit.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import type { JobStatus } from '@/lib/job-terms';
import { PIPELINE_STAGES, type JobOverview } from '../types.ts';
import { dashboardKeys } from './keys.ts';

type PipelineRow = { job_id: string; total: number; new_since_last_visit: number; last_visited_at: string | null } & Record<
  (typeof PIPELINE_STAGES)[number],
  number
>;

export async function getJobsOverview(orgId: string): Promise<JobOverview[]> {
  const [jobs, pipeline] = await Promise.all([
    supabase
      .from('jobs')
      .select('id, slug, title, location, employment_type, status, created_at, published_at')
      .eq('org_id', orgId)
      .order('created_at', { ascending: false })
      .order('id', { ascending: true }),
    supabase.rpc('job_pipeline', { org: orgId }),
  ]);
  if (jobs.error) throw fromPostgrestError(jobs.error);
  if (pipeline.error) throw fromPostgrestError(pipeline.error);
  const counts = new Map((pipeline.data as PipelineRow[]).map((row) => [row.job_id, row]));
  return (
    jobs.data
      .map((job) => {
        const row = counts.get(job.id);
        return {
          ...job,
          status: job.status as JobStatus,
          total: row?.total ?? 0,
          stages: Object.fromEntries(PIPELINE_STAGES.map((s) => [s, row?.[s] ?? 0])) as JobOverview['stages'],
          newSinceLastVisit: row?.new_since_last_visit ?? 0,
          lastVisitedAt: row?.last_visited_at ?? null,
        };
      })
      // Open jobs first, then drafts being prepared, then closed ones; newest first within each.
      .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status])
  );
}

const STATUS_ORDER: Record<JobStatus, number> = { open: 0, draft: 1, closed: 2 };

export const jobsOverviewQueryOptions = (orgId: string) =>
  queryOptions({ queryKey: dashboardKeys.jobs(orgId), queryFn: () => getJobsOverview(orgId), refetchOnMount: 'always' });

export const useJobsOverview = (orgId: string | undefined) => useQuery({ ...jobsOverviewQueryOptions(orgId ?? ''), enabled: !!orgId });
