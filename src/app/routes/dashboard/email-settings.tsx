// /dashboard/settings/emails: the current organization's rejection delay, reasons and email templates, for its owners.
import { useCurrentOrg } from '@/features/dashboard/components/org-context';
import { EmailSettingsPage } from '@/features/email';

export function Component() {
  const { current } = useCurrentOrg();
  return (
    <>
      <title>Emails · Smart ATS</title>
      <EmailSettingsPage org={current} />
    </>
  );
}
