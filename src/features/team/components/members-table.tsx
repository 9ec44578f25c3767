// The organization's members: role changes and removal in place; Postgres keeps the last owner (its refusal shows).
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { controlClass } from '@/components/ui/field';
import { LiveRegion } from '@/components/ui/live-region';
import { QueryError } from '@/components/ui/query-error';
import { LoadingState } from '@/components/ui/loading-state';
import { Table, TBody, THead, Th, Tr } from '@/components/ui/table';
import type { Role } from '../types.ts';
import { errorMessage } from '@/lib/errors';
import { useMembers, type TeamMember } from '../api/get-members.ts';
import { useChangeRole, useRemoveMember } from '../api/manage-members.ts';
import { ROLES, roleLabel } from './roles.ts';

export function MembersTable({ orgId, myUserId }: { orgId: string; myUserId: string }) {
  const members = useMembers(orgId);
  const changeRole = useChangeRole(orgId);
  const remove = useRemoveMember(orgId);
  const [removing, setRemoving] = useState<TeamMember | null>(null);
  const [status, setStatus] = useState('');

  if (members.isPending) return <LoadingState label="Loading the team…" />;
  if (members.isError)
    return <QueryError title="The team could not be loaded" error={members.error} onRetry={() => members.refetch()} retrying={members.isFetching} />;

  const onRole = (m: TeamMember, role: Role) => {
    setStatus('');
    changeRole.mutate({ userId: m.user_id, role }, { onSuccess: () => setStatus(`${m.email} is now ${roleLabel(role).toLowerCase()}.`) });
  };
  const confirmRemove = () => {
    if (!removing) return;
    const who = removing;
    remove.mutate(who.user_id, { onSuccess: () => setStatus(`${who.email} was removed from the team.`), onSettled: () => setRemoving(null) });
  };
  const failure = changeRole.error ?? remove.error;

  return (
    <section aria-labelledby="members-heading" className="space-y-3">
      <h2 id="members-heading" className="text-base font-semibold text-slate-900">
        Members <span className="font-normal text-slate-500">({members.data.length})</span>
      </h2>
      {failure && <Alert tone="error">{errorMessage(failure)}</Alert>}
      <LiveRegion message={status} visible={status !== ''} />
      <Table caption="Members of the organization and their roles">
        <THead>
          <tr>
            <Th>Member</Th>
            <Th>Role</Th>
            <Th>
              <span className="sr-only">Actions</span>
            </Th>
          </tr>
        </THead>
        <TBody>
          {members.data.map((m) => (
            <Tr key={m.user_id}>
              <td className="px-3 py-2.5">
                <span className="font-medium text-slate-900 [overflow-wrap:anywhere]">{m.email}</span>
                {m.user_id === myUserId && <span className="ml-2 text-slate-500">(you)</span>}
                {!m.confirmed && (
                  <span className="ml-2">
                    <Badge tone="warning">Invited, not signed in yet</Badge>
                  </span>
                )}
              </td>
              <td className="px-3 py-2.5">
                <label htmlFor={`role-${m.user_id}`} className="sr-only">
                  Role of {m.email}
                </label>
                <select
                  id={`role-${m.user_id}`}
                  value={m.role}
                  disabled={changeRole.isPending}
                  onChange={(e) => onRole(m, e.target.value as Role)}
                  className={`${controlClass} min-w-32`}
                >
                  {ROLES.map((r) => (
                    <option key={r.value} value={r.value}>
                      {r.label}
                    </option>
                  ))}
                </select>
              </td>
              <td className="px-3 py-2.5 text-right">
                <Button variant="danger" size="sm" onClick={() => setRemoving(m)} aria-label={`Remove ${m.email}`}>
                  Remove
                </Button>
              </td>
            </Tr>
          ))}
        </TBody>
      </Table>
      <Dialog
        open={removing !== null}
        title="Remove this member?"
        description={removing ? `${removing.email} will lose access to this organization’s jobs and applicants at once.` : undefined}
        onClose={() => setRemoving(null)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setRemoving(null)}>
              Cancel
            </Button>
            <Button variant="danger" busy={remove.isPending} onClick={confirmRemove}>
              Remove
            </Button>
          </>
        }
      />
    </section>
  );
}
