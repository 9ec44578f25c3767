// The figures, the two plan meters, warnings and the recommendation of one usage report.
import { formatBytes, formatDay, type UsageReport } from '@/lib/usage-projection';
import { UsageMeter } from './usage-meter.tsx';

export function UsageReportView({ report }: { report: UsageReport }) {
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
        Counted from the database: object sizes in the bucket, and one full download per signed URL the dashboard issues. The project’s other traffic
        appears on the Supabase usage page.
      </p>
    </>
  );
}
