// One job of the member's organization, whatever its status.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import type { Job } from '../types.ts';
import { jobKeys } from './keys.ts';

export const JOB_COLUMNS =
  'id, org_id, slug, title, location, employment_type, description, status, skills, created_at, updated_at, published_at, department, remote_policy, country_code, salary_min, salary_max, salary_currency, salary_period, valid_through, questions, knockout_reject_after_days';

export async function getJob(id: string): Promise<Job | null> {
  const { data, error } = await supabase.from('jobs').select(JOB_COLUMNS).eq('id', id).maybeSingle();
  if (error) throw fromPostgrestError(error);
  return data as Job | null;
}

export const jobQueryOptions = (id: string) => queryOptions({ queryKey: jobKeys.detail(id), queryFn: () => getJob(id) });

export const useJob = (id: string) => useQuery(jobQueryOptions(id));
