// The local inbox through Mailpit's REST API (the `mailpit-api` client), for conformance tests, e2e and benches:
// wait for the email a flow sends to one address, read its links. Works the same against Mailpit under `supabase start`.
import { MailpitClient, type MailpitMessageListItem, type MailpitMessageSummaryResponse } from 'mailpit-api';

export type EmailMessage = MailpitMessageSummaryResponse;
export type WaitOptions = { subject?: string | RegExp; timeoutMs?: number; /** Only messages received after this moment. */ since?: Date };

const isTo = (m: MailpitMessageListItem, to: string) => m.To.some((a) => a.Address.toLowerCase() === to.toLowerCase());
const subjectMatches = (subject: string, want: WaitOptions['subject']) =>
  want === undefined || (typeof want === 'string' ? subject.includes(want) : want.test(subject));

export function mailboxAt(baseUrl: string) {
  const client = new MailpitClient(baseUrl);

  /** Every message addressed to `to`, newest first. */
  async function messagesTo(to: string): Promise<MailpitMessageListItem[]> {
    const found = await client.searchMessages({ query: `to:"${to}"` });
    return found.messages.filter((m) => isTo(m, to));
  }

  /** Polls until an email to `to` (and with that subject, after `since`) is in the inbox; returns it in full. */
  async function waitForMessage(to: string, options: WaitOptions = {}): Promise<EmailMessage> {
    const deadline = Date.now() + (options.timeoutMs ?? 10_000);
    for (;;) {
      const hit = (await messagesTo(to)).find(
        (m) => subjectMatches(m.Subject, options.subject) && (!options.since || new Date(m.Created).getTime() >= options.since.getTime()),
      );
      if (hit) return client.getMessageSummary(hit.ID);
      if (Date.now() > deadline)
        throw new Error(
          `no email to ${to}${options.subject ? ` with subject ${String(options.subject)}` : ''} within ${options.timeoutMs ?? 10_000} ms`,
        );
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Deletes the messages to one address (or every message), so a test starts from an empty inbox for it. */
  async function clear(to?: string): Promise<void> {
    if (!to) return void (await client.deleteMessages());
    const ids = (await messagesTo(to)).map((m) => m.ID);
    if (ids.length) await client.deleteMessages({ IDs: ids });
  }

  return { client, messagesTo, waitForMessage, clear };
}

export type Mailbox = ReturnType<typeof mailboxAt>;

/** The links of an email's plain-text part (and HTML hrefs), in order; `matching` keeps the ones containing it. */
export function linksIn(message: EmailMessage, matching = ''): string[] {
  const fromText = message.Text.match(/https?:\/\/[^\s<>"')\]]+/g) ?? [];
  const fromHtml = [...message.HTML.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
  return [...new Set([...fromText, ...fromHtml])].filter((l) => l.includes(matching));
}
