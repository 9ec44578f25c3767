// /dashboard: the current organization's jobs and their pipelines; owners also see storage usage and cost.
import { JobsOverview } from '@/features/dashboard/components/jobs-overview';
import { useCurrentOrg } from '@/features/dashboard/components/org-context';
import { UsagePanel } from '@/features/usage';

export function Component() {
  const { current } = useCurrentOrg();
  return (
    <>
      <title>Jobs · Smart ATS</title>
      <JobsOverview />
      {current.role === 'owner' && (
        <div className="mt-10">
          <UsagePanel orgId={current.org_id} />
        </div>
      )}
    </>
  );
}
