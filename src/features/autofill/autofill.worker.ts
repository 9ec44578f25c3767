// Reads a resume's contact details off the main thread with the scoring module's own extraction and parser. The
// bytes arrive by postMessage and never leave this worker: nothing goes over the network. pdf.js runs its parser
// right here (its "fake worker", handed the message handler directly), so it never needs a worker of its own.
import * as pdfjs from 'pdfjs-dist';
import { WorkerMessageHandler } from 'pdfjs-dist/build/pdf.worker.mjs';
import { extractText, parseFields, type PdfjsLike } from '@scoring';
import { detailsFrom } from './fields.ts';
import type { AutofillReply, AutofillRequest } from './protocol.ts';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = { WorkerMessageHandler };

// Contact details sit on the first pages; the page sets the real deadline (2 s) and ends this worker after it.
const READ_OPTIONS = { maxPages: 3, timeoutMs: 5_000 };

const reply = (message: AutofillReply) => postMessage(message);

addEventListener('message', (event: MessageEvent) => {
  const request = event.data as Partial<AutofillRequest> | null;
  if (request?.type !== 'autofill:read' || !(request.bytes instanceof ArrayBuffer)) return;
  extractText(new Uint8Array(request.bytes), pdfjs as unknown as PdfjsLike, { ...READ_OPTIONS, onOpen: () => reply({ type: 'autofill:opened' }) })
    .then((doc) => reply({ type: 'autofill:details', details: detailsFrom(parseFields(doc)) }))
    .catch((e: unknown) => reply({ type: 'autofill:unreadable', reason: (e as { code?: string }).code ?? 'unreadable' }));
});
