// An application's stage history, oldest first (written by a trigger, read-only for everyone).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import type { StageEvent } from '../types.ts';
import { applicantKeys } from './keys.ts';

export async function getStageEvents(applicationId: string): Promise<StageEvent[]> {
  const { data, error } = await supabase
    .from('stage_events')
    .select('id, from_stage, to_stage, actor, at')
    .eq('application_id', applicationId)
    .order('at', { ascending: true })
    .order('id', { ascending: true });
  if (error) throw fromPostgrestError(error);
  return (data ?? []) as StageEvent[];
}

export const stageEventsQueryOptions = (applicationId: string) =>
  queryOptions({ queryKey: applicantKeys.history(applicationId), queryFn: () => getStageEvents(applicationId) });

export const useStageEvents = (applicationId: string) => useQuery(stageEventsQueryOptions(applicationId));
