// pdf.js's worker is what a resume's first paint waits for longest (a 1.4 MB script fetched and compiled on a thread of
// its own), so it starts with the applicant page's code, before react-pdf and pdf.js have arrived, and then serves
// every resume the tab opens. Kept apart from pdf.ts so that starting it does not pull pdf.js into the page's chunk.
import { useSyncExternalStore } from 'react';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

export type PdfWorkerState = { status: 'starting' | 'ready' | 'failed'; worker: Worker };

let state: PdfWorkerState | null = null;
const listeners = new Set<() => void>();

function settle(worker: Worker, status: 'ready' | 'failed') {
  if (state?.worker !== worker || state.status !== 'starting') return;
  state = { status, worker };
  if (status === 'failed') worker.terminate();
  listeners.forEach((listener) => listener());
}

/** Starts the tab's worker, once. */
export function startPdfWorker(): void {
  if (state) return;
  const worker = new Worker(workerUrl, { type: 'module' });
  state = { status: 'starting', worker };
  // pdf.js's worker posts "ready" as soon as its script has run; what is posted to it before then waits in its queue.
  worker.addEventListener('message', () => settle(worker, 'ready'), { once: true });
  worker.addEventListener('error', () => settle(worker, 'failed'), { once: true });
  listeners.forEach((listener) => listener());
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The tab's worker as it is now (null before anything started it); re-renders when it is ready or has failed. */
export const usePdfWorker = (): PdfWorkerState | null => useSyncExternalStore(subscribe, () => state);
