// /dashboard/jobs/:jobId/board: the job's applicants as a pipeline board (its own chunk, with the drag library).
import { useParams } from '@/lib/router';
import { LoadingState } from '@/components/ui/loading-state';
import { QueryError } from '@/components/ui/query-error';
import { PipelineBoard } from '@/features/board';
import { NotFound } from './not-found.tsx';
import { JobHeader } from './job-header.tsx';
import { useJobAccess } from './use-job-access.ts';

export function Component() {
  const { jobId = '' } = useParams();
  const { job, member, editable } = useJobAccess(jobId);

  if (job.isPending) return <LoadingState label="Loading the job…" />;
  if (job.isError)
    return <QueryError title="The job could not be loaded" error={job.error} onRetry={() => job.refetch()} retrying={job.isFetching} />;
  if (!job.data || !member) return <NotFound what="Job" />;

  const j = job.data;
  return (
    <div className="space-y-5">
      <title>{`${j.title} · Board · Smart ATS`}</title>
      <JobHeader job={j} editable={editable} view="board" />
      <PipelineBoard jobId={j.id} orgId={j.org_id} canEdit={editable} />
    </div>
  );
}
