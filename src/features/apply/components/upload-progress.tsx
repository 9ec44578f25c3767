// Under the chosen resume: where its background upload is (preparing, uploading with real bytes and Cancel, retrying,
// uploaded), or why it stopped with a way to upload again. Announced politely at each step and every quarter of the
// upload, so screen readers are informed without being flooded; a failure is an alert.
import { useEffect, useRef } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Icon } from '@/components/ui/icons';
import { Progress } from '@/components/ui/progress';
import { Spinner } from '@/components/ui/spinner';
import { formatFileSize } from '../check-pdf.ts';
import type { ResumeUpload, ResumeUploadState } from '../resume-upload.ts';
import { useUploadState } from '../use-resume-upload.ts';

const percentOf = (state: ResumeUploadState) =>
  state.status === 'uploading' ? (state.total > 0 ? Math.floor((state.loaded / state.total) * 100) : 0) : state.status === 'uploaded' ? 100 : 0;

function headline(state: ResumeUploadState): string {
  if (state.status === 'signing') return 'Preparing a secure upload…';
  if (state.status === 'retrying')
    return state.error.kind === 'offline'
      ? 'You are offline. The upload goes on when you are back online…'
      : 'The upload was interrupted. Trying again…';
  return 'Uploading your resume…';
}

/** What a screen reader hears: each step once, and the upload at 0, 25, 50, 75 and 100 %. */
function announcement(state: ResumeUploadState): string {
  if (state.status === 'uploaded') return 'Resume uploaded.';
  if (state.status !== 'uploading') return headline(state);
  return `Uploading your resume: ${Math.floor(percentOf(state) / 25) * 25}%`;
}

type UploadProgressProps = {
  upload: ResumeUpload;
  onCancel: () => void;
  onRetry: () => void;
  /** Set when Submit met this failure: focus moves to it, so it is read out where the person now is. */
  focusFailure: unknown;
};

export function UploadProgress({ upload, onCancel, onRetry, focusFailure }: UploadProgressProps) {
  const state = useUploadState(upload);
  const alert = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusFailure) alert.current?.focus();
  }, [focusFailure]);

  if (state.status === 'checking') return null; // the dropzone says "Checking the PDF…"
  if (state.status === 'none') {
    return state.lost ? (
      <p className="text-sm text-slate-700" role="status">
        “{state.lost}” was not uploaded before the page was reloaded. Choose it again to send it.
      </p>
    ) : null;
  }
  if (state.status === 'failed') {
    const cancelled = state.error.kind === 'cancelled';
    return (
      <Alert
        ref={alert}
        tone={cancelled ? 'info' : 'error'}
        title={cancelled ? 'Upload cancelled' : 'Your resume could not be uploaded'}
        actions={
          state.error.retryable && (
            <Button variant="secondary" size="sm" onClick={onRetry}>
              {cancelled ? 'Upload again' : 'Retry upload'}
            </Button>
          )
        }
      >
        <p>{cancelled ? 'Nothing was sent. Submitting uploads it, or upload it again now.' : state.error.message}</p>
        {state.error.retryAfter && <p className="mt-1">You can try again in about {Math.ceil(state.error.retryAfter / 60)} min.</p>}
        {!cancelled && state.error.retryable && <p className="mt-1">Everything you typed is kept.</p>}
      </Alert>
    );
  }
  if (state.status === 'uploaded') {
    return (
      <p className="flex items-center gap-2 text-sm text-emerald-800" role="status">
        <Icon name="check" className="size-4" /> Uploaded. It is sent with your application.
      </p>
    );
  }

  const percent = percentOf(state);
  return (
    <div className="rounded-lg border border-indigo-200 bg-indigo-50/60 p-4">
      <div className="flex items-center justify-between gap-4">
        <p className="flex items-center gap-2 text-sm font-semibold text-slate-900">
          <Spinner size="sm" className="text-indigo-600" />
          {headline(state)}
        </p>
        <Button variant="secondary" size="sm" onClick={onCancel}>
          Cancel upload
        </Button>
      </div>
      <div className="mt-3">
        <Progress value={percent} label="Resume upload" />
      </div>
      <p className="mt-2 text-sm text-slate-700 tabular-nums">
        {state.status === 'uploading'
          ? `${percent}% · ${formatFileSize(state.loaded)} of ${formatFileSize(state.total)}`
          : state.status === 'retrying'
            ? state.error.message
            : ' '}
      </p>
      <p className="sr-only" role="status" aria-live="polite">
        {announcement(state)}
      </p>
    </div>
  );
}
