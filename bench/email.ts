// Email (`npm run bench -- email`): how fast send-emails drains the outbox to the local SMTP server, and how long a
// candidate waits from the application insert to the confirmation in the inbox with the scheduler every second.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { JOBS } from '../tests/app/db/seed.ts';
import { submitApplication } from '../e2e/support/candidate.ts';
import { mailboxAt } from '../tests/support/mail-client.ts';
import { serviceHeaders, withBenchStack } from './bench-stack.ts';
import type { Figure } from './figures.ts';
import { percentile } from './stats.ts';

const DRAIN_EMAILS = 200;
const CONFIRMATIONS = 5;

async function query(dbUrl: string, text: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

async function drainThroughput(): Promise<Figure> {
  return withBenchStack('email-drain', async (stack) => {
    // One application (written as postgres: no confirmation of its own) and 200 waiting rejection emails to it.
    const id = randomUUID();
    await query(
      stack.dbUrl,
      `insert into public.applications (id, job_id, full_name, email, resume_path, resume_size) values ($1, $2, 'Bench Candidate', 'bench@example.test', $3, 1000)`,
      [id, JOBS.backend.id, `${JOBS.backend.slug}/${id}.pdf`],
    );
    await query(
      stack.dbUrl,
      `insert into public.email_outbox (org_id, application_id, template, to_address)
       select j.org_id, $1, 'rejection', 'bench-' || g || '@example.test' from public.jobs j, generate_series(1, $3::int) g where j.id = $2`,
      [id, JOBS.backend.id, DRAIN_EMAILS],
    );
    const started = performance.now();
    for (let sent = 0; sent < DRAIN_EMAILS;) {
      const res = await fetch(`${stack.apiUrl}/functions/v1/send-emails`, {
        method: 'POST',
        headers: { ...serviceHeaders, 'content-type': 'application/json' },
        body: JSON.stringify({ limit: 200 }),
      });
      const body = (await res.json()) as { claimed: number; sent: number };
      if (!res.ok || body.claimed === 0) throw new Error(`send-emails answered ${res.status}: ${JSON.stringify(body)} after ${sent} sent`);
      sent += body.sent;
    }
    const seconds = (performance.now() - started) / 1000;
    const inbox = await mailboxAt(stack.mailUrl).client.listMessages(0, 1);
    if (inbox.messages_count < DRAIN_EMAILS) throw new Error(`only ${inbox.messages_count} of ${DRAIN_EMAILS} emails reached the inbox`);
    return {
      group: 'email',
      name: `outbox drain to the local SMTP server (${DRAIN_EMAILS} emails, limit 200 per call)`,
      value: DRAIN_EMAILS / seconds,
      unit: 'emails/s',
      note: `${seconds.toFixed(2)} s from the first send-emails call until all ${DRAIN_EMAILS} were recorded sent; rendering, SMTP and the outcome per email`,
    };
  });
}

async function insertToInbox(): Promise<Figure> {
  return withBenchStack(
    'email-latency',
    async (stack) => {
      const mailbox = mailboxAt(stack.mailUrl);
      const samples: number[] = [];
      for (let i = 0; i < CONFIRMATIONS; i++) {
        const submitted = await submitApplication(stack.apiUrl, {
          jobSlug: JOBS.backend.slug,
          jobId: JOBS.backend.id,
          fullName: `Bench ${'abcde'[i]} Latency`,
        });
        const inserted = performance.now();
        await mailbox.waitForMessage(submitted.email, { subject: 'We received your application', timeoutMs: 30_000 });
        samples.push(performance.now() - inserted);
      }
      return {
        group: 'email',
        name: 'application insert → confirmation in the inbox (scheduler every 1 s)',
        value: percentile(samples, 50),
        unit: 'ms',
        goal: { max: 3000 },
        note: `median of ${CONFIRMATIONS}; max ${Math.round(Math.max(...samples))} ms; the scheduler runs send-emails every second when something is due`,
      };
    },
    { STACK_EMAIL_INTERVAL_MS: '1000' },
    { scheduler: true },
  );
}

export async function benchEmail(): Promise<Figure[]> {
  return [await drainThroughput(), await insertToInbox()];
}
