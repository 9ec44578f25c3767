// Moves one card to another column at once (optimistic) and puts it back with the server's reason if it refuses.
// Rejecting goes through public.reject_applications, the one rejection path, with the reason asked for.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import type { Stage } from '@/lib/stages';
import { applicantKeys, updateStage } from '@/features/applicants';
import type { BoardCard } from '../types.ts';
import { boardKeys } from './keys.ts';

export type Move = { id: string; stage: Stage; rejection?: { reasonId: string; sendEmail: boolean } };

async function moveCard({ id, stage, rejection }: Move): Promise<void> {
  if (stage !== 'rejected') {
    await updateStage([id], stage);
    return;
  }
  if (!rejection) throw new Error('A rejection needs a reason.');
  const { error } = await supabase.rpc('reject_applications', {
    application_ids: [id],
    reason_id: rejection.reasonId,
    send_email: rejection.sendEmail,
  });
  if (error) throw fromPostgrestError(error, { denied: 'Your role in this organization does not allow rejecting applicants.' });
}

export function useMoveCard(jobId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveCard,
    onMutate: async ({ id, stage }) => {
      await queryClient.cancelQueries({ queryKey: boardKeys.job(jobId) });
      const before = queryClient.getQueriesData<BoardCard[]>({ queryKey: boardKeys.job(jobId) });
      queryClient.setQueriesData<BoardCard[]>({ queryKey: boardKeys.job(jobId) }, (cards) => cards?.map((c) => (c.id === id ? { ...c, stage } : c)));
      return { before };
    },
    onError: (_error, _move, context) => context?.before.forEach(([key, cards]) => queryClient.setQueryData(key, cards)),
    onSettled: (_data, _error, { id }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: boardKeys.job(jobId) }),
        queryClient.invalidateQueries({ queryKey: applicantKeys.lists(jobId) }),
        queryClient.invalidateQueries({ queryKey: applicantKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: applicantKeys.history(id) }),
      ]),
  });
}
