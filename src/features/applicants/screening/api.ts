// Screening on the dashboard: an application's answers and knockout flag, the job's knocked-out applications nobody
// kept yet, the resumes waiting for a manual look, keeping one (keep_knocked_out_application) and the job's applications per source — all under RLS.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { readQuestions, type Answers, type KnockoutRule, type Question } from '@/lib/questions';
import { supabase } from '@/lib/supabase';
import { applicantKeys } from '../api/keys.ts';

export const screeningKeys = {
  application: (id: string) => [...applicantKeys.all, 'screening', id] as const,
  knockedOut: (jobId: string) => [...applicantKeys.lists(jobId), 'knocked-out'] as const,
  manualLook: (jobId: string) => [...applicantKeys.lists(jobId), 'manual-look'] as const,
  sources: (jobId: string) => [...applicantKeys.lists(jobId), 'sources'] as const,
  questions: (jobId: string) => [...applicantKeys.all, 'questions', jobId] as const,
};

export type ApplicationScreening = {
  answers: Answers;
  knockout: KnockoutRule | null;
  knockout_kept_at: string | null;
  source: string | null;
  questions: Question[];
  privacy_consent_at: string | null;
  talent_pool_consent: boolean;
  /** The version of the privacy notice consented to. */
  notice: { version: number } | null;
};

export async function getApplicationScreening(id: string): Promise<ApplicationScreening | null> {
  const { data, error } = await supabase
    .from('applications')
    .select(
      'answers, knockout, knockout_kept_at, source, privacy_consent_at, talent_pool_consent, job:jobs(questions), notice:privacy_notices(version)',
    )
    .eq('id', id)
    .maybeSingle();
  if (error) throw fromPostgrestError(error);
  if (!data) return null;
  const row = data as unknown as Omit<ApplicationScreening, 'questions'> & { job: { questions: unknown } | null };
  return {
    privacy_consent_at: row.privacy_consent_at,
    talent_pool_consent: row.talent_pool_consent,
    notice: row.notice,
    answers: row.answers && typeof row.answers === 'object' ? row.answers : {},
    knockout: row.knockout,
    knockout_kept_at: row.knockout_kept_at,
    source: row.source,
    questions: readQuestions(row.job?.questions),
  };
}

export const useApplicationScreening = (id: string) =>
  useQuery(queryOptions({ queryKey: screeningKeys.application(id), queryFn: () => getApplicationScreening(id) }));

export type KnockedOutRow = { id: string; full_name: string; email: string; created_at: string; knockout: KnockoutRule };

/** The job's knocked-out applications nobody kept, newest first (the partial index applications_job_knocked_out_idx). */
export async function getKnockedOut(jobId: string): Promise<KnockedOutRow[]> {
  const { data, error } = await supabase
    .from('applications')
    .select('id, full_name, email, created_at, knockout')
    .eq('job_id', jobId)
    .is('withdrawn_at', null)
    .not('knockout', 'is', null)
    .is('knockout_kept_at', null)
    .neq('stage', 'rejected')
    .order('created_at', { ascending: false })
    .limit(200);
  if (error) throw fromPostgrestError(error);
  return (data ?? []) as unknown as KnockedOutRow[];
}

export const useKnockedOut = (jobId: string) => useQuery({ queryKey: screeningKeys.knockedOut(jobId), queryFn: () => getKnockedOut(jobId) });

export function useKeepApplication(jobId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (applicationId: string) => {
      const { error } = await supabase.rpc('keep_knocked_out_application', { application: applicationId });
      if (error) throw fromPostgrestError(error, { denied: 'Only recruiters and owners can keep a knocked-out application.' });
    },
    onSuccess: (_, applicationId) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: applicantKeys.lists(jobId) }),
        queryClient.invalidateQueries({ queryKey: screeningKeys.application(applicationId) }),
      ]),
  });
}

export type ManualLookRow = { id: string; full_name: string; created_at: string; parse_error: string | null };

/** PostgREST's or=(…) for "not waiting in Needs a manual look": the job's list leaves those to their own group. */
export const NOT_AWAITING_MANUAL_LOOK = 'parse_status.neq.failed,stage.neq.applied';

/**
 * The job's applications whose resume could not be read and that nobody has moved on from Applied yet, oldest first
 * (they wait longest); knocked-out ones stay in their own group.
 */
export async function getManualLook(jobId: string): Promise<ManualLookRow[]> {
  const { data, error } = await supabase
    .from('applications')
    .select('id, full_name, created_at, parse_error')
    .eq('job_id', jobId)
    .is('withdrawn_at', null)
    .eq('superseded', false)
    .eq('parse_status', 'failed')
    .eq('stage', 'applied')
    .or('knockout.is.null,knockout_kept_at.not.is.null')
    .order('created_at', { ascending: true })
    .limit(200);
  if (error) throw fromPostgrestError(error);
  return data ?? [];
}

export const useManualLook = (jobId: string) => useQuery({ queryKey: screeningKeys.manualLook(jobId), queryFn: () => getManualLook(jobId) });

export type SourceCount = { source: string | null; applications: number };

export async function getSourceCounts(jobId: string): Promise<SourceCount[]> {
  const { data, error } = await supabase.rpc('job_source_counts', { job: jobId });
  if (error) throw fromPostgrestError(error);
  return (data ?? []).map((r) => ({ source: r.source, applications: Number(r.applications) }));
}

export const useSourceCounts = (jobId: string) => useQuery({ queryKey: screeningKeys.sources(jobId), queryFn: () => getSourceCounts(jobId) });

/** The job's questions, for the list's answer filter. */
export async function getJobQuestions(jobId: string): Promise<Question[]> {
  const { data, error } = await supabase.from('jobs').select('questions').eq('id', jobId).maybeSingle();
  if (error) throw fromPostgrestError(error);
  return readQuestions(data?.questions);
}

export const useJobQuestions = (jobId: string) => useQuery({ queryKey: screeningKeys.questions(jobId), queryFn: () => getJobQuestions(jobId) });
