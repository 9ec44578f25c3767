// The candidate's confirmation through the real flow: sign-upload's status key, the anon insert, the scheduler's
// send-emails over SMTP into the stack's inbox, and a status link in the email that opens the application.
import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { textPdf } from '../../support/pdf.ts';
import { JOBS } from '../db/seed.ts';
import { anonClient, sql, stack } from '../../support/clients.ts';
import { linksIn, mailbox } from '../../support/mailbox.ts';
import { removedAfterAll } from '../../support/uploads.ts';

const created = removedAfterAll();

it('reaches the inbox with the job, the organization and a status link that opens the application', async () => {
  const pdf = textPdf();
  const headers = { authorization: `Bearer ${stack.anonKey}`, apikey: stack.anonKey, 'content-type': 'application/json' };
  const res = await fetch(`${stack.apiUrl}/functions/v1/sign-upload`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ jobSlug: JOBS.backend.slug, fileSize: pdf.byteLength, contentType: 'application/pdf' }),
  });
  const grant = (await res.json()) as { path: string; signedUrl: string; statusKey: string };
  created.push(grant.path);
  expect((await fetch(grant.signedUrl, { method: 'PUT', headers: { 'content-type': 'application/pdf' }, body: pdf })).status).toBe(200);
  const to = `confirm-${crypto.randomUUID()}@example.test`;
  const id = crypto.randomUUID();
  const { error } = await anonClient()
    .from('applications')
    .insert({
      id,
      job_id: JOBS.backend.id,
      full_name: 'Grace <b>Hopper</b>',
      email: to,
      resume_path: grant.path,
      resume_size: pdf.byteLength,
      status_key_hash: createHash('sha256').update(grant.statusKey).digest('hex'),
    });
  expect(error).toBeNull();

  const message = await mailbox.waitForMessage(to, { timeoutMs: 20_000 });
  expect(message.Subject).toBe('We received your application for Backend Developer');
  expect(message.Text).toContain('Hi Grace,');
  expect(message.Text).toContain('at Acme');
  const [link] = linksIn(message, `/applications/${id}?key=`);
  expect(new URL(link).searchParams.get('key')).toBe(grant.statusKey);
  // The key is nowhere in the database, only its hash.
  expect(await sql(`select 1 from public.applications where status_key_hash = $1`, [grant.statusKey])).toEqual([]);
  const { data } = await anonClient().rpc('application_status', { application_id: id, status_key: new URL(link).searchParams.get('key') });
  expect(data).toMatchObject({ status: 'found', application: { jobTitle: 'Backend Developer', organizationName: 'Acme' } });
  const [row] = await sql(`select status, message_id from public.email_outbox where application_id = $1`, [id]);
  expect(row.status).toBe('sent');
  expect(`<${message.MessageID}>`).toBe(row.message_id);
});
