// A member's notifications through the real flow: follow through the API, a candidate applies, the scheduler's
// send-emails delivers "New application" to the member's inbox; the daily digest the same way.
import { createHash } from 'node:crypto';
import { afterAll, expect, it } from 'vitest';
import { textPdf } from '../../support/pdf.ts';
import { ACME, JOBS, USERS } from '../db/seed.ts';
import { anonClient, serviceClient, signedInClient, sql, stack } from '../../support/clients.ts';
import { linksIn, mailbox } from '../../support/mailbox.ts';
import { removedAfterAll } from '../../support/uploads.ts';

const created = removedAfterAll();
const member = USERS.acmeViewer;

afterAll(async () => {
  await sql(`delete from public.job_follows where user_id = $1`, [member.userId]);
  await sql(`update public.notification_preferences set new_applications = 'each' where org_id = $1 and user_id = $2`, [ACME, member.userId]);
});

async function candidateApplies(fullName: string): Promise<string> {
  const pdf = textPdf();
  const headers = { authorization: `Bearer ${stack.anonKey}`, apikey: stack.anonKey, 'content-type': 'application/json' };
  const res = await fetch(`${stack.apiUrl}/functions/v1/sign-upload`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ jobSlug: JOBS.frontend.slug, fileSize: pdf.byteLength, contentType: 'application/pdf' }),
  });
  const grant = (await res.json()) as { path: string; signedUrl: string; statusKey: string };
  created.push(grant.path);
  expect((await fetch(grant.signedUrl, { method: 'PUT', headers: { 'content-type': 'application/pdf' }, body: pdf })).status).toBe(200);
  const id = crypto.randomUUID();
  const { error } = await anonClient()
    .from('applications')
    .insert({
      id,
      job_id: JOBS.frontend.id,
      full_name: fullName,
      email: `notify-${id}@example.test`,
      resume_path: grant.path,
      resume_size: pdf.byteLength,
      status_key_hash: createHash('sha256').update(grant.statusKey).digest('hex'),
    });
  expect(error).toBeNull();
  return id;
}

it('a follower who chose "each" receives one email per new application, linking to it', async () => {
  const client = await signedInClient(member.email, member.password);
  const { error } = await client.from('job_follows').upsert({ job_id: JOBS.frontend.id }, { onConflict: 'job_id,user_id', ignoreDuplicates: true });
  expect(error).toBeNull();
  const since = new Date();
  const name = `Follow <b>Tester</b> ${crypto.randomUUID().slice(0, 6)}`;
  const id = await candidateApplies(name);

  const message = await mailbox.waitForMessage(member.email, { subject: 'New application for Frontend Developer', since, timeoutMs: 20_000 });
  expect(message.Text).toContain(`${name} applied for Frontend Developer at Acme.`);
  expect(message.HTML).not.toContain('<b>Tester</b>');
  expect(linksIn(message, `/dashboard/jobs/${JOBS.frontend.id}/applications/${id}`)).toHaveLength(1);
  const rows = await sql(`select status from public.email_outbox where template = 'new_application' and payload->>'applicationId' = $1`, [id]);
  expect(rows).toEqual([{ status: 'sent' }]);
});

it('a follower who chose the daily digest receives one email counting what arrived, once', async () => {
  const client = await signedInClient(member.email, member.password);
  const { data, error } = await client.from('notification_preferences').update({ new_applications: 'daily' }).eq('org_id', ACME).select();
  expect(error).toBeNull();
  expect(data).toHaveLength(1);
  // The last digest went a day ago; since then the seed's and this test's applications arrived.
  await sql(`update public.notification_preferences set last_digest_at = now() - interval '1 day' where org_id = $1 and user_id = $2`, [
    ACME,
    member.userId,
  ]);
  const since = new Date();
  await candidateApplies('Digest Tester');
  const { data: queued, error: rpcError } = await serviceClient().rpc('queue_daily_digests');
  expect(rpcError).toBeNull();
  // The scheduler's own minute tick may have queued it first; either way there is exactly one.
  expect(queued).toBeLessThanOrEqual(1);
  const digests = await sql<{ payload: { total: number; jobs: { title: string; count: number }[] } }>(
    `select payload from public.email_outbox where template = 'daily_digest' and recipient_user = $1 and created_at >= $2`,
    [member.userId, since],
  );
  expect(digests).toHaveLength(1);
  const [{ payload }] = digests;
  expect(payload.jobs).toEqual([expect.objectContaining({ title: 'Frontend Developer', count: payload.total })]);
  expect(payload.total).toBeGreaterThanOrEqual(1);

  const message = await mailbox.waitForMessage(member.email, { subject: /new applications? at Acme/, since, timeoutMs: 20_000 });
  expect(message.Subject).toBe(`${payload.total} new application${payload.total === 1 ? '' : 's'} at Acme today`);
  expect(message.Text).toContain(`Frontend Developer: ${payload.total} new`);
  expect((await serviceClient().rpc('queue_daily_digests')).data).toBe(0);
  // Nothing per application with the digest chosen.
  expect(await sql(`select 1 from public.email_outbox where template = 'new_application' and payload->>'candidateName' = 'Digest Tester'`)).toEqual(
    [],
  );
});
