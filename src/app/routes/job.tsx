// /jobs/:slug: one open job; anything else (closed, draft, unknown) says it no longer takes applications.
import { useParams } from '@/lib/router';
import { QueryError } from '@/components/ui/query-error';
import { useJob } from '@/features/jobs/api/get-job';
import { BackToJobs, JobDetail, JobDetailSkeleton } from '@/features/jobs/components/job-detail';
import { JobUnavailable } from '@/features/jobs/components/job-unavailable';

export function Component() {
  const { slug = '' } = useParams();
  const job = useJob(slug);
  if (job.isPending) return <JobDetailSkeleton />;
  if (job.isError) {
    return (
      <div className="space-y-6">
        <BackToJobs />
        <QueryError title="This job could not be loaded" error={job.error} retrying={job.isFetching} onRetry={() => job.refetch()} />
      </div>
    );
  }
  if (!job.data || job.data.status !== 'open') return <JobUnavailable title={job.data?.title} />;
  return <JobDetail job={job.data} />;
}
