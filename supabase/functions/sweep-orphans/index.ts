// Deletes resumes that never became an application once their upload grant expired, then those expired
// unused grants. Never touches an object that has an application. Service role only (scheduled).
import { adminClient } from '../_shared/admin.ts';
import { requireServiceRole } from '../_shared/caller.ts';
import { FunctionError } from '../_shared/errors.ts';
import { endpoint, json } from '../_shared/http.ts';

const BUCKET = 'resumes';
const BATCH = 500;

Deno.serve(endpoint(['POST'], async (req) => {
  requireServiceRole(req);
  const admin = adminClient();
  let removedObjects = 0;
  let removedGrants = 0;
  for (;;) {
    const { data: grants, error } = await admin
      .from('upload_grants')
      .select('path')
      .is('used_at', null)
      .lt('expires_at', new Date().toISOString())
      .order('expires_at')
      .limit(BATCH);
    if (error) throw new FunctionError('storage_unavailable', `Could not read upload grants: ${error.message}`);
    if (!grants.length) break;
    const paths = grants.map((g) => g.path as string);
    // Belt and braces: an application row always wins over what the grant says.
    const { data: apps, error: appsError } = await admin.from('applications').select('resume_path').in('resume_path', paths);
    if (appsError) throw new FunctionError('storage_unavailable', `Could not read applications: ${appsError.message}`);
    const kept = new Set(apps.map((a) => a.resume_path as string));
    const orphans = paths.filter((p) => !kept.has(p));
    if (orphans.length) {
      const { data: removed, error: removeError } = await admin.storage.from(BUCKET).remove(orphans);
      if (removeError) throw new FunctionError('storage_unavailable', `Could not remove orphaned uploads: ${removeError.message}`);
      removedObjects += removed.length;
    }
    const { count, error: deleteError } = await admin.from('upload_grants').delete({ count: 'exact' }).in('path', orphans.length ? orphans : ['']).is('used_at', null);
    if (deleteError) throw new FunctionError('storage_unavailable', `Could not delete expired grants: ${deleteError.message}`);
    removedGrants += count ?? 0;
    if (grants.length < BATCH || !orphans.length) break;
  }
  return json({ removedObjects, removedGrants });
}));
