// One application with its job (title, slug for the resume folder, skills for highlighting).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { parseScoreDetails, type ApplicationDetail, type JobSkill } from '../types.ts';
import { applicantKeys } from './keys.ts';

const COLUMNS =
  'id, job_id, full_name, email, phone, links, cover_letter, resume_path, resume_size, stage, score, score_details, parse_status, parse_error, created_at, updated_at, reference, submission_count, job:jobs(id, org_id, slug, title, skills)';

export async function getApplication(id: string): Promise<ApplicationDetail | null> {
  const { data, error } = await supabase.from('applications').select(COLUMNS).eq('id', id).maybeSingle();
  if (error) throw fromPostgrestError(error);
  if (!data) return null;
  const row = data as unknown as Omit<ApplicationDetail, 'score_details' | 'links'> & {
    score_details: unknown;
    links: unknown;
    job: { skills: unknown };
  };
  return {
    ...row,
    links: (row.links && typeof row.links === 'object' ? row.links : {}) as ApplicationDetail['links'],
    score_details: parseScoreDetails(row.score_details),
    job: { ...row.job, skills: Array.isArray(row.job.skills) ? (row.job.skills as JobSkill[]) : [] },
  };
}

export const applicationQueryOptions = (id: string) =>
  queryOptions({
    queryKey: applicantKeys.detail(id),
    queryFn: () => getApplication(id),
    // While scoring runs, look again now and then so the score appears without a reload.
    refetchInterval: (query) => (query.state.data?.parse_status === 'pending' ? 5000 : false),
  });

export const useApplication = (id: string) => useQuery(applicationQueryOptions(id));
