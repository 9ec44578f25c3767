// Everything the importer asks of Supabase, through supabase-js with the service role, so the same code
// runs against the local stack and a hosted project.
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Stage } from './rows.ts';

export const BUCKET = 'resumes';
const DEFAULT_SIZE_LIMIT = 5 * 1024 * 1024;

export type Job = { id: string; slug: string; orgId: string };
export type NewApplication = {
  id: string;
  jobId: string;
  fullName: string;
  email: string;
  phone: string | null;
  stage: Stage;
  appliedAt: Date;
  resumePath: string;
  resumeSize: number;
  legacyRef: string;
};

export class Target {
  constructor(private readonly db: SupabaseClient) {}

  async org(slug: string): Promise<{ id: string; name: string } | null> {
    const { data, error } = await this.db.from('organizations').select('id, name').eq('slug', slug).maybeSingle();
    if (error) throw new Error(`Could not read organizations: ${error.message}`);
    return data;
  }

  /** The jobs with these slugs, in any organization (so "belongs to another organization" can be told apart from "unknown"). */
  async jobs(slugs: string[]): Promise<Map<string, Job>> {
    const found = new Map<string, Job>();
    for (const batch of chunks(slugs, 100)) {
      const { data, error } = await this.db.from('jobs').select('id, slug, org_id').in('slug', batch);
      if (error) throw new Error(`Could not read jobs: ${error.message}`);
      for (const j of data) found.set(j.slug, { id: j.id, slug: j.slug, orgId: j.org_id });
    }
    return found;
  }

  /** The bucket's own size limit (the importer refuses what Storage would refuse). */
  async sizeLimit(): Promise<number> {
    const { data, error } = await this.db.storage.getBucket(BUCKET);
    if (error) throw new Error(`Could not read the "${BUCKET}" bucket: ${error.message} (are the migrations applied?)`);
    return data.file_size_limit ?? DEFAULT_SIZE_LIMIT;
  }

  async importedRefs(refs: string[]): Promise<Set<string>> {
    const done = new Set<string>();
    for (const batch of chunks(refs, 100)) {
      const { data, error } = await this.db.from('applications').select('legacy_ref').in('legacy_ref', batch);
      if (error) throw new Error(`Could not read applications: ${error.message}`);
      for (const a of data) done.add(a.legacy_ref);
    }
    return done;
  }

  async hasApplicationFor(path: string): Promise<boolean> {
    const { data, error } = await this.db.from('applications').select('id').eq('resume_path', path).maybeSingle();
    if (error) throw new Error(`Could not read applications: ${error.message}`);
    return data !== null;
  }

  /** Uploads without overwriting; 'exists' when an object is already at `path`. */
  async upload(path: string, bytes: Uint8Array): Promise<'uploaded' | 'exists'> {
    const { error } = await this.db.storage.from(BUCKET).upload(path, bytes, { contentType: 'application/pdf', upsert: false });
    if (!error) return 'uploaded';
    if ('statusCode' in error && String(error.statusCode) === '409') return 'exists';
    throw new Error(`upload failed: ${error.message}`);
  }

  async download(path: string): Promise<Uint8Array | null> {
    const { data, error } = await this.db.storage.from(BUCKET).download(path);
    if (error) return null;
    return new Uint8Array(await data.arrayBuffer());
  }

  async remove(path: string): Promise<void> {
    const { error } = await this.db.storage.from(BUCKET).remove([path]);
    if (error) throw new Error(`could not remove ${path}: ${error.message}`);
  }

  /** Inserts the application, queued for scoring; 'duplicate' when a row with this legacy_ref already exists. */
  async insert(a: NewApplication): Promise<'inserted' | 'duplicate'> {
    const { error } = await this.db.from('applications').insert({
      id: a.id,
      job_id: a.jobId,
      full_name: a.fullName,
      email: a.email,
      phone: a.phone,
      stage: a.stage,
      resume_path: a.resumePath,
      resume_size: a.resumeSize,
      legacy_ref: a.legacyRef,
      parse_status: 'pending',
      created_at: a.appliedAt.toISOString(),
    });
    if (!error) return 'inserted';
    if (error.code === '23505') return 'duplicate';
    throw new Error(`could not create the application: ${error.message}`);
  }
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
