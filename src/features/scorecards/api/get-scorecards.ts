// The scorecards on an application the caller may read (RLS: their own, and the others' once theirs is in), and how
// many each stage has in all.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import type { Rating, Recommendation, Scorecard, StageCount } from '../types.ts';
import { scorecardKeys } from './keys.ts';

export async function getScorecards(applicationId: string): Promise<{ cards: Scorecard[]; counts: StageCount[] }> {
  const [cards, counts] = await Promise.all([
    supabase
      .from('scorecards')
      .select('id, author, stage, ratings, recommendation, summary, submitted_at')
      .eq('application_id', applicationId)
      .order('submitted_at'),
    supabase.rpc('scorecard_counts', { application: applicationId }),
  ]);
  if (cards.error) throw fromPostgrestError(cards.error);
  if (counts.error) throw fromPostgrestError(counts.error);
  return {
    cards: cards.data.map((c) => ({ ...c, ratings: c.ratings as Record<string, Rating>, recommendation: c.recommendation as Recommendation })),
    counts: counts.data,
  };
}

export const scorecardsQueryOptions = (applicationId: string) =>
  queryOptions({ queryKey: scorecardKeys.cards(applicationId), queryFn: () => getScorecards(applicationId) });
export const useScorecards = (applicationId: string) => useQuery(scorecardsQueryOptions(applicationId));
