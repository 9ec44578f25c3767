// An owner's "Erase application" (an erasure request): confirmed in a dialog, then back to the job's list.
import { useState } from 'react';
import { useNavigate } from '@/lib/router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { errorMessage } from '@/lib/errors';
import { useEraseApplication } from '../api/erase-application.ts';

export function EraseApplication({ applicationId, jobId, fullName }: { applicationId: string; jobId: string; fullName: string }) {
  const [open, setOpen] = useState(false);
  const erase = useEraseApplication(applicationId, jobId);
  const navigate = useNavigate();
  const close = () => {
    if (!erase.isPending) setOpen(false);
  };
  return (
    <>
      <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
        Erase application…
      </Button>
      <Dialog
        open={open}
        title={`Erase ${fullName}'s application?`}
        description="The resume, the application, its notes, history, scorecards and emails are deleted for good. Only a record that an application was erased, by you and when, is kept. This cannot be undone."
        onClose={close}
        actions={
          <>
            <Button variant="secondary" onClick={close} disabled={erase.isPending}>
              Cancel
            </Button>
            <Button
              variant="danger"
              busy={erase.isPending}
              onClick={() => erase.mutate(undefined, { onSuccess: () => navigate(`/dashboard/jobs/${jobId}`, { replace: true }) })}
            >
              {erase.isPending ? 'Erasing…' : 'Erase for good'}
            </Button>
          </>
        }
      >
        {erase.error && <Alert tone="error">{errorMessage(erase.error)}</Alert>}
      </Dialog>
    </>
  );
}
