// The bad-input catalogue's shape: each case is a request, the status and stable code it must get, and what it
// may leave behind (by default nothing: no application, grant, object row or file). Cases run against the shared
// conformance stack through its real HTTP API.
import { textPdf } from '../../support/pdf.ts';
import { fetchFrom, newClientAddress } from '../../support/client-address.ts';
import { sql, stack } from '../../support/clients.ts';
import { removedAfterAll } from '../../support/uploads.ts';
import { JOBS } from '../../app/db/seed.ts';
import { newCandidate, putResume, signUpload, type Api, type Candidate, type Grant, type Job } from './apply-flow.ts';
import { rawRequest, replyOf, type RawRequest, type Reply } from './reply.ts';

export const api: Api = { apiUrl: stack.apiUrl, anonKey: stack.anonKey };

/** What a case set up before its request: a candidate with a grant, the resume uploaded or not. */
export type Given = { candidate: Candidate; grant: Grant };

export type Case = {
  name: string;
  /** Set-up done before the "nothing stored" footprint is taken. */
  given?: () => Promise<Given>;
  send: (given: Given) => Promise<Reply>;
  /** `code: null` where the answer has no body (Node's HTTP parser refusing the request outright). */
  expect: { status: number; code: string | null };
  /** The server may also hang up instead (Node's HTTP parser refusing the bytes after a Content-Length that lied low). */
  orHangUp?: true;
  /** True for requests meant to store something (an accepted insert); otherwise nothing may be left behind. */
  stores?: true;
  /** More to check: the answer's rows, what was stored (text kept verbatim, a parse failure recorded). */
  check?: (given: Given, reply: Reply) => Promise<void>;
};

const created = removedAfterAll();

let n = 0;
/** A candidate of Acme's backend job (or `job`) with a fresh grant and (unless `upload: false`) the resume stored at its path. */
export async function granted(resume: Uint8Array = textPdf(), { upload = true, job = JOBS.backend as Job } = {}): Promise<Given> {
  const candidate = newCandidate(job, Buffer.from(resume), ++n, newClientAddress());
  const signed = await signUpload(api, candidate);
  if (signed.status !== 200) throw new Error(`sign-upload answered ${signed.status}: ${signed.text}`);
  const grant = signed.json as Grant;
  created.push(grant.path);
  if (upload) {
    const put = await putResume(grant.signedUrl, candidate.resume);
    if (put === 'aborted' || put.status !== 200) throw new Error(`the upload failed: ${put === 'aborted' ? put : put.text}`);
  }
  return { candidate, grant };
}

/** `from`: the client address the request comes from (tests/support/client-address.ts); 127.0.0.1 unless given. */
type Send = { method?: string; token?: string; apikey?: string; headers?: Record<string, string>; body?: unknown; raw?: string; from?: string };

/** A request through the gateway: the anon key as apikey and bearer unless `token`/`apikey` say otherwise. */
export async function send(
  path: string,
  { method = 'GET', token = stack.anonKey, apikey = stack.anonKey, headers = {}, body, raw, from }: Send = {},
): Promise<Reply> {
  const res = await (from ? fetchFrom(from) : fetch)(`${stack.apiUrl}${path}`, {
    method,
    headers: { apikey, authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  return replyOf(res);
}

/** A request written byte for byte on a socket; the first answer it got (status 0: the server hung up). */
export const sendRaw = (r: RawRequest) => rawRequest(stack.apiUrl, r);

/** The insert body the apply page sends for a given candidate, with `over` changed (undefined removes a field). */
export const applicationBody = ({ candidate, grant }: Given, over: Record<string, unknown> = {}) => ({
  id: candidate.id,
  job_id: candidate.job.id,
  full_name: candidate.fullName,
  email: candidate.email,
  resume_path: grant.path,
  resume_size: candidate.resume.length,
  ...over,
});

/** POST /rest/v1/applications as the candidate (anon key), as supabase-js `.insert()` sends it. */
export const insertAs = (body: unknown, token = stack.anonKey) =>
  send('/rest/v1/applications', { method: 'POST', token, headers: { prefer: 'return=minimal' }, body });

/** The application row as stored (superuser read), to compare with what was sent. */
export async function storedApplication(id: string) {
  const [row] = await sql<Record<string, unknown>>('select * from public.applications where id = $1', [id]);
  return row;
}
