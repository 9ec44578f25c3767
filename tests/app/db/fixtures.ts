// Test fixtures written as the superuser inside a rolled-back transaction: upload grants, "uploaded"
// objects (a storage.objects row is what Storage writes once the bytes are stored), applications.
import { randomUUID } from 'node:crypto';
import type { Scope } from './as-role.ts';
import { JOBS } from './seed.ts';

type Job = { id: string; slug: string };

/** A grant for `job` (as sign-upload records it) and, unless `uploaded: false`, the object at its path. */
export async function grantUpload(
  admin: Scope,
  job: Job,
  { expiresIn = '2 hours', used = false, uploaded = true }: { expiresIn?: string; used?: boolean; uploaded?: boolean } = {},
): Promise<string> {
  const path = `${job.slug}/${randomUUID()}.pdf`;
  await admin.query(
    `insert into public.upload_grants (path, job_id, client_key_hash, expires_at, used_at)
     values ($1, $2, 'test-client', now() + $3::interval, case when $4 then now() end)`,
    [path, job.id, expiresIn, used],
  );
  if (uploaded) await putObject(admin, path);
  return path;
}

export async function putObject(admin: Scope, path: string) {
  await admin.query(
    `insert into storage.objects (bucket_id, name, metadata) values ('resumes', $1, '{"size": 1234, "mimetype": "application/pdf"}')`,
    [path],
  );
}

export type Submission = { id?: string; jobId: string; path: string; email?: string };

/** The insert the apply form makes (supabase-js `.insert()`, so no RETURNING: candidates cannot read rows). */
export function submitSql({ id = randomUUID(), jobId, path, email = 'ada@example.test' }: Submission): [string, unknown[]] {
  return [
    `insert into public.applications (id, job_id, full_name, email, phone, links, cover_letter, resume_path, resume_size)
     values ($1, $2, 'Ada Lovelace', $3, '+44 20 7946 0000', '{"linkedin": "https://www.linkedin.com/in/ada"}', 'Hello', $4, 1234)`,
    [id, jobId, email, path],
  ];
}

/** An application for `job` (default: Acme's backend developer) as it looks once submitted; returns its id. */
export async function seedApplication(admin: Scope, job: Job = JOBS.backend): Promise<string> {
  const path = await grantUpload(admin, job);
  const id = randomUUID();
  await admin.query(...submitSql({ id, jobId: job.id, path }));
  return id;
}
