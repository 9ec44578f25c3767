// An organization's (or one job's) hiring figures, computed by public.hiring_analytics under the caller's RLS.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import type { Stage } from '@/lib/stages';

export type HiringAnalytics = {
  total: number;
  rejected: number;
  funnel: { stage: Stage; reached: number }[];
  time_in_stage: { stage: Stage; median_hours: number; moves: number }[];
  per_week: { week: string; applications: number }[];
  sources: { source: string; applications: number; hired: number }[];
  scores: { from: number; to: number; applications: number }[];
  unscored: number;
};

export async function getHiringAnalytics(orgId: string, jobId: string | null): Promise<HiringAnalytics> {
  const { data, error } = await supabase.rpc('hiring_analytics', { org: orgId, ...(jobId ? { job: jobId } : {}) });
  if (error) throw fromPostgrestError(error);
  return data as HiringAnalytics;
}

export const analyticsKeys = { of: (orgId: string, jobId: string | null) => ['analytics', orgId, jobId] as const };

export const hiringAnalyticsQueryOptions = (orgId: string, jobId: string | null) =>
  queryOptions({ queryKey: analyticsKeys.of(orgId, jobId), queryFn: () => getHiringAnalytics(orgId, jobId) });
export const useHiringAnalytics = (orgId: string, jobId: string | null) => useQuery(hiringAnalyticsQueryOptions(orgId, jobId));
