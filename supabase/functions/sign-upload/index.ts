// Hands a candidate a signed upload URL for one new resume path of an open job, and records the grant the
// application insert will need. Never sees file bytes; the client never chooses the path.
import { adminClient } from '../_shared/admin.ts';
import { db } from '../_shared/db.ts';
import { FunctionError } from '../_shared/errors.ts';
import { clientAddress, endpoint, json, readJson } from '../_shared/http.ts';
import { statusKeyFor } from '../_shared/status-key.ts';

const BUCKET = 'resumes';
const MAX_BODY_BYTES = 4096;
// The upload starts when the resume is picked, so a grant needs only the time it takes to fill in the form; an
// object that never got an application is swept soon after (sweep-orphans keeps watching while the token lives).
const GRANT_TTL_SECONDS = 30 * 60;
const RATE_LIMIT = positiveInt(Deno.env.get('SIGN_UPLOAD_RATE_LIMIT'), 20);
const RATE_WINDOW_SECONDS = positiveInt(Deno.env.get('SIGN_UPLOAD_RATE_WINDOW_SECONDS'), 600);
const FIELDS = ['contentType', 'fileSize', 'jobSlug'];
const hmacKey = crypto.subtle.importKey(
  'raw',
  new TextEncoder().encode(Deno.env.get('SIGN_UPLOAD_CLIENT_KEY_SALT') ?? Deno.env.get('SUPABASE_SERVICE_ROLE_KEY') ?? ''),
  { name: 'HMAC', hash: 'SHA-256' },
  false,
  ['sign'],
);

type UploadRequest = { jobSlug: string; fileSize: number };
type GrantOutcome =
  | { ok: true; expires_at: string }
  | { ok: false; reason: 'job_not_found' | 'job_closed' | 'file_too_large' | 'rate_limited'; retry_after?: number; file_size_limit?: number };

Deno.serve(
  endpoint(['POST'], async (req) => {
    const { jobSlug, fileSize } = parseUploadRequest(await readJson(req, MAX_BODY_BYTES));
    const path = `${jobSlug}/${crypto.randomUUID()}.pdf`;
    // The path is ours, so the grant and the signature are asked for at once. Neither is any use alone: the token
    // leaves only with a grant, and a grant whose signing failed admits no application (the insert policy wants
    // the object, which only that never-returned token could have created), and is withdrawn besides.
    const signing = adminClient().storage.from(BUCKET).createSignedUploadUrl(path);
    const [grant, signed] = await Promise.allSettled([recordGrant(jobSlug, path, fileSize, await clientKey(req)), signing]);
    if (grant.status === 'rejected') throw grant.reason;
    const upload = signed.status === 'fulfilled' ? signed.value.data : null;
    if (!upload) {
      const why = signed.status === 'rejected' ? signed.reason : signed.value.error;
      console.error(`sign-upload: storage refused to sign ${path}:`, why instanceof Error ? why.message : why);
      await db()`delete from public.upload_grants where path = ${path}`;
      throw new FunctionError('storage_unavailable', 'File storage is not available right now. Please try again in a moment.');
    }
    // The status link's key for this path (see _shared/status-key.ts): send-emails can put the same link in the confirmation.
    return json({ path, token: upload.token, signedUrl: upload.signedUrl, expiresAt: grant.value, statusKey: await statusKeyFor(path) });
  }),
);

function parseUploadRequest(body: unknown): UploadRequest {
  const bad = (message: string) => new FunctionError('bad_request', message);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw bad('The request body must be a JSON object.');
  const fields = Object.keys(body).sort();
  if (fields.join() !== FIELDS.join()) throw bad(`The request body must have exactly these fields: ${FIELDS.join(', ')}.`);
  const { jobSlug, fileSize, contentType } = body as Record<string, unknown>;
  if (typeof jobSlug !== 'string' || !/^[a-z0-9-]+$/.test(jobSlug) || jobSlug.length > 80) {
    throw bad('jobSlug must be a job slug: lowercase letters, digits and dashes, at most 80 characters.');
  }
  if (typeof fileSize !== 'number' || !Number.isSafeInteger(fileSize) || fileSize <= 0)
    throw bad('fileSize must be a positive whole number of bytes.');
  if (typeof contentType !== 'string') throw bad('contentType must be a string.');
  if (contentType !== 'application/pdf') throw new FunctionError('unsupported_type', 'Only PDF resumes are accepted.');
  return { jobSlug, fileSize };
}

/** Job, size and rate checks and the grant itself, in one SQL statement over one round trip (atomic per client). */
async function recordGrant(jobSlug: string, path: string, fileSize: number, clientKeyHash: string): Promise<string> {
  const [{ outcome }] = await db()<{ outcome: GrantOutcome }[]>`
    select public.record_upload_grant(
      job_slug => ${jobSlug}, path => ${path}, client_key_hash => ${clientKeyHash}, file_size => ${fileSize},
      max_grants => ${RATE_LIMIT}, window_seconds => ${RATE_WINDOW_SECONDS}, ttl_seconds => ${GRANT_TTL_SECONDS}
    ) as outcome`;
  if (outcome.ok) return new Date(outcome.expires_at).toISOString();
  switch (outcome.reason) {
    case 'job_not_found':
      throw new FunctionError('job_not_found', 'This job does not exist.');
    case 'job_closed':
      throw new FunctionError('job_closed', 'This job is no longer accepting applications.');
    case 'file_too_large':
      throw new FunctionError('file_too_large', `The resume is larger than the ${formatMiB(outcome.file_size_limit ?? 5 * 1024 * 1024)} limit.`);
    case 'rate_limited': {
      const seconds = outcome.retry_after ?? RATE_WINDOW_SECONDS;
      throw new FunctionError('rate_limited', `Too many uploads from your network. Please try again in ${Math.ceil(seconds / 60)} min.`, {
        'retry-after': String(seconds),
      });
    }
  }
}

/** The rate-limit key: a salted hash of the client's address, so grants never store an IP. */
async function clientKey(req: Request): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', await hmacKey, new TextEncoder().encode(clientAddress(req) ?? 'unknown'));
  return Array.from(new Uint8Array(mac), (b) => b.toString(16).padStart(2, '0')).join('');
}

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : fallback;
}

function formatMiB(bytes: number): string {
  return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
}
