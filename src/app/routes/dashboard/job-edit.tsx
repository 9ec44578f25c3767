// /dashboard/jobs/:jobId/edit: change a job's details and skills; publish, close or reopen it.
import { Link, useLocation, useNavigate, useParams } from '@/lib/router';
import { Badge } from '@/components/ui/badge';
import { useApplicationCount } from '@/features/job-admin/api/get-application-count';
import { JobForm } from '@/features/job-admin/components/job-form';
import { JobStatusActions } from '@/features/job-admin/components/job-status-actions';
import { JOB_STATUS_LABELS } from '@/features/job-admin/types';
import { InterviewKitEditor } from '@/features/scorecards';
import { NotFound } from './not-found.tsx';
import { useJobAccess } from './use-job-access.ts';
import { LoadingState } from '@/components/ui/loading-state';
import { QueryError } from '@/components/ui/query-error';
import { Alert } from '@/components/ui/alert';

export function Component() {
  const { jobId = '' } = useParams();
  const { job, member, editable } = useJobAccess(jobId);
  const applications = useApplicationCount(member ? jobId : undefined);
  const navigate = useNavigate();
  const created = (useLocation().state as { created?: boolean } | null)?.created;

  if (job.isPending) return <LoadingState label="Loading the job…" />;
  if (job.isError)
    return <QueryError title="The job could not be loaded" error={job.error} onRetry={() => job.refetch()} retrying={job.isFetching} />;
  if (!job.data || !member) return <NotFound what="Job" />;
  if (applications.isPending) return <LoadingState label="Loading the job…" />;

  return (
    <div className="mx-auto max-w-4xl space-y-5">
      <title>{`Edit ${job.data.title} · Smart ATS`}</title>
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link to="/dashboard" className="hover:text-slate-800 hover:underline">
          Jobs
        </Link>{' '}
        /{' '}
        <Link to={`/dashboard/jobs/${jobId}`} className="hover:text-slate-800 hover:underline">
          {job.data.title}
        </Link>
      </nav>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <div className="flex items-center gap-3">
            <h1 className="text-2xl font-semibold text-slate-900">{editable ? 'Edit job' : job.data.title}</h1>
            <Badge tone={job.data.status === 'open' ? 'success' : job.data.status === 'closed' ? 'danger' : 'neutral'}>
              {JOB_STATUS_LABELS[job.data.status]}
            </Badge>
          </div>
          <p className="text-sm text-slate-600">
            {applications.data ?? 0} {applications.data === 1 ? 'application' : 'applications'}
          </p>
        </div>
        {editable && <JobStatusActions job={job.data} />}
      </div>
      {created && job.data.status === 'draft' && <Alert tone="success">Draft created. Publish it to put it on the job board.</Alert>}
      {!editable && <Alert tone="info">You are a viewer in this organization: you can read the job but not change it.</Alert>}
      <JobForm
        key={job.data.id}
        orgId={job.data.org_id}
        job={job.data}
        slugLocked={(applications.data ?? 0) > 0}
        readOnly={!editable}
        onSaved={() => undefined}
        onCancel={() => navigate(`/dashboard/jobs/${jobId}`)}
        savedLink={{ to: `/dashboard/jobs/${jobId}`, label: 'Back to the applicants' }}
      />
      <InterviewKitEditor jobId={jobId} readOnly={!editable} />
    </div>
  );
}
