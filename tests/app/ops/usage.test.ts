// Storage usage through the API as each role calls it: exact figures for known objects and downloads,
// owner-only access decided in SQL, and `npm run usage` with plans small enough to cross the thresholds.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../../stack/config.ts';
import type { UsageReport } from '../../../src/lib/usage-projection.ts';
import { anonClient, serviceClient, signedInClient, sql, stack } from '../../support/clients.ts';
import { createTestOrg, type TestOrg } from './support/org.ts';

let org: TestOrg;
let other: TestOrg;
const sizes = [1000, 2000, 3000];
const paths: string[] = [];

beforeAll(async () => {
  org = await createTestOrg('ops-usage');
  other = await createTestOrg('ops-usage-other');
  const admin = serviceClient();
  for (const [i, size] of sizes.entries()) {
    const name = `${[org.jobs.open, org.jobs.other, org.jobs.closed][i]}/${crypto.randomUUID()}.pdf`;
    const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(size - 9, 0x20)]);
    const { error } = await admin.storage.from('resumes').upload(name, bytes, { contentType: 'application/pdf' });
    if (error) throw error;
    paths.push(name);
  }
  // Something in another org's folder that must not count for this one.
  await admin.storage
    .from('resumes')
    .upload(`${other.jobs.open}/${crypto.randomUUID()}.pdf`, Buffer.from('%PDF-1.4 other org'), { contentType: 'application/pdf' });
});

afterAll(async () => {
  await org?.remove();
  await other?.remove();
});

type Usage = {
  objects: number;
  bytes: number;
  uploads_this_month: number;
  upload_bytes_this_month: number;
  downloads_this_month: number;
  download_bytes_this_month: number;
  month_start: string;
  month_end: string;
};

describe('record_resume_download', () => {
  it('counts a signed URL issued by any member of the org, with the object’s size', async () => {
    const recruiter = await signedInClient(org.recruiter.email, org.recruiter.password);
    const owner = await signedInClient(org.owner.email, org.owner.password);
    for (const [client, p] of [
      [recruiter, paths[0]],
      [recruiter, paths[0]],
      [owner, paths[2]],
    ] as const) {
      const { data: url, error: signError } = await client.storage.from('resumes').createSignedUrl(p, 60);
      expect(signError).toBeNull();
      expect(url?.signedUrl).toBeTruthy();
      const { data, error } = await client.rpc('record_resume_download', { path: p });
      expect(error).toBeNull();
      expect(data).toBe(true);
    }
    const rows = await sql<{ bytes: string; n: string }>(`select sum(bytes) as bytes, count(*) as n from public.resume_downloads where org_id = $1`, [
      org.id,
    ]);
    expect(rows[0]).toEqual({ bytes: String(1000 + 1000 + 3000), n: '3' });
  });

  it('refuses other organizations’ members and the anon key, and counts nothing for a missing object', async () => {
    const outsider = await signedInClient(other.owner.email, other.owner.password);
    const refused = await outsider.rpc('record_resume_download', { path: paths[0] });
    expect(refused.error?.code).toBe('42501');
    const anon = await anonClient().rpc('record_resume_download', { path: paths[0] });
    expect(anon.error).not.toBeNull();
    const owner = await signedInClient(org.owner.email, org.owner.password);
    const missing = await owner.rpc('record_resume_download', { path: `${org.jobs.open}/${crypto.randomUUID()}.pdf` });
    expect(missing).toMatchObject({ data: false, error: null });
    // An unknown folder looks exactly like someone else's: no hint which job slugs exist.
    const unknown = await owner.rpc('record_resume_download', { path: 'no-such-job/x.pdf' });
    expect(unknown.error?.code).toBe('42501');
    expect(unknown.error?.message).toBe(refused.error?.message);
  });
});

describe('storage_usage', () => {
  it('gives the owner their organization’s exact figures', async () => {
    const owner = await signedInClient(org.owner.email, org.owner.password);
    const { data, error } = await owner.rpc('storage_usage', { org: org.id });
    expect(error).toBeNull();
    const usage = (data as Usage[])[0];
    expect(usage).toMatchObject({
      objects: 3,
      bytes: 6000,
      uploads_this_month: 3,
      upload_bytes_this_month: 6000,
      downloads_this_month: 3,
      download_bytes_this_month: 5000,
    });
    const now = new Date();
    expect(new Date(usage.month_start).toISOString()).toBe(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString());
    expect(new Date(usage.month_end).toISOString()).toBe(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString());
  });

  it('counts uploads of earlier months as stored but not as this month’s', async () => {
    await sql(`update storage.objects set created_at = date_trunc('month', now(), 'UTC') - interval '1 day' where name = $1`, [paths[1]]);
    try {
      const { data } = await serviceClient().rpc('storage_usage', { org: org.id });
      expect((data as Usage[])[0]).toMatchObject({ objects: 3, bytes: 6000, uploads_this_month: 2, upload_bytes_this_month: 4000 });
    } finally {
      await sql(`update storage.objects set created_at = now() where name = $1`, [paths[1]]);
    }
  });

  it('refuses recruiters, other organizations’ owners and the anon key; only the service role sees the whole bucket', async () => {
    const recruiter = await signedInClient(org.recruiter.email, org.recruiter.password);
    expect((await recruiter.rpc('storage_usage', { org: org.id })).error?.code).toBe('42501');
    const outsider = await signedInClient(other.owner.email, other.owner.password);
    expect((await outsider.rpc('storage_usage', { org: org.id })).error?.code).toBe('42501');
    expect((await anonClient().rpc('storage_usage', { org: org.id })).error).not.toBeNull();
    const owner = await signedInClient(org.owner.email, org.owner.password);
    expect((await owner.rpc('storage_usage', {})).error?.code).toBe('42501');

    const whole = await serviceClient().rpc('storage_usage', {});
    expect(whole.error).toBeNull();
    const [{ n, bytes }] = await sql<{ n: string; bytes: string }>(
      `select count(*) as n, coalesce(sum((metadata ->> 'size')::bigint), 0) as bytes from storage.objects where bucket_id = 'resumes'`,
    );
    expect((whole.data as Usage[])[0]).toMatchObject({ objects: Number(n), bytes: Number(bytes) });
  });

  it('is not readable around the RPC: the download log has no API access', async () => {
    const owner = await signedInClient(org.owner.email, org.owner.password);
    const { error } = await owner.from('resume_downloads').select('*');
    expect(error).not.toBeNull();
  });
});

describe('npm run usage', { timeout: 90_000 }, () => {
  const usage = (args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> =>
    new Promise((resolve, reject) => {
      const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/usage.ts', ...args], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          SUPABASE_URL: stack.apiUrl,
          SUPABASE_SERVICE_ROLE_KEY: stack.serviceRoleKey,
          USAGE_PLAN_STORAGE_GB: '',
          USAGE_PLAN_EGRESS_GB: '',
        },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  const gb = (bytes: number) => String(bytes / 1024 ** 3);

  it('prints the organization’s figures against the free tier by default', async () => {
    const run = await usage(['--org', org.slug, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as UsageReport;
    expect(report.figures).toMatchObject({ objects: 3, bytes: 6000, uploadsThisMonth: 3, downloadsThisMonth: 3, downloadBytesThisMonth: 5000 });
    expect(report.plan).toEqual({ name: 'Free tier', storageBytes: 1024 ** 3, egressBytes: 2 * 1024 ** 3 });
    expect(report.storage.level).toBe('ok');
    expect(report.warnings).toEqual([]);
    expect(report.recommendation).toBeNull();
  });

  it('warns from 80 % of a (tiny) plan, and recommends a bigger plan once it will be outgrown', async () => {
    // 6000 bytes stored: 75 % of 8000 but heading past it this month (uploads happened this month).
    const below = JSON.parse((await usage(['--org', org.slug, '--json', '--storage-gb', gb(8000)])).stdout) as UsageReport;
    expect(below.storage.usedShare).toBe(0.75);

    const warning = JSON.parse((await usage(['--org', org.slug, '--json', '--storage-gb', gb(7500)])).stdout) as UsageReport;
    expect(warning.storage.usedShare).toBe(0.8);
    expect(warning.storage.level).toBe('warning');
    expect(warning.warnings[0]).toMatch(/^Storage is at 80 % of the plan/);

    const over = await usage(['--org', org.slug, '--storage-gb', gb(6000), '--egress-gb', gb(5000)]);
    expect(over.code).toBe(0);
    expect(over.stdout).toContain('✖ over the plan');
    expect(over.stdout).toMatch(/Storage is full: 5.86 KB stored/);
    expect(over.stdout).toMatch(/Egress is used up/);
    expect(over.stdout).toMatch(/Recommendation: .*Move to a larger plan/);

    const plenty = JSON.parse((await usage(['--org', org.slug, '--json', '--storage-gb', '1', '--warn-at', '90'])).stdout) as UsageReport;
    expect(plenty.warnAt).toBe(0.9);
  });

  it('shows the whole bucket without --org, and refuses bad flags', async () => {
    const whole = await usage([]);
    expect(whole.code, whole.stderr).toBe(0);
    expect(whole.stdout).toMatch(/Storage usage of the resumes bucket — whole bucket/);
    expect(whole.stdout).toMatch(/stored\s+\d+ objects?/);
    const bad = await usage(['--storage-gb', 'lots']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--storage-gb must be a positive number, not "lots"');
  });
});
