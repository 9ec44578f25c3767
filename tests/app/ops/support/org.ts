// A throw-away organization with its own jobs (so bucket folders and counts belong to one test file alone),
// an owner and a recruiter who can sign in; removed again with its applications and resumes.
import { randomBytes } from 'node:crypto';
import { serviceClient, sql } from '../../../support/clients.ts';

export type TestOrg = {
  id: string;
  slug: string;
  jobs: { open: string; other: string; closed: string };
  owner: { email: string; password: string };
  recruiter: { email: string; password: string };
  remove: () => Promise<void>;
};

export async function createTestOrg(prefix: string): Promise<TestOrg> {
  const tag = `${prefix}-${randomBytes(3).toString('hex')}`;
  const [org] = await sql<{ id: string }>(`insert into public.organizations (name, slug) values ($1, $1) returning id`, [tag]);
  const jobs = { open: `${tag}-backend`, other: `${tag}-frontend`, closed: `${tag}-data` };
  for (const [slug, status] of [
    [jobs.open, 'open'],
    [jobs.other, 'open'],
    [jobs.closed, 'closed'],
  ]) {
    await sql(`insert into public.jobs (org_id, slug, title, status) values ($1, $2, $2, $3)`, [org.id, slug, status]);
  }
  const admin = serviceClient();
  const users = {
    owner: { email: `owner@${tag}.test`, password: `${tag}-owner-pass` },
    recruiter: { email: `recruiter@${tag}.test`, password: `${tag}-recruiter-pass` },
  };
  for (const [role, u] of Object.entries(users)) {
    const { data, error } = await admin.auth.admin.createUser({ email: u.email, password: u.password, email_confirm: true });
    if (error) throw new Error(`createUser ${u.email}: ${error.message}`);
    await sql(`insert into public.memberships (org_id, user_id, role) values ($1, $2, $3)`, [org.id, data.user.id, role]);
  }
  return {
    id: org.id,
    slug: tag,
    jobs,
    ...users,
    remove: async () => {
      const folders = Object.values(jobs);
      const objects = await sql<{ name: string }>(
        `select name from storage.objects where bucket_id = 'resumes' and split_part(name, '/', 1) = any($1)`,
        [folders],
      );
      if (objects.length) await admin.storage.from('resumes').remove(objects.map((o) => o.name));
      await sql(`delete from public.applications a using public.jobs j where j.id = a.job_id and j.org_id = $1`, [org.id]);
      // The organization first: removing its last owner while it still exists is refused (keep_an_owner).
      await sql(`delete from public.organizations where id = $1`, [org.id]);
      await sql(`delete from auth.users where email = any($1)`, [[users.owner.email, users.recruiter.email]]);
    },
  };
}

/** Objects in the bucket under these job folders, name → size. */
export async function objectsIn(folders: string[]): Promise<Map<string, number>> {
  const rows = await sql<{ name: string; size: string }>(
    `select name, metadata ->> 'size' as size from storage.objects where bucket_id = 'resumes' and split_part(name, '/', 1) = any($1)`,
    [folders],
  );
  return new Map(rows.map((r) => [r.name, Number(r.size)]));
}
