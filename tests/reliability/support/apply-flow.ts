// A candidate's browser, reduced to its requests: sign-upload, the PUT of the resume to the signed URL (with
// progress, so it can be aborted half-way like a closed tab), the application insert with the anon key, and the
// apply page's retry rules: the same application id and the remembered path on every attempt, an upload that
// Storage already holds (409) counts as done, and so does an insert that already happened (23505 → 409).
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { fetchFrom } from '../../support/client-address.ts';
import { replyFrom, replyOf, type Reply } from './reply.ts';

export type Api = { apiUrl: string; anonKey: string };
export type Job = { id: string; slug: string };

export type Candidate = {
  id: string;
  job: Job;
  fullName: string;
  email: string;
  resume: Buffer;
  /** The loopback address the candidate's requests come from (sign-upload's rate limit is per address): one each. */
  address: string;
};

export type Grant = { path: string; token: string; signedUrl: string; expiresAt: string };

export const newCandidate = (job: Job, resume: Buffer, n: number, address: string): Candidate => ({
  id: randomUUID(),
  job,
  fullName: `Candidate ${n}`,
  email: `candidate-${n}@example.test`,
  resume,
  address,
});

const headers = (api: Api) => ({ authorization: `Bearer ${api.anonKey}`, apikey: api.anonKey, 'content-type': 'application/json' });

export async function signUpload(api: Api, c: Candidate): Promise<Reply> {
  const res = await fetchFrom(c.address)(`${api.apiUrl}/functions/v1/sign-upload`, {
    method: 'POST',
    headers: headers(api),
    body: JSON.stringify({ jobSlug: c.job.slug, fileSize: c.resume.length, contentType: 'application/pdf' }),
  });
  return replyOf(res);
}

/**
 * PUTs the resume as an XHR would (Content-Length, up to 64 KiB at a time, at least eight pieces). With `abortAt`
 * (a fraction of the file) the upload is aborted through an AbortController once that much is written: 'aborted'.
 */
export function putResume(signedUrl: string, bytes: Buffer, abortAt?: number): Promise<Reply | 'aborted'> {
  const url = new URL(signedUrl);
  const controller = new AbortController();
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: 'PUT',
        path: url.pathname + url.search,
        signal: controller.signal,
        headers: { 'content-type': 'application/pdf', 'content-length': bytes.length },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(replyFrom(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'), res.headers)));
        res.on('error', reject);
      },
    );
    req.on('error', (e) => (controller.signal.aborted ? resolve('aborted') : reject(e)));
    const stop = abortAt === undefined ? Infinity : Math.floor(bytes.length * abortAt);
    const piece = Math.min(64 * 1024, Math.ceil(bytes.length / 8));
    let at = 0;
    const writeMore = () => {
      while (at < bytes.length) {
        if (at >= stop) return controller.abort();
        const chunk = bytes.subarray(at, Math.min(at + piece, bytes.length));
        at += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', writeMore);
      }
      req.end();
    };
    writeMore();
  });
}

export async function insertApplication(api: Api, c: Candidate, path: string): Promise<Reply> {
  const res = await fetch(`${api.apiUrl}/rest/v1/applications`, {
    method: 'POST',
    headers: { ...headers(api), prefer: 'return=minimal' },
    body: JSON.stringify({ id: c.id, job_id: c.job.id, full_name: c.fullName, email: c.email, resume_path: path, resume_size: c.resume.length }),
  });
  return replyOf(res);
}

/** A failure the apply page offers Retry for: the network, or the server's side (5xx). */
class Retryable extends Error {}

const retryable = (status: number) => status >= 500 || status === 0;
/** Storage answers client errors as HTTP 400 with the real status in the body. */
const storageStatus = (r: Reply) => Number((r.json as { statusCode?: string } | null)?.statusCode ?? r.status);

export type Outcome = { path: string; attempts: number; aborted: number };

export type RetryOptions = {
  /** Abort the first upload attempt once this fraction of the file is sent (a closed tab, a dropped network). */
  abortFirstUploadAt?: number;
  /** Give up after this long (the candidate walks away). */
  deadlineMs?: number;
};

/** Submits one application the way the apply page does, retrying what it retries, until it is in (or the deadline). */
export async function applyWithRetries(api: Api, c: Candidate, options: RetryOptions = {}): Promise<Outcome> {
  const deadline = Date.now() + (options.deadlineMs ?? 60_000);
  let grant: Grant | undefined;
  let stored = false;
  let attempts = 0;
  let aborted = 0;
  for (;;) {
    attempts++;
    try {
      if (!grant) {
        const signed = await signUpload(api, c);
        if (retryable(signed.status)) throw new Retryable(`sign-upload answered ${signed.status}`);
        if (signed.status !== 200) throw new Error(`sign-upload refused: ${signed.status} ${signed.text}`);
        grant = signed.json as Grant;
      }
      if (!stored) {
        const abortAt = aborted === 0 ? options.abortFirstUploadAt : undefined;
        const put = await putResume(grant.signedUrl, c.resume, abortAt);
        if (put === 'aborted') {
          aborted++;
          throw new Retryable('upload aborted');
        }
        if (retryable(put.status)) throw new Retryable(`upload answered ${put.status}`);
        // 409: an earlier attempt stored it and only the answer was lost; the path is ours alone (upsert off).
        if (put.status !== 200 && storageStatus(put) !== 409) throw new Error(`upload refused: ${put.status} ${put.text}`);
        stored = true;
      }
      const inserted = await insertApplication(api, c, grant.path);
      if (retryable(inserted.status)) throw new Retryable(`insert answered ${inserted.status}`);
      // 409 (23505): an earlier attempt inserted the row and only the answer was lost.
      if (inserted.status !== 201 && inserted.status !== 409) throw new Error(`insert refused: ${inserted.status} ${inserted.text}`);
      return { path: grant.path, attempts, aborted };
    } catch (e) {
      // fetch fails with a TypeError, node:http with a system error (ECONNRESET, ECONNREFUSED, EPIPE…).
      const network = e instanceof TypeError || typeof (e as { code?: unknown }).code === 'string';
      if (!(e instanceof Retryable) && !network) throw e;
      if (Date.now() > deadline) throw new Error(`gave up after ${attempts} attempts: ${(e as Error).message}`);
      await new Promise((r) => setTimeout(r, Math.min(2_000, 100 * 2 ** Math.min(attempts, 5))));
    }
  }
}
