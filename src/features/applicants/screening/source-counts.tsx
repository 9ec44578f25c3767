// Where the job's applicants came from (?source= / utm_source), counted by job_source_counts under RLS; pressing a
// source filters the list by it.
import { cardClass } from '@/components/ui/card';
import { useListParams } from '../hooks/use-list-params.ts';
import { useSourceCounts } from './api.ts';

export function SourceCounts({ jobId }: { jobId: string }) {
  const counts = useSourceCounts(jobId);
  const [params, update] = useListParams(jobId);
  const rows = counts.data ?? [];
  // Only worth a panel once some applicant came with a source.
  if (!rows.some((r) => r.source)) return null;
  return (
    <section aria-labelledby="sources-heading" className={`${cardClass} p-4`}>
      <h2 id="sources-heading" className="text-sm font-semibold text-slate-900">
        Applicants by source
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2 text-sm">
        {rows.map((r) => {
          const value = r.source ?? 'none';
          const active = params.source === value;
          return (
            <li key={value}>
              <button
                type="button"
                aria-pressed={active}
                onClick={() => update({ source: active ? null : value })}
                className={`inline-flex items-center gap-1.5 rounded-full border px-3 py-1 ${active ? 'border-indigo-600 bg-indigo-50 text-indigo-900' : 'border-slate-300 text-slate-800 hover:bg-slate-50'}`}
              >
                {r.source ?? 'No source'} <span className="font-semibold tabular-nums">{r.applications}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
