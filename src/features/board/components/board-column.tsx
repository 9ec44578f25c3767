// One stage of the pipeline: its name and count, and its cards; a drop target for dragged cards.
import { useDroppable } from '@dnd-kit/core';
import { STAGE_LABELS, type Stage } from '@/lib/stages';
import type { ReactNode } from 'react';

export function BoardColumn({ stage, count, targeted, children }: { stage: Stage; count: number; targeted: boolean; children: ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id: stage });
  const headingId = `board-column-${stage}`;
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      data-stage={stage}
      className={`flex w-[80vw] max-w-72 shrink-0 snap-start flex-col rounded-lg bg-slate-100 p-2 sm:w-60 xl:w-auto xl:min-w-44 xl:flex-1 ${isOver || targeted ? 'ring-2 ring-indigo-500' : ''}`}
    >
      <h2 id={headingId} className="flex items-center justify-between px-1 pb-2 text-sm font-semibold text-slate-800">
        <span>{STAGE_LABELS[stage]}</span>
        <span
          className="rounded-full bg-white px-2 text-xs font-medium text-slate-700 tabular-nums"
          aria-label={`${count} ${count === 1 ? 'applicant' : 'applicants'}`}
        >
          {count}
        </span>
      </h2>
      {count === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 px-2 py-6 text-center text-xs text-slate-600">Nobody here yet</p>
      ) : (
        <ul className="flex flex-col gap-2" aria-labelledby={headingId}>
          {children}
        </ul>
      )}
    </section>
  );
}
