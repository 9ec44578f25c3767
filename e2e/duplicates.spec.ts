// One person applying twice in Chromium: the same email twice to one job is one row with "2 submissions", the
// applicant page shows "Also applied" for their application to another job, and the short reference the candidate
// is given finds the application from the job's list search.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { E2E_API_URL } from '../playwright.config.ts';
import { JOBS, USERS } from '../tests/app/db/seed.ts';
import { submitApplication } from './support/candidate.ts';

const SHOTS = 'test-results/duplicates';
// Letters only: the email is made from the name.
const tag = Date.now()
  .toString(36)
  .replace(/\d/g, (d) => 'abcdefghij'[Number(d)]);
const fullName = `Dana ${tag} Twice`;

test.setTimeout(180_000);

test('the same email twice to one job shows once with "2 submissions", "Also applied" across jobs, and the reference finds it', async ({ page }) => {
  const first = await submitApplication(E2E_API_URL, { jobSlug: JOBS.backend.slug, jobId: JOBS.backend.id, fullName });
  const latest = await submitApplication(E2E_API_URL, { jobSlug: JOBS.backend.slug, jobId: JOBS.backend.id, fullName });
  await submitApplication(E2E_API_URL, { jobSlug: JOBS.frontend.slug, jobId: JOBS.frontend.id, fullName });
  expect(latest.email).toBe(first.email);

  await page.goto(`/dashboard/jobs/${JOBS.backend.id}`);
  await page.getByLabel('Email').fill(USERS.acmeRecruiter.email);
  await page.getByLabel('Password').fill(USERS.acmeRecruiter.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const table = page.getByRole('table', { name: 'Applicants' });
  await expect(table).toBeVisible();

  await page.getByLabel('Search name or email').fill(fullName);
  const rows = table.getByRole('row').filter({ hasText: fullName });
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('2 submissions');
  await page.screenshot({ path: `${SHOTS}/list.png`, fullPage: true });

  // The reference from the success page and the email: the id's first 8 hex digits, upper case.
  const reference = latest.id.slice(0, 8).toUpperCase();
  await page.getByLabel('Search name or email').fill(reference);
  await expect(table.getByRole('row').filter({ hasText: fullName })).toHaveCount(1);
  await expect(page).toHaveURL(new RegExp(`q=${reference}`));

  await table.getByRole('link', { name: fullName }).click();
  await expect(page.getByText(`Reference ${reference}`)).toBeVisible();
  const also = page.getByRole('region', { name: 'Also applied' });
  await expect(also).toContainText(/Also applied: Frontend/);
  await expect(also).toContainText(/Also applied: Backend/);
  const axe = await new AxeBuilder({ page }).include('main').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(also).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SHOTS}/applicant-390.png`, fullPage: true });
});
