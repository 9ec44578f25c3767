// Scorecards on the applicant page: the member's own for the application's current stage, and — once it is in (or for
// viewers, who never submit) — everyone's, summarised per stage. Postgres hides the others' until then.
import { useState, type ReactNode } from 'react';
import { Link } from '@/lib/router';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { cardClass } from '@/components/ui/card';
import { errorMessage } from '@/lib/errors';
import { STAGE_LABELS, type Stage } from '@/lib/stages';
import { useInterviewKit } from '../api/get-kit.ts';
import { useScorecards } from '../api/get-scorecards.ts';
import { RECOMMENDATIONS, recommendationLabel, type Criterion, type Scorecard } from '../types.ts';
import { ScorecardForm } from './scorecard-form.tsx';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The panel around every state of the scorecards: its heading, and busy while loading. */
function Panel({ busy, children }: { busy?: boolean; children: ReactNode }) {
  return (
    <section aria-labelledby="scorecards-heading" className={`${cardClass} space-y-4 p-4`} aria-busy={busy || undefined}>
      <h2 id="scorecards-heading" className="text-sm font-semibold text-slate-900">
        Scorecards
      </h2>
      {children}
    </section>
  );
}

export function ScorecardPanel({
  applicationId,
  jobId,
  stage,
  canSubmit,
  me,
  nameOf,
}: {
  applicationId: string;
  jobId: string;
  stage: Stage;
  canSubmit: boolean;
  me: string;
  nameOf: (userId: string) => string;
}) {
  const kit = useInterviewKit(jobId);
  const scorecards = useScorecards(applicationId);
  const [editing, setEditing] = useState(false);

  if (kit.isPending || scorecards.isPending) {
    return (
      <Panel busy>
        <p className="text-sm text-slate-500">Loading…</p>
      </Panel>
    );
  }
  const failed = kit.error ?? scorecards.error;
  if (failed) {
    return (
      <Panel>
        <p role="alert" className="text-sm text-rose-700">
          The scorecards could not be loaded: {errorMessage(failed)}
        </p>
      </Panel>
    );
  }
  const criteria = kit.data?.criteria ?? [];
  const { cards, counts } = scorecards.data!;
  const mine = cards.find((c) => c.author === me && c.stage === stage) ?? null;
  const hidden = (counts.find((c) => c.stage === stage)?.submitted ?? 0) - cards.filter((c) => c.stage === stage).length;
  const stages = [...new Set(cards.map((c) => c.stage))];

  return (
    <Panel>
      {!kit.data ? (
        <p className="text-sm text-slate-600">
          This job has no interview kit yet.{' '}
          {canSubmit && (
            <Link to={`/dashboard/jobs/${jobId}/edit#interview-kit`} className="font-medium text-indigo-700 underline">
              Add its criteria
            </Link>
          )}
        </p>
      ) : canSubmit && (!mine || editing) ? (
        <ScorecardForm
          key={`${stage}-${mine?.id ?? 'new'}`}
          applicationId={applicationId}
          stage={stage}
          criteria={criteria}
          existing={mine}
          onDone={() => setEditing(false)}
          onCancel={mine ? () => setEditing(false) : undefined}
        />
      ) : mine ? (
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="text-sm text-slate-700">You submitted your scorecard for {STAGE_LABELS[stage]}.</p>
          <button type="button" className={buttonClass({ variant: 'secondary', size: 'sm' })} onClick={() => setEditing(true)}>
            Revise yours
          </button>
        </div>
      ) : null}

      {hidden > 0 && (
        <Alert tone="info">
          {hidden === 1 ? 'One scorecard' : `${hidden} scorecards`} for {STAGE_LABELS[stage]} {hidden === 1 ? 'is' : 'are'} hidden until you submit
          yours, so your judgement stays your own.
        </Alert>
      )}
      {stages.length === 0 && hidden <= 0 && kit.data && <p className="text-sm text-slate-500">No scorecards yet.</p>}
      {stages.map((s) => (
        <StageSummary key={s} stage={s} cards={cards.filter((c) => c.stage === s)} criteria={criteria} me={me} nameOf={nameOf} />
      ))}
    </Panel>
  );
}

function StageSummary({
  stage,
  cards,
  criteria,
  me,
  nameOf,
}: {
  stage: string;
  cards: Scorecard[];
  criteria: Criterion[];
  me: string;
  nameOf: (id: string) => string;
}) {
  const tally = RECOMMENDATIONS.map((r) => ({ ...r, count: cards.filter((c) => c.recommendation === r.value).length })).filter((r) => r.count > 0);
  const average = (id: string) => {
    const rated = cards.map((c) => c.ratings[id]?.rating).filter((r): r is 1 | 2 | 3 | 4 => typeof r === 'number');
    return rated.length ? (rated.reduce((a, b) => a + b, 0) / rated.length).toFixed(1) : '–';
  };
  const title = STAGE_LABELS[stage as Stage] ?? stage;
  return (
    <div className="space-y-2">
      <h3 className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
        {title} · {cards.length} {cards.length === 1 ? 'scorecard' : 'scorecards'}
      </h3>
      <p className="text-sm text-slate-800">{tally.map((t) => `${t.label} ${t.count}`).join(' · ')}</p>
      {criteria.length > 0 && (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Average rating per criterion, {title}</caption>
          <thead>
            <tr className="text-xs text-slate-600">
              <th scope="col" className="py-1 font-medium">
                Criterion
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Average (1–4)
              </th>
            </tr>
          </thead>
          <tbody>
            {criteria.map((c) => (
              <tr key={c.id} className="border-t border-slate-100">
                <th scope="row" className="py-1 font-normal text-slate-800">
                  {c.name}
                </th>
                <td className="py-1 text-right tabular-nums text-slate-900">{average(c.id)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ul className="space-y-2" aria-label={`Scorecards for ${title}`}>
        {cards.map((c) => (
          <li key={c.id} className="rounded-md bg-slate-50 px-3 py-2 text-sm">
            <p className="text-xs text-slate-600">
              <span className="font-medium text-slate-800">{c.author === me ? 'You' : nameOf(c.author)}</span> ·{' '}
              {recommendationLabel(c.recommendation)} · <time dateTime={c.submitted_at}>{dateTime.format(new Date(c.submitted_at))}</time>
            </p>
            {criteria.map((k) =>
              c.ratings[k.id] ? (
                <p key={k.id} className="mt-1 text-slate-800">
                  {k.name}: <span className="font-medium">{c.ratings[k.id].rating}</span>
                  {c.ratings[k.id].note && <span className="text-slate-600"> — {c.ratings[k.id].note}</span>}
                </p>
              ) : null,
            )}
            {c.summary && <p className="mt-1 whitespace-pre-wrap text-slate-700">{c.summary}</p>}
          </li>
        ))}
      </ul>
    </div>
  );
}
