// The jobs the signed-in member follows (their own rows only, under RLS), and following or unfollowing one.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TablesInsert } from '@/lib/database.types';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { notificationKeys } from './keys.ts';

export type FollowedJob = { job_id: string; title: string; status: string };

export async function getFollowedJobs(orgId: string): Promise<FollowedJob[]> {
  const { data, error } = await supabase.from('job_follows').select('job_id, jobs(title, status)').eq('org_id', orgId).order('created_at');
  if (error) throw fromPostgrestError(error);
  return data.map((f) => ({ job_id: f.job_id, title: f.jobs?.title ?? '', status: f.jobs?.status ?? '' }));
}

export const followedJobsQueryOptions = (orgId: string) =>
  queryOptions({ queryKey: notificationKeys.follows(orgId), queryFn: () => getFollowedJobs(orgId), staleTime: 30_000 });

export const useFollowedJobs = (orgId: string) => useQuery(followedJobsQueryOptions(orgId));

export async function setFollowing(jobId: string, following: boolean): Promise<void> {
  const denied = 'You can follow only the jobs of your own organization.';
  if (following) {
    // org_id and user_id are stamped by Postgres (the job's organization, the caller); the client may send only job_id.
    const row = { job_id: jobId } as TablesInsert<'job_follows'>;
    const { error } = await supabase.from('job_follows').upsert(row, { onConflict: 'job_id,user_id', ignoreDuplicates: true });
    if (error) throw fromPostgrestError(error, { denied });
  } else {
    const { error } = await supabase.from('job_follows').delete().eq('job_id', jobId);
    if (error) throw fromPostgrestError(error, { denied });
  }
}

export function useSetFollowing(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ jobId, following }: { jobId: string; following: boolean }) => setFollowing(jobId, following),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.follows(orgId) }),
  });
}
