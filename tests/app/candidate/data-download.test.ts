// download-application-data: the status link's id and key answer the JSON of what the candidate submitted (profile,
// answers, consent with the notice's version and time, the stage as shown to them, the emails sent to them) and a
// short-lived signed URL of their resume; nothing internal. Every way of being wrong is 404 not_found and counts as a
// failed guess, exactly as on the status page.
import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { callFunction } from '../functions/support.ts';
import { createTestOrg, type TestOrg } from '../ops/support/org.ts';
import { newClientAddress } from '../../support/client-address.ts';
import { textPdf } from '../../support/pdf.ts';
import { anonClient, serviceClient, sql } from '../../support/clients.ts';
import { failuresFor, newStatusKey, statusOf, uploadResume } from './support.ts';

const download = (body: unknown, address = newClientAddress()) => callFunction('download-application-data', { body, address });

const QUESTIONS = [
  {
    id: 'sponsorship',
    type: 'yes_no',
    label: 'Will you need visa sponsorship?',
    help: '',
    required: true,
    choices: [],
    min: null,
    max: null,
    knockout: [],
  },
  { id: 'years', type: 'number', label: 'Years of TypeScript', help: '', required: false, choices: [], min: 0, max: 50, knockout: [] },
];

let org: TestOrg;
let job: { id: string; slug: string };
let applied: { id: string; key: string; path: string; size: number };
let noticeId: string;

beforeAll(async () => {
  org = await createTestOrg('download');
  const [row] = await sql<{ id: string }>(`update public.jobs set questions = $2 where slug = $1 returning id`, [
    org.jobs.open,
    JSON.stringify(QUESTIONS),
  ]);
  job = { id: row.id, slug: org.jobs.open };
  [{ id: noticeId }] = await sql<{ id: string }>(
    `insert into public.privacy_notices (org_id, body) values ($1, 'We keep your data 180 days.') returning id`,
    [org.id],
  );
  const pdf = textPdf('Download Candidate - TypeScript');
  const { path, size } = await uploadResume(pdf, job);
  const key = newStatusKey();
  const id = randomUUID();
  const { error } = await anonClient()
    .from('applications')
    .insert({
      id,
      job_id: job.id,
      full_name: 'Dana Download',
      email: 'dana.download@example.test',
      phone: '+49 30 5550101',
      links: { linkedin: 'https://www.linkedin.com/in/dana-download' },
      cover_letter: 'I would like to join.',
      resume_path: path,
      resume_size: size,
      answers: { sponsorship: false, years: 6 },
      source: 'newsletter',
      privacy_notice_id: noticeId,
      talent_pool_consent: true,
      status_key_hash: createHash('sha256').update(key).digest('hex'),
    });
  expect(error).toBeNull();
  applied = { id, key, path, size };
  // Internal things the download must never show.
  await sql(`update public.applications set score = 87, parsed = '{"skills":["secret-skill"]}', stage = 'interview' where id = $1`, [id]);
  await sql(
    `insert into public.notes (application_id, author, body) select $1, m.user_id, 'internal-note-text' from public.memberships m where m.org_id = $2 limit 1`,
    [id, org.id],
  );
  // The confirmation email goes out through the real outbox (the stack's scheduler runs send-emails).
  await vi.waitFor(
    async () => {
      const [mail] = await sql<{ status: string }>(`select status from public.email_outbox where application_id = $1`, [id]);
      expect(mail?.status).toBe('sent');
    },
    { timeout: 30_000, interval: 250 },
  );
}, 90_000);
afterAll(() => org?.remove());

describe('with the right link', () => {
  it('answers what the candidate submitted, as they were shown it, and nothing internal', async () => {
    const answer = await download({ applicationId: applied.id, key: applied.key });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({
      exportedAt: expect.any(String),
      application: {
        id: applied.id,
        reference: applied.id.slice(0, 8).toUpperCase(),
        jobTitle: job.slug,
        stage: 'interviewing',
        source: 'newsletter',
        withdrawnAt: null,
        appliedAt: expect.any(String),
      },
      profile: {
        fullName: 'Dana Download',
        email: 'dana.download@example.test',
        phone: '+49 30 5550101',
        links: { linkedin: 'https://www.linkedin.com/in/dana-download' },
        coverLetter: 'I would like to join.',
      },
      answers: [
        { question: 'Will you need visa sponsorship?', answer: false },
        { question: 'Years of TypeScript', answer: 6 },
      ],
      consent: { privacyNotice: { version: 1, text: 'We keep your data 180 days.', url: null }, consentedAt: expect.any(String), otherRoles: true },
      emails: [{ kind: 'received', subject: expect.stringContaining(job.slug), to: 'dana.download@example.test', sentAt: expect.any(String) }],
      resume: { sizeBytes: applied.size, downloadUrl: expect.any(String), expiresAt: expect.any(String) },
    });
    const [stored] = await sql<{ privacy_consent_at: Date }>('select privacy_consent_at from public.applications where id = $1', [applied.id]);
    const { consentedAt } = answer.json.consent as { consentedAt: string };
    expect(new Date(consentedAt).getTime()).toBe(stored.privacy_consent_at.getTime());
    expect(JSON.stringify(answer.json)).not.toMatch(/internal-note-text|secret-skill|"interview"|resumePath|status_?key|"score"|"parsed"/i);
  });

  it('gives a resume URL that downloads the very PDF, for a few minutes only', async () => {
    const answer = await download({ applicationId: applied.id, key: applied.key });
    const { downloadUrl, expiresAt } = answer.json.resume as { downloadUrl: string; expiresAt: string };
    const ttl = new Date(expiresAt).getTime() - Date.now();
    expect(ttl).toBeGreaterThan(60_000);
    expect(ttl).toBeLessThanOrEqual(5 * 60_000);
    const res = await fetch(downloadUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/pdf');
    expect(res.headers.get('content-disposition')).toContain(`resume-${applied.id.slice(0, 8).toUpperCase()}.pdf`);
    const bytes = Buffer.from(await res.arrayBuffer());
    const { data: stored } = await serviceClient().storage.from('resumes').download(applied.path);
    expect(bytes.equals(Buffer.from(await stored!.arrayBuffer()))).toBe(true);
  });

  it('records no failure and leaves the status page as it was', async () => {
    await download({ applicationId: applied.id, key: applied.key });
    expect(await failuresFor(applied.id)).toBe(0);
    expect((await statusOf(applied)).body).toMatchObject({ status: 'found', application: { stage: 'interviewing' } });
  });
});

describe('with a wrong link', () => {
  it.each([
    ['a wrong key', () => ({ applicationId: applied.id, key: newStatusKey() })],
    ['an unknown id', () => ({ applicationId: randomUUID(), key: applied.key })],
    ['a key of the wrong shape', () => ({ applicationId: applied.id, key: 'short' })],
    ['an id that is not a uuid', () => ({ applicationId: 'ABCD1234', key: applied.key })],
  ])('%s answers 404 not_found, counted as a failed guess', async (_, body) => {
    const request = body();
    const before = await failuresFor(request.applicationId);
    const answer = await download(request);
    expect(answer.status).toBe(404);
    expect(answer.json.error).toEqual({ code: 'not_found', message: expect.stringMatching(/does not match an application/) });
    expect(JSON.stringify(answer.json)).not.toMatch(/Dana|resume/i);
    expect(await failuresFor(request.applicationId)).toBe(before + 1);
  });

  it.each([
    ['no body fields', {}],
    ['a key that is not text', { applicationId: randomUUID(), key: 42 }],
    ['an array', []],
  ])('%s answers 400 bad_request', async (_, body) => {
    const answer = await download(body);
    expect(answer.status).toBe(400);
    expect(answer.json.error?.code).toBe('bad_request');
  });

  it('is refused with 429 once the id has had its failed guesses, even with the right key then', async () => {
    const target = randomUUID();
    const address = newClientAddress();
    await sql(`insert into public.status_access_failures (application_ref, client_key_hash) select $1, 'x' from generate_series(1, 10)`, [target]);
    const answer = await download({ applicationId: target, key: newStatusKey() }, address);
    expect(answer.status).toBe(429);
    expect(answer.json.error?.code).toBe('rate_limited');
    expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('refuses GET', async () => {
    const answer = await callFunction('download-application-data', { method: 'GET' });
    expect(answer.status).toBe(405);
  });
});

describe('after a withdrawal', () => {
  it('still answers the data, and says the resume is no longer stored once it is deleted', async () => {
    const { path, size } = await uploadResume(textPdf(), { slug: org.jobs.other });
    const [{ id: otherJob }] = await sql<{ id: string }>('select id from public.jobs where slug = $1', [org.jobs.other]);
    const key = newStatusKey();
    const id = randomUUID();
    const { error } = await anonClient()
      .from('applications')
      .insert({
        id,
        job_id: otherJob,
        full_name: 'Wanda Withdrawn',
        email: 'wanda@example.test',
        resume_path: path,
        resume_size: size,
        privacy_notice_id: noticeId,
        status_key_hash: createHash('sha256').update(key).digest('hex'),
      });
    expect(error).toBeNull();
    await sql('update public.applications set withdrawn_at = now() where id = $1', [id]);
    await serviceClient().storage.from('resumes').remove([path]);
    const answer = await download({ applicationId: id, key });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({
      application: { stage: 'closed', withdrawnAt: expect.any(String) },
      profile: { fullName: 'Wanda Withdrawn' },
      resume: { sizeBytes: size, downloadUrl: null, note: expect.stringMatching(/no longer stored/) },
    });
  });
});
