// A legible scanned resume (no text layer), uploaded through the Storage API as a candidate does: the real
// score-application reads it by OCR and scores it, and the dashboard marks the score and each snippet as OCR'd with
// the engine's confidence, at desktop and phone width, axe clean.
import { randomBytes, randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { E2E_API_URL } from '../playwright.config.ts';
import { ACME, USERS } from '../tests/app/db/seed.ts';
import { scannedResumePdf } from '../tests/fixtures/lib/scanned-resume.ts';
import { submitApplication, type Submitted } from './support/candidate.ts';
import { sql } from './support/spa.ts';

const SHOTS = 'test-results/ocr-evidence';
const suffix = [...randomBytes(4)].map((b) => String.fromCharCode(97 + (b % 26))).join('');
const job = { id: randomUUID(), slug: `ocr-evidence-${suffix}`, title: `OCR evidence ${suffix}` };
const SKILLS = [
  { name: 'Python', weight: 5, required: true, aliases: [] },
  { name: 'Kubernetes', weight: 3, required: false, aliases: [] },
  { name: 'Rust', weight: 2, required: false, aliases: [] },
];
let scan: Submitted;

// OCR in real Deno on a shared 2-core machine takes a while.
test.setTimeout(240_000);

test.beforeAll(async () => {
  test.setTimeout(240_000);
  await sql(`insert into public.jobs (id, org_id, slug, title, status, published_at, skills) values ($1, $2, $3, $4, 'open', now(), $5)`, [
    job.id,
    ACME,
    job.slug,
    job.title,
    JSON.stringify(SKILLS),
  ]);
  scan = await submitApplication(E2E_API_URL, {
    jobSlug: job.slug,
    jobId: job.id,
    fullName: `Jordan Avery ${suffix}`,
    resume: await scannedResumePdf(),
  });
  const settled = async () => {
    const [row] = await sql<{ parse_status: string; parse_error: string | null }>(
      `select parse_status, parse_error from public.applications where id = $1`,
      [scan.id],
    );
    return `${row?.parse_status} ${row?.parse_error ?? ''}`.trim();
  };
  await expect.poll(settled, { timeout: 200_000, intervals: [1000] }).toBe('done');
});

// Closed afterwards (its rows stay for the history): other specs count the open jobs.
test.afterAll(async () => {
  await sql(`update public.jobs set status = 'closed' where id = $1`, [job.id]);
});

test("a scan's score and every snippet say they were read by OCR, with the confidence", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/dashboard/jobs/${job.id}/applications/${scan.id}`);
  await page.getByLabel('Email').fill(USERS.acmeRecruiter.email);
  await page.getByLabel('Password').fill(USERS.acmeRecruiter.password);
  await page.getByRole('button', { name: 'Sign in' }).click();

  const skillMatch = page.getByRole('region', { name: 'Skill match' });
  await expect(skillMatch).toContainText(/This resume is a scan: its text was read by OCR \(confidence \d+ %\)/);
  await expect(skillMatch.getByText('80', { exact: true })).toBeVisible();
  await expect(skillMatch.getByRole('heading', { name: 'Matched (2)' })).toBeVisible();
  const snippets = skillMatch.getByRole('listitem').filter({ hasText: '“' });
  await expect(snippets.first()).toBeVisible();
  for (const snippet of await snippets.all()) await expect(snippet).toContainText(/OCR \d+ %/);
  await expect(skillMatch.getByText(/Python/).first()).toBeVisible();
  await expect(skillMatch).toContainText('Rust');
  // Showing the snippet's page opens the scan in the viewer.
  await skillMatch.getByRole('button', { name: /p\. 1/ }).first().click();
  await page.screenshot({ path: `${SHOTS}/detail.png`, fullPage: true });
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(skillMatch).toContainText(/read by OCR/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SHOTS}/detail-390.png`, fullPage: true });
});
