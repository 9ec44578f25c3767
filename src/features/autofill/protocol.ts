// The messages between the apply page and the autofill worker. Everything else arriving on the channel (pdf.js,
// which runs inside the worker, announces itself on it too) is ignored.
import type { ResumeDetails } from './fields.ts';

export type AutofillRequest = { type: 'autofill:read'; bytes: ArrayBuffer };
export type AutofillReply = { type: 'autofill:details'; details: ResumeDetails } | { type: 'autofill:unreadable'; reason: string };

export const isAutofillReply = (data: unknown): data is AutofillReply =>
  typeof data === 'object' &&
  data !== null &&
  ((data as AutofillReply).type === 'autofill:details' || (data as AutofillReply).type === 'autofill:unreadable');
