// The e2e stack's inbox (Mailpit API), for journeys that follow an email: global-setup exports E2E_MAIL_URL;
// a stack started by hand (E2E_API_URL) names its own, else its API port + 3 as `npm run dev` has it.
import { mailboxAt } from '../../tests/support/mail-client.ts';

export { linksIn, type EmailMessage } from '../../tests/support/mail-client.ts';

const mailUrl = () => process.env.E2E_MAIL_URL ?? `http://127.0.0.1:${Number(process.env.E2E_API_PORT ?? 55521) + 3}`;
let current: ReturnType<typeof mailboxAt> | undefined;
/** The inbox client, built on first use (after global-setup has set the environment). */
export const mailbox = () => (current ??= mailboxAt(mailUrl()));
