// Resumes a test file uploads through the real flow: their applications, grants and objects are removed once the
// file's tests are done, so runs against one stack never see each other's leftovers.
import { afterAll } from 'vitest';
import { serviceClient, sql } from './clients.ts';

/** Registers the clean-up for this test file; push every resume path it creates onto the returned list. */
export function removedAfterAll(): string[] {
  const paths: string[] = [];
  afterAll(async () => {
    if (!paths.length) return;
    await sql('delete from public.applications where resume_path = any($1)', [paths]);
    await sql('delete from public.upload_grants where path = any($1)', [paths]);
    await serviceClient().storage.from('resumes').remove(paths);
  });
  return paths;
}
