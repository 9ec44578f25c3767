// RLS matrix cells for the resumes bucket and the RPCs around it.
import { randomUUID } from 'node:crypto';
import { ACME, JOBS } from '../../../app/db/seed.ts';
import { textPdf } from '../../../support/pdf.ts';
import { sql } from '../../../support/clients.ts';
import { dropGrant, dropObject, exists, freshObject, readable, using, type Try } from './fixtures.ts';

export const RESUMES_CELLS: Record<string, (t: Try) => Promise<boolean>> = {
  'rpc · record_resume_download (an Acme resume)': async ({ client, world }) => {
    const { data, error } = await client.rpc('record_resume_download', { path: world.path });
    await sql('delete from public.resume_downloads where path = $1 and id <> $2', [world.path, world.downloadId]);
    return !error && data === true;
  },
  'rpc · record_upload_grant': async ({ client }) => {
    const path = `${JOBS.backend.slug}/${randomUUID()}.pdf`;
    const { data } = await client.rpc('record_upload_grant', {
      job_slug: JOBS.backend.slug,
      path,
      client_key_hash: `matrix-${randomUUID()}`,
      file_size: 10,
    });
    await dropGrant(path);
    return (data as { ok?: boolean } | null)?.ok === true;
  },
  'rpc · storage_usage (Acme)': async ({ client }) => {
    const { data, error } = await client.rpc('storage_usage', { org: ACME });
    return !error && Array.isArray(data) && data.length === 1;
  },
  'rpc · org_member_directory (Acme; members only)': async ({ client }) => {
    const { data, error } = await client.rpc('org_member_directory', { org: ACME });
    return !error && Array.isArray(data) && data.length > 0;
  },

  'bucket resumes · read (download; candidate: its own upload)': async (t) => {
    const { data, error } = await t.client.storage.from('resumes').download(readable(t));
    return (
      !error &&
      Buffer.from(await data.arrayBuffer())
        .subarray(0, 5)
        .toString() === '%PDF-'
    );
  },
  'bucket resumes · read through a signed URL it creates': async (t) => {
    const { data, error } = await t.client.storage.from('resumes').createSignedUrl(readable(t), 60);
    if (error || !data) return false;
    const res = await fetch(data.signedUrl);
    return (
      res.ok &&
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString() === '%PDF-'
    );
  },
  'bucket resumes · list the job folder': async (t) => {
    const [folder, name] = readable(t).split('/');
    const { data } = await t.client.storage.from('resumes').list(folder, { search: name });
    return (data ?? []).some((o) => o.name === name);
  },
  'bucket resumes · upload a new object directly': async ({ client }) => {
    const path = `${JOBS.backend.slug}/${randomUUID()}.pdf`;
    const { error } = await client.storage.from('resumes').upload(path, textPdf(), { contentType: 'application/pdf' });
    if (!error) await dropObject(path);
    return !error;
  },
  'bucket resumes · sign an upload URL for a path of its choice': async ({ client }) => {
    const { data, error } = await client.storage.from('resumes').createSignedUploadUrl(`${JOBS.backend.slug}/${randomUUID()}.pdf`);
    return !error && Boolean(data?.token);
  },
  'bucket resumes · overwrite an object (upsert)': async ({ client }) =>
    using(freshObject, dropObject, async (path) => {
      const forged = textPdf('overwritten by the matrix');
      await client.storage.from('resumes').upload(path, forged, { contentType: 'application/pdf', upsert: true });
      return exists(`select 1 from storage.objects where bucket_id = 'resumes' and name = $1 and (metadata->>'size')::int = $2`, [
        path,
        forged.length,
      ]);
    }),
  'bucket resumes · remove an object': async ({ client }) =>
    using(freshObject, dropObject, async (path) => {
      await client.storage.from('resumes').remove([path]);
      return !(await exists(`select 1 from storage.objects where bucket_id = 'resumes' and name = $1`, [path]));
    }),
};
