// /dashboard: the current organization's jobs and their pipelines; owners also see storage usage and cost.
import { JobsOverview } from '@/features/dashboard/components/jobs-overview';
import { useCurrentOrg } from '@/features/dashboard/components/org-context';
import { UsagePanel } from '@/features/usage';
import { ApplicantSearch } from '@/features/search';

export function Component() {
  const { current } = useCurrentOrg();
  return (
    <>
      <title>Jobs · Smart ATS</title>
      <div className="mb-6">
        <ApplicantSearch orgId={current.org_id} />
      </div>
      <JobsOverview />
      {current.role === 'owner' && (
        <div className="mt-10">
          <UsagePanel orgId={current.org_id} />
        </div>
      )}
    </>
  );
}
