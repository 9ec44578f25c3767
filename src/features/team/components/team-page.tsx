// /dashboard/team for owners: invite, pending invitations, members and their roles. Others are told who can help.
import { EmptyState } from '@/components/ui/empty-state';
import { InviteForm } from './invite-form.tsx';
import { MembersTable } from './members-table.tsx';
import { PendingInvitations } from './pending-invitations.tsx';

export type TeamOrg = { org_id: string; org_name: string; role: string };

export function TeamPage({ org, myUserId }: { org: TeamOrg; myUserId: string }) {
  if (org.role !== 'owner') {
    return <EmptyState title="Only owners manage the team">Ask an owner of {org.org_name} to invite people or change roles.</EmptyState>;
  }
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-xl font-semibold text-slate-900">Team of {org.org_name}</h1>
        <p className="mt-1 text-sm text-slate-600">Who can see and work on this organization’s jobs and applicants.</p>
      </div>
      <InviteForm orgId={org.org_id} orgName={org.org_name} />
      <PendingInvitations orgId={org.org_id} />
      <MembersTable orgId={org.org_id} myUserId={myUserId} />
    </div>
  );
}
