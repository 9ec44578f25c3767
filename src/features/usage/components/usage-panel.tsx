// The owner's view of the organization's resume storage: what the bucket holds, what moved this month, and
// whether the plan will last the month. Renders nothing for anyone the database does not count as an owner.
import { useStorageUsage, UsageNotAllowed } from '../api/get-storage-usage.ts';
import { planFromEnv } from '../plan.ts';
import { formatBytes, formatDay, projectUsage, type Plan } from '../projection.ts';
import { UsageMeter } from './usage-meter.tsx';

export type UsagePanelProps = {
  orgId: string;
  /** Defaults to VITE_USAGE_PLAN_STORAGE_GB / VITE_USAGE_PLAN_EGRESS_GB, else the free tier (1 GB storage, 2 GB egress). */
  plan?: Plan;
};

export function UsagePanel({ orgId, plan = planFromEnv() }: UsagePanelProps) {
  const usage = useStorageUsage(orgId);
  if (usage.error instanceof UsageNotAllowed) return null;

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

function UsageReportView({ report }: { report: ReturnType<typeof projectUsage> }) {
  const f = report.figures;
  const monthEnd = formatDay(new Date(f.monthEnd.getTime() - 1));
  const n = (x: number) => x.toLocaleString();
  const stats = [
    ['Resumes stored', `${n(f.objects)} · ${formatBytes(f.bytes)}`],
    ['Uploaded this month', `${n(f.uploadsThisMonth)} · ${formatBytes(f.uploadBytesThisMonth)}`],
    ['Opened or downloaded this month', `${n(f.downloadsThisMonth)} · ${formatBytes(f.downloadBytesThisMonth)}`],
  ];
  return (
    <>
      <dl className="grid gap-3 sm:grid-cols-3">
        {stats.map(([label, value]) => (
          <div key={label} className="rounded-md bg-slate-50 p-3">
            <dt className="text-xs font-medium text-slate-500">{label}</dt>
            <dd className="mt-1 text-sm font-semibold text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      <div className="space-y-3">
        <UsageMeter label="Storage" meter={report.storage} monthEnd={monthEnd} />
        <UsageMeter label="Egress (resume downloads this month)" meter={report.egress} monthEnd={monthEnd} />
      </div>
      {report.warnings.length > 0 && (
        <div role="status" className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
          <ul className="list-disc space-y-1 pl-5">
            {report.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      {report.recommendation && (
        <p className="text-sm text-slate-800">
          <span className="font-semibold">Recommendation: </span>
          {report.recommendation}
        </p>
      )}
      <p className="text-xs text-slate-500">
        Counted from the database: object sizes in the bucket, and one full download per signed URL the dashboard issues. The
        project’s other traffic appears on the Supabase usage page.
      </p>
    </>
  );
}
