// "Nothing stored": what a request could have left behind, counted before and after it — application rows,
// upload grants, interview kits and scorecards, note revisions, object rows of the resumes bucket, and files (temp files included) in the bucket's folder on disk.
// upload grants, interview kits and scorecards, outbox emails, rejection reasons, email templates and settings, object rows of the resumes bucket, and files (temp files included) in the bucket's folder on disk.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';

export type Footprint = {
  applications: number;
  uploadGrants: number;
  kits: number;
  scorecards: number;
  noteRevisions: number;
  emails: number;
  reasons: number;
  emailWording: string;
  objects: number;
  files: number;
};

type Sql = <T extends Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

export const bucketDir = (dataDir: string) => path.join(dataDir, 'storage', 'resumes');

/** Every file below the resumes folder on disk, relative paths (dot-prefixed temp files too). */
export function filesOnDisk(dataDir: string): string[] {
  const root = bucketDir(dataDir);
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((d) => d.isFile())
    .map((d) => path.relative(root, path.join(d.parentPath, d.name)));
}

export async function footprint(sql: Sql, dataDir: string): Promise<Footprint> {
  const [row] = await sql<{
    applications: number;
    upload_grants: number;
    kits: number;
    scorecards: number;
    note_revisions: number;
    emails: number;
    reasons: number;
    email_wording: string;
    objects: number;
  }>(
    `select (select count(*) from public.applications)::int as applications,
            (select count(*) from public.upload_grants)::int as upload_grants,
            (select count(*) from public.interview_kits)::int as kits,
            (select count(*) from public.scorecards)::int as scorecards,
            (select count(*) from public.note_revisions)::int as note_revisions,
            (select count(*) from public.email_outbox)::int as emails,
            (select count(*) from public.rejection_reasons)::int as reasons,
            (select md5(coalesce(string_agg(t.org_id || t.kind || t.subject || t.body, '|' order by t.org_id, t.kind), '')
                        || coalesce((select string_agg(s.org_id || ':' || s.rejection_delay_minutes, '|' order by s.org_id) from public.email_settings s), ''))
               from public.email_templates t) as email_wording,
            (select count(*) from storage.objects where bucket_id = 'resumes')::int as objects`,
  );
  return {
    applications: row.applications,
    uploadGrants: row.upload_grants,
    kits: row.kits,
    scorecards: row.scorecards,
    noteRevisions: row.note_revisions,
    emails: row.emails,
    reasons: row.reasons,
    emailWording: row.email_wording,
    objects: row.objects,
    files: filesOnDisk(dataDir).length,
  };
}

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The SHA-256 of a stored object's bytes, read from Storage's folder on disk (null when there is no file). */
export function storedSha256(dataDir: string, objectPath: string): string | null {
  const file = path.join(bucketDir(dataDir), ...objectPath.split('/'));
  return fs.existsSync(file) ? sha256(fs.readFileSync(file)) : null;
}
