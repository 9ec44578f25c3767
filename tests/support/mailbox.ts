// The running conformance stack's inbox (Mailpit API): `mailbox.waitForMessage(to, { subject })`.
import { inject } from 'vitest';
import { mailboxAt } from './mail-client.ts';

export { linksIn, type EmailMessage } from './mail-client.ts';
export const mailbox = mailboxAt(inject('stack').mailUrl);
