// Deletes resumes that never became an application once their upload grant expired, then those expired
// unused grants. Never touches an object that has an application. Service role only (scheduled).
import { adminClient } from '../_shared/admin.ts';
import { requireServiceRole } from '../_shared/caller.ts';
import { FunctionError } from '../_shared/errors.ts';
import { endpoint, json } from '../_shared/http.ts';

const BUCKET = 'resumes';
const BATCH = 500;
// Storage's signed upload tokens live two hours whatever the grant says, so an object can reappear at an expired
// grant's path until then: the grant (and with it the watch on that path) stays until its token is dead.
const UPLOAD_TOKEN_LIFETIME_MS = 2 * 60 * 60 * 1000;

Deno.serve(
  endpoint(['POST'], async (req) => {
    requireServiceRole(req);
    const admin = adminClient();
    const now = Date.now();
    let removedObjects = 0;
    let removedGrants = 0;
    for (let after = ''; ;) {
      const { data: grants, error } = await admin
        .from('upload_grants')
        .select('path, created_at')
        .is('used_at', null)
        .lt('expires_at', new Date(now).toISOString())
        .gt('path', after)
        .order('path')
        .limit(BATCH);
      if (error) throw new FunctionError('storage_unavailable', `Could not read upload grants: ${error.message}`);
      if (!grants.length) break;
      after = grants[grants.length - 1].path as string;
      const paths = grants.map((g) => g.path as string);
      // Belt and braces: an application row always wins over what the grant says.
      const { data: apps, error: appsError } = await admin.from('applications').select('resume_path').in('resume_path', paths);
      if (appsError) throw new FunctionError('storage_unavailable', `Could not read applications: ${appsError.message}`);
      const kept = new Set(apps.map((a) => a.resume_path as string));
      const orphans = grants.filter((g) => !kept.has(g.path as string));
      if (orphans.length) {
        const { data: removed, error: removeError } = await admin.storage.from(BUCKET).remove(orphans.map((g) => g.path as string));
        if (removeError) throw new FunctionError('storage_unavailable', `Could not remove orphaned uploads: ${removeError.message}`);
        removedObjects += removed.length;
      }
      const dead = orphans.filter((g) => Date.parse(g.created_at as string) + UPLOAD_TOKEN_LIFETIME_MS < now).map((g) => g.path as string);
      if (dead.length) {
        const { count, error: deleteError } = await admin.from('upload_grants').delete({ count: 'exact' }).in('path', dead).is('used_at', null);
        if (deleteError) throw new FunctionError('storage_unavailable', `Could not delete expired grants: ${deleteError.message}`);
        removedGrants += count ?? 0;
      }
      if (grants.length < BATCH) break;
    }
    return json({ removedObjects, removedGrants });
  }),
);
