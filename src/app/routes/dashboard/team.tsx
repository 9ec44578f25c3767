// /dashboard/team: the current organization's team, for its owners.
import { useSession } from '@/features/auth/api/use-session';
import { useCurrentOrg } from '@/features/dashboard/components/org-context';
import { TeamPage } from '@/features/team';

export function Component() {
  const { current } = useCurrentOrg();
  const session = useSession();
  const myUserId = session.status === 'signed-in' ? session.session.user.id : '';
  return (
    <>
      <title>Team · Smart ATS</title>
      <TeamPage org={current} myUserId={myUserId} />
    </>
  );
}
