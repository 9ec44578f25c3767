// The applicant page's screening answers in the job's question order, the knockout rule that fired with a Keep
// button, and where the candidate came from.
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { cardClass } from '@/components/ui/card';
import { errorMessage } from '@/lib/errors';
import { formatAnswer } from '@/lib/questions';
import { useApplicationScreening, useKeepApplication } from './api.ts';
import { knockoutText } from './knockout-text.ts';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function AnswersPanel({ applicationId, jobId, canEdit }: { applicationId: string; jobId: string; canEdit: boolean }) {
  const screening = useApplicationScreening(applicationId);
  const keep = useKeepApplication(jobId);
  const data = screening.data;
  if (screening.isError) return <Alert tone="error">The screening answers could not be loaded: {errorMessage(screening.error)}</Alert>;
  if (!data) return null;
  const asked = data.questions.filter((q) => q.id in data.answers);
  // Answers to questions the job no longer asks stay readable under their id.
  const removed = Object.keys(data.answers).filter((id) => !data.questions.some((q) => q.id === id));
  if (!asked.length && !removed.length && !data.knockout && !data.source && !data.notice) return null;

  return (
    <section aria-labelledby="answers-heading" className={`${cardClass} space-y-3 p-4`}>
      <h2 id="answers-heading" className="text-sm font-semibold text-slate-900">
        Screening
      </h2>
      {data.knockout && (
        <div className={`rounded-md border p-3 text-sm ${data.knockout_kept_at ? 'border-slate-200 bg-slate-50' : 'border-amber-300 bg-amber-50'}`}>
          <p className="font-medium text-slate-900">{data.knockout_kept_at ? 'Knocked out, then kept' : 'Knocked out'}</p>
          <p className="mt-0.5 text-slate-700">{knockoutText(data.knockout)}</p>
          {!data.knockout_kept_at && canEdit && (
            <Button variant="secondary" size="sm" className="mt-2" busy={keep.isPending} onClick={() => keep.mutate(applicationId)}>
              Keep this application
            </Button>
          )}
          {keep.error && <p className="mt-1 font-medium text-rose-700">{errorMessage(keep.error)}</p>}
        </div>
      )}
      {(asked.length > 0 || removed.length > 0) && (
        <dl className="space-y-2 text-sm">
          {asked.map((q) => (
            <div key={q.id}>
              <dt className="text-slate-600">{q.label}</dt>
              <dd className="whitespace-pre-line break-words font-medium text-slate-900">{formatAnswer(data.answers[q.id])}</dd>
            </div>
          ))}
          {removed.map((id) => (
            <div key={id}>
              <dt className="text-slate-600">A question no longer asked ({id})</dt>
              <dd className="whitespace-pre-line break-words font-medium text-slate-900">{formatAnswer(data.answers[id])}</dd>
            </div>
          ))}
        </dl>
      )}
      {data.notice && data.privacy_consent_at && (
        <p className="text-sm text-slate-600">
          Agreed to privacy notice version {data.notice.version} on {dateTime.format(new Date(data.privacy_consent_at))}.{' '}
          {data.talent_pool_consent ? 'May be considered for other roles.' : 'Did not ask to be considered for other roles.'}
        </p>
      )}
      {data.source && (
        <p className="text-sm text-slate-600">
          Came from <span className="font-medium text-slate-900">{data.source}</span>
        </p>
      )}
    </section>
  );
}
