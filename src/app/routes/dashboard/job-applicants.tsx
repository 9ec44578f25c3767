// /dashboard/jobs/:jobId: the job's applicants, best match first.
import { Link, useParams } from '@/lib/router';
import { Badge } from '@/components/ui/badge';
import { ApplicantsList } from '@/features/applicants/components/applicants-list';
import { JobStatusActions } from '@/features/job-admin/components/job-status-actions';
import { EMPLOYMENT_TYPE_LABELS, JOB_STATUS_LABELS } from '@/features/job-admin/types';
import { NotFound } from './not-found.tsx';
import { useJobAccess } from './use-job-access.ts';
import { LoadingState } from '@/components/ui/loading-state';
import { QueryError } from '@/components/ui/query-error';
import { buttonClass } from '@/components/ui/button';

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
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link to="/dashboard" className="hover:text-slate-800 hover:underline">
          Jobs
        </Link>{' '}
        / <span aria-current="page">{j.title}</span>
      </nav>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <div className="flex items-center gap-3">
            <h1 className="text-2xl font-semibold text-slate-900">{j.title}</h1>
            <Badge tone={j.status === 'open' ? 'success' : j.status === 'closed' ? 'danger' : 'neutral'}>{JOB_STATUS_LABELS[j.status]}</Badge>
          </div>
          <p className="text-sm text-slate-600">
            {[j.location, EMPLOYMENT_TYPE_LABELS[j.employment_type], `/jobs/${j.slug}`].filter(Boolean).join(' · ')}
          </p>
        </div>
        <div className="flex items-center gap-2">
          <Link to={`/dashboard/jobs/${j.id}/edit`} className={buttonClass({ variant: 'secondary' })}>
            {editable ? 'Edit job' : 'View job'}
          </Link>
          {editable && <JobStatusActions job={j} />}
        </div>
      </div>
      <ApplicantsList jobId={j.id} jobSlug={j.slug} canEdit={editable} />
    </div>
  );
}
