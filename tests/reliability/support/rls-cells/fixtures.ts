// What the RLS matrix's cells share: the actor's try, the world they aim at, and rows made for one cell and removed
// after it (as the superuser, so only the operation under test goes through the API).
import { randomUUID } from 'node:crypto';
import type { SupabaseClient } from '@supabase/supabase-js';
import { ACME, JOBS } from '../../../app/db/seed.ts';
import { textPdf } from '../../../support/pdf.ts';
import { serviceClient, sql } from '../../../support/clients.ts';
import type { Actor } from '../../rls-matrix.ts';

/** Acme's application everyone aims at (resume really stored), with a note, a visit and a download log row. */
export type World = { appId: string; path: string; noteId: string; eventId: number; downloadId: number; candidatePath: string };

export type Try = { actor: Actor; client: SupabaseClient; userId: string | null; world: World };

export const one = async (text: string, params: unknown[] = []) => (await sql(text, params))[0];
export const exists = async (text: string, params: unknown[] = []) => (await sql(text, params)).length > 0;
export const slug = () => `matrix-${randomUUID().slice(0, 8)}`;

/** A grant and an object row for a new path of Acme's backend job, as sign-upload and Storage leave them. */
export async function freshGrant(used = false): Promise<string> {
  const path = `${JOBS.backend.slug}/${randomUUID()}.pdf`;
  await sql(
    `insert into public.upload_grants (path, job_id, client_key_hash, expires_at, used_at) values ($1, $2, 'rls-matrix', now() + interval '1 hour', case when $3 then now() end)`,
    [path, JOBS.backend.id, used],
  );
  await sql(`insert into storage.objects (bucket_id, name, metadata) values ('resumes', $1, '{"size": 1234, "mimetype": "application/pdf"}')`, [
    path,
  ]);
  return path;
}

export async function dropGrant(path: string) {
  await sql('delete from public.applications where resume_path = $1', [path]);
  await sql('delete from public.upload_grants where path = $1', [path]);
  await serviceClient().storage.from('resumes').remove([path]);
}

export async function freshApplication(): Promise<{ id: string; path: string }> {
  const path = await freshGrant(true);
  const id = randomUUID();
  await sql(
    `insert into public.applications (id, job_id, full_name, email, resume_path, resume_size) values ($1, $2, 'Matrix Candidate', 'matrix@example.test', $3, 1234)`,
    [id, JOBS.backend.id, path],
  );
  return { id, path };
}

export async function freshDraftJob(): Promise<string> {
  const row = await one(`insert into public.jobs (org_id, slug, title, status) values ($1, $2, 'Matrix job', 'draft') returning id`, [ACME, slug()]);
  return row.id as string;
}

/** Runs `fn` with a row made by `make`, then removes it whatever happened. */
export async function using<T>(make: () => Promise<T>, remove: (row: T) => Promise<unknown>, fn: (row: T) => Promise<boolean>): Promise<boolean> {
  const row = await make();
  try {
    return await fn(row);
  } finally {
    await remove(row);
  }
}

export const dropJob = (id: string) => sql('delete from public.jobs where id = $1', [id]);
export const dropApplication = (a: { path: string }) => dropGrant(a.path);
export const rowsOf = (r: { data: unknown; error: unknown }) => (!r.error && Array.isArray(r.data) ? r.data.length : 0);

/** A resume object stored with real bytes by the service role (for overwrite and remove). */
export async function freshObject(): Promise<string> {
  const path = `${JOBS.backend.slug}/${randomUUID()}.pdf`;
  const { error } = await serviceClient().storage.from('resumes').upload(path, textPdf('matrix'), { contentType: 'application/pdf' });
  if (error) throw new Error(`could not store a fixture object: ${error.message}`);
  return path;
}
export const dropObject = (path: string) => serviceClient().storage.from('resumes').remove([path]);

/** The path this actor aims storage reads at: the candidate its own upload, everyone else Acme's resume. */
export const readable = (t: Try) => (t.actor === 'candidate' ? t.world.candidatePath : t.world.path);
