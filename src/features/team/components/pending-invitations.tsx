// Invitations not accepted yet, with resend (GoTrue's rate limit applies) and revoke.
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { LiveRegion } from '@/components/ui/live-region';
import { LoadingState } from '@/components/ui/loading-state';
import { QueryError } from '@/components/ui/query-error';
import { errorMessage } from '@/lib/errors';
import { usePendingInvitations } from '../api/get-invitations.ts';
import { useResendInvitation, useRevokeInvitation } from '../api/team-invite.ts';
import { roleLabel } from './roles.ts';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function PendingInvitations({ orgId }: { orgId: string }) {
  const invitations = usePendingInvitations(orgId);
  const resend = useResendInvitation(orgId);
  const revoke = useRevokeInvitation(orgId);
  const [status, setStatus] = useState('');

  if (invitations.isPending) return <LoadingState label="Loading pending invitations…" />;
  if (invitations.isError)
    return (
      <QueryError
        title="Pending invitations could not be loaded"
        error={invitations.error}
        onRetry={() => invitations.refetch()}
        retrying={invitations.isFetching}
      />
    );
  const failure = resend.error ?? revoke.error;

  return (
    <section aria-labelledby="pending-heading" className="space-y-3">
      <h2 id="pending-heading" className="text-base font-semibold text-slate-900">
        Pending invitations <span className="font-normal text-slate-500">({invitations.data.length})</span>
      </h2>
      {failure && <Alert tone="error">{errorMessage(failure)}</Alert>}
      <LiveRegion message={status} visible={status !== ''} />
      {invitations.data.length === 0 ? (
        <p className="text-sm text-slate-600">No invitations are waiting. Everyone invited has joined.</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm">
          {invitations.data.map((i) => (
            <li key={i.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
              <div className="min-w-0">
                <p className="font-medium text-slate-900 [overflow-wrap:anywhere]">{i.email}</p>
                <p className="text-sm text-slate-600">
                  {roleLabel(i.role)} · last sent {when(i.last_sent_at)}
                </p>
              </div>
              <div className="flex gap-2">
                <Button
                  variant="secondary"
                  size="sm"
                  busy={resend.isPending && resend.variables === i.id}
                  onClick={() => resend.mutate(i.id, { onSuccess: () => setStatus(`Invitation sent again to ${i.email}.`) })}
                  aria-label={`Resend the invitation to ${i.email}`}
                >
                  Resend
                </Button>
                <Button
                  variant="danger"
                  size="sm"
                  busy={revoke.isPending && revoke.variables === i.id}
                  onClick={() => revoke.mutate(i.id, { onSuccess: () => setStatus(`The invitation to ${i.email} was revoked.`) })}
                  aria-label={`Revoke the invitation to ${i.email}`}
                >
                  Revoke
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
