// The resume's upload, started the moment a picked file passes the browser's checks: sign → PUT, in the background
// while the candidate types, so Submit only has to write the row. One store per job for the page's lifetime, so
// going Back to the job description and Forward again finds the upload still running (or done), not lost.
import { AppError, toAppError } from '@/lib/errors';
import { fileBytes } from '@/lib/file-bytes';
import { preflightNow } from '@/lib/public-api';
import { signUpload } from './api/sign-upload.ts';
import { uploadResume } from './api/upload-resume.ts';
import { newApplicationId } from './application-id.ts';
import { draftStore, fileFingerprint, type DraftStore, type StoredUpload } from './draft.ts';

/** What the form knows of the chosen resume; the File itself may be gone (a reload after it was uploaded). */
export type ChosenResume = { name: string; size: number; fingerprint: string };

export type UploadStep = 'sign' | 'upload';

export type ResumeUploadState =
  /** `lost`: the name of a resume whose upload a reload cut short; the File is gone, so it has to be chosen again. */
  | { status: 'none'; lost?: string }
  /** pdf.js is still looking for a password (the dropzone says so); nothing is sent before it has. */
  | { status: 'checking'; resume: ChosenResume }
  | { status: 'signing'; resume: ChosenResume }
  | { status: 'uploading'; resume: ChosenResume; loaded: number; total: number }
  | { status: 'retrying'; resume: ChosenResume; step: UploadStep; error: AppError }
  | { status: 'uploaded'; resume: ChosenResume; upload: StoredUpload }
  | { status: 'failed'; resume: ChosenResume; step: UploadStep; error: AppError };

export const isUploading = (s: ResumeUploadState) =>
  s.status === 'checking' || s.status === 'signing' || s.status === 'uploading' || s.status === 'retrying';

/** A grant is used again while it has a minute or more to live (the insert checks expiry too). */
const GRANT_MARGIN_MS = 60_000;
const fresh = (upload: StoredUpload) => Date.parse(upload.expiresAt) - GRANT_MARGIN_MS > Date.now();

/** Automatic retries of a connection or server hiccup before the form says the upload failed. */
const RETRY_DELAYS_MS = [1_000, 3_000];
const transient = (e: AppError) => e.kind === 'network' || e.kind === 'offline' || e.kind === 'unavailable' || e.kind === 'unknown';

/** `readable`: the browser's pdf.js verdict (no password); a locked file is refused there and never uploaded. */
type Picked = { file: File; readable: Promise<boolean>; resume: ChosenResume };

export class ResumeUpload {
  private state: ResumeUploadState;
  private readonly listeners = new Set<() => void>();
  private picked: Picked | null = null;
  private running: { controller: AbortController; done: Promise<StoredUpload> } | null = null;

  constructor(
    private readonly jobSlug: string,
    private readonly draft: DraftStore,
  ) {
    // A resume uploaded before a reload still counts, while its grant lives: the form shows it and Submit uses it.
    const stored = draft.attempt?.upload;
    this.state =
      stored?.uploaded && fresh(stored) && stored.fileName && stored.fileSize
        ? { status: 'uploaded', resume: { name: stored.fileName, size: stored.fileSize, fingerprint: stored.fingerprint }, upload: stored }
        : { status: 'none', lost: stored?.fileName };
  }

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = () => this.state;

  /** The chosen resume, or null. */
  chosen(): ChosenResume | null {
    return this.state.status === 'none' ? null : this.state.resume;
  }

  private set(next: ResumeUploadState) {
    this.state = next;
    for (const listener of this.listeners) listener();
  }

  /** A new file passed the checks: whatever ran for the previous one stops, and this one starts uploading. */
  pick(file: File, readable: Promise<boolean>) {
    this.abort();
    this.picked = { file, readable, resume: { name: file.name, size: file.size, fingerprint: fileFingerprint(file) } };
    void this.start().catch(() => undefined);
  }

  /** The resume was removed: its upload stops; an object already stored is swept with its unused grant. */
  remove() {
    this.abort();
    this.picked = null;
    this.saveUpload(null);
    this.set({ status: 'none' });
  }

  /** Cancel upload: the file stays chosen, nothing is sent until the candidate uploads again or submits. */
  cancel() {
    if (!this.running) return;
    this.abort();
    if (this.picked) this.set({ status: 'failed', resume: this.picked.resume, step: 'upload', error: new AppError('cancelled') });
  }

  /** Upload again after a failure or a cancel (the same grant while it lives). */
  retry(): Promise<StoredUpload> {
    return this.start();
  }

  /** What Submit waits for: the stored upload, the one still running, or a fresh try of one that failed. */
  ready(): Promise<StoredUpload> {
    if (this.state.status === 'uploaded' && fresh(this.state.upload)) return Promise.resolve(this.state.upload);
    if (this.running) return this.running.done;
    return this.start();
  }

  /** The insert refused the grant (expired, or spent elsewhere): sign and upload again at once, for the retry. */
  forgetGrant() {
    this.saveUpload(null);
    void this.start().catch(() => undefined);
  }

  /** The application is in: the next form for this job starts empty. */
  reset() {
    this.abort();
    this.picked = null;
    this.set({ status: 'none' });
  }

  private abort() {
    this.running?.controller.abort();
    this.running = null;
  }

  private start(): Promise<StoredUpload> {
    const picked = this.picked;
    if (!picked) {
      const error = new AppError('expired', 'Choose your resume again: the upload from before the page was reloaded has expired.');
      if (this.state.status !== 'none') this.set({ status: 'failed', resume: this.state.resume, step: 'upload', error });
      return Promise.reject(error);
    }
    this.abort();
    const controller = new AbortController();
    const done = this.upload(picked, controller.signal).finally(() => {
      if (this.running?.controller === controller) this.running = null;
    });
    this.running = { controller, done };
    return done;
  }

  private async upload(picked: Picked, signal: AbortSignal): Promise<StoredUpload> {
    const { resume } = picked;
    this.set({ status: 'checking', resume });
    if (!(await picked.readable) || signal.aborted) {
      // Refused by the check (the dropzone says why and clears the field), or replaced meanwhile.
      if (!signal.aborted) this.remove();
      throw new AppError('cancelled');
    }
    const bytes = await fileBytes(picked.file);
    let step: UploadStep = 'sign';
    for (let attempt = 0; ; attempt++) {
      try {
        const previous = this.draft.attempt?.upload;
        let stored = previous && previous.fingerprint === resume.fingerprint && fresh(previous) ? previous : null;
        if (!stored) {
          step = 'sign';
          this.set({ status: 'signing', resume });
          const grant = await signUpload({ jobSlug: this.jobSlug, fileSize: resume.size });
          if (signal.aborted) throw new AppError('cancelled');
          stored = {
            fingerprint: resume.fingerprint,
            path: grant.path,
            signedUrl: grant.signedUrl,
            expiresAt: grant.expiresAt,
            uploaded: false,
            fileName: resume.name,
            fileSize: resume.size,
          };
          this.saveUpload(stored);
        }
        if (!stored.uploaded) {
          step = 'upload';
          this.set({ status: 'uploading', resume, loaded: 0, total: resume.size });
          await uploadResume({
            signedUrl: stored.signedUrl,
            bytes,
            signal,
            onProgress: ({ loaded, total }) => {
              if (!signal.aborted) this.set({ status: 'uploading', resume, loaded, total });
            },
          });
          stored = { ...stored, uploaded: true };
          this.saveUpload(stored);
        }
        if (!signal.aborted) this.set({ status: 'uploaded', resume, upload: stored });
        return stored;
      } catch (e) {
        const error = toAppError(e);
        if (signal.aborted) throw new AppError('cancelled');
        if (error.kind === 'expired') this.saveUpload(null);
        if (!transient(error) || attempt >= RETRY_DELAYS_MS.length) {
          this.set({ status: 'failed', resume, step, error });
          throw error;
        }
        this.set({ status: 'retrying', resume, step, error });
        await waitToRetry(RETRY_DELAYS_MS[attempt], signal);
        if (signal.aborted) throw new AppError('cancelled');
      }
    }
  }

  private saveUpload(upload: StoredUpload | null) {
    this.draft.saveAttempt({ id: this.draft.attempt?.id ?? newApplicationId(), upload });
  }
}

/** Waits before an automatic retry; offline, until the browser is back online (or the wait is cut short). */
function waitToRetry(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      window.removeEventListener('online', done);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    const timer = offline ? undefined : setTimeout(done, ms);
    if (offline) window.addEventListener('online', done);
    signal.addEventListener('abort', done);
  });
}

const uploads = new Map<string, ResumeUpload>();

/** The one upload store of a job's form (kept across the form unmounting, so in-app navigation does not stop it). */
export function resumeUpload(jobSlug: string): ResumeUpload {
  let store = uploads.get(jobSlug);
  if (!store) {
    uploads.set(jobSlug, (store = new ResumeUpload(jobSlug, draftStore(jobSlug))));
    // The form's two cross-origin calls get their CORS preflight now, so neither costs an extra round trip later.
    preflightNow('/functions/v1/sign-upload');
    preflightNow('/rest/v1/applications', { prefer: 'return=minimal' });
  }
  return store;
}
