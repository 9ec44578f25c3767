// Resumes nobody could read, uploaded through the Storage API as candidates do (a locked PDF, a blurred scan, a
// damaged file): the real scorer fails on each, the job's page lists them under "Needs a manual look" with a reason in
// plain words, not ranked below the scored ones, and the viewer says why it cannot show them instead of spinning.
import { randomBytes, randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { E2E_API_URL } from '../playwright.config.ts';
import { ACME, USERS } from '../tests/app/db/seed.ts';
import { submitApplication, type Submitted } from './support/candidate.ts';
import { lockedPdf, scannedPdf, sql } from './support/spa.ts';

const SHOTS = 'test-results/manual-look';
const suffix = [...randomBytes(4)].map((b) => String.fromCharCode(97 + (b % 26))).join('');
const job = { id: randomUUID(), slug: `manual-look-${suffix}`, title: `Manual look ${suffix}` };
const DAMAGED = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> a damaged file that is no PDF at all\n%%EOF\n');
const people: Record<'scored' | 'locked' | 'scan' | 'damaged', Submitted | undefined> = {
  scored: undefined,
  locked: undefined,
  scan: undefined,
  damaged: undefined,
};
const name = (who: string) => `${who} ${suffix.replace(/./, (c) => c.toUpperCase())}`;

test.describe.configure({ mode: 'serial' });
// Four uploads scored for real (one through OCR, which gives up on the blur) on a shared 2-core machine.
test.setTimeout(240_000);

test.beforeAll(async () => {
  test.setTimeout(240_000);
  await sql(
    `insert into public.jobs (id, org_id, slug, title, status, published_at, skills)
     values ($1, $2, $3, $4, 'open', now(), '[{"name":"TypeScript","weight":5,"required":false,"aliases":[]}]')`,
    [job.id, ACME, job.slug, job.title],
  );
  const submit = (fullName: string, resume?: Uint8Array) => submitApplication(E2E_API_URL, { jobSlug: job.slug, jobId: job.id, fullName, resume });
  people.scored = await submit(name('Grace Scored'));
  people.locked = await submit(name('Linus Locked'), new Uint8Array(lockedPdf().buffer));
  people.scan = await submit(name('Sofia Scanned'), new Uint8Array((await scannedPdf()).buffer));
  people.damaged = await submit(name('Dora Damaged'), new Uint8Array(DAMAGED));
  // The scheduler scores them; the three unreadable ones end as failed with the scorer's code.
  await expect
    .poll(
      async () =>
        (
          await sql<{ full_name: string; parse_status: string; parse_error: string | null }>(
            `select full_name, parse_status, parse_error from public.applications where job_id = $1 order by full_name`,
            [job.id],
          )
        ).map((r) => `${r.full_name.split(' ')[0]} ${r.parse_status} ${r.parse_error ?? ''}`.trim()),
      { timeout: 200_000, intervals: [1000] },
    )
    .toEqual(['Dora failed unreadable', 'Grace done', 'Linus failed encrypted', 'Sofia failed no_text']);
});

// Closed afterwards (its rows stay for the history): other specs count the open jobs.
test.afterAll(async () => {
  await sql(`update public.jobs set status = 'closed' where id = $1`, [job.id]);
});

async function signIn(page: Page, next: string) {
  await page.goto(next);
  await page.getByLabel('Email').fill(USERS.acmeRecruiter.email);
  await page.getByLabel('Password').fill(USERS.acmeRecruiter.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('table', { name: 'Applicants' })).toBeVisible();
}

test('unreadable resumes wait under "Needs a manual look" with a plain reason, outside the ranked list', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, `/dashboard/jobs/${job.id}?sort=score&dir=desc`);
  const group = page.getByRole('region', { name: /Needs a manual look/ });
  await expect(group.getByRole('heading', { name: 'Needs a manual look (3)' })).toBeVisible();
  const item = (who: Submitted | undefined) => group.getByRole('listitem').filter({ has: page.getByRole('link', { name: who!.fullName }) });
  await expect(item(people.locked)).toContainText('The PDF is locked with a password, so it could not be read.');
  await expect(item(people.scan)).toContainText('The PDF is a scan with no readable text');
  await expect(item(people.damaged)).toContainText('The PDF is damaged and could not be read.');
  // Never the scorer's codes.
  await expect(group).not.toContainText(/encrypted|no_text|unreadable/);

  // The ranked list holds only the scored one: nobody unread sinks to the bottom as if they scored zero.
  const table = page.getByRole('table', { name: 'Applicants' });
  await expect(table.getByRole('link', { name: people.scored!.fullName })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(2);
  await page.screenshot({ path: `${SHOTS}/group.png`, fullPage: true });
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(group.getByRole('heading', { name: 'Needs a manual look (3)' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SHOTS}/group-390.png`, fullPage: true });
});

test('the viewer says why it cannot show a locked or a damaged resume from storage, instead of spinning', async ({ page }) => {
  await signIn(page, `/dashboard/jobs/${job.id}`);
  page.on('dialog', (dialog) => void dialog.dismiss().then(() => expect(dialog.message(), 'no password prompt').toBe('')));
  await page.getByRole('link', { name: people.locked!.fullName }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'This PDF is locked with a password' })).toBeVisible({ timeout: 30_000 });
  const skillMatch = page.getByRole('region', { name: 'Skill match' });
  await expect(skillMatch).toContainText('The PDF is locked with a password, so it could not be read.');
  await expect(skillMatch.getByText('Needs a manual look')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/viewer-locked.png`, fullPage: true });

  await page.goto(`/dashboard/jobs/${job.id}/applications/${people.damaged!.id}`);
  await expect(page.getByRole('alert').filter({ hasText: 'could not be shown as a PDF' })).toBeVisible({ timeout: 30_000 });
  await expect(skillMatch).toContainText('The PDF is damaged and could not be read.');
  await expect(page.getByText(/unreadable/)).toHaveCount(0);
});

test('moving one on from Applied, once read, puts it in the list with its reason and takes it out of the group', async ({ page }) => {
  await sql(`update public.applications set stage = 'screening' where id = $1`, [people.scan!.id]);
  await signIn(page, `/dashboard/jobs/${job.id}?sort=score&dir=desc`);
  await expect(page.getByRole('heading', { name: 'Needs a manual look (2)' })).toBeVisible();
  const row = page.getByRole('table', { name: 'Applicants' }).getByRole('row').filter({ hasText: people.scan!.fullName });
  await expect(row).toContainText('Needs a manual look');
  await expect(row.getByText(/search and ranking cannot read it/)).toHaveCount(1);
});
