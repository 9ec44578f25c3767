// Above the Submit button: waiting for the resume's upload to finish, sending, or why sending failed with a Retry
// (focus moves there, so it is read out). Upload failures are told under the resume instead, where they can be fixed.
import { useEffect, useRef } from 'react';
import { Link } from '@/lib/router';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClass } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import type { ResumeUpload, ResumeUploadState } from '../resume-upload.ts';
import { useUploadState } from '../use-resume-upload.ts';
import type { ApplyPhase } from '../use-apply.ts';

function waitingText(upload: ResumeUploadState): string {
  if (upload.status !== 'uploading') return 'Sending your application as soon as your resume is uploaded…';
  const percent = upload.total > 0 ? Math.floor((upload.loaded / upload.total) * 100) : 0;
  return `Sending your application as soon as your resume is uploaded (${percent}%)…`;
}

export function SubmissionStatus({ phase, upload, onRetry }: { phase: ApplyPhase; upload: ResumeUpload; onRetry: () => void }) {
  const alert = useRef<HTMLDivElement>(null);
  const failed = phase.status === 'failed' && phase.step === 'save' ? phase : null;
  useEffect(() => {
    if (failed) alert.current?.focus();
  }, [failed]);

  if (phase.status === 'waiting' || phase.status === 'saving') return <Sending saving={phase.status === 'saving'} upload={upload} />;
  if (!failed) return null;

  const { error } = failed;
  return (
    <Alert
      ref={alert}
      tone="error"
      title="Your application could not be sent"
      actions={
        error.retryable ? (
          <Button variant="secondary" onClick={onRetry}>
            Retry
          </Button>
        ) : error.kind === 'closed' || error.kind === 'not_found' ? (
          <Link to="/" className={buttonClass({ variant: 'secondary' })}>
            See other open jobs
          </Link>
        ) : undefined
      }
    >
      <p>{error.message}</p>
      {error.retryAfter && <p className="mt-1">You can try again in about {Math.ceil(error.retryAfter / 60)} min.</p>}
      {error.retryable && (
        <p className="mt-1">
          Everything you typed is kept{error.kind !== 'denied' && error.kind !== 'expired' ? ', and your resume is already uploaded' : ''}.
        </p>
      )}
    </Alert>
  );
}

/** Waiting for the rest of the upload (its progress), then the row being written. */
function Sending({ saving, upload }: { saving: boolean; upload: ResumeUpload }) {
  const state = useUploadState(upload);
  return (
    <p className="flex items-center gap-2 text-sm font-semibold text-slate-900" role="status">
      <Spinner size="sm" className="text-indigo-600" />
      {saving ? 'Resume uploaded. Sending your application…' : waitingText(state)}
    </p>
  );
}
