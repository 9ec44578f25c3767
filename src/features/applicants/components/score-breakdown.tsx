// Why the applicant scored what they did: each matched skill with where the resume shows it, and what is missing.
import { Badge } from '@/components/ui/badge';
import type { ApplicationDetail } from '../types.ts';
import { ScoringBadge } from './score.tsx';
import { manualLookReason } from '../screening/manual-look.ts';
import { cardClass, secondaryButton } from './styles.ts';

export function ScoreBreakdown({
  application,
  canRescore,
  rescoring,
  rescoreMessage,
  onRescore,
  onOpenPage,
}: {
  application: ApplicationDetail;
  canRescore: boolean;
  rescoring: boolean;
  rescoreMessage: { tone: 'error' | 'info'; text: string } | null;
  onRescore: () => void;
  /** Shows that page of the resume in the viewer. */
  onOpenPage: (page: number) => void;
}) {
  const details = application.score_details;
  const missingRequired = details?.missing.filter((m) => m.required) ?? [];
  const missingOptional = details?.missing.filter((m) => !m.required) ?? [];
  return (
    <section aria-labelledby="score-heading" className={`${cardClass} p-4`}>
      <div className="flex items-start justify-between gap-3">
        <div>
          <h2 id="score-heading" className="text-sm font-semibold text-slate-900">
            Skill match
          </h2>
          <p className="mt-1 flex items-baseline gap-2">
            {application.score !== null && application.parse_status === 'done' ? (
              <>
                <span className="text-3xl font-semibold text-slate-900 tabular-nums">{application.score}</span>
                <span className="text-sm text-slate-500">/ 100</span>
              </>
            ) : (
              <ScoringBadge status={application.parse_status} error={application.parse_error} />
            )}
          </p>
        </div>
        {canRescore && (
          <button type="button" className={secondaryButton} onClick={onRescore} disabled={rescoring}>
            {rescoring ? 'Rescoring…' : 'Rescore'}
          </button>
        )}
      </div>
      <div aria-live="polite">
        {rescoreMessage && (
          <p className={`mt-2 text-sm ${rescoreMessage.tone === 'error' ? 'text-rose-700' : 'text-slate-600'}`}>{rescoreMessage.text}</p>
        )}
      </div>
      {application.parse_status === 'failed' && (
        <p className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {manualLookReason(application.parse_error)} Read the resume yourself: it has no score and is not ranked.
        </p>
      )}
      {application.parse_status === 'pending' && (
        <p className="mt-2 text-sm text-slate-500">The resume is being read and scored; this page updates by itself.</p>
      )}
      {details?.capped && <p className="mt-2 text-sm text-amber-800">The score is capped because a required skill is missing.</p>}
      {details?.ocr && (
        <p className="mt-2 rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-900">
          This resume is a scan: its text was read by OCR (confidence {details.ocr.confidence} %). Check the snippets against the resume.
        </p>
      )}

      {details && (
        <div className="mt-4 space-y-4">
          <div>
            <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Matched ({details.matched.length})</h3>
            {details.matched.length === 0 ? (
              <p className="mt-1 text-sm text-slate-500">None of the job's skills were found.</p>
            ) : (
              <ul className="mt-2 space-y-2">
                {details.matched.map((m) => (
                  <li key={m.skill} className="text-sm">
                    <div className="flex flex-wrap items-center gap-2">
                      <span className="font-medium text-slate-900">{m.skill}</span>
                      <Badge tone="success">weight {m.weight}</Badge>
                      {m.required && <Badge tone="neutral">required</Badge>}
                    </div>
                    {m.evidence.length > 0 && (
                      <ul className="mt-1 space-y-1 border-l-2 border-emerald-200 pl-3">
                        {m.evidence.slice(0, 3).map((e, i) => (
                          <li key={i} className="text-xs text-slate-600">
                            <button
                              type="button"
                              onClick={() => onOpenPage(e.page)}
                              className="rounded font-medium text-indigo-700 underline hover:text-indigo-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600"
                            >
                              p. {e.page}
                              <span className="sr-only">: show this page of the resume</span>
                            </button>
                            : “{e.snippet}”
                            {e.source === 'ocr' && (
                              <>
                                {' '}
                                <Badge tone="info" title="Read by OCR from a scanned page, with the engine's confidence">
                                  OCR {e.confidence ?? '?'} %
                                </Badge>
                              </>
                            )}
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
          {missingRequired.length > 0 && (
            <div>
              <h3 className="text-xs font-semibold tracking-wide text-rose-700 uppercase">Missing required ({missingRequired.length})</h3>
              <ul className="mt-2 flex flex-wrap gap-1.5">
                {missingRequired.map((m) => (
                  <li key={m.skill}>
                    <Badge tone="danger">{m.skill}</Badge>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {missingOptional.length > 0 && (
            <div>
              <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Not found ({missingOptional.length})</h3>
              <ul className="mt-2 flex flex-wrap gap-1.5">
                {missingOptional.map((m) => (
                  <li key={m.skill}>
                    <Badge>{m.skill}</Badge>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
