// Drains email_outbox over SMTP: claims due emails under a lease, sends each with its fixed Message-ID, and records
// the outcome (sent, or back to pending with backoff, or failed for good). Service role only: hosted, pg_cron calls it
// every minute; locally the stack's scheduler does. Safe to run concurrently: a claimed email is nobody else's.
import { adminClient } from '../_shared/admin.ts';
import { requireServiceRole } from '../_shared/caller.ts';
import { compose, type ClaimedEmail } from '../_shared/email/compose.ts';
import { openTransport, smtpSettings } from '../_shared/email/smtp.ts';
import { FunctionError } from '../_shared/errors.ts';
import { endpoint, json, readJson } from '../_shared/http.ts';

const LEASE_SECONDS = 120;
const MAX_ATTEMPTS = positiveInt(Deno.env.get('EMAIL_MAX_ATTEMPTS'), 10);
const RETRY_BASE_SECONDS = positiveInt(Deno.env.get('EMAIL_RETRY_BASE_SECONDS'), 60);
const SENDABLE = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

type Outcome = 'sent' | 'pending' | 'failed' | 'lost_lease';

Deno.serve(
  endpoint(['POST'], async (req) => {
    requireServiceRole(req);
    const limit = parseLimit(await readJson(req, 1024));
    const smtp = smtpSettings();
    if (!smtp)
      throw new FunctionError('smtp_not_configured', 'Set the SMTP_HOST and SMTP_SENDER secrets (see docs/email.md); emails wait until then.');
    const admin = adminClient();
    const { data, error } = await admin.rpc('claim_outbox_emails', { max_emails: limit, lease_seconds: LEASE_SECONDS, max_attempts: MAX_ATTEMPTS });
    if (error) throw new FunctionError('storage_unavailable', `Could not claim emails: ${error.message}`);
    const claimed = data as ClaimedEmail[];
    const counts: Record<Outcome, number> = { sent: 0, pending: 0, failed: 0, lost_lease: 0 };
    if (!claimed.length) return json({ claimed: 0, ...counts });

    const transport = openTransport(smtp);
    try {
      const outcomes = await Promise.all(
        claimed.map(async (row) => {
          let subject: string | null = null;
          let failure: string | null = null;
          try {
            if (!SENDABLE.test(row.to_address)) throw new Error('This address cannot receive email.');
            const email = await compose(row);
            subject = email.subject;
            await transport.send({ ...email, to: row.to_address, messageId: row.message_id, outboxId: row.id });
          } catch (e) {
            failure = e instanceof Error ? e.message : String(e);
          }
          return finish(row, subject, failure);
        }),
      );
      for (const o of outcomes) counts[o]++;
    } finally {
      transport.close();
    }
    return json({ claimed: claimed.length, ...counts });
  }),
);

async function finish(row: ClaimedEmail, subject: string | null, failure: string | null): Promise<Outcome> {
  const { data, error } = await adminClient().rpc('finish_outbox_email', {
    email_id: row.id,
    token: row.lease_token,
    sent_subject: subject,
    error: failure,
    retry_base_seconds: RETRY_BASE_SECONDS,
    max_attempts: MAX_ATTEMPTS,
  });
  // Sent but not recorded: the lease runs out and the same Message-ID goes again (at least once, never lost).
  if (error) {
    console.error(`send-emails: could not record ${row.id}: ${error.message}`);
    return 'lost_lease';
  }
  return data as Outcome;
}

/** `{}` drains up to 50 emails; `{ limit }` up to that many (1–200). */
function parseLimit(body: unknown): number {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new FunctionError('bad_request', 'The request body must be a JSON object.');
  const { limit } = body as { limit?: unknown };
  if (limit === undefined) return 50;
  if (typeof limit !== 'number' || !Number.isSafeInteger(limit) || limit < 1 || limit > 200) {
    throw new FunctionError('bad_request', 'limit must be a whole number from 1 to 200.');
  }
  return limit;
}

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : fallback;
}
