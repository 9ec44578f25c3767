// The top of a job's applicant pages (list and board): breadcrumb, title, status, the view switch and job actions.
import { Link } from '@/lib/router';
import { Badge } from '@/components/ui/badge';
import { buttonClass } from '@/components/ui/button';
import { ViewSwitch } from '@/features/board';
import { FollowToggle } from '@/features/notifications';
import { JobStatusActions } from '@/features/job-admin/components/job-status-actions';
import { EMPLOYMENT_TYPE_LABELS, JOB_STATUS_LABELS } from '@/features/job-admin/types';
import type { useJobAccess } from './use-job-access.ts';

type Job = NonNullable<ReturnType<typeof useJobAccess>['job']['data']>;

export function JobHeader({ job: j, editable, view }: { job: Job; editable: boolean; view: 'list' | 'board' }) {
  return (
    <>
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
        <div className="flex flex-wrap items-start gap-2">
          <FollowToggle orgId={j.org_id} jobId={j.id} jobTitle={j.title} />
          <Link to={`/dashboard/jobs/${j.id}/edit`} className={buttonClass({ variant: 'secondary' })}>
            {editable ? 'Edit job' : 'View job'}
          </Link>
          {editable && <JobStatusActions job={j} />}
        </div>
      </div>
      <ViewSwitch jobId={j.id} view={view} />
    </>
  );
}
