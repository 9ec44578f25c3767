// Every stage the application went through, who moved it and when.
import type { Member, StageEvent } from '../types.ts';
import { STAGE_LABELS } from '../types.ts';
import { cardClass } from './styles.ts';
import { errorMessage } from '@/lib/errors';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function StageHistory({
  events,
  members,
  me,
  loading,
  error,
}: {
  events: StageEvent[] | undefined;
  members: Member[] | undefined;
  me: string;
  loading: boolean;
  error: Error | null;
}) {
  const who = (actor: string | null) =>
    actor === null ? 'the candidate' : actor === me ? 'you' : (members?.find((m) => m.user_id === actor)?.email ?? 'a former member');
  return (
    <section aria-labelledby="history-heading" className={`${cardClass} p-4`}>
      <h2 id="history-heading" className="text-sm font-semibold text-slate-900">
        Stage history
      </h2>
      {loading ? (
        <p className="mt-2 text-sm text-slate-500">Loading…</p>
      ) : error ? (
        <p role="alert" className="mt-2 text-sm text-rose-700">
          The history could not be loaded: {errorMessage(error)}
        </p>
      ) : !events?.length ? (
        <p className="mt-2 text-sm text-slate-500">No stage changes yet.</p>
      ) : (
        <ol className="mt-3 space-y-3 border-l border-slate-200 pl-4">
          {events.map((e) => (
            <li key={e.id} className="relative text-sm">
              <span aria-hidden="true" className="absolute top-1.5 -left-[1.3rem] size-2 rounded-full bg-indigo-500" />
              <p className="text-slate-800">
                {e.from_stage ? (
                  <>
                    {STAGE_LABELS[e.from_stage]} → <span className="font-medium">{STAGE_LABELS[e.to_stage]}</span>
                  </>
                ) : (
                  <span className="font-medium">{e.to_stage === 'applied' ? 'Applied' : STAGE_LABELS[e.to_stage]}</span>
                )}{' '}
                <span className="text-slate-500">by {who(e.actor)}</span>
              </p>
              <time dateTime={e.at} className="text-xs text-slate-600">
                {dateTime.format(new Date(e.at))}
              </time>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
