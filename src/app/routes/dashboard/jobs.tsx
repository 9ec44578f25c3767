// /dashboard: the current organization's jobs and their pipelines.
import { JobsOverview } from '@/features/dashboard/components/jobs-overview';

export function Component() {
  return (
    <>
      <title>Jobs · Smart ATS</title>
      <JobsOverview />
    </>
  );
}
