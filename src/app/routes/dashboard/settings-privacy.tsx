// /dashboard/settings/privacy: the current organization's privacy notice; owners publish new versions.
import { useCurrentOrg } from '@/features/dashboard/components/org-context';
import { PrivacySettings } from '@/features/privacy-notice/components/privacy-settings';

export function Component() {
  const { current } = useCurrentOrg();
  return (
    <>
      <title>Privacy notice · Smart ATS</title>
      <PrivacySettings key={current.org_id} org={current} />
    </>
  );
}
