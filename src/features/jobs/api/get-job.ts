// One job by its slug. Anon reads only open jobs, so null means closed, draft or never existed — all the same to a candidate.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { readQuestions } from '@/lib/questions';
import { restSelect } from '@/lib/public-api';
import { JOB_DETAIL_COLUMNS, type JobDetail, type PublicJobSkill } from '../types.ts';
import { jobKeys } from './keys.ts';

export async function getJob(slug: string): Promise<JobDetail | null> {
  // public_questions: the questions without the answers that knock an application out (anon may not read those).
  const { data, error } = await restSelect<Omit<JobDetail, 'questions'> & { public_questions: unknown }>('jobs', {
    select: `${JOB_DETAIL_COLUMNS},public_questions,org_id`,
    slug: `eq.${slug}`,
  });
  if (error) throw fromPostgrestError(error);
  const job = data?.[0];
  if (!job) return null;
  const { public_questions, ...rest } = job;
  return { ...rest, skills: publicSkills(job.skills), questions: readQuestions(public_questions) };
}

/** Only a skill's name and required flag are the candidate's business. */
function publicSkills(skills: unknown): PublicJobSkill[] {
  if (!Array.isArray(skills)) return [];
  return skills
    .filter(
      (s): s is { name: string; required?: unknown } => typeof s === 'object' && s !== null && typeof (s as { name?: unknown }).name === 'string',
    )
    .map((s) => ({ name: s.name, required: s.required === true }));
}

export const jobQueryOptions = (slug: string) => queryOptions({ queryKey: jobKeys.detail(slug), queryFn: () => getJob(slug) });

export const useJob = (slug: string) => useQuery(jobQueryOptions(slug));
