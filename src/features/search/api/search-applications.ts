// search_applications: ranked applicants of the organization (or one job) whose resume, name, email, answers or
// notes match, decided by Postgres under the caller's RLS.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';

export type SearchHit = {
  application_id: string;
  job_id: string;
  job_title: string;
  full_name: string;
  email: string;
  stage: string;
  score: number | null;
  rank: number;
  field: 'resume' | 'profile' | 'answers' | 'note';
  page: number | null;
  snippet: string;
  total: number;
};

export const MAX_QUERY_CHARS = 200;
export const RESULTS = 20;

export async function searchApplications(query: string, org: string, job?: string): Promise<SearchHit[]> {
  const { data, error } = await supabase.rpc('search_applications', { query, org, job, max_results: RESULTS });
  // 22023 carries a message written for the user (empty search, too long, only exclusions).
  if (error) throw fromPostgrestError(error, error.code === '22023' ? { invalid: error.message } : undefined);
  return data as SearchHit[];
}

export function useApplicationSearch(query: string, org: string, job?: string) {
  const q = query.trim();
  return useQuery({
    queryKey: ['search', org, job ?? null, q] as const,
    queryFn: () => searchApplications(q, org, job),
    enabled: q.length > 0 && q.length <= MAX_QUERY_CHARS,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: false,
  });
}
