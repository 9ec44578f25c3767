// "Needs a manual look": the job's applications whose resume the scorer could not read (locked, a scan, damaged…),
// each with the reason in plain words. They are not ranked with the scored ones; moving one on from Applied, once
// someone has read the resume, puts it in the list.
import { Link } from '@/lib/router';
import { cardClass } from '@/components/ui/card';
import { errorMessage } from '@/lib/errors';
import { useManualLook } from './api.ts';
import { MANUAL_LOOK, manualLookReason } from './manual-look.ts';

const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function ManualLookGroup({ jobId }: { jobId: string }) {
  const unread = useManualLook(jobId);
  const rows = unread.data ?? [];
  if (unread.isError)
    return <p className="text-sm font-medium text-rose-700">Resumes that need a manual look could not be loaded: {errorMessage(unread.error)}</p>;
  if (!rows.length) return null;

  return (
    <section aria-labelledby="manual-look-heading" className={`${cardClass} border-sky-300 p-4`}>
      <h2 id="manual-look-heading" className="text-base font-semibold text-slate-900">
        {MANUAL_LOOK} <span className="font-normal text-slate-600">({rows.length})</span>
      </h2>
      <p className="mt-0.5 text-sm text-slate-600">
        Their resumes could not be read automatically, so they have no score and are not ranked. Open each one and read the resume yourself; moving it
        to another stage puts it in the list.
      </p>
      <ul className="mt-3 divide-y divide-slate-200">
        {rows.map((r) => (
          <li key={r.id} className="py-2">
            <Link to={`/dashboard/jobs/${jobId}/applications/${r.id}`} className="font-medium text-indigo-700 hover:underline">
              {r.full_name}
            </Link>
            <span className="text-sm text-slate-600"> · applied {date.format(new Date(r.created_at))}</span>
            <p className="text-sm text-slate-700">{manualLookReason(r.parse_error)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
