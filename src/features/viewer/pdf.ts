// pdf.js set up once for this chunk: the worker comes from our own origin (a hashed asset, no CDN), and fonts
// may never compile code from the PDF (isEvalSupported: false, CVE-2024-4367).
import { pdfjs } from 'react-pdf';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

export const PDF_OPTIONS = Object.freeze({ isEvalSupported: false });
