// The owner's view of the organization's resume storage: what the bucket holds, what moved this month, and
// whether the plan will last the month. Renders nothing for anyone the database does not count as an owner.
import { isNotOwner, useStorageUsage } from '../api/get-storage-usage.ts';
import { planFromEnv } from '../plan.ts';
import { formatBytes, projectUsage, type Plan } from '@/lib/usage-projection';
import { UsageReportView } from './usage-report.tsx';

export type UsagePanelProps = {
  orgId: string;
  /** Defaults to VITE_USAGE_PLAN_STORAGE_GB / VITE_USAGE_PLAN_EGRESS_GB, else the free tier (1 GB storage, 2 GB egress). */
  plan?: Plan;
};

export function UsagePanel({ orgId, plan = planFromEnv() }: UsagePanelProps) {
  const usage = useStorageUsage(orgId);
  if (isNotOwner(usage.error)) return null;

  return (
    <section aria-labelledby="usage-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div>
        <h2 id="usage-heading" className="text-base font-semibold text-slate-900">
          Resume storage and downloads
        </h2>
        <p className="text-sm text-slate-600">
          {plan.name}: {formatBytes(plan.storageBytes)} of storage and {formatBytes(plan.egressBytes)} of egress a month.
        </p>
      </div>
      {usage.isPending ? (
        <p role="status" className="text-sm text-slate-500">
          Loading usage…
        </p>
      ) : usage.isError ? (
        <div role="alert" className="rounded-md border border-rose-200 bg-rose-50 p-3 text-sm text-rose-800">
          {usage.error.message}{' '}
          <button type="button" className="font-medium underline" onClick={() => usage.refetch()}>
            Try again
          </button>
        </div>
      ) : (
        <UsageReportView report={projectUsage(usage.data, plan)} />
      )}
    </section>
  );
}
