// The insert a candidate makes after a real upload (sign-upload, the PUT into the bucket, the anon insert through
// /rest/v1): a name of invisible characters, a resume_size other than the stored object's, or an object that is not
// a PDF gets 400 with code 23514, stores nothing and leaves the grant unused, so the same upload can be submitted
// again with the right values.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { JOBS } from '../db/seed.ts';
import { anonClient, sql } from '../../support/clients.ts';
import { uploadResume } from './support.ts';

const submit = (path: string, fields: { full_name?: string; resume_size: number }) =>
  anonClient()
    .from('applications')
    .insert({ id: randomUUID(), job_id: JOBS.backend.id, full_name: 'Ada Lovelace', email: 'ada@example.test', resume_path: path, ...fields });

async function expectNothingStored(path: string) {
  const [row] = await sql<{ applications: number; used_at: Date | null }>(
    `select (select count(*)::int from public.applications where resume_path = $1) as applications, used_at from public.upload_grants where path = $1`,
    [path],
  );
  expect(row).toEqual({ applications: 0, used_at: null });
}

async function expectSubmitted(path: string, fullName: string) {
  const [row] = await sql<{ full_name: string; used: boolean }>(
    `select a.full_name, g.used_at is not null as used from public.applications a join public.upload_grants g on g.path = a.resume_path where a.resume_path = $1`,
    [path],
  );
  expect(row).toEqual({ full_name: fullName, used: true });
}

describe('a candidate submitting after the upload', () => {
  it.each([
    ['non-breaking spaces', '\u00a0\u00a0\u00a0'],
    ['a zero-width space', '\u200b'],
    ['ideographic and em spaces with a byte order mark', '\u3000\u2003\ufeff'],
    ['Hangul fillers and a word joiner', '\u3164\u2060\uffa0'],
  ])('with a full name of %s is refused (400, 23514) and can submit the same upload with a real name', async (_, blank) => {
    const { path, size } = await uploadResume();
    const refused = await submit(path, { full_name: blank, resume_size: size });
    expect({ status: refused.status, code: refused.error?.code }).toEqual({ status: 400, code: '23514' });
    expect(refused.error?.message).toContain('applications_full_name_visible');
    await expectNothingStored(path);

    const retried = await submit(path, { full_name: 'Ada Lovelace', resume_size: size });
    expect(retried.error).toBeNull();
    await expectSubmitted(path, 'Ada Lovelace');
  });

  it.each([
    ['smaller', -1],
    ['larger', 1],
    ['far larger', 4 * 1024 * 1024],
  ])('declaring a resume_size %s than the stored object is refused (400, 23514) and can submit with the real size', async (_, off) => {
    const { path, size } = await uploadResume();
    const refused = await submit(path, { resume_size: size + off });
    expect({ status: refused.status, code: refused.error?.code }).toEqual({ status: 400, code: '23514' });
    expect(refused.error?.message).toBe(`resume_size says ${size + off} bytes, but the uploaded resume is ${size} bytes`);
    await expectNothingStored(path);

    const retried = await submit(path, { resume_size: size });
    expect(retried.error).toBeNull();
    await expectSubmitted(path, 'Ada Lovelace');
  });

  it('is refused when the stored object is not a PDF (the bucket allowed another type), whatever size it declares', async () => {
    const { path, size } = await uploadResume();
    await sql(`update storage.objects set metadata = jsonb_set(metadata, '{mimetype}', '"text/html"') where bucket_id = 'resumes' and name = $1`, [
      path,
    ]);
    const refused = await submit(path, { resume_size: size });
    expect({ status: refused.status, code: refused.error?.code, message: refused.error?.message }).toEqual({
      status: 400,
      code: '23514',
      message: 'The uploaded resume is stored as text/html, not as application/pdf',
    });
    await expectNothingStored(path);
  });

  it("is refused without a word about the object when the grant does not admit the row (another job's path)", async () => {
    const { path, size } = await uploadResume();
    const refused = await anonClient()
      .from('applications')
      .insert({
        id: randomUUID(),
        job_id: JOBS.frontend.id,
        full_name: 'Ada Lovelace',
        email: 'ada@example.test',
        resume_path: path,
        resume_size: size + 1,
      });
    expect({ status: refused.status, code: refused.error?.code }).toEqual({ status: 401, code: '42501' });
    expect(refused.error?.message).not.toMatch(/resume_size|bytes/);
    await expectNothingStored(path);
  });
});
