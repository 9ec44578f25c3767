// Hiring analytics in Chromium: after a candidate applies and a recruiter moves them on, the funnel, sources and
// volume show it, each chart readable as a table; axe finds nothing serious.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { E2E_API_URL } from '../playwright.config.ts';
import { JOBS, USERS } from '../tests/app/db/seed.ts';
import { submitApplication } from './support/candidate.ts';
import { sql } from './support/spa.ts';

test('the analytics page shows the funnel of the organization and of one job, as charts and as tables', async ({ page }) => {
  const candidate = await submitApplication(E2E_API_URL, { jobSlug: JOBS.backend.slug, jobId: JOBS.backend.id, fullName: 'Katherine Johnson' });
  await sql(`update public.applications set stage = 'interview', source = 'meetup' where id = $1`, [candidate.id]);
  const [{ n }] = await sql<{ n: number }>(`select count(*)::int as n from public.applications where job_id = $1 and withdrawn_at is null`, [
    JOBS.backend.id,
  ]);

  await page.goto('/dashboard/analytics');
  await page.getByLabel('Email').fill(USERS.acmeRecruiter.email);
  await page.getByLabel('Password').fill(USERS.acmeRecruiter.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Analytics', level: 1 })).toBeVisible();

  await page.getByLabel('Job', { exact: true }).selectOption({ label: 'Backend Developer' });
  await expect(page).toHaveURL(new RegExp(`job=${JOBS.backend.id}`));
  const funnel = page.getByRole('figure', { name: 'Funnel: applications that reached each stage' });
  await funnel.getByRole('button', { name: 'Show as table' }).click();
  await expect(funnel.getByRole('row', { name: new RegExp(`^Applied ${n}\\b`) })).toBeVisible();
  await expect(funnel.getByRole('row', { name: /^Interview [1-9]/ })).toBeVisible();
  const sources = page.getByRole('figure', { name: 'Sources' });
  await expect(sources.getByRole('row', { name: /^meetup 1/ })).toBeAttached();
  await page.screenshot({ path: 'test-results/analytics/job.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/analytics/job-390.png', fullPage: true });

  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((x) => x.target).join(', ')}`),
  ).toEqual([]);
});
