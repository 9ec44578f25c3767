// One job by its slug. Anon reads only open jobs, so null means closed, draft or never existed — all the same to a candidate.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { JOB_DETAIL_COLUMNS, type JobDetail, type JobSkill } from '../types.ts';
import { jobKeys } from './keys.ts';

export async function getJob(slug: string): Promise<JobDetail | null> {
  const { data, error } = await supabase.from('jobs').select(JOB_DETAIL_COLUMNS).eq('slug', slug).maybeSingle();
  if (error) throw fromPostgrestError(error);
  if (!data) return null;
  return { ...data, skills: publicSkills(data.skills) } as unknown as JobDetail;
}

/** Only a skill's name and required flag are the candidate's business. */
function publicSkills(skills: unknown): JobSkill[] {
  if (!Array.isArray(skills)) return [];
  return skills
    .filter(
      (s): s is { name: string; required?: unknown } => typeof s === 'object' && s !== null && typeof (s as { name?: unknown }).name === 'string',
    )
    .map((s) => ({ name: s.name, required: s.required === true }));
}

export const jobQueryOptions = (slug: string) => queryOptions({ queryKey: jobKeys.detail(slug), queryFn: () => getJob(slug) });

export const useJob = (slug: string) => useQuery(jobQueryOptions(slug));
