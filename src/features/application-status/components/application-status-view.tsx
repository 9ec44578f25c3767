// The candidate's view of one application: job, organization, dates and a coarse stage, their data, then withdrawal.
import { useEffect, useRef } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Icon } from '@/components/ui/icons';
import { CANDIDATE_STAGES, STAGE_DESCRIPTIONS, STAGE_LABELS, type CandidateApplication, type CandidateStage } from '../types.ts';
import { useWithdrawApplication } from '../api/withdraw-application.ts';
import { formatDate } from '../format.ts';
import { DataDownloadSection } from './data-download-section.tsx';
import { WithdrawSection } from './withdraw-section.tsx';

const OPEN_STAGES: readonly CandidateStage[] = CANDIDATE_STAGES.filter((s) => s !== 'closed');
const TONES: Record<CandidateStage, BadgeTone> = {
  received: 'info',
  in_review: 'accent',
  interviewing: 'accent',
  offer: 'success',
  closed: 'neutral',
};

export function ApplicationStatusView({ application, statusKey }: { application: CandidateApplication; statusKey: string }) {
  const { jobTitle, organizationName, appliedAt, updatedAt, withdrawnAt, stage } = application;
  const withdraw = useWithdrawApplication(application.id, statusKey);
  const justWithdrawn = withdraw.isSuccess && !!withdrawnAt;
  // The button that was pressed is gone: the confirmation takes focus so it is read out.
  const confirmation = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (justWithdrawn) confirmation.current?.focus();
  }, [justWithdrawn]);

  return (
    <div className="max-w-2xl">
      <title>{`Application status · ${jobTitle} · Smart ATS`}</title>
      <p className="text-sm font-semibold text-indigo-700">Your application</p>
      <h1 className="mt-1 text-3xl font-semibold tracking-tight text-slate-900">{jobTitle}</h1>
      <p className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-base text-slate-700">
        <span className="inline-flex items-center gap-1.5">
          <Icon name="building" className="size-4 text-slate-500" /> {organizationName}
        </span>
        <span className="inline-flex items-center gap-1.5">
          <Icon name="clock" className="size-4 text-slate-500" /> Applied on {formatDate(appliedAt)}
        </span>
      </p>

      {justWithdrawn && (
        <Alert ref={confirmation} tone="success" className="mt-6" title="Your application was withdrawn">
          It is off the hiring team&apos;s lists, and your resume is being deleted from our storage.
        </Alert>
      )}

      <section aria-labelledby="stage-heading" className="mt-8 rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="stage-heading" className="text-base font-semibold text-slate-900">
            Where it stands
          </h2>
          <span data-testid="candidate-stage">
            <Badge tone={TONES[stage]}>{STAGE_LABELS[stage]}</Badge>
          </span>
        </div>
        {stage !== 'closed' && <StageSteps current={stage} />}
        <p className="mt-4 text-sm text-slate-700">
          {withdrawnAt
            ? `You withdrew this application on ${formatDate(withdrawnAt)}. It has left the hiring team’s lists, and your resume is deleted from our storage within a minute of withdrawing.`
            : STAGE_DESCRIPTIONS[stage]}
        </p>
        {updatedAt && !withdrawnAt && <p className="mt-1 text-sm text-slate-600">Last update on {formatDate(updatedAt)}.</p>}
      </section>

      <DataDownloadSection applicationId={application.id} statusKey={statusKey} />

      {!withdrawnAt && <WithdrawSection application={application} withdraw={withdraw} />}

      <p className="mt-8 text-sm text-slate-600">
        This page is private: anyone with its link can see this status and withdraw the application, so keep the link to yourself. The hiring
        team&apos;s notes and assessments are never shown here.
      </p>
    </div>
  );
}

/** Received → In review → Interviewing → Offer, with the current one marked for sight and for screen readers. */
function StageSteps({ current }: { current: CandidateStage }) {
  const at = OPEN_STAGES.indexOf(current);
  return (
    <ol className="mt-5 grid grid-cols-2 gap-3 sm:grid-cols-4" aria-label="Stages of your application">
      {OPEN_STAGES.map((stage, i) => {
        const state = i < at ? 'done' : i === at ? 'current' : 'next';
        return (
          <li key={stage} aria-current={state === 'current' ? 'step' : undefined} className="flex items-center gap-2 text-sm">
            <span
              aria-hidden="true"
              className={`grid size-6 shrink-0 place-items-center rounded-full text-xs font-semibold ${
                state === 'done'
                  ? 'bg-indigo-600 text-white'
                  : state === 'current'
                    ? 'bg-indigo-100 text-indigo-800 ring-2 ring-indigo-600'
                    : 'bg-slate-100 text-slate-600'
              }`}
            >
              {state === 'done' ? <Icon name="check" className="size-3.5" /> : i + 1}
            </span>
            <span className={state === 'next' ? 'text-slate-600' : 'font-medium text-slate-900'}>
              {STAGE_LABELS[stage]}
              {state === 'done' && <span className="sr-only"> (done)</span>}
              {state === 'current' && <span className="sr-only"> (current stage)</span>}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
