// The person's other applications in the organisation (same email, phone or LinkedIn), linked by Postgres under RLS.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import type { Stage } from '../types.ts';
import { applicantKeys } from './keys.ts';

export type OtherApplication = {
  id: string;
  job_id: string;
  job_title: string;
  stage: Stage;
  created_at: string;
  withdrawn_at: string | null;
  matched_on: ('email' | 'phone' | 'linkedin')[];
};

export async function getDuplicates(applicationId: string): Promise<OtherApplication[]> {
  const { data, error } = await supabase.rpc('application_duplicates', { application: applicationId });
  if (error) throw fromPostgrestError(error);
  return (data ?? []) as OtherApplication[];
}

export const duplicatesQueryOptions = (applicationId: string) =>
  queryOptions({ queryKey: applicantKeys.duplicates(applicationId), queryFn: () => getDuplicates(applicationId) });

export const useDuplicates = (applicationId: string) => useQuery(duplicatesQueryOptions(applicationId));
