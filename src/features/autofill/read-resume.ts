// Runs the autofill worker on one file, within a deadline. The worker (pdf.js and the parser, several hundred KB) is
// its own chunk, loaded when the candidate starts on the form (prepareAutofill) or picks a resume; the apply page's bundle never holds it. Whatever
// happens (no worker support, an unreadable or image-only PDF, a slow device) the answer is an outcome, never a throw.
import { fileBytes } from '@/lib/file-bytes';
import type { ResumeDetails } from './fields.ts';
import { isAutofillReply, type AutofillRequest } from './protocol.ts';

/** How long autofill waits for pdf.js to open the picked file; once it has, the read gets the worker's own limit. */
export const AUTOFILL_DEADLINE_MS = 2_000;
/** How long the apply page's password check waits for pdf.js to open the file before letting it through unchecked. */
export const INSPECT_DEADLINE_MS = 3_000;
// The worker's own limit (READ_OPTIONS.timeoutMs); a read still running after it is ended.
const READ_LIMIT_MS = 5_000;

const startWorker = () => new Worker(new URL('./autofill.worker.ts', import.meta.url), { type: 'module', name: 'resume-autofill' });

// A worker started ahead of the first read, while the candidate fills in the form, so that picking a resume finds
// pdf.js downloaded and compiled. Only the first read uses it; later ones start their own (from the HTTP cache).
let prepared = false;
let spare: Worker | undefined;
let spareFailed = false;

/** Starts loading the reader in the background, once; harmless where module workers are missing. */
export function prepareAutofill(): void {
  if (prepared || typeof Worker === 'undefined') return;
  prepared = true;
  try {
    spare = startWorker();
    spare.addEventListener('error', () => (spareFailed = true), { once: true });
  } catch {
    // No module workers here: readResume says 'unreadable' when it is asked.
  }
}

function takeWorker(): Worker {
  prepared = true;
  const worker = spare;
  spare = undefined;
  if (worker && !spareFailed) return worker;
  worker?.terminate();
  return startWorker();
}

/** Why pdf.js could not read a file: 'encrypted' (a password), 'no_text' (a scan), or anything else. */
export type ReadOutcome =
  { status: 'read'; details: ResumeDetails } | { status: 'unreadable'; reason?: string } | { status: 'timeout' } | { status: 'cancelled' };

// One read per file, shared by autofill and the readability checks, so a picked resume is parsed once. `opened`
// settles first (pdf.js opened it, or the read ended without opening it); `read` when the text is in.
type Read = { opened: Promise<ReadOutcome | 'opened'>; read: Promise<ReadOutcome> };
const reads = new WeakMap<File, Read>();

function readOnce(file: File): Read {
  const known = reads.get(file);
  if (known) return known;
  let markOpened: (outcome: ReadOutcome | 'opened') => void = () => undefined;
  const opened = new Promise<ReadOutcome | 'opened'>((resolve) => (markOpened = resolve));
  const read = new Promise<ReadOutcome>((resolve) => {
    let worker: Worker | undefined;
    let done = false;
    const finish = (outcome: ReadOutcome) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      // Ending the worker also ends a read still running past the limit.
      worker?.terminate();
      markOpened(outcome);
      resolve(outcome);
    };
    const timer = setTimeout(() => finish({ status: 'timeout' }), READ_LIMIT_MS);
    try {
      worker = takeWorker();
    } catch {
      return finish({ status: 'unreadable' });
    }
    worker.addEventListener('message', (event: MessageEvent) => {
      const reply: unknown = event.data;
      if (!isAutofillReply(reply)) return;
      if (reply.type === 'autofill:opened') return markOpened('opened');
      finish(reply.type === 'autofill:details' ? { status: 'read', details: reply.details } : { status: 'unreadable', reason: reply.reason });
    });
    worker.addEventListener('error', () => finish({ status: 'unreadable' }));
    // Copied, not transferred: the same bytes (read once, fileBytes) are being uploaded meanwhile.
    fileBytes(file)
      .then((bytes) => {
        if (done) return;
        const request: AutofillRequest = { type: 'autofill:read', bytes };
        worker?.postMessage(request);
      })
      .catch(() => finish({ status: 'unreadable' }));
  });
  const entry = { opened, read };
  reads.set(file, entry);
  return entry;
}

export function readResume(
  file: File,
  { deadlineMs = AUTOFILL_DEADLINE_MS, signal }: { deadlineMs?: number; signal?: AbortSignal } = {},
): Promise<ReadOutcome> {
  if (signal?.aborted) return Promise.resolve({ status: 'cancelled' });
  return new Promise((resolve) => {
    const finish = (outcome: ReadOutcome) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    const onAbort = () => finish({ status: 'cancelled' });
    const timer = setTimeout(() => finish({ status: 'timeout' }), deadlineMs);
    signal?.addEventListener('abort', onAbort);
    const { opened, read } = readOnce(file);
    // The deadline is for getting the reader going; once pdf.js has the file open (and the upload is running beside
    // it, sharing the device) the text follows within the worker's own limit.
    void opened.then((outcome) => outcome === 'opened' && clearTimeout(timer));
    void read.then(finish);
  });
}

/** What the apply page must know before uploading: 'locked' (a password), 'scan' (no text layer), or 'ok' (read, or not known in time). */
export type ResumeReadability = 'ok' | 'locked' | 'scan';

export async function inspectResume(file: File, deadlineMs = INSPECT_DEADLINE_MS): Promise<ResumeReadability> {
  if (typeof Worker === 'undefined') return 'ok';
  const outcome = await readResume(file, { deadlineMs });
  if (outcome.status !== 'unreadable') return 'ok';
  return outcome.reason === 'encrypted' ? 'locked' : outcome.reason === 'no_text' ? 'scan' : 'ok';
}

/** Whether pdf.js opens the file without a password, answered as soon as it has opened it (the text is read after). */
export function openResume(file: File, deadlineMs = INSPECT_DEADLINE_MS): Promise<'ok' | 'locked'> {
  if (typeof Worker === 'undefined') return Promise.resolve('ok');
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('ok'), deadlineMs);
    void readOnce(file).opened.then((outcome) => {
      clearTimeout(timer);
      resolve(outcome !== 'opened' && outcome.status === 'unreadable' && outcome.reason === 'encrypted' ? 'locked' : 'ok');
    });
  });
}
