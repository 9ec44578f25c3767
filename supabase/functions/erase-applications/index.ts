// Erases applications: the resume through the Storage API first (hosted refuses SQL on storage tables), then the rows,
// leaving an audit entry without personal data. `{}` from the service role (pg_cron hourly hosted, the local scheduler)
// erases what passed its organisation's retention period; `{ applicationId }` from an owner erases that one on request.
import { adminClient } from '../_shared/admin.ts';
import { callerClaims, callerClient } from '../_shared/caller.ts';
import { FunctionError } from '../_shared/errors.ts';
import { endpoint, json, readJson } from '../_shared/http.ts';

const BUCKET = 'resumes';
const BATCH = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

Deno.serve(
  endpoint(['POST'], async (req) => {
    const claims = callerClaims(req);
    const applicationId = parseApplicationId(await readJson(req, 1024));
    if (applicationId) return json({ erased: await eraseOnRequest(req, applicationId, claims.sub) });
    if (claims.role !== 'service_role') throw new FunctionError('forbidden', 'Only the scheduler may run the retention erasure.');
    return json({ erased: await eraseExpired() });
  }),
);

/** An owner's request: Postgres, asked as the caller, says whether they may and which resume to remove. */
async function eraseOnRequest(req: Request, applicationId: string, actor: string | undefined): Promise<number> {
  const { data: path, error } = await callerClient(req).rpc('erasure_request', { application: applicationId });
  if (error?.code === '42501') throw new FunctionError('forbidden', 'Only an owner of the organisation can erase an application.');
  if (error) throw new FunctionError('storage_unavailable', `Could not check the application: ${error.message}`);
  if (typeof path !== 'string') throw new FunctionError('not_found', 'No such application (it may have been erased already).');
  return erase([{ application_id: applicationId, resume_path: path }], 'request', actor ?? null);
}

async function eraseExpired(): Promise<number> {
  let erased = 0;
  for (;;) {
    const { data, error } = await adminClient().rpc('expired_applications', { max_rows: BATCH });
    if (error) throw new FunctionError('storage_unavailable', `Could not read expired applications: ${error.message}`);
    const rows = data as Row[];
    if (!rows.length) break;
    const done = await erase(rows, 'retention', null);
    erased += done;
    if (rows.length < BATCH || !done) break;
  }
  return erased;
}

type Row = { application_id: string; resume_path: string };

async function erase(rows: Row[], reason: 'retention' | 'request', actor: string | null): Promise<number> {
  const admin = adminClient();
  // Storage answers without error for a path already gone, so a run after a crash between the two steps completes.
  const { error: removeError } = await admin.storage.from(BUCKET).remove(rows.map((r) => r.resume_path));
  if (removeError) throw new FunctionError('storage_unavailable', `Could not delete the resumes: ${removeError.message}`);
  const { data, error } = await admin.rpc('erase_application_rows', { applications: rows.map((r) => r.application_id), reason, actor });
  if (error) throw new FunctionError('storage_unavailable', `Could not erase the applications: ${error.message}`);
  return data as number;
}

function parseApplicationId(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new FunctionError('bad_request', 'The request body must be a JSON object.');
  const { applicationId } = body as { applicationId?: unknown };
  if (applicationId === undefined) return null;
  if (typeof applicationId !== 'string' || !UUID.test(applicationId)) throw new FunctionError('bad_request', 'applicationId must be a UUID.');
  return applicationId;
}
