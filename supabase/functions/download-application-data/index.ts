// A candidate's data download from the status page: `{ applicationId, key }` (the status link's two parts) answers the
// JSON of what they submitted and a short-lived signed URL of their resume. Postgres checks the key and the guessing
// limits exactly as for the status page (application_data_export), keyed on the caller's address as the proxy saw it.
import { adminClient } from '../_shared/admin.ts';
import { FunctionError } from '../_shared/errors.ts';
import { clientAddress, endpoint, json, readJson } from '../_shared/http.ts';

const BUCKET = 'resumes';
const RESUME_URL_TTL_SECONDS = 5 * 60;

type Answer =
  | { status: 'found'; export: Record<string, unknown> & { resumePath: string; resume: Record<string, unknown> } }
  | { status: 'not_found' }
  | { status: 'rate_limited'; retryAfter: number };

Deno.serve(
  endpoint(['POST'], async (req) => {
    const { applicationId, key } = parseRequest(await readJson(req, 1024));
    const admin = adminClient();
    const { data, error } = await admin.rpc('application_data_export', {
      application_id: applicationId,
      status_key: key,
      client_address: clientAddress(req),
    });
    if (error) throw new FunctionError('storage_unavailable', 'Your data cannot be read right now. Please try again in a moment.');
    const answer = data as Answer;
    if (answer.status === 'rate_limited') {
      const minutes = Math.ceil(answer.retryAfter / 60);
      throw new FunctionError('rate_limited', `Too many attempts with this link. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, {
        'retry-after': String(answer.retryAfter),
      });
    }
    if (answer.status !== 'found') throw new FunctionError('not_found', 'This link does not match an application. Check that you copied all of it.');

    const { resumePath, ...exported } = answer.export;
    const reference = String((exported.application as { reference?: unknown }).reference ?? 'application');
    const signed = await admin.storage.from(BUCKET).createSignedUrl(resumePath, RESUME_URL_TTL_SECONDS, { download: `resume-${reference}.pdf` });
    if (signed.error && !isMissingObject(signed.error)) {
      throw new FunctionError('storage_unavailable', 'Your resume cannot be reached right now. Please try again in a moment.');
    }
    const resume = signed.data
      ? { ...exported.resume, downloadUrl: signed.data.signedUrl, expiresAt: new Date(Date.now() + RESUME_URL_TTL_SECONDS * 1000).toISOString() }
      : { ...exported.resume, downloadUrl: null, note: 'The resume file is no longer stored (it is deleted when an application is withdrawn).' };
    return json({ exportedAt: new Date().toISOString(), ...exported, resume });
  }),
);

/** Storage's answer for an object that is not there (a withdrawn application's resume is deleted within a minute). */
function isMissingObject(error: Error & { statusCode?: string; status?: number }): boolean {
  return error.statusCode === '404' || error.status === 404 || /not found|does not exist/i.test(error.message);
}

function parseRequest(body: unknown): { applicationId: string; key: string } {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new FunctionError('bad_request', 'The request body must be a JSON object.');
  const { applicationId, key } = body as Record<string, unknown>;
  if (typeof applicationId !== 'string' || applicationId.length > 64)
    throw new FunctionError('bad_request', 'applicationId must be the application id from your status link.');
  if (typeof key !== 'string' || key.length > 64) throw new FunctionError('bad_request', 'key must be the key from your status link.');
  return { applicationId, key };
}
