// Abuse limits: sign-upload's per-client rate limit holds under a concurrent burst and follows its settings; the
// resumes bucket never keeps more than its 5 MiB limit, however the bytes arrive (exact, over, chunked, multipart,
// a Content-Length that lies, a grant that declared less). The figures feed docs/reliability.md's limits table.
import net from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOBS } from '../app/db/seed.ts';
import { newClientAddress } from '../support/client-address.ts';
import { pdfOfSize } from '../support/pdf.ts';
import { sql, stack } from '../support/clients.ts';
import { newCandidate, signUpload, type Grant } from './support/apply-flow.ts';
import { granted, send, sendRaw, type Given } from './support/catalogue.ts';
import { bucketDir, filesOnDisk } from './support/footprint.ts';
import { ownStackFor } from './support/own-stack.ts';
import { tally } from './support/tally.ts';

const figures = tally('abuse');
const MiB = 1024 * 1024;
const LIMIT = 5 * MiB;
const signedPath = (g: Given) => `/storage/v1/object/upload/sign/resumes/${g.grant.path}?token=${g.grant.token}`;
const storedSize = async (p: string) =>
  (await sql<{ size: string }>(`select metadata->>'size' as size from storage.objects where bucket_id = 'resumes' and name = $1`, [p]))[0]?.size;
const grantRequest = { jobSlug: JOBS.backend.slug, fileSize: 2048, contentType: 'application/pdf' };

describe('sign-upload rate limit (20 grants per client per 10 minutes by default)', () => {
  // The 21st sequential request is tests/app/functions/sign-upload.test.ts ("answers 429 rate_limited … 21st grant").
  // Every request of the burst forges a different X-Forwarded-For, as an attacker rotating it would: only the hop
  // the gateway appends (the real peer) names the client, so the forgeries buy nothing.
  const address = newClientAddress();
  let answers: Awaited<ReturnType<typeof send>>[];
  beforeAll(async () => {
    answers = await Promise.all(
      Array.from({ length: 30 }, () =>
        send('/functions/v1/sign-upload', { method: 'POST', from: address, headers: { 'x-forwarded-for': newClientAddress() }, body: grantRequest }),
      ),
    );
  });
  afterAll(async () => {
    const paths = answers.flatMap((a) => (a.status === 200 ? [(a.json as Grant).path] : []));
    await sql('delete from public.upload_grants where path = any($1)', [paths]);
  });

  it('a burst of 30 concurrent requests from one client, each with a forged X-Forwarded-For, gets exactly 20 grants', () => {
    expect(answers.map((a) => a.status).sort()).toEqual([...Array(20).fill(200), ...Array(10).fill(429)]);
    figures.rateLimitPerClient = answers.filter((a) => a.status === 200).length;
  });

  it('the other 10 get 429 rate_limited with a Retry-After within the window', () => {
    const limited = answers.filter((a) => a.status !== 200);
    expect(limited.map((a) => [a.status, (a.json as { error: { code: string } }).error.code])).toEqual(Array(10).fill([429, 'rate_limited']));
    const waits = limited.map((a) => Number(a.headers['retry-after']));
    expect(waits.every((s) => s > 0 && s <= 600)).toBe(true);
    figures.retryAfterSeconds = Math.max(...waits);
  });

  it('another client is not held back by it, even one forging the limited address', async () => {
    const other = await send('/functions/v1/sign-upload', {
      method: 'POST',
      from: newClientAddress(),
      headers: { 'x-forwarded-for': address },
      body: grantRequest,
    });
    expect(other.status).toBe(200);
    await sql('delete from public.upload_grants where path = $1', [(other.json as Grant).path]);
  });
});

describe('the rate limit follows SIGN_UPLOAD_RATE_LIMIT and SIGN_UPLOAD_RATE_WINDOW_SECONDS', () => {
  const own = ownStackFor('abuse', { SIGN_UPLOAD_RATE_LIMIT: '3', SIGN_UPLOAD_RATE_WINDOW_SECONDS: '2' }, { noScheduler: true });

  it('3 grants, the 4th refused, and one more once the window has passed', async () => {
    const candidate = newCandidate(JOBS.backend, pdfOfSize(2048), 1, newClientAddress());
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await signUpload(own.api, candidate)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    await new Promise((r) => setTimeout(r, 2_100));
    expect((await signUpload(own.api, candidate)).status).toBe(200);
  });
});

describe('the bucket never keeps more than 5 MiB', () => {
  it('takes exactly 5 MiB', async () => {
    const g = await granted(pdfOfSize(LIMIT));
    expect(await storedSize(g.grant.path)).toBe(String(LIMIT));
    figures.bucketLimitBytes = LIMIT;
  });

  it('refuses 5 MiB + 1 even when the grant was asked for a small file', async () => {
    const g = await granted(undefined, { upload: false });
    // Storage answers before reading the body, then reads and drops the rest before closing: the 413 always arrives.
    const put = await sendRaw({
      method: 'PUT',
      path: signedPath(g),
      headers: { 'content-type': 'application/pdf', 'content-length': String(LIMIT + 1) },
      body: pdfOfSize(LIMIT + 1),
    });
    expect([put.status, (put.json as { statusCode?: string } | null)?.statusCode]).toEqual([400, '413']);
    expect(await storedSize(g.grant.path)).toBeUndefined();
  });

  it('refuses a 6 MiB file part in multipart/form-data', async () => {
    const g = await granted(undefined, { upload: false });
    const form = new FormData();
    form.append('file', new Blob([pdfOfSize(6 * MiB)], { type: 'application/pdf' }), 'cv.pdf');
    const res = await fetch(`${stack.apiUrl}${signedPath(g)}`, { method: 'PUT', body: form });
    expect([res.status, ((await res.json()) as { statusCode: string }).statusCode]).toEqual([400, '413']);
    expect(await storedSize(g.grant.path)).toBeUndefined();
  });

  it('stops a chunked upload at the limit, answering before the body ends', async () => {
    const g = await granted(undefined, { upload: false });
    const body = pdfOfSize(8 * MiB);
    const chunks = [];
    for (let at = 0; at < body.length; at += MiB)
      chunks.push(Buffer.from(`${MiB.toString(16)}\r\n`), body.subarray(at, at + MiB), Buffer.from('\r\n'));
    const res = await sendRaw({
      method: 'PUT',
      path: signedPath(g),
      headers: { 'content-type': 'application/pdf', 'transfer-encoding': 'chunked' },
      body: Buffer.concat(chunks),
    });
    expect([res.status, (res.json as { statusCode?: string } | null)?.statusCode]).toEqual([400, '413']);
    expect(await storedSize(g.grant.path)).toBeUndefined();
  });

  it('keeps only the declared bytes when a Content-Length lies low, and hangs up on what follows', async () => {
    const g = await granted(undefined, { upload: false });
    const url = new URL(stack.apiUrl);
    const answers = await new Promise<string>((resolve) => {
      const socket = net.connect(Number(url.port), url.hostname);
      let seen = '';
      socket.on('data', (c: Buffer) => {
        seen += c.toString('latin1');
        // The declared KiB is answered; only then does the client push 6 MiB more down the same connection.
        if (seen.includes('"Key"') && !socket.destroyed) socket.write(pdfOfSize(6 * MiB), () => undefined);
      });
      socket.on('close', () => resolve(seen));
      socket.on('error', () => resolve(seen));
      socket.write(`PUT ${signedPath(g)} HTTP/1.1\r\nhost: ${url.host}\r\ncontent-type: application/pdf\r\ncontent-length: 1024\r\n\r\n`);
      socket.write(pdfOfSize(1024));
    });
    // The declared KiB was answered 200; the rest is garbage to the HTTP parser: refused (a 400, unless the reset that
    // closes the connection overtakes it), never a second upload.
    expect(answers).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(answers.match(/HTTP\/1\.1 \d+/g)?.slice(1) ?? []).not.toContain('HTTP/1.1 200');
    expect(await storedSize(g.grant.path)).toBe('1024');
  });

  it('no object in the bucket, and no file on disk, is larger than the limit', async () => {
    const [row] = await sql<{ largest: string | null }>(
      `select max((metadata->>'size')::bigint)::text as largest from storage.objects where bucket_id = 'resumes'`,
    );
    expect(Number(row.largest ?? 0)).toBeLessThanOrEqual(LIMIT);
    const sizes = filesOnDisk(stack.dataDir).map((f) => fs.statSync(path.join(bucketDir(stack.dataDir), f)).size);
    expect(Math.max(0, ...sizes)).toBeLessThanOrEqual(LIMIT);
    figures.largestStoredBytes = Math.max(Number(row.largest ?? 0), ...sizes);
  });
});
