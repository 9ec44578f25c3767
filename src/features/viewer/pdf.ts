// pdf.js set up once for this chunk: the worker comes from our own origin (a hashed asset, no CDN), and fonts
// may never compile code from the PDF (isEvalSupported: false, CVE-2024-4367).
import { pdfjs } from 'react-pdf';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { startPdfWorker, type PdfWorkerState } from './pdf-worker.ts';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
startPdfWorker(); // usually the page has started it already

type PdfOptions = Readonly<{ isEvalSupported: false; worker?: InstanceType<typeof pdfjs.PDFWorker> }>;

/** Without the shared worker (it could not load): pdf.js starts one per document, or runs on the main thread. */
const OWN_WORKER: PdfOptions = Object.freeze({ isEvalSupported: false });
const shared = new WeakMap<Worker, PdfOptions>();

/**
 * getDocument's options for the tab's worker (null before anything started it). Every document shares it: pdf.js
 * destroys only the workers it created itself, so closing one resume leaves the worker for the next. A document may
 * be sent to it while it is still starting (the request waits in its queue); should it fail to load, the options change
 * and react-pdf loads the document again without it.
 */
export function pdfOptions(worker: PdfWorkerState | null): PdfOptions | null {
  if (!worker) return null;
  if (worker.status === 'failed') return OWN_WORKER;
  let options = shared.get(worker.worker);
  if (!options) {
    options = Object.freeze({
      isEvalSupported: false,
      worker: new pdfjs.PDFWorker({ port: worker.worker as never /* typed null in pdf.js's d.ts; the code wants the Worker */ }),
    });
    shared.set(worker.worker, options);
  }
  return options;
}
