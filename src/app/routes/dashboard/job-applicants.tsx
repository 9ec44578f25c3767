// /dashboard/jobs/:jobId: the job's applicants, best match first.
import { useParams } from '@/lib/router';
import { ApplicantsList } from '@/features/applicants/components/applicants-list';
import { AnswerFilterSelect, KnockedOutGroup, ManualLookGroup, SourceCounts } from '@/features/applicants/screening';
import { NotFound } from './not-found.tsx';
import { useJobAccess } from './use-job-access.ts';
import { LoadingState } from '@/components/ui/loading-state';
import { QueryError } from '@/components/ui/query-error';
import { JobHeader } from './job-header.tsx';
import { ApplicantSearch } from '@/features/search';

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
      <title>{`${j.title} · Applicants · Smart ATS`}</title>
      <JobHeader job={j} editable={editable} view="list" />
      <ApplicantSearch orgId={j.org_id} jobId={j.id} jobTitle={j.title} />
      <KnockedOutGroup jobId={j.id} canEdit={editable} rejectAfterDays={j.knockout_reject_after_days} />
      <ManualLookGroup jobId={j.id} />
      <SourceCounts jobId={j.id} />
      <AnswerFilterSelect jobId={j.id} />
      <ApplicantsList jobId={j.id} jobSlug={j.slug} orgId={j.org_id} canEdit={editable} />
    </div>
  );
}
