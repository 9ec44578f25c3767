// Where the submission is: asking for an upload link, uploading (real bytes, with Cancel), saving. Announced politely,
// at each step and every quarter of the upload, so screen readers are informed without being flooded.
import { Button } from '@/components/ui/button';
import { Progress } from '@/components/ui/progress';
import { Spinner } from '@/components/ui/spinner';
import { formatFileSize } from '../check-pdf.ts';
import type { ApplyPhase } from '../use-apply.ts';

type Busy = Extract<ApplyPhase, { status: 'signing' | 'uploading' | 'saving' }>;

const percentOf = (phase: Busy) =>
  phase.status === 'uploading' ? (phase.total > 0 ? Math.floor((phase.loaded / phase.total) * 100) : 0) : phase.status === 'saving' ? 100 : 0;

function headline(phase: Busy): string {
  if (phase.status === 'signing') return 'Preparing a secure upload…';
  if (phase.status === 'saving') return 'Resume uploaded. Sending your application…';
  return 'Uploading your resume…';
}

/** What a screen reader hears: each step once, and the upload at 0, 25, 50, 75 and 100 %. */
function announcement(phase: Busy): string {
  if (phase.status !== 'uploading') return headline(phase);
  return `Uploading your resume: ${Math.floor(percentOf(phase) / 25) * 25}%`;
}

export function UploadProgress({ phase, onCancel }: { phase: Busy; onCancel: () => void }) {
  const percent = percentOf(phase);
  return (
    <div className="rounded-lg border border-indigo-200 bg-indigo-50/60 p-4">
      <div className="flex items-center justify-between gap-4">
        <p className="flex items-center gap-2 text-sm font-semibold text-slate-900">
          <Spinner size="sm" className="text-indigo-600" />
          {headline(phase)}
        </p>
        {phase.status === 'uploading' && (
          <Button variant="secondary" size="sm" onClick={onCancel}>
            Cancel upload
          </Button>
        )}
      </div>
      <div className="mt-3">
        <Progress value={percent} label="Resume upload" />
      </div>
      <p className="mt-2 text-sm text-slate-700 tabular-nums">
        {phase.status === 'uploading' ? `${percent}% · ${formatFileSize(phase.loaded)} of ${formatFileSize(phase.total)}` : phase.status === 'saving' ? '100%' : ' '}
      </p>
      <p className="sr-only" role="status" aria-live="polite">
        {announcement(phase)}
      </p>
    </div>
  );
}
