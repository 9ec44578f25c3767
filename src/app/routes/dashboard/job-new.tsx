// /dashboard/jobs/new: a new draft job in the current organization.
import { Navigate, useNavigate } from '@/lib/router';
import { useCurrentOrg } from '@/features/dashboard/components/org-context';
import { canEdit } from '@/features/dashboard/types';
import { JobForm } from '@/features/job-admin/components/job-form';

export function Component() {
  const { current } = useCurrentOrg();
  const navigate = useNavigate();
  if (!canEdit(current.role)) return <Navigate to="/dashboard" replace />;
  return (
    <div className="mx-auto max-w-4xl space-y-5">
      <title>New job · Smart ATS</title>
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">New job</h1>
        <p className="text-sm text-slate-600">Saved as a draft for {current.org_name}; publish it when it is ready.</p>
      </div>
      <JobForm
        orgId={current.org_id}
        slugLocked={false}
        readOnly={false}
        onSaved={(job) => navigate(`/dashboard/jobs/${job.id}/edit`, { replace: true, state: { created: true } })}
        onCancel={() => navigate('/dashboard')}
      />
    </div>
  );
}
