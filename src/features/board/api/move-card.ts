// Moves one card to another column at once (optimistic) and puts it back with the server's reason if it refuses.
// Rejecting is not a move here: it goes through the email feature's reject dialog (public.reject_applications).
import { useCallback } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Stage } from '@/lib/stages';
import { applicantKeys, updateStage } from '@/features/applicants';
import type { BoardCard } from '../types.ts';
import { boardKeys } from './keys.ts';

export type Move = { id: string; stage: Exclude<Stage, 'rejected'> };

/** Reads the board, the list and the moved applicants again, after a move or a rejection. */
export function useRefreshBoard(jobId: string) {
  const queryClient = useQueryClient();
  return useCallback(
    (ids: readonly string[]) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: boardKeys.job(jobId) }),
        queryClient.invalidateQueries({ queryKey: applicantKeys.lists(jobId) }),
        ...ids.flatMap((id) => [
          queryClient.invalidateQueries({ queryKey: applicantKeys.detail(id) }),
          queryClient.invalidateQueries({ queryKey: applicantKeys.history(id) }),
        ]),
      ]),
    [queryClient, jobId],
  );
}

export function useMoveCard(jobId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshBoard(jobId);
  return useMutation({
    mutationFn: ({ id, stage }: Move) => updateStage([id], stage),
    onMutate: async ({ id, stage }) => {
      await queryClient.cancelQueries({ queryKey: boardKeys.job(jobId) });
      const before = queryClient.getQueriesData<BoardCard[]>({ queryKey: boardKeys.job(jobId) });
      queryClient.setQueriesData<BoardCard[]>({ queryKey: boardKeys.job(jobId) }, (cards) => cards?.map((c) => (c.id === id ? { ...c, stage } : c)));
      return { before };
    },
    onError: (_error, _move, context) => context?.before.forEach(([key, cards]) => queryClient.setQueryData(key, cards)),
    onSettled: (_data, _error, { id }) => refresh([id]),
  });
}
