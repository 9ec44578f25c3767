// A job's pipeline as columns, one per stage: drag a card with the mouse or a finger, or pick it up with the Move
// button and the keyboard. Moves show at once and go back, with the server's reason, if Postgres refuses them.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DndContext, DragOverlay, MouseSensor, TouchSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { LiveRegion } from '@/components/ui/live-region';
import { LoadingState } from '@/components/ui/loading-state';
import { QueryError } from '@/components/ui/query-error';
import { buttonClass } from '@/components/ui/button';
import { errorMessage } from '@/lib/errors';
import { STAGES, STAGE_LABELS, isStage, type Stage } from '@/lib/stages';
import { ApplicantsToolbar, listSearch, useListParams } from '@/features/applicants';
import { RejectDialog, rejectionAnnouncement } from '@/features/email';
import { useBoardCards } from '../api/get-board.ts';
import { useMoveCard, useRefreshBoard } from '../api/move-card.ts';
import { keyAction, type KeyMove } from '../keyboard.ts';
import type { BoardCard } from '../types.ts';
import { BoardCardView, INSTRUCTIONS_ID } from './board-card.tsx';
import { BoardColumn } from './board-column.tsx';

type Props = { jobId: string; orgId: string; canEdit: boolean };

export function PipelineBoard({ jobId, orgId, canEdit }: Props) {
  const [params, update] = useListParams(jobId);
  const cards = useBoardCards(jobId, params.q);
  const mover = useMoveCard(jobId);
  const refresh = useRefreshBoard(jobId);
  const [now] = useState(() => Date.now());
  const [announcement, setAnnouncement] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [keyMove, setKeyMove] = useState<KeyMove | null>(null);
  const [dragging, setDragging] = useState<BoardCard | null>(null);
  const [rejecting, setRejecting] = useState<BoardCard | null>(null);
  const focusAfterMove = useRef<string | null>(null);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 6 } }),
  );
  const columns = useMemo<readonly Stage[]>(() => (params.stage ? [params.stage] : STAGES), [params.stage]);

  // A card moved from the keyboard lands in another column (a new element): keep the focus on its Move button.
  useEffect(() => {
    const id = focusAfterMove.current;
    const button = id && document.querySelector<HTMLButtonElement>(`[data-card-id="${id}"] button[aria-pressed]`);
    if (button && button !== document.activeElement) {
      button.focus();
      focusAfterMove.current = null;
    }
  });

  const send = useCallback(
    (card: BoardCard, stage: Exclude<Stage, 'rejected'>) => {
      setRefusal(null);
      mover.mutate(
        { id: card.id, stage },
        {
          onSuccess: () => setAnnouncement(`${card.full_name} moved to ${STAGE_LABELS[stage]}.`),
          onError: (error) => {
            const message = `${card.full_name} could not be moved to ${STAGE_LABELS[stage]}: ${errorMessage(error)} The card is back in ${STAGE_LABELS[card.stage]}.`;
            setRefusal(message);
            setAnnouncement(message);
          },
        },
      );
    },
    [mover],
  );

  const request = useCallback(
    (card: BoardCard, stage: Stage) => {
      if (stage === card.stage) return setAnnouncement(`${card.full_name} stays in ${STAGE_LABELS[stage]}.`);
      if (stage === 'rejected') return setRejecting(card);
      send(card, stage);
    },
    [send],
  );

  const onKeyMove = useCallback(
    (event: React.KeyboardEvent<HTMLButtonElement>, card: BoardCard) => {
      const action = keyAction(event.key, columns, card, keyMove);
      if (action.kind === 'none') return;
      event.preventDefault();
      if (action.kind === 'pick') {
        setKeyMove({ id: card.id, from: card.stage, over: card.stage });
        setAnnouncement(
          `Picked up ${card.full_name}, in ${STAGE_LABELS[card.stage]}. Left and Right arrows choose a column, Space drops, Escape cancels.`,
        );
      } else if (action.kind === 'over') {
        setKeyMove({ id: card.id, from: card.stage, over: action.stage });
        setAnnouncement(`Over ${STAGE_LABELS[action.stage]}.`);
      } else if (action.kind === 'cancel') {
        setKeyMove(null);
        setAnnouncement(`${card.full_name} was not moved; still in ${STAGE_LABELS[card.stage]}.`);
      } else {
        setKeyMove(null);
        focusAfterMove.current = card.id;
        request(card, action.stage);
      }
    },
    [columns, keyMove, request],
  );

  const onBlurMove = useCallback(
    (card: BoardCard) => {
      if (keyMove?.id !== card.id) return;
      setKeyMove(null);
      setAnnouncement(`${card.full_name} was not moved.`);
    },
    [keyMove],
  );

  const byId = (id: unknown) => cards.data?.find((c) => c.id === id) ?? null;
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragging(null);
    const card = byId(active.id);
    if (card && over && isStage(over.id)) request(card, over.id);
  };

  if (cards.isPending) return <LoadingState label="Loading the board…" />;
  if (cards.isError)
    return <QueryError title="The board could not be loaded" error={cards.error} onRetry={() => cards.refetch()} retrying={cards.isFetching} />;

  const inColumn = new Map<Stage, BoardCard[]>(columns.map((s) => [s, []]));
  for (const card of cards.data) inColumn.get(card.stage)?.push(card);
  const search = listSearch({ ...params, page: 1 });
  const filtered = !!(params.q || params.stage);

  return (
    <section aria-label="Pipeline board" className="space-y-4">
      <ApplicantsToolbar params={params} onChange={update} exportButton={null} />
      <p id={INSTRUCTIONS_ID} className="sr-only">
        Press Space or Enter to pick up the applicant, Left and Right arrows to choose a stage, Space or Enter to drop, Escape to cancel.
      </p>
      <LiveRegion message={announcement} />
      {refusal && (
        <Alert tone="error" title="Not moved">
          {refusal}
        </Alert>
      )}
      {cards.data.length === 0 && filtered ? (
        <EmptyState
          title="No applicants match"
          action={
            <button type="button" className={buttonClass({ variant: 'secondary', size: 'sm' })} onClick={() => update({ q: '', stage: null })}>
              Clear search and filter
            </button>
          }
        />
      ) : (
        <DndContext
          sensors={sensors}
          onDragStart={({ active }) => setDragging(byId(active.id))}
          onDragCancel={() => setDragging(null)}
          onDragEnd={onDragEnd}
          accessibility={{
            screenReaderInstructions: { draggable: 'Drag with the mouse, or use the Move button with the keyboard.' },
            announcements: {
              onDragStart: ({ active }) => `Picked up ${byId(active.id)?.full_name ?? 'the applicant'}.`,
              onDragOver: ({ over }) => (over && isStage(over.id) ? `Over ${STAGE_LABELS[over.id]}.` : 'Not over a stage.'),
              onDragEnd: ({ over }) => (over && isStage(over.id) ? `Dropped on ${STAGE_LABELS[over.id]}.` : 'Dropped outside the stages.'),
              onDragCancel: () => 'Drag cancelled.',
            },
          }}
        >
          <div className="-mx-4 flex snap-x scroll-px-4 gap-3 overflow-x-auto px-4 pb-4 sm:mx-0 sm:scroll-px-0 sm:px-0" aria-busy={cards.isFetching}>
            {columns.map((stage) => {
              const list = inColumn.get(stage) ?? [];
              return (
                <BoardColumn key={stage} stage={stage} count={list.length} targeted={keyMove?.over === stage && keyMove.from !== stage}>
                  {list.map((card) => (
                    <BoardCardView
                      key={card.id}
                      card={card}
                      href={`/dashboard/jobs/${jobId}/applications/${card.id}${search}`}
                      now={now}
                      movable={canEdit}
                      picked={keyMove?.id === card.id}
                      onKeyMove={onKeyMove}
                      onBlurMove={onBlurMove}
                    />
                  ))}
                </BoardColumn>
              );
            })}
          </div>
          <DragOverlay>
            {dragging && (
              <div className="w-60 rounded-lg border border-indigo-300 bg-white p-3 text-sm font-medium text-slate-900 shadow-xl">
                {dragging.full_name}
              </div>
            )}
          </DragOverlay>
        </DndContext>
      )}
      <RejectDialog
        open={rejecting !== null}
        orgId={orgId}
        ids={rejecting ? [rejecting.id] : []}
        who={rejecting?.full_name ?? ''}
        onClose={() => {
          focusAfterMove.current = null;
          if (rejecting) setAnnouncement(`${rejecting.full_name} was not rejected; still in ${STAGE_LABELS[rejecting.stage]}.`);
          setRejecting(null);
        }}
        onRejected={(result) => {
          setRefusal(null);
          setAnnouncement(`${rejecting?.full_name ?? 'The applicant'}: ${rejectionAnnouncement(result)}`);
          setRejecting(null);
        }}
        invalidate={refresh}
      />
    </section>
  );
}
