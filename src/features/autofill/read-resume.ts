// Runs the autofill worker on one file, within a deadline. The worker (pdf.js and the parser, several hundred KB) is
// its own chunk, downloaded the first time a resume is picked; the apply page's bundle never holds it. Whatever
// happens (no worker support, an unreadable or image-only PDF, a slow device) the answer is an outcome, never a throw.
import type { ResumeDetails } from './fields.ts';
import { isAutofillReply, type AutofillRequest } from './protocol.ts';

export const AUTOFILL_DEADLINE_MS = 2_000;

export type ReadOutcome = { status: 'read'; details: ResumeDetails } | { status: 'unreadable' } | { status: 'timeout' } | { status: 'cancelled' };

export function readResume(file: File, { deadlineMs = AUTOFILL_DEADLINE_MS, signal }: { deadlineMs?: number; signal?: AbortSignal } = {}): Promise<ReadOutcome> {
  return new Promise((resolve) => {
    let worker: Worker | undefined;
    let done = false;
    const finish = (outcome: ReadOutcome) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      // Ending the worker also ends a read still running past the deadline.
      worker?.terminate();
      resolve(outcome);
    };
    const onAbort = () => finish({ status: 'cancelled' });
    const timer = setTimeout(() => finish({ status: 'timeout' }), deadlineMs);
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort);

    try {
      worker = new Worker(new URL('./autofill.worker.ts', import.meta.url), { type: 'module', name: 'resume-autofill' });
    } catch {
      return finish({ status: 'unreadable' });
    }
    worker.addEventListener('message', (event: MessageEvent) => {
      const reply: unknown = event.data;
      if (!isAutofillReply(reply)) return;
      finish(reply.type === 'autofill:details' ? { status: 'read', details: reply.details } : { status: 'unreadable' });
    });
    worker.addEventListener('error', () => finish({ status: 'unreadable' }));
    file
      .arrayBuffer()
      .then((bytes) => {
        if (done) return;
        const request: AutofillRequest = { type: 'autofill:read', bytes };
        worker?.postMessage(request, [bytes]);
      })
      .catch(() => finish({ status: 'unreadable' }));
  });
}
