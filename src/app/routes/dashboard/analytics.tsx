// /dashboard/analytics (?job=<id>): how hiring is going in the current organization, or in one of its jobs.
import { useId } from 'react';
import { useSearchParams } from '@/lib/router';
import { AnalyticsView } from '@/features/analytics';
import { useJobsOverview } from '@/features/dashboard/api/get-jobs-overview';
import { useCurrentOrg } from '@/features/dashboard/components/org-context';
import { controlClass } from '@/components/ui/field';

export function Component() {
  const { current } = useCurrentOrg();
  const jobs = useJobsOverview(current.org_id);
  const [params, setParams] = useSearchParams();
  const jobId = params.get('job');
  const job = jobs.data?.find((j) => j.id === jobId);
  const selectId = useId();
  return (
    <div className="space-y-5">
      <title>{`Analytics${job ? ` · ${job.title}` : ''} · Smart ATS`}</title>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-semibold text-slate-900">Analytics</h1>
        <div>
          <label htmlFor={selectId} className="block text-sm font-medium text-slate-700">
            Job
          </label>
          <select
            id={selectId}
            className={`${controlClass} mt-1 min-w-64`}
            value={jobId ?? ''}
            onChange={(e) => setParams(e.target.value ? { job: e.target.value } : {})}
          >
            <option value="">All jobs of {current.org_name}</option>
            {jobs.data?.map((j) => (
              <option key={j.id} value={j.id}>
                {j.title}
              </option>
            ))}
          </select>
        </div>
      </div>
      <AnalyticsView orgId={current.org_id} jobId={jobId && (!jobs.data || job) ? jobId : null} />
    </div>
  );
}
