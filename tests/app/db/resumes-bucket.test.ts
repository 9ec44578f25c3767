// The resume policies through the Storage API with supabase-js, as the SPA and candidates meet them:
// nobody anonymous lists or reads, members read their org's folder, only owners erase, nobody overwrites.
import { randomUUID } from 'node:crypto';
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonClient, serviceClient, signedInClient, sql } from '../../support/clients.ts';
import { textPdf } from '../../support/pdf.ts';
import { JOBS, USERS } from './seed.ts';

const acmeResume = `${JOBS.backend.slug}/${randomUUID()}.pdf`;
const globexResume = `${JOBS.sre.slug}/${randomUUID()}.pdf`;
const resumes = (client: SupabaseClient) => client.storage.from('resumes');

describe('resumes bucket through the Storage API', () => {
  let viewer: SupabaseClient;
  let recruiter: SupabaseClient;
  let owner: SupabaseClient;
  let globex: SupabaseClient;

  beforeAll(async () => {
    for (const path of [acmeResume, globexResume]) {
      const { error } = await resumes(serviceClient()).upload(path, textPdf(), { contentType: 'application/pdf' });
      expect(error).toBeNull();
    }
    [viewer, recruiter, owner, globex] = await Promise.all(
      [USERS.acmeViewer, USERS.acmeRecruiter, USERS.acmeOwner, USERS.globexRecruiter].map((u) => signedInClient(u.email, u.password)),
    );
  });

  afterAll(async () => {
    await resumes(serviceClient()).remove([acmeResume, globexResume]);
  });

  it('anon cannot list, download, sign or upload', async () => {
    const anon = resumes(anonClient());
    const list = await anon.list(JOBS.backend.slug);
    expect(list.data ?? []).toEqual([]);
    expect((await anon.download(acmeResume)).error).not.toBeNull();
    expect((await anon.createSignedUrl(acmeResume, 60)).error).not.toBeNull();
    const upload = await anon.upload(`${JOBS.backend.slug}/${randomUUID()}.pdf`, textPdf(), { contentType: 'application/pdf' });
    expect(upload.error?.message).toMatch(/row-level security/);
  });

  it("a viewer lists the org's job folders and reads a resume through a signed URL", async () => {
    const list = await resumes(viewer).list(JOBS.backend.slug);
    expect(list.data?.map((o) => o.name)).toContain(acmeResume.split('/')[1]);
    const signed = await resumes(viewer).createSignedUrl(acmeResume, 60);
    expect(signed.error).toBeNull();
    const res = await fetch(signed.data!.signedUrl);
    expect(res.status).toBe(200);
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it("another org's members see nothing of it, and the other way round", async () => {
    expect((await resumes(globex).list(JOBS.backend.slug)).data ?? []).toEqual([]);
    expect((await resumes(globex).createSignedUrl(acmeResume, 60)).error).not.toBeNull();
    expect((await resumes(viewer).createSignedUrl(globexResume, 60)).error).not.toBeNull();
  });

  it('nobody overwrites a resume, not even an owner', async () => {
    const { error } = await resumes(owner).upload(acmeResume, textPdf('forged'), { contentType: 'application/pdf', upsert: true });
    expect(error).not.toBeNull();
  });

  it('viewers and recruiters cannot erase a resume; owners can', async () => {
    for (const client of [viewer, recruiter, globex]) {
      const { data } = await resumes(client).remove([acmeResume]);
      expect(data ?? []).toEqual([]);
    }
    expect(await sql(`select name from storage.objects where bucket_id = 'resumes' and name = $1`, [acmeResume])).toHaveLength(1);
    const { data, error } = await resumes(owner).remove([acmeResume]);
    expect(error).toBeNull();
    expect(data?.map((o) => o.name)).toEqual([acmeResume]);
    expect(await sql(`select name from storage.objects where bucket_id = 'resumes' and name = $1`, [acmeResume])).toEqual([]);
  });
});
