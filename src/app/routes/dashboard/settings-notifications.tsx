// /dashboard/settings/notifications: the signed-in member's own notification choice in the current organization.
import { useCurrentOrg } from '@/features/dashboard/components/org-context';
import { NotificationSettingsPage } from '@/features/notifications';

export function Component() {
  const { current } = useCurrentOrg();
  return (
    <>
      <title>Notifications · Smart ATS</title>
      <NotificationSettingsPage org={current} />
    </>
  );
}
