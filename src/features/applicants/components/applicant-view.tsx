// One applicant: the resume inline, the score and why, contact details, stage, history and notes; j / k to step.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link } from '@/lib/router';
import { EmptyState } from '@/components/ui/empty-state';
import { LiveRegion } from '@/components/ui/live-region';
import { useApplication } from '../api/get-application.ts';
import { useMembers } from '../api/get-members.ts';
import { useStageEvents } from '../api/get-stage-events.ts';
import { useRescore } from '../api/rescore.ts';
import { useUpdateStage } from '../api/update-stage.ts';
import { highlightSkills } from '../highlight-skills.ts';
import { useApplicantNavigation, useJkKeys } from '../hooks/use-applicant-navigation.ts';
import { listSearch, useListParams } from '../hooks/use-list-params.ts';
import { STAGE_LABELS, type ApplicationDetail, type JobSkill, type Stage } from '../types.ts';
import { AlsoApplied } from './also-applied.tsx';
import { ContactCard, CoverLetter } from './contact-card.tsx';
import { EraseApplication } from './erase-application.tsx';
import { NotesPanel } from './notes-panel.tsx';
import { ScoreBreakdown } from './score-breakdown.tsx';
import { AnswersPanel } from '../screening/answers-panel.tsx';
import { StageControl } from './stage-control.tsx';
import { StageHistory } from './stage-history.tsx';
import { StageBadge } from './stage-badge.tsx';
import { secondaryButton } from './styles.ts';
import { errorMessage } from '@/lib/errors';
import { LoadingState } from '@/components/ui/loading-state';
import { QueryError } from '@/components/ui/query-error';
import { Alert } from '@/components/ui/alert';
import { ApplicantEmails, RejectDialog, rejectionAnnouncement } from '@/features/email';
import { useQueryClient } from '@tanstack/react-query';
import { applicantKeys } from '../api/keys.ts';

export type ResumeSlotProps = { path: string; fullName: string; skills: JobSkill[]; openAt?: { page: number; request: number } | null };
export type ScorecardSlotProps = {
  applicationId: string;
  jobId: string;
  stage: Stage;
  canSubmit: boolean;
  me: string;
  nameOf: (userId: string) => string;
};

export function ApplicantView({
  jobId,
  applicationId,
  me,
  canEditIn,
  canEraseIn,
  renderResume,
  renderDownload,
  renderScorecards,
}: {
  jobId: string;
  applicationId: string;
  me: string;
  canEditIn: (orgId: string) => boolean;
  /** Owners may erase an application (an erasure request). */
  canEraseIn?: (orgId: string) => boolean;
  renderResume: (props: ResumeSlotProps) => ReactNode;
  renderDownload: (props: ResumeSlotProps) => ReactNode;
  renderScorecards?: (props: ScorecardSlotProps) => ReactNode;
}) {
  const application = useApplication(applicationId);
  const [params] = useListParams(jobId);
  const nav = useApplicantNavigation(params, applicationId);
  useJkKeys(
    () => nav.go(nav.nextHref),
    () => nav.go(nav.prevHref),
  );

  if (application.isPending) {
    return <LoadingState label="Loading the application…" />;
  }
  if (application.isError) {
    return (
      <QueryError
        title="The application could not be loaded"
        error={application.error}
        onRetry={() => application.refetch()}
        retrying={application.isFetching}
      />
    );
  }
  if (!application.data || application.data.job_id !== jobId) {
    return (
      <EmptyState
        title="Application not found"
        action={
          <Link to={`/dashboard/jobs/${jobId}`} className={secondaryButton}>
            Back to the applicants
          </Link>
        }
      >
        It may have been erased, or it belongs to an organization you are not a member of.
      </EmptyState>
    );
  }
  return (
    <Loaded
      application={application.data}
      me={me}
      canEdit={canEditIn(application.data.job.org_id)}
      canErase={canEraseIn?.(application.data.job.org_id) ?? false}
      nav={nav}
      backHref={`/dashboard/jobs/${jobId}${listSearch(params)}`}
      renderResume={renderResume}
      renderDownload={renderDownload}
      renderScorecards={renderScorecards}
    />
  );
}

function Loaded({
  application,
  me,
  canEdit,
  canErase,
  nav,
  backHref,
  renderResume,
  renderDownload,
  renderScorecards,
}: {
  application: ApplicationDetail;
  me: string;
  canEdit: boolean;
  canErase: boolean;
  nav: ReturnType<typeof useApplicantNavigation>;
  backHref: string;
  renderResume: (props: ResumeSlotProps) => ReactNode;
  renderDownload: (props: ResumeSlotProps) => ReactNode;
  renderScorecards?: (props: ScorecardSlotProps) => ReactNode;
}) {
  const history = useStageEvents(application.id);
  const members = useMembers(application.job.org_id);
  const moveStage = useUpdateStage(application.job_id);
  const rescore = useRescore(application.id);
  const [announcement, setAnnouncement] = useState('');
  const [rescoreMessage, setRescoreMessage] = useState<{ tone: 'error' | 'info'; text: string } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [resumeAt, setResumeAt] = useState<{ page: number; request: number } | null>(null);

  // Stepping to another applicant: focus its name, so screen readers and keyboards start at the top.
  useEffect(() => {
    document.title = `${application.full_name} · ${application.job.title} · Smart ATS`;
    heading.current?.focus();
  }, [application.id, application.full_name, application.job.title]);

  const queryClient = useQueryClient();
  const [rejecting, setRejecting] = useState(false);
  // Rejecting goes through the reject dialog (a reason, the email); every other stage is a plain move.
  const onMove = (stage: Stage) =>
    stage === 'rejected'
      ? setRejecting(true)
      : moveStage.mutate(
          { ids: [application.id], stage },
          {
            onSuccess: () => setAnnouncement(`Moved to ${STAGE_LABELS[stage]}.`),
            onError: (error) => setAnnouncement(errorMessage(error)),
          },
        );

  const onRescore = () => {
    setRescoreMessage(null);
    rescore.mutate(undefined, {
      onSuccess: () => setRescoreMessage({ tone: 'info', text: 'Rescored with the job’s current skills.' }),
      onError: (error) => setRescoreMessage({ tone: 'error', text: errorMessage(error) }),
    });
  };

  // react-query keeps unchanged parts of refetched data identical, so the PDF's text layer is not redrawn needlessly.
  const { score_details: details, job } = application;
  const skills = useMemo(() => highlightSkills(details, job.skills), [details, job.skills]);
  const slot: ResumeSlotProps = { path: application.resume_path, fullName: application.full_name, skills, openAt: resumeAt };

  return (
    <article aria-labelledby="applicant-name" className="space-y-5">
      <LiveRegion message={announcement} />
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <ol className="flex flex-wrap items-center gap-1.5">
          <li>
            <Link to="/dashboard" className="hover:text-slate-800 hover:underline">
              Jobs
            </Link>
          </li>
          <li aria-hidden="true">/</li>
          <li>
            <Link to={backHref} className="hover:text-slate-800 hover:underline">
              {application.job.title}
            </Link>
          </li>
          <li aria-hidden="true">/</li>
          <li aria-current="page" className="text-slate-700">
            {application.full_name}
          </li>
        </ol>
      </nav>

      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-3">
            <h1 id="applicant-name" ref={heading} tabIndex={-1} className="text-2xl font-semibold text-slate-900 focus:outline-none">
              {application.full_name}
            </h1>
            <StageBadge stage={application.stage} />
          </div>
          <p className="mt-1 text-sm text-slate-600">
            {application.email}
            <span className="text-slate-500">
              {' '}
              · Reference <span className="font-mono">{application.reference}</span>
            </span>
            {nav.position && (
              <span className="text-slate-500">
                {' '}
                · applicant {nav.position.index} of {nav.position.total}
              </span>
            )}
          </p>
        </div>
        <div className="flex items-center gap-2">
          <button
            type="button"
            className={secondaryButton}
            disabled={!nav.prevHref}
            onClick={() => nav.go(nav.prevHref)}
            aria-keyshortcuts="k"
            title={nav.prevName ? `Previous: ${nav.prevName} (k)` : undefined}
          >
            <span aria-hidden="true">←</span> Previous
          </button>
          <button
            type="button"
            className={secondaryButton}
            disabled={!nav.nextHref}
            onClick={() => nav.go(nav.nextHref)}
            aria-keyshortcuts="j"
            title={nav.nextName ? `Next: ${nav.nextName} (j)` : undefined}
          >
            Next <span aria-hidden="true">→</span>
          </button>
          <span className="hidden text-xs text-slate-600 xl:inline">
            <kbd className="rounded border border-slate-300 bg-white px-1">j</kbd> /{' '}
            <kbd className="rounded border border-slate-300 bg-white px-1">k</kbd>
          </span>
        </div>
      </header>

      <div className="flex flex-wrap items-center justify-between gap-3">
        <StageControl
          stage={application.stage}
          disabled={!canEdit}
          disabledReason="Viewers can see the stage but not change it."
          pending={moveStage.isPending}
          onMove={onMove}
        />
        <div className="flex flex-wrap items-center gap-2">
          {renderDownload(slot)}
          {canErase && <EraseApplication applicationId={application.id} jobId={application.job_id} fullName={application.full_name} />}
        </div>
      </div>
      {moveStage.error && <Alert tone="error">{errorMessage(moveStage.error)}</Alert>}
      <RejectDialog
        open={rejecting}
        orgId={application.job.org_id}
        ids={[application.id]}
        who={application.full_name}
        onClose={() => setRejecting(false)}
        onRejected={(result) => {
          setRejecting(false);
          setAnnouncement(rejectionAnnouncement(result));
        }}
        invalidate={() =>
          Promise.all([
            queryClient.invalidateQueries({ queryKey: applicantKeys.lists(application.job_id) }),
            queryClient.invalidateQueries({ queryKey: applicantKeys.detail(application.id) }),
            queryClient.invalidateQueries({ queryKey: applicantKeys.history(application.id) }),
          ])
        }
      />

      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="min-w-0">{renderResume(slot)}</div>
        <aside aria-label="Application details" className="space-y-4">
          <ScoreBreakdown
            application={application}
            canRescore={canEdit}
            rescoring={rescore.isPending}
            rescoreMessage={rescoreMessage}
            onRescore={onRescore}
            onOpenPage={(page) => setResumeAt((last) => ({ page, request: (last?.request ?? 0) + 1 }))}
          />
          <ContactCard application={application} />
          <AlsoApplied applicationId={application.id} />
          <AnswersPanel applicationId={application.id} jobId={application.job_id} canEdit={canEdit} />
          <CoverLetter text={application.cover_letter} />
          <StageHistory events={history.data} members={members.data} me={me} loading={history.isPending} error={history.error} />
          <ApplicantEmails
            applicationId={application.id}
            canSend={canEdit}
            me={me}
            nameOf={(userId) => members.data?.find((m) => m.user_id === userId)?.email ?? 'a former member'}
          />
          {renderScorecards?.({
            applicationId: application.id,
            jobId: application.job_id,
            stage: application.stage,
            canSubmit: canEdit,
            me,
            nameOf: (userId) => members.data?.find((m) => m.user_id === userId)?.email ?? 'A former member',
          })}
          <NotesPanel applicationId={application.id} canWrite={canEdit} members={members.data} me={me} />
        </aside>
      </div>
    </article>
  );
}
