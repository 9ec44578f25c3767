// Submit: wait for the resume's background upload (already done, most of the time), then write the row. Each failure
// is a plain message and a retry that resumes where it stopped: one application id per series of attempts, and a
// stored resume is never uploaded again.
import { useCallback, useReducer, useRef } from 'react';
import { toAppError, type AppError } from '@/lib/errors';
import { submitApplication } from './api/submit-application.ts';
import { newApplicationId } from './application-id.ts';
import type { DraftStore } from './draft.ts';
import type { ResumeUpload } from './resume-upload.ts';
import type { ApplyFormValues } from './schema.ts';
import type { Question } from '@/lib/questions';
import { toAnswers } from './answers.ts';

export type ApplyStep = 'upload' | 'save';

export type ApplyPhase =
  | { status: 'idle' }
  | { status: 'waiting' }
  | { status: 'saving' }
  | { status: 'failed'; step: ApplyStep; error: AppError }
  | { status: 'submitted'; applicationId: string };

type Event = { type: 'wait' } | { type: 'save' } | { type: 'fail'; step: ApplyStep; error: AppError } | { type: 'submitted'; applicationId: string };

function reducer(phase: ApplyPhase, event: Event): ApplyPhase {
  switch (event.type) {
    case 'wait':
      return { status: 'waiting' };
    case 'save':
      return { status: 'saving' };
    case 'fail':
      return { status: 'failed', step: event.step, error: event.error };
    case 'submitted':
      return { status: 'submitted', applicationId: event.applicationId };
    default:
      return phase;
  }
}

export const isBusy = (phase: ApplyPhase) => phase.status === 'waiting' || phase.status === 'saving';

type UseApply = {
  jobId: string;
  questions: Question[];
  source: string | null;
  privacyNoticeId: string | null;
  draft: DraftStore;
  upload: ResumeUpload;
};

export function useApply({ jobId, questions, source, privacyNoticeId, draft, upload }: UseApply) {
  const [phase, dispatch] = useReducer(reducer, { status: 'idle' });
  const running = useRef(false);

  const submit = useCallback(
    async (values: ApplyFormValues) => {
      if (running.current || !values.resume) return;
      running.current = true;
      let step: ApplyStep = 'upload';
      try {
        dispatch({ type: 'wait' });
        const stored = await upload.ready();
        step = 'save';
        dispatch({ type: 'save' });
        const id = draft.attempt?.id ?? newApplicationId();
        draft.saveAttempt({ id, upload: stored });
        await submitApplication({
          id,
          jobId,
          values,
          answers: toAnswers(questions, values.answers),
          source,
          privacyNoticeId: values.consent ? privacyNoticeId : null,
          talentPool: values.consent && values.talentPool,
          resumePath: stored.path,
          resumeSize: values.resume.size,
        });
        draft.clear();
        upload.reset();
        dispatch({ type: 'submitted', applicationId: id });
      } catch (e) {
        const error = toAppError(e);
        // The grant is gone (expired, or refused at insert): a new one is asked for and the file uploaded again now.
        if (step === 'save' && (error.kind === 'expired' || error.kind === 'denied')) upload.forgetGrant();
        dispatch({ type: 'fail', step, error });
      } finally {
        running.current = false;
      }
    },
    [draft, jobId, questions, source, privacyNoticeId, upload],
  );

  return { phase, submit, busy: isBusy(phase) };
}
