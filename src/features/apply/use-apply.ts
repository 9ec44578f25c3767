// The submission as a small state machine: sign → upload → save, each failure a plain message and a retry that
// resumes where it stopped. One application id per series of attempts, and a stored resume is never uploaded again.
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { AppError, toAppError } from '@/lib/errors';
import { signUpload } from './api/sign-upload.ts';
import { submitApplication } from './api/submit-application.ts';
import { uploadResume } from './api/upload-resume.ts';
import { checkPdf } from './check-pdf.ts';
import { fileFingerprint, type Attempt, type DraftStore, type StoredUpload } from './draft.ts';
import type { ApplyFormValues } from './schema.ts';

export type ApplyStep = 'check' | 'sign' | 'upload' | 'save';

export type ApplyPhase =
  | { status: 'idle' }
  | { status: 'signing' }
  | { status: 'uploading'; loaded: number; total: number }
  | { status: 'saving' }
  | { status: 'failed'; step: ApplyStep; error: AppError }
  | { status: 'submitted'; applicationId: string };

type Event =
  | { type: 'sign' }
  | { type: 'progress'; loaded: number; total: number }
  | { type: 'save' }
  | { type: 'fail'; step: ApplyStep; error: AppError }
  | { type: 'submitted'; applicationId: string };

function reducer(phase: ApplyPhase, event: Event): ApplyPhase {
  switch (event.type) {
    case 'sign':
      return { status: 'signing' };
    case 'progress':
      return { status: 'uploading', loaded: event.loaded, total: event.total };
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

export const isBusy = (phase: ApplyPhase) => phase.status === 'signing' || phase.status === 'uploading' || phase.status === 'saving';

/** A grant can be used again for the same file while it has a minute or more to live (the insert checks expiry too). */
const GRANT_MARGIN_MS = 60_000;
const reusable = (upload: StoredUpload | null, file: File): upload is StoredUpload =>
  !!upload && upload.fingerprint === fileFingerprint(file) && Date.parse(upload.expiresAt) - GRANT_MARGIN_MS > Date.now();

/** crypto.randomUUID needs a secure context; plain-http previews on a LAN address get the same v4 UUID by hand. */
export function newApplicationId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function useApply({ jobSlug, jobId, draft }: { jobSlug: string; jobId: string; draft: DraftStore }) {
  const [phase, dispatch] = useReducer(reducer, { status: 'idle' });
  const running = useRef(false);
  const upload = useRef<AbortController | null>(null);

  // Leaving the page mid-upload stops the upload; the draft keeps everything for next time.
  useEffect(() => () => upload.current?.abort(), []);

  const submit = useCallback(
    async (values: ApplyFormValues) => {
      const file = values.resume;
      if (running.current || !file) return;
      running.current = true;
      let step: ApplyStep = 'check';
      let attempt: Attempt = draft.attempt ?? { id: newApplicationId(), upload: null };
      const remember = (next: Attempt) => {
        attempt = next;
        draft.saveAttempt(next);
      };
      try {
        // Checked when chosen already; checked again because nothing may be sent for a file that is not a PDF.
        const check = await checkPdf(file);
        if (!check.ok) throw new AppError(check.reason === 'too_large' ? 'too_large' : 'unsupported', check.message);

        remember({ ...attempt, upload: reusable(attempt.upload, file) ? attempt.upload : null });
        let stored = attempt.upload;
        if (!stored) {
          step = 'sign';
          dispatch({ type: 'sign' });
          const grant = await signUpload({ jobSlug, fileSize: file.size });
          stored = { fingerprint: fileFingerprint(file), path: grant.path, signedUrl: grant.signedUrl, expiresAt: grant.expiresAt, uploaded: false };
          remember({ ...attempt, upload: stored });
        }
        if (!stored.uploaded) {
          step = 'upload';
          dispatch({ type: 'progress', loaded: 0, total: file.size });
          upload.current = new AbortController();
          await uploadResume({
            signedUrl: stored.signedUrl,
            file,
            signal: upload.current.signal,
            onProgress: ({ loaded, total }) => dispatch({ type: 'progress', loaded, total }),
          });
          stored = { ...stored, uploaded: true };
          remember({ ...attempt, upload: stored });
        }
        step = 'save';
        dispatch({ type: 'save' });
        await submitApplication({ id: attempt.id, jobId, values, resumePath: stored.path, resumeSize: file.size });
        draft.clear();
        dispatch({ type: 'submitted', applicationId: attempt.id });
      } catch (e) {
        const error = toAppError(e);
        // The grant is gone (expired, or refused at insert): the retry asks for a new one and uploads again.
        if (error.kind === 'expired' || (step === 'save' && error.kind === 'denied')) remember({ ...attempt, upload: null });
        dispatch({ type: 'fail', step, error });
      } finally {
        running.current = false;
        upload.current = null;
      }
    },
    [draft, jobId, jobSlug],
  );

  const cancel = useCallback(() => upload.current?.abort(), []);

  return { phase, submit, cancel, busy: isBusy(phase) };
}
