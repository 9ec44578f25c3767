// Submits (or revises) the signed-in member's scorecard for an application and stage.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import type { Rating, Recommendation } from '../types.ts';
import { scorecardKeys } from './keys.ts';

export type ScorecardInput = { stage: string; ratings: Record<string, Rating>; recommendation: Recommendation; summary: string };

export async function submitScorecard(applicationId: string, input: ScorecardInput, existingId: string | null): Promise<void> {
  const summary = input.summary.trim() || null;
  const { error } = existingId
    ? await supabase.from('scorecards').update({ ratings: input.ratings, recommendation: input.recommendation, summary }).eq('id', existingId)
    : await supabase.from('scorecards').insert({
        id: crypto.randomUUID(),
        application_id: applicationId,
        stage: input.stage,
        ratings: input.ratings,
        recommendation: input.recommendation,
        summary,
      });
  if (error)
    throw fromPostgrestError(error, {
      denied: 'Viewers can read scorecards but not submit them.',
      conflict: 'You have already submitted a scorecard for this stage.',
    });
}

export function useSubmitScorecard(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, existingId }: { input: ScorecardInput; existingId: string | null }) => submitScorecard(applicationId, input, existingId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: scorecardKeys.cards(applicationId) }),
  });
}
