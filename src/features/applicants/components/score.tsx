// A score out of 100 with a bar, or why there is none yet.
import { Badge } from '@/components/ui/badge';
import type { ParseStatus } from '../types.ts';
import { MANUAL_LOOK, manualLookReason } from '../screening/manual-look.ts';

export function ScoringBadge({ status, error }: { status: ParseStatus; error?: string | null }) {
  if (status === 'pending') return <Badge tone="info">Scoring…</Badge>;
  // A resume nobody could read: the reason in plain words, on hover and for screen readers (never the scorer's code).
  if (status === 'failed')
    return (
      <Badge tone="warning" title={manualLookReason(error)}>
        {MANUAL_LOOK}
        <span className="sr-only">: {manualLookReason(error)}</span>
      </Badge>
    );
  return null;
}

export function ScoreCell({ score, status, error }: { score: number | null; status: ParseStatus; error?: string | null }) {
  // Rescoring (the job's skills changed): the last score stays readable until the new one is in.
  const updating = status === 'pending' && score !== null;
  if (score === null || (status !== 'done' && !updating)) {
    return (
      <span className="flex items-center gap-2">
        <span className="text-slate-500" aria-hidden={status !== 'done'}>
          —
        </span>
        <ScoringBadge status={status} error={error} />
        {status === 'done' && <span className="sr-only">No score</span>}
      </span>
    );
  }
  const tone = score >= 70 ? 'bg-emerald-500' : score >= 40 ? 'bg-amber-500' : 'bg-rose-500';
  return (
    <span className="flex items-center gap-2">
      <span className={`w-8 text-right font-semibold tabular-nums ${updating ? 'text-slate-600' : 'text-slate-900'}`}>{score}</span>
      <span aria-hidden="true" className={`hidden h-1.5 w-16 overflow-hidden rounded-full bg-slate-200 sm:block ${updating ? 'opacity-50' : ''}`}>
        <span className={`block h-full ${tone}`} style={{ width: `${score}%` }} />
      </span>
      {updating && (
        <Badge tone="info" title="The job's skills changed: this is the previous score until the new one is in.">
          Updating…
        </Badge>
      )}
    </span>
  );
}
