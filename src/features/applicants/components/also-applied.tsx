// "Also applied": the same person's other applications in the organisation, and how many times they applied here.
import { Link } from '@/lib/router';
import { errorMessage } from '@/lib/errors';
import { useDuplicates, type OtherApplication } from '../api/get-duplicates.ts';
import { STAGE_LABELS } from '../types.ts';
import { cardClass } from './styles.ts';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const MATCH_WORDS: Record<OtherApplication['matched_on'][number], string> = { email: 'email', phone: 'phone', linkedin: 'LinkedIn' };

export function AlsoApplied({ applicationId }: { applicationId: string }) {
  const others = useDuplicates(applicationId);
  if (others.isPending || (others.isSuccess && others.data.length === 0)) return null;
  return (
    <section aria-labelledby="also-applied-heading" className={`${cardClass} p-4`}>
      <h2 id="also-applied-heading" className="text-sm font-semibold text-slate-900">
        Also applied
      </h2>
      {others.isError ? (
        <p role="alert" className="mt-2 text-sm text-rose-700">
          Other applications of this person could not be loaded: {errorMessage(others.error)}
        </p>
      ) : (
        <ul className="mt-2 space-y-2 text-sm">
          {others.data.map((o) => (
            <li key={o.id}>
              <Link to={`/dashboard/jobs/${o.job_id}/applications/${o.id}`} className="font-medium text-indigo-700 hover:underline">
                Also applied: {o.job_title} · {o.withdrawn_at ? 'Withdrawn' : STAGE_LABELS[o.stage]} ·{' '}
                <time dateTime={o.created_at}>{dateFormat.format(new Date(o.created_at))}</time>
              </Link>
              <span className="block text-xs text-slate-600">Same {o.matched_on.map((m) => MATCH_WORDS[m]).join(' and ')}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
