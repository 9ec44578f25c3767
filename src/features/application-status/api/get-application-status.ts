// One application as its candidate sees it, through the key-checking RPC (the only way an anonymous visitor reads it).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { isWellFormedLink, parseStatusAnswer, type StatusAnswer } from '../types.ts';
import { statusKeys } from './keys.ts';

export async function getApplicationStatus(applicationId: string, key: string): Promise<StatusAnswer> {
  if (!isWellFormedLink(applicationId, key)) return { status: 'not_found' };
  const { data, error } = await supabase.rpc('application_status', { application_id: applicationId, status_key: key });
  if (error) throw fromPostgrestError(error);
  return parseStatusAnswer(data);
}

export const applicationStatusQueryOptions = (applicationId: string, key: string) =>
  queryOptions({
    queryKey: statusKeys.detail(applicationId, key),
    queryFn: () => getApplicationStatus(applicationId, key),
    // Coming back to the tab shows a stage that moved meanwhile; a link that failed is not asked again (it would count).
    refetchOnWindowFocus: (query) => query.state.data?.status === 'found',
  });

export const useApplicationStatus = (applicationId: string, key: string) => useQuery(applicationStatusQueryOptions(applicationId, key));
