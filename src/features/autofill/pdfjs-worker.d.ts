// pdf.js ships no types for its worker bundle; the autofill worker only hands its message handler to pdf.js.
declare module 'pdfjs-dist/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
