// `npm run import` end to end against the test stack, run as a child process the way a person runs it:
// the happy path, re-runs, a crash between upload and insert, and every kind of bad row.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legacyRef, objectPath } from '../../../scripts/import/identity.ts';
import { makeResumePdf } from '../../../scripts/make-fixtures.ts';
import { serviceClient, sql } from '../../support/clients.ts';
import { runImportCli } from './support/import-cli.ts';
import { goodRows, writeLegacyExport, type LegacyExport, type LegacyRow } from './support/legacy.ts';
import { createTestOrg, objectsIn, type TestOrg } from './support/org.ts';

let org: TestOrg;
let globex: TestOrg;
const exports: LegacyExport[] = [];

beforeAll(async () => {
  org = await createTestOrg('ops-import');
  globex = await createTestOrg('ops-other');
});

afterAll(async () => {
  await org?.remove();
  await globex?.remove();
  for (const e of exports) fs.rmSync(e.dir, { recursive: true, force: true });
});

const folders = () => Object.values(org.jobs);
const legacy = async (rows: LegacyRow[], options: Parameters<typeof writeLegacyExport>[1] = {}) => {
  const e = await writeLegacyExport(rows, options);
  exports.push(e);
  return e;
};
const importArgs = (e: LegacyExport, ...more: string[]) => ['--org', org.slug, '--csv', e.csv, '--files', e.media, ...more];

type AppRow = {
  full_name: string;
  email: string;
  phone: string | null;
  stage: string;
  created_at: Date;
  resume_path: string;
  resume_size: string;
  parse_status: string;
  legacy_ref: string;
  first_event_at: Date;
};
const applicationsOf = (tag: string) =>
  sql<AppRow>(
    `select a.full_name, a.email, a.phone, a.stage, a.created_at, a.resume_path, a.resume_size, a.parse_status, a.legacy_ref,
            (select min(e.at) from public.stage_events e where e.application_id = a.id) as first_event_at
     from public.applications a where a.email like $1 order by a.email`,
    [`%.${tag}@example.com`],
  );

describe('a clean export', { timeout: 90_000 }, () => {
  let e: LegacyExport;
  beforeAll(async () => {
    // Real resumes (the scoring engineer's fixture writer) for the happy path; the other cases use tiny ones for speed.
    e = await legacy(goodRows(12, [org.jobs.open, org.jobs.other, org.jobs.closed], 'happy'), {
      pdf: (r) =>
        makeResumePdf({
          name: r.full_name,
          email: r.email,
          phone: r.phone || '+1 555 0100',
          skillsText: 'TypeScript, PostgreSQL, Node.js, React',
          pages: 1,
        }),
    });
  });

  it('--dry-run checks every row and writes nothing', async () => {
    const run = await runImportCli(importArgs(e, '--dry-run'));
    expect(run.code, run.stderr).toBe(0);
    expect(run.summary).toMatchObject({ dryRun: true, rows: 12, imported: 12, skipped: 0, failed: 0 });
    expect(await applicationsOf('happy')).toEqual([]);
    expect((await objectsIn(folders())).size).toBe(0);
  });

  it('imports 12 rows: one object per resume at <job-slug>/<uuid>.pdf, one application each with the CSV’s fields, queued for scoring', async () => {
    const run = await runImportCli(importArgs(e, '--concurrency', '3'));
    expect(run.code, run.stderr).toBe(0);
    expect(run.summary).toMatchObject({ rows: 12, imported: 12, skipped: 0, failed: 0, interrupted: false });

    const apps = await applicationsOf('happy');
    expect(apps).toHaveLength(12);
    const objects = await objectsIn(folders());
    expect(objects.size).toBe(12);
    for (const row of e.rows) {
      const app = apps.find((a) => a.email === row.email)!;
      const file = fs.readFileSync(path.join(e.media, row.resume));
      expect(app).toMatchObject({
        full_name: row.full_name,
        stage: row.stage,
        phone: row.phone || null,
        legacy_ref: legacyRef(org.slug, { jobSlug: row.job_slug, resume: row.resume, email: row.email }),
      });
      expect(app.resume_path).toBe(objectPath(row.job_slug, app.legacy_ref));
      expect(app.resume_path).toMatch(new RegExp(`^${row.job_slug}/[0-9a-f-]{36}\\.pdf$`));
      expect(Number(app.resume_size)).toBe(file.byteLength);
      expect(objects.get(app.resume_path)).toBe(file.byteLength);
      // Applied when the old system says, and the stage history starts then too.
      expect(app.created_at.toISOString()).toBe(new Date(row.applied_at).toISOString());
      expect(app.first_event_at.toISOString()).toBe(new Date(row.applied_at).toISOString());
      // Inserted as pending; the scheduler (hosted: pg_net + pg_cron) may already have scored it.
      expect(['pending', 'done', 'failed']).toContain(app.parse_status);
    }
    const sample = apps[0];
    const { data } = await serviceClient().storage.from('resumes').download(sample.resume_path);
    const row = e.rows.find((r) => r.email === sample.email)!;
    expect(Buffer.from(await data!.arrayBuffer()).equals(fs.readFileSync(path.join(e.media, row.resume)))).toBe(true);
  });

  it('a second run imports nothing new', async () => {
    const before = await objectsIn(folders());
    const run = await runImportCli(importArgs(e));
    expect(run.code, run.stderr).toBe(0);
    expect(run.summary).toMatchObject({ imported: 0, skipped: 12, failed: 0 });
    expect(run.summary!.outcomes.every((o) => o.reason === 'already imported')).toBe(true);
    expect(await applicationsOf('happy')).toHaveLength(12);
    expect(await objectsIn(folders())).toEqual(before);
  });

  it('the imported applications get scored by the pipeline (the local scheduler calls score-application)', { timeout: 120_000 }, async () => {
    let apps = await applicationsOf('happy');
    for (let waited = 0; apps.some((a) => a.parse_status === 'pending') && waited < 90_000; waited += 1000) {
      await new Promise((r) => setTimeout(r, 1000));
      apps = await applicationsOf('happy');
    }
    const scored = await sql<{ parse_status: string; parse_error: string | null; score: number | null }>(
      `select parse_status, parse_error, score from public.applications where email like '%.happy@example.com'`,
    );
    expect(scored.filter((a) => a.parse_status !== 'done')).toEqual([]);
    expect(scored.every((a) => a.score !== null)).toBe(true);
  });

  it('prints a readable summary without --json', async () => {
    const { spawnSync } = await import('node:child_process');
    const { stack } = await import('../../support/clients.ts');
    const out = spawnSync('node_modules/.bin/tsx', ['scripts/import.ts', ...importArgs(e)], {
      encoding: 'utf8',
      env: { ...process.env, SUPABASE_URL: stack.apiUrl, SUPABASE_SERVICE_ROLE_KEY: stack.serviceRoleKey },
    });
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/imported\s+0/);
    expect(out.stdout).toMatch(/skipped\s+12 \(12 already imported\)/);
    // Progress goes to stderr (plain lines when it is not a terminal), never into the summary.
    expect(out.stderr).toMatch(/12\/12 rows 100%/);
  });
});

describe('interrupted and resumed', { timeout: 90_000 }, () => {
  it('a run killed between an upload and its insert leaves nothing a re-run does not finish: every row once, no orphan objects', async () => {
    const e = await legacy(goodRows(10, [org.jobs.open, org.jobs.other], 'crash'));
    const before = (await objectsIn(folders())).size;

    const killed = await runImportCli(importArgs(e, '--concurrency', '1'), { SMART_ATS_IMPORT_CRASH_AFTER_UPLOADS: '4' });
    expect(killed.code).toBe(137);
    expect(killed.summary).toBeNull();
    expect(await applicationsOf('crash')).toHaveLength(3);
    // The fourth upload made it, its row did not: an orphan for now.
    expect((await objectsIn(folders())).size - before).toBe(4);

    const resumed = await runImportCli(importArgs(e, '--concurrency', '4'));
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.summary).toMatchObject({ imported: 7, skipped: 3, failed: 0 });

    const apps = await applicationsOf('crash');
    expect(apps).toHaveLength(10);
    expect(new Set(apps.map((a) => a.email)).size).toBe(10);
    const objects = await objectsIn(folders());
    expect(objects.size - before).toBe(10);
    for (const a of apps) expect(objects.has(a.resume_path)).toBe(true);
  });

  it('Ctrl-C stops after the rows in flight, reports what was not reached (exit 130), and a re-run finishes the rest', async () => {
    const e = await legacy(goodRows(120, [org.jobs.open], 'sigint'));
    const run = runImportCli(importArgs(e, '--concurrency', '1'));
    while ((await applicationsOf('sigint')).length < 3) await new Promise((r) => setTimeout(r, 25));
    run.child.kill('SIGINT');
    const stopped = await run;
    expect(stopped.code).toBe(130);
    expect(stopped.summary).toMatchObject({ interrupted: true, failed: 0 });
    const s = stopped.summary!;
    expect(s.imported).toBeGreaterThanOrEqual(3);
    expect(s.imported + s.notProcessed).toBe(120);
    expect(await applicationsOf('sigint')).toHaveLength(s.imported);

    const resumed = await runImportCli(importArgs(e));
    expect(resumed.summary).toMatchObject({ imported: 120 - s.imported, skipped: s.imported, failed: 0 });
    expect(await applicationsOf('sigint')).toHaveLength(120);
  });

  it('replaces a leftover object that is not this row’s file instead of attaching the wrong resume', async () => {
    const [row] = goodRows(1, [org.jobs.open], 'leftover');
    const e = await legacy([row]);
    const target = objectPath(row.job_slug, legacyRef(org.slug, { jobSlug: row.job_slug, resume: row.resume, email: row.email }));
    const { error } = await serviceClient()
      .storage.from('resumes')
      .upload(target, Buffer.from('%PDF-1.4 something else'), { contentType: 'application/pdf' });
    expect(error).toBeNull();

    const run = await runImportCli(importArgs(e));
    expect(run.summary).toMatchObject({ imported: 1, failed: 0 });
    const { data } = await serviceClient().storage.from('resumes').download(target);
    expect(Buffer.from(await data!.arrayBuffer()).equals(fs.readFileSync(path.join(e.media, row.resume)))).toBe(true);
  });
});

describe('bad rows', { timeout: 90_000 }, () => {
  it('reports each bad row with its CSV line and reason, imports the good ones, and exits 1', async () => {
    const [good1, good2, ...rest] = goodRows(14, [org.jobs.open], 'bad');
    const bad = (over: Partial<LegacyRow>, i: number): LegacyRow => ({ ...rest[i], ...over });
    const rows = [
      good1, // line 2
      bad({ resume: 'resumes/2023/nobody.pdf' }, 0), // 3: missing file (not written: see below)
      bad({ resume: 'resumes/2023/cv.docx' }, 1), // 4: not a PDF
      bad({ job_slug: 'no-such-job' }, 2), // 5: unknown job
      bad({ job_slug: globex.jobs.open }, 3), // 6: another org's job
      bad({ stage: 'phone-screen' }, 4), // 7: bad stage
      bad({ email: 'not-an-email' }, 5), // 8: bad email
      bad({ applied_at: '12/31/2023' }, 6), // 9: bad date
      bad({ resume: '../outside.pdf' }, 7), // 10: traversal
      bad({ resume: 'resumes/2023/huge.pdf' }, 8), // 11: over 5 MiB
      good1, // 12: the same row again
      good2, // 13
    ];
    // Line 14 onwards: a malformed record, then a good row after it.
    const e = await legacy(rows, {
      extraLines: [
        'x,"Quote"in the middle,a@b.co,,2023-01-01,applied,resumes/x.pdf',
        [rest[9].job_slug, rest[9].full_name, rest[9].email, rest[9].phone, rest[9].applied_at, rest[9].stage, rest[9].resume].join(','),
      ],
    });
    fs.rmSync(path.join(e.media, 'resumes/2023/nobody.pdf'));
    fs.writeFileSync(path.join(e.media, 'resumes/2023/cv.docx'), 'PK\u0003\u0004 a Word file');
    fs.writeFileSync(path.join(e.dir, 'outside.pdf'), '%PDF-1.4 outside the media folder');
    fs.writeFileSync(path.join(e.media, 'resumes/2023/huge.pdf'), Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(5 * 1024 * 1024)]));
    fs.mkdirSync(path.dirname(path.join(e.media, rest[9].resume)), { recursive: true });
    fs.copyFileSync(path.join(e.media, good1.resume), path.join(e.media, rest[9].resume));

    const run = await runImportCli(importArgs(e));
    expect(run.code).toBe(1);
    const s = run.summary!;
    expect(s).toMatchObject({ rows: 14, imported: 3, skipped: 1, failed: 10 });
    const failures = Object.fromEntries(s.outcomes.filter((o) => o.status === 'failed').map((o) => [o.line, o.reason]));
    expect(failures).toEqual({
      3: 'resume file not found: resumes/2023/nobody.pdf',
      4: 'resume file resumes/2023/cv.docx is not a PDF (no %PDF- signature)',
      5: 'unknown job "no-such-job"',
      6: `job "${globex.jobs.open}" belongs to another organization, not ${org.slug}`,
      7: 'stage "phone-screen" is not one of applied, screening, interview, offer, hired, rejected',
      8: 'email "not-an-email" is not an email address',
      9: 'applied_at "12/31/2023" is not an ISO date (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)',
      10: 'resume path "../outside.pdf" points outside --files',
      11: "resume file resumes/2023/huge.pdf is larger than the bucket's 5 MiB limit (5,242,889 bytes)",
      14: 'malformed CSV: unexpected text after a closing quote (quotes inside a field must be doubled: "")',
    });
    expect(s.outcomes.find((o) => o.line === 12)).toMatchObject({ status: 'skipped', reason: 'duplicate of line 2' });
    expect((await applicationsOf('bad')).map((a) => a.email).sort()).toEqual([good1.email, good2.email, rest[9].email].sort());
    // Nothing of the bad rows reached the bucket or the other org.
    expect((await objectsIn([globex.jobs.open])).size).toBe(0);

    // The readable summary names the lines too.
    const { spawnSync } = await import('node:child_process');
    const { stack } = await import('../../support/clients.ts');
    const text = spawnSync('node_modules/.bin/tsx', ['scripts/import.ts', ...importArgs(e)], {
      encoding: 'utf8',
      env: { ...process.env, SUPABASE_URL: stack.apiUrl, SUPABASE_SERVICE_ROLE_KEY: stack.serviceRoleKey },
    });
    expect(text.status).toBe(1);
    expect(text.stdout).toContain('line 3: resume file not found: resumes/2023/nobody.pdf');
    expect(text.stdout).toContain('line 10: resume path "../outside.pdf" points outside --files');
  });

  it('stops before doing anything when the organization, the CSV or the header is wrong (exit 2)', async () => {
    const e = await legacy(goodRows(1, [org.jobs.open], 'setup'));
    const noOrg = await runImportCli(['--org', 'no-such-org', '--csv', e.csv, '--files', e.media]);
    expect(noOrg.code).toBe(2);
    expect(noOrg.stderr).toContain('No organization with the slug "no-such-org"');
    fs.writeFileSync(e.csv, 'name,email\nJane,jane@example.com\n');
    const badHeader = await runImportCli(importArgs(e));
    expect(badHeader.code).toBe(2);
    expect(badHeader.stderr).toContain('the header lacks the column(s) job_slug, full_name, phone, applied_at, stage, resume');
    const noFlags = await runImportCli(['--org', org.slug]);
    expect(noFlags.code).toBe(2);
    expect(noFlags.stderr).toContain('missing --csv, --files');
  });
});
