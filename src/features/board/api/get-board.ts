// Every active application of a job as board cards, read in pages of 1 000 (hosted PostgREST's default row cap).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { isStage } from '@/lib/stages';
import { searchFilter } from '@/features/applicants';
import type { BoardCard } from '../types.ts';
import { boardKeys } from './keys.ts';

const CHUNK = 1000;
const COLUMNS = 'id, full_name, stage, score, parse_status, created_at, knockout, knockout_kept_at';

export async function getBoardCards(jobId: string, q: string): Promise<BoardCard[]> {
  const cards: BoardCard[] = [];
  for (let from = 0; ; from += CHUNK) {
    let query = supabase.from('applications').select(COLUMNS).eq('job_id', jobId).is('withdrawn_at', null);
    const search = searchFilter(q);
    if (search) query = query.or(search);
    const { data, error } = await query
      .order('score', { ascending: false, nullsFirst: false })
      .order('created_at', { ascending: false })
      .order('id')
      .range(from, from + CHUNK - 1);
    if (error) throw fromPostgrestError(error);
    for (const { knockout, stage, ...row } of data ?? []) if (isStage(stage)) cards.push({ ...row, stage, knocked_out: knockout !== null });
    if ((data?.length ?? 0) < CHUNK) return cards;
  }
}

export const boardCardsQueryOptions = (jobId: string, q: string) =>
  queryOptions({ queryKey: boardKeys.cards(jobId, q), queryFn: () => getBoardCards(jobId, q) });

// While a card is still being scored, look again now and then so its score appears by itself.
export const useBoardCards = (jobId: string, q: string) =>
  useQuery({
    ...boardCardsQueryOptions(jobId, q),
    refetchInterval: (query) => (query.state.data?.some((c) => c.parse_status === 'pending') ? 10_000 : false),
  });
