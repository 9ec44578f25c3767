// Withdrawing, behind a confirmation: it cannot be undone, and the resume is deleted.
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { errorMessage } from '@/lib/errors';
import type { WithdrawMutation } from '../api/withdraw-application.ts';
import { formatWait } from '../format.ts';
import type { CandidateApplication } from '../types.ts';

export function WithdrawSection({ application, withdraw }: { application: CandidateApplication; withdraw: WithdrawMutation }) {
  const [confirming, setConfirming] = useState(false);
  const answer = withdraw.data;

  return (
    <section aria-labelledby="withdraw-heading" className="mt-6 rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
      <h2 id="withdraw-heading" className="text-base font-semibold text-slate-900">
        Withdraw your application
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        No longer interested? Withdrawing takes your application off {application.organizationName}&apos;s lists and deletes your resume from our
        storage within a minute. It cannot be undone.
      </p>
      {withdraw.isError && (
        <Alert tone="error" className="mt-4" title="Your application could not be withdrawn">
          {errorMessage(withdraw.error)}
        </Alert>
      )}
      {answer?.status === 'rate_limited' && (
        <Alert tone="warning" className="mt-4" title="Too many attempts">
          Please try again in {formatWait(answer.retryAfter)}.
        </Alert>
      )}
      <Button variant="danger" className="mt-4" busy={withdraw.isPending} onClick={() => setConfirming(true)}>
        Withdraw application
      </Button>
      <Dialog
        open={confirming}
        title="Withdraw this application?"
        description={
          <>
            Your application for <strong className="font-semibold text-slate-900">{application.jobTitle}</strong> leaves the hiring team&apos;s lists
            and your resume is deleted. You would have to apply again to be considered.
          </>
        }
        onClose={() => setConfirming(false)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              Keep my application
            </Button>
            <Button
              variant="danger"
              onClick={() => {
                setConfirming(false);
                withdraw.mutate();
              }}
            >
              Withdraw
            </Button>
          </>
        }
      />
    </section>
  );
}
