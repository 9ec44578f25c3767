// Finishes withdrawals: deletes from the bucket the resume of every withdrawn application (or of the one named),
// then forgets failed status-page attempts older than their window. Service role only: hosted, pg_net calls it right
// after a withdrawal and pg_cron every minute; locally the stack's scheduler does. Idempotent.
import { adminClient } from '../_shared/admin.ts';
import { requireServiceRole } from '../_shared/caller.ts';
import { FunctionError } from '../_shared/errors.ts';
import { endpoint, json, readJson } from '../_shared/http.ts';

const BUCKET = 'resumes';
const BATCH = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

Deno.serve(
  endpoint(['POST'], async (req) => {
    requireServiceRole(req);
    const applicationId = parseApplicationId(await readJson(req, 1024));
    const admin = adminClient();
    let removedResumes = 0;
    for (;;) {
      const { data, error } = await admin.rpc('withdrawn_resumes', { application: applicationId, max_rows: BATCH });
      if (error) throw new FunctionError('storage_unavailable', `Could not read withdrawn applications: ${error.message}`);
      const paths = (data as { resume_path: string }[]).map((r) => r.resume_path);
      if (!paths.length) break;
      const { data: removed, error: removeError } = await admin.storage.from(BUCKET).remove(paths);
      if (removeError) throw new FunctionError('storage_unavailable', `Could not delete withdrawn resumes: ${removeError.message}`);
      removedResumes += removed.length;
      // Nothing removed means Storage and the database disagree; the next run tries again rather than spinning here.
      if (paths.length < BATCH || !removed.length) break;
    }
    const { data: forgotten, error } = await admin.rpc('forget_status_access_failures');
    if (error) throw new FunctionError('storage_unavailable', `Could not forget old status-page attempts: ${error.message}`);
    return json({ removedResumes, forgottenAttempts: forgotten as number });
  }),
);

/** `{}` sweeps every withdrawn application; `{ applicationId }` only that one (the call right after a withdrawal). */
function parseApplicationId(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new FunctionError('bad_request', 'The request body must be a JSON object.');
  const { applicationId } = body as { applicationId?: unknown };
  if (applicationId === undefined) return null;
  if (typeof applicationId !== 'string' || !UUID.test(applicationId)) throw new FunctionError('bad_request', 'applicationId must be a UUID.');
  return applicationId;
}
