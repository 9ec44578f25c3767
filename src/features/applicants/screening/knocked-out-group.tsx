// "Knocked out": the job's applications a knockout answer flagged and nobody kept or rejected yet, each with the rule
// that fired and a Keep button. Nobody is rejected here: a person decides, or the job's opt-in rule later.
import { useState } from 'react';
import { Link } from '@/lib/router';
import { Button } from '@/components/ui/button';
import { cardClass } from '@/components/ui/card';
import { LiveRegion } from '@/components/ui/live-region';
import { errorMessage } from '@/lib/errors';
import { useKeepApplication, useKnockedOut } from './api.ts';
import { knockoutText } from './knockout-text.ts';

const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function KnockedOutGroup({ jobId, canEdit, rejectAfterDays }: { jobId: string; canEdit: boolean; rejectAfterDays: number | null }) {
  const knocked = useKnockedOut(jobId);
  const keep = useKeepApplication(jobId);
  const [announcement, setAnnouncement] = useState('');
  const rows = knocked.data ?? [];
  if (knocked.isError)
    return <p className="text-sm font-medium text-rose-700">Knocked-out applications could not be loaded: {errorMessage(knocked.error)}</p>;
  if (!rows.length) return null;

  return (
    <section aria-labelledby="knocked-out-heading" className={`${cardClass} border-amber-300 p-4`}>
      <LiveRegion message={announcement} />
      <h2 id="knocked-out-heading" className="text-base font-semibold text-slate-900">
        Knocked out <span className="font-normal text-slate-600">({rows.length})</span>
      </h2>
      <p className="mt-0.5 text-sm text-slate-600">
        {rejectAfterDays
          ? `A screening answer flagged these. Unless someone keeps them, they are rejected ${rejectAfterDays} ${rejectAfterDays === 1 ? 'day' : 'days'} after they arrived, with the usual rejection email.`
          : 'A screening answer flagged these. Nobody is rejected automatically: keep them to move them to the list, or reject them from their page.'}
      </p>
      <ul className="mt-3 divide-y divide-slate-200">
        {rows.map((r) => (
          <li key={r.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
            <div className="min-w-0">
              <Link to={`/dashboard/jobs/${jobId}/applications/${r.id}`} className="font-medium text-indigo-700 hover:underline">
                {r.full_name}
              </Link>
              <span className="text-sm text-slate-600"> · applied {date.format(new Date(r.created_at))}</span>
              <p className="text-sm text-slate-700">{knockoutText(r.knockout)}</p>
            </div>
            {canEdit && (
              <Button
                variant="secondary"
                size="sm"
                busy={keep.isPending && keep.variables === r.id}
                onClick={() =>
                  keep.mutate(r.id, {
                    onSuccess: () => setAnnouncement(`${r.full_name} is kept and back in the list.`),
                    onError: (error) => setAnnouncement(errorMessage(error)),
                  })
                }
              >
                Keep<span className="sr-only"> {r.full_name}</span>
              </Button>
            )}
          </li>
        ))}
      </ul>
      {keep.error && <p className="mt-2 text-sm font-medium text-rose-700">{errorMessage(keep.error)}</p>}
    </section>
  );
}
