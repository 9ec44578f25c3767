// Moves one or many applications to a stage with a single UPDATE … WHERE id IN (…); Postgres decides who may.
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { AppError, fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import type { Stage } from '../types.ts';
import { applicantKeys } from './keys.ts';

export class StageChangeRefused extends AppError {
  constructor(
    readonly moved: number,
    readonly asked: number,
  ) {
    super(
      'denied',
      moved === 0
        ? 'The stage was not changed: your role in this organization does not allow it.'
        : `Only ${moved} of ${asked} applications were moved; you may not change the others.`,
    );
    this.name = 'StageChangeRefused';
  }
}

export async function updateStage(ids: readonly string[], stage: Stage): Promise<number> {
  const { data, error } = await supabase
    .from('applications')
    .update({ stage })
    .in('id', [...ids])
    .select('id');
  if (error) throw fromPostgrestError(error, { denied: 'Your role in this organization does not allow changing stages.' });
  const moved = data?.length ?? 0;
  if (moved < ids.length) throw new StageChangeRefused(moved, ids.length);
  return moved;
}

const refreshMoved = (queryClient: QueryClient, jobId: string, ids: readonly string[]) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: applicantKeys.lists(jobId) }),
    ...ids.flatMap((id) => [
      queryClient.invalidateQueries({ queryKey: applicantKeys.detail(id) }),
      queryClient.invalidateQueries({ queryKey: applicantKeys.history(id) }),
    ]),
  ]);

export function useUpdateStage(jobId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ ids, stage }: { ids: readonly string[]; stage: Stage }) => updateStage(ids, stage),
    onSettled: (_data, _error, { ids }) => refreshMoved(queryClient, jobId, ids),
  });
}

/** Puts applications back in the stages they had before a move: one update per former stage, each recorded in the history. */
export async function restoreStages(before: ReadonlyMap<string, Stage>): Promise<number> {
  const byStage = new Map<Stage, string[]>();
  before.forEach((stage, id) => byStage.set(stage, [...(byStage.get(stage) ?? []), id]));
  const restored = await Promise.all([...byStage].map(([stage, ids]) => updateStage(ids, stage)));
  return restored.reduce((a, b) => a + b, 0);
}

export function useUndoStageMove(jobId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (before: ReadonlyMap<string, Stage>) => restoreStages(before),
    onSettled: (_data, _error, before) => refreshMoved(queryClient, jobId, [...before.keys()]),
  });
}
