// Rejecting from the board asks for the reason (the organisation's list) and whether to send the rejection email.
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { controlClass } from '@/components/ui/field';
import { QueryError } from '@/components/ui/query-error';
import { LoadingState } from '@/components/ui/loading-state';
import { rejectionReasonsQueryOptions } from '@/features/email';

type Props = {
  orgId: string;
  candidate: string | null;
  onCancel: () => void;
  onReject: (choice: { reasonId: string; sendEmail: boolean }) => void;
};

export function RejectDialog({ orgId, candidate, onCancel, onReject }: Props) {
  const open = candidate !== null;
  // The email feature's query: the owners' edits to the list refresh this dialog too.
  const reasons = useQuery({ ...rejectionReasonsQueryOptions(orgId), enabled: open });
  const [reasonId, setReasonId] = useState('');
  const [sendEmail, setSendEmail] = useState(true);
  const [missing, setMissing] = useState(false);
  const selectId = useId();
  const errorId = useId();

  const close = () => {
    setReasonId('');
    setMissing(false);
    onCancel();
  };
  const submit = () => {
    if (!reasonId) return setMissing(true);
    onReject({ reasonId, sendEmail });
    setReasonId('');
    setMissing(false);
  };

  return (
    <Dialog
      open={open}
      title={`Reject ${candidate ?? ''}?`}
      description="Choose the reason; it is kept with the application and counted in the analytics."
      onClose={close}
      actions={
        <>
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button variant="danger" onClick={submit} disabled={!reasons.isSuccess}>
            Reject
          </Button>
        </>
      }
    >
      {reasons.isPending ? (
        <LoadingState label="Loading the reasons…" />
      ) : reasons.isError ? (
        <QueryError title="The reasons could not be loaded" error={reasons.error} onRetry={() => reasons.refetch()} retrying={reasons.isFetching} />
      ) : (
        <div className="space-y-4">
          <div>
            <label htmlFor={selectId} className="block text-sm font-medium text-slate-700">
              Reason
            </label>
            <select
              id={selectId}
              value={reasonId}
              onChange={(e) => {
                setReasonId(e.target.value);
                setMissing(false);
              }}
              aria-invalid={missing || undefined}
              aria-describedby={missing ? errorId : undefined}
              className={`mt-1 ${controlClass}`}
            >
              <option value="">Choose a reason…</option>
              {reasons.data
                .filter((r) => !r.archived)
                .map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.label}
                  </option>
                ))}
            </select>
            {missing && (
              <p id={errorId} className="mt-1 text-sm text-rose-700">
                Choose why this applicant is rejected.
              </p>
            )}
          </div>
          <label className="flex items-start gap-2 text-sm text-slate-700">
            <input type="checkbox" checked={sendEmail} onChange={(e) => setSendEmail(e.target.checked)} className="mt-0.5" />
            <span>Send the rejection email (it waits your organization's delay, so you can still cancel it)</span>
          </label>
        </div>
      )}
    </Dialog>
  );
}
