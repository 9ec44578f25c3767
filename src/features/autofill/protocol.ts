// The messages between the apply page and the autofill worker. Everything else arriving on the channel (pdf.js,
// which runs inside the worker, announces itself on it too) is ignored.
import type { ResumeDetails } from './fields.ts';

export type AutofillRequest = { type: 'autofill:read'; bytes: ArrayBuffer };
/** `opened` comes first, as soon as pdf.js has opened the file without a password; details or unreadable end the read. */
export type AutofillReply =
  { type: 'autofill:opened' } | { type: 'autofill:details'; details: ResumeDetails } | { type: 'autofill:unreadable'; reason: string };

export const isAutofillReply = (data: unknown): data is AutofillReply =>
  typeof data === 'object' && data !== null && ['autofill:opened', 'autofill:details', 'autofill:unreadable'].includes((data as AutofillReply).type);
