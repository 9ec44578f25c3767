// Rejecting asks for a reason from the organisation's list and whether to send the rejection email, which waits the
// organisation's delay (shown) so it can still be cancelled from the applicant page.
import { useId, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { controlClass } from '@/components/ui/field';
import { errorMessage } from '@/lib/errors';
import { formatDelay, useRejectionDelay } from '../api/email-settings.ts';
import { useRejectApplications, type RejectionResult } from '../api/reject-applications.ts';
import { useRejectionReasons } from '../api/rejection-reasons.ts';

export type RejectDialogProps = {
  open: boolean;
  orgId: string;
  ids: readonly string[];
  /** Who is rejected, for the title: a candidate's name, or "3 applicants". */
  who: string;
  onClose: () => void;
  onRejected: (result: RejectionResult) => void;
  /** Refreshes the caller's lists and details once the rejection is in. */
  invalidate: (ids: readonly string[]) => Promise<unknown>;
};

export function RejectDialog(props: RejectDialogProps) {
  return (
    <Dialog
      open={props.open}
      title={`Reject ${props.who}`}
      onClose={props.onClose}
      description="The reason is kept with the application and counted in the reports; the candidate never sees it."
    >
      {props.open && <RejectForm {...props} />}
    </Dialog>
  );
}

function RejectForm({ orgId, ids, onClose, onRejected, invalidate }: RejectDialogProps) {
  const reasons = useRejectionReasons(orgId);
  const delay = useRejectionDelay(orgId);
  const reject = useRejectApplications(invalidate);
  const [reasonId, setReasonId] = useState('');
  const [sendEmail, setSendEmail] = useState(true);
  const [missingReason, setMissingReason] = useState(false);
  const reasonFieldId = useId();
  const emailHintId = useId();
  const offered = (reasons.data ?? []).filter((r) => !r.archived);
  const waits = delay.data === undefined ? 'after the organization’s delay' : delay.data <= 0 ? 'at once' : `in ${formatDelay(delay.data)}`;

  const onSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!reasonId) {
      setMissingReason(true);
      document.getElementById(reasonFieldId)?.focus();
      return;
    }
    reject.mutate({ ids, reasonId, sendEmail }, { onSuccess: onRejected });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <div>
        <label htmlFor={reasonFieldId} className="block text-sm font-medium text-slate-900">
          Reason
        </label>
        <select
          id={reasonFieldId}
          required
          value={reasonId}
          aria-invalid={missingReason && !reasonId ? true : undefined}
          aria-describedby={missingReason && !reasonId ? `${reasonFieldId}-error` : undefined}
          onChange={(e) => setReasonId(e.target.value)}
          disabled={reasons.isPending}
          className={`mt-1.5 ${controlClass}`}
        >
          <option value="">{reasons.isPending ? 'Loading the reasons…' : 'Choose a reason'}</option>
          {offered.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </select>
        {missingReason && !reasonId && (
          <p id={`${reasonFieldId}-error`} className="mt-1.5 text-sm font-medium text-rose-700">
            Choose why the application is rejected.
          </p>
        )}
        {reasons.isError && <Alert tone="error">{errorMessage(reasons.error)}</Alert>}
      </div>
      <div className="flex items-start gap-2">
        <input
          id={`${reasonFieldId}-email`}
          type="checkbox"
          checked={sendEmail}
          onChange={(e) => setSendEmail(e.target.checked)}
          aria-describedby={emailHintId}
          className="mt-0.5 size-4 rounded border-slate-300 text-indigo-600 focus-visible:outline-2 focus-visible:outline-indigo-600"
        />
        <div>
          <label htmlFor={`${reasonFieldId}-email`} className="text-sm font-medium text-slate-900">
            Send the rejection email
          </label>
          <p id={emailHintId} className="text-sm text-slate-600">
            {sendEmail ? `Sent ${waits}; until then you can cancel it on the applicant page.` : 'The candidate is not told.'}
          </p>
        </div>
      </div>
      {reject.error && <Alert tone="error">{errorMessage(reject.error)}</Alert>}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" variant="danger" busy={reject.isPending}>
          {reject.isPending ? 'Rejecting…' : ids.length > 1 ? `Reject ${ids.length}` : 'Reject'}
        </Button>
      </div>
    </form>
  );
}

/** What a screen reader hears after rejecting. */
export function rejectionAnnouncement(result: RejectionResult, delayText?: string): string {
  const moved = `${result.rejected} ${result.rejected === 1 ? 'applicant' : 'applicants'} rejected`;
  const already = result.alreadyRejected ? `, ${result.alreadyRejected} already were` : '';
  const mails = result.emailsQueued
    ? `; ${result.emailsQueued} rejection ${result.emailsQueued === 1 ? 'email' : 'emails'} ${delayText ?? 'waiting'}`
    : '';
  return `${moved}${already}${mails}.`;
}
