// The pipeline as a row of stages; the current one is pressed, a click moves the application there.
import { STAGES, STAGE_LABELS, type Stage } from '../types.ts';

export function StageControl({
  stage,
  disabled,
  disabledReason,
  pending,
  onMove,
}: {
  stage: Stage;
  disabled: boolean;
  disabledReason?: string;
  pending: boolean;
  onMove: (stage: Stage) => void;
}) {
  return (
    <div>
      <div
        role="group"
        aria-label="Stage"
        aria-describedby={disabled && disabledReason ? 'stage-disabled-reason' : undefined}
        className="inline-flex flex-wrap overflow-hidden rounded-md border border-slate-300 bg-white shadow-sm"
      >
        {STAGES.map((s) => {
          const current = s === stage;
          return (
            <button
              key={s}
              type="button"
              aria-pressed={current}
              disabled={disabled || pending}
              onClick={() => !current && onMove(s)}
              className={`border-r border-slate-200 px-3 py-1.5 text-sm font-medium last:border-r-0 focus-visible:relative focus-visible:outline-2 focus-visible:outline-indigo-600 disabled:cursor-not-allowed ${
                current
                  ? s === 'rejected'
                    ? 'bg-rose-600 text-white'
                    : 'bg-indigo-600 text-white'
                  : 'text-slate-700 hover:bg-slate-50 disabled:text-slate-400 disabled:hover:bg-white'
              }`}
            >
              {STAGE_LABELS[s]}
            </button>
          );
        })}
      </div>
      {disabled && disabledReason && (
        <p id="stage-disabled-reason" className="mt-1 text-xs text-slate-600">
          {disabledReason}
        </p>
      )}
    </div>
  );
}
