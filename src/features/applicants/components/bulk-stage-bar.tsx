// Moves every selected application to one stage with a single update; pinned to the bottom of the screen, so it is
// in reach whichever row was ticked last.
import { useId, useState } from 'react';
import { STAGES, STAGE_LABELS, type Stage } from '../types.ts';
import { inlineSelectClass, primaryButton, secondaryButton } from './styles.ts';

export function BulkStageBar({
  count,
  pending,
  onMove,
  onClear,
}: {
  count: number;
  pending: boolean;
  onMove: (stage: Stage) => void;
  onClear: () => void;
}) {
  const [stage, setStage] = useState<Stage>('screening');
  const id = useId();
  return (
    <div
      role="region"
      aria-label="Bulk actions"
      className="fixed inset-x-0 bottom-0 z-20 flex flex-wrap items-center justify-center gap-3 border-t border-indigo-200 bg-indigo-50 px-4 py-3 shadow-[0_-4px_12px_rgba(15,23,42,0.08)]"
    >
      <p className="text-sm font-medium text-indigo-900">{count} selected</p>
      <label htmlFor={id} className="text-sm text-indigo-900">
        Move to
      </label>
      <select id={id} value={stage} onChange={(e) => setStage(e.target.value as Stage)} className={inlineSelectClass}>
        {STAGES.map((s) => (
          <option key={s} value={s}>
            {STAGE_LABELS[s]}
          </option>
        ))}
      </select>
      <button type="button" className={primaryButton} disabled={pending} onClick={() => onMove(stage)}>
        {pending ? 'Moving…' : `Move ${count}`}
      </button>
      <button type="button" className={secondaryButton} onClick={onClear}>
        Clear selection
      </button>
    </div>
  );
}
