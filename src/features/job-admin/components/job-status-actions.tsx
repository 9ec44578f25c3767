// Publish a draft, close an open job, reopen a closed one — each a deliberate step with a confirmation.
import { useState } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { LiveRegion } from '@/components/ui/live-region';
import { useSetJobStatus } from '../api/set-job-status.ts';
import type { JobStatus } from '@/lib/job-terms';
import type { Job } from '../types.ts';
import { primaryButton, secondaryButton } from './form-styles.ts';
import { errorMessage } from '@/lib/errors';

const ACTIONS: Record<JobStatus, { to: JobStatus; label: string; explain: string } | null> = {
  draft: { to: 'open', label: 'Publish job', explain: 'The job appears on the public job board and candidates can apply.' },
  open: { to: 'closed', label: 'Close job', explain: 'The job leaves the job board and no new applications are accepted. Existing applicants stay.' },
  closed: { to: 'open', label: 'Reopen job', explain: 'The job returns to the job board and accepts applications again.' },
};

export function JobStatusActions({ job, disabled }: { job: Job; disabled?: boolean }) {
  const setStatus = useSetJobStatus(job.id);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const action = ACTIONS[job.status];
  if (!action) return null;

  return (
    <>
      <LiveRegion message={message} />
      <button
        type="button"
        className={action.to === 'open' ? primaryButton : secondaryButton}
        disabled={disabled || setStatus.isPending}
        onClick={() => setConfirming(true)}
      >
        {action.label}
      </button>
      <Dialog
        open={confirming}
        title={`${action.label} “${job.title}”?`}
        description={action.explain}
        onClose={() => setConfirming(false)}
        actions={
          <>
            <button type="button" className={secondaryButton} onClick={() => setConfirming(false)}>
              Cancel
            </button>
            <button
              type="button"
              className={primaryButton}
              disabled={setStatus.isPending}
              onClick={() =>
                setStatus.mutate(action.to, {
                  onSuccess: (saved) => setMessage(saved.status === 'open' ? 'The job is open for applications.' : 'The job is closed.'),
                  onSettled: () => setConfirming(false),
                })
              }
            >
              {setStatus.isPending ? 'Saving…' : action.label}
            </button>
          </>
        }
      >
        {setStatus.error && (
          <p role="alert" className="text-sm text-rose-700">
            {errorMessage(setStatus.error)}
          </p>
        )}
      </Dialog>
      {setStatus.error && !confirming && (
        <p role="alert" className="text-sm text-rose-700">
          {errorMessage(setStatus.error)}
        </p>
      )}
    </>
  );
}
