// score-application end to end: a real application is scored automatically by the local stack's scheduler
// within seconds, with evidence; unreadable files fail with a reason; only recruiters of the job's org may rescore.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fixtureBytes, makeResumePdf } from '../../../scripts/make-fixtures.ts';
import { anonClient, signedInClient, sql, stack } from '../../support/clients.ts';
import { JOBS, USERS } from '../db/seed.ts';
import { newClientAddress } from '../../support/client-address.ts';
import { removedAfterAll } from '../../support/uploads.ts';
import { callFunction } from './support.ts';

const submitted = removedAfterAll();

/** The candidate's flow: sign, PUT the bytes, insert the row. Returns the application id. */
async function apply(pdf: Uint8Array, name = 'Grace Hopper'): Promise<string> {
  const signed = await callFunction('sign-upload', {
    address: newClientAddress(),
    body: { jobSlug: JOBS.backend.slug, fileSize: pdf.byteLength, contentType: 'application/pdf' },
  });
  expect(signed.status).toBe(200);
  const { path, signedUrl } = signed.json as { path: string; signedUrl: string };
  submitted.push(path);
  const put = await fetch(signedUrl, {
    method: 'PUT',
    headers: { 'content-type': 'application/pdf', apikey: stack.anonKey },
    body: new Uint8Array(pdf),
  });
  expect(put.status).toBe(200);
  const id = randomUUID();
  const { error } = await anonClient()
    .from('applications')
    .insert({ id, job_id: JOBS.backend.id, full_name: name, email: 'grace@example.test', resume_path: path, resume_size: pdf.byteLength });
  expect(error).toBeNull();
  return id;
}

async function settled(id: string, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await sql<{
      parse_status: string;
      parse_error: string | null;
      score: number | null;
      score_details: { matched: { skill: string; evidence: { page: number; snippet: string }[] }[]; missing: { skill: string }[] } | null;
      parsed: { email: string | null; name?: string | null } | null;
    }>('select parse_status, parse_error, score, score_details, parsed from public.applications where id = $1', [id]);
    if (row.parse_status !== 'pending' || Date.now() > until) return row;
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('score-application', () => {
  it('scores a new application within seconds, with evidence and parsed contact fields', async () => {
    const pdf = await makeResumePdf({
      name: 'Grace Hopper',
      email: 'grace@example.test',
      phone: '+1 555 0100',
      skillsText: 'TypeScript, Node.js, PostgreSQL, Docker, REST APIs',
      pages: 2,
    });
    const started = Date.now();
    const id = await apply(pdf);
    const row = await settled(id);
    expect(row.parse_status).toBe('done');
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(row.score).toBeGreaterThan(0);
    const matched = row.score_details!.matched.map((m) => m.skill);
    expect(matched).toEqual(expect.arrayContaining(['PostgreSQL']));
    for (const m of row.score_details!.matched) expect(m.evidence[0].page).toBeGreaterThanOrEqual(1);
    expect(row.parsed!.email).toBe('grace@example.test');
  });

  it('reads a scanned resume with OCR in Deno and scores it, each piece of evidence marked as OCR with its confidence', async () => {
    const id = await apply((await fixtureBytes())['scanned-resume.pdf'], 'Jordan Avery');
    // Cold, the function first loads the OCR engine (and on a fresh machine Deno fetches it from npm).
    const row = await settled(id, 150_000);
    expect({ status: row.parse_status, error: row.parse_error }).toEqual({ status: 'done', error: null });
    expect(row.score).toBeGreaterThan(0);
    const details = row.score_details as unknown as {
      matched: { skill: string; evidence: { source?: string; confidence?: number }[] }[];
      ocr: { pages: number[]; confidence: number };
    };
    expect(details.ocr).toMatchObject({ engine: 'tesseract.js eng', pages: [1] });
    expect(details.ocr.confidence).toBeGreaterThanOrEqual(80);
    expect(details.matched.map((m) => m.skill)).toEqual(expect.arrayContaining(['PostgreSQL']));
    for (const m of details.matched) for (const e of m.evidence) expect(e).toMatchObject({ source: 'ocr', confidence: expect.any(Number) });
    expect(row.parsed).toMatchObject({ email: 'jordan.avery@example.com', name: 'Jordan Avery', ocr: details.ocr });
  }, 180_000);

  it.each([
    ['png-renamed.pdf', 'not_pdf'],
    ['encrypted.pdf', 'encrypted'],
    ['truncated.pdf', 'unreadable'],
    ['scan.pdf', 'no_text'],
  ])('marks %s as failed with parse_error %s', async (fixture, code) => {
    const bytes = (await fixtureBytes())[fixture];
    const id = await apply(bytes);
    const row = await settled(id);
    expect({ status: row.parse_status, error: row.parse_error, score: row.score }).toEqual({ status: 'failed', error: code, score: null });
  });

  it('is idempotent and can be asked again by a recruiter of the org; Globex is told it does not exist, anon that it may not', async () => {
    const pdf = await makeResumePdf({
      name: 'Alan Turing',
      email: 'alan@example.test',
      phone: '+44 20 7946 0000',
      skillsText: 'Go, Kubernetes, PostgreSQL',
      pages: 1,
    });
    const id = await apply(pdf, 'Alan Turing');
    const first = await settled(id);
    const acme = await signedInClient(USERS.acmeRecruiter.email, USERS.acmeRecruiter.password);
    const again = await acme.functions.invoke('score-application', { body: { applicationId: id } });
    expect(again.error).toBeNull();
    expect(again.data).toMatchObject({ status: 'done', score: first.score });
    const globex = await signedInClient(USERS.globexRecruiter.email, USERS.globexRecruiter.password);
    const refused = await globex.functions.invoke('score-application', { body: { applicationId: id } });
    expect((refused.error as { context?: Response } | null)?.context?.status).toBe(404);
    const anon = await callFunction('score-application', { body: { applicationId: id } });
    expect(anon.status).toBe(403);
  });

  it('answers a caller who may not rescore an application the same whether or not it exists', async () => {
    const id = await apply(
      await makeResumePdf({ name: 'Edsger Dijkstra', email: 'edsger@example.test', phone: '+31 20 000 0000', skillsText: 'Go', pages: 1 }),
      'Edsger Dijkstra',
    );
    await settled(id);
    const bearer = async (user: { email: string; password: string }) => {
      const { data } = await (await signedInClient(user.email, user.password)).auth.getSession();
      return { authorization: `Bearer ${data.session!.access_token}` };
    };
    const ask = (applicationId: string, headers?: Record<string, string>) => callFunction('score-application', { body: { applicationId }, headers });
    const notFound = { status: 404, json: { error: { code: 'not_found', message: 'No such application.' } } };
    const forbidden = { status: 403, json: { error: { code: 'forbidden', message: 'Only recruiters of this job’s organisation can rescore it.' } } };
    const answer = ({ status, json }: Awaited<ReturnType<typeof ask>>) => ({ status, json });

    // Globex's recruiter cannot see Acme's application: it is as unknown as an id that never existed.
    const globex = await bearer(USERS.globexRecruiter);
    expect(answer(await ask(id, globex))).toEqual(notFound);
    expect(answer(await ask(randomUUID(), globex))).toEqual(notFound);
    // The anon key may rescore nothing, and is told so before anything is looked up.
    expect(answer(await ask(id))).toEqual(forbidden);
    expect(answer(await ask(randomUUID()))).toEqual(forbidden);
    // Acme's viewer already sees the application, so hearing that the role is not enough tells them nothing new.
    const viewer = await bearer(USERS.acmeViewer);
    expect(answer(await ask(id, viewer))).toEqual(forbidden);
    expect(answer(await ask(randomUUID(), viewer))).toEqual(notFound);
    // Moved to Globex's job, the same application is unknown to Acme's viewer and Globex's recruiter may rescore it.
    await sql('update public.applications set job_id = $2 where id = $1', [id, JOBS.sre.id]);
    try {
      expect(answer(await ask(id, viewer))).toEqual(notFound);
      expect(await ask(id, globex)).toMatchObject({ status: 200, json: { applicationId: id, status: 'done' } });
    } finally {
      await sql('update public.applications set job_id = $2 where id = $1', [id, JOBS.backend.id]);
    }
  });

  it('answers bad_request for a malformed id and not_found for an unknown one', async () => {
    const service = { authorization: `Bearer ${stack.serviceRoleKey}` };
    expect((await callFunction('score-application', { body: { applicationId: 'x' }, headers: service })).json.error?.code).toBe('bad_request');
    expect((await callFunction('score-application', { body: { applicationId: randomUUID() }, headers: service })).status).toBe(404);
  });

  it("editing the job's skills puts its applications back in the queue", async () => {
    const id = await apply(
      await makeResumePdf({ name: 'Ada Lovelace', email: 'ada@example.test', phone: '+44 20 0000 0000', skillsText: 'TypeScript', pages: 1 }),
      'Ada Lovelace',
    );
    await settled(id);
    await sql(`update public.jobs set skills = skills || '[{"name":"Haskell","weight":1,"required":false,"aliases":[]}]'::jsonb where id = $1`, [
      JOBS.backend.id,
    ]);
    try {
      const [{ parse_status }] = await sql<{ parse_status: string }>('select parse_status from public.applications where id = $1', [id]);
      expect(['pending', 'done']).toContain(parse_status);
      const row = await settled(id);
      expect(row.parse_status).toBe('done');
      expect(row.score_details!.missing.map((m) => m.skill)).toContain('Haskell');
    } finally {
      await sql(
        `update public.jobs set skills = (select jsonb_agg(s) from jsonb_array_elements(skills) s where s->>'name' <> 'Haskell') where id = $1`,
        [JOBS.backend.id],
      );
    }
  });
});
