// Members' notifications as a member meets them: Follow on a job's page, the choice on /dashboard/settings/notifications,
// and the new-application email in the member's inbox (read through the Mailpit API) when a candidate applies.
import { randomBytes } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { E2E_API_URL } from '../playwright.config.ts';
import { JOBS, USERS } from '../tests/app/db/seed.ts';
import { submitApplication } from './support/candidate.ts';
import { linksIn, mailbox } from './support/mailbox.ts';
import { sql } from './support/spa.ts';

const member = USERS.acmeRecruiter;
const job = JOBS.frontend;
const letters = () => [...randomBytes(5)].map((b, i) => String.fromCharCode((i ? 97 : 65) + (b % 26))).join('');

async function expectAccessible(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    what,
  ).toEqual([]);
}

test.afterEach(async () => {
  await sql(`delete from public.job_follows where user_id = $1`, [member.userId]);
  await sql(`update public.notification_preferences set new_applications = 'each' where user_id = $1`, [member.userId]);
});

test('a recruiter follows a job, picks "each new application", and the email arrives when a candidate applies', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`/login?next=${encodeURIComponent(`/dashboard/jobs/${job.id}`)}`);
  await page.getByLabel('Email').fill(member.email);
  await page.getByLabel('Password').fill(member.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Frontend Developer' })).toBeVisible();

  const follow = page.getByRole('button', { name: 'Follow', exact: true });
  await expect(follow).toHaveAttribute('aria-pressed', 'false');
  await follow.click();
  const following = page.getByRole('button', { name: 'Following' });
  await expect(following).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(/^An email for each new application/)).toBeVisible();

  // The choice, on the member's own settings page: the daily digest, then back to each application.
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Notifications' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your notifications at Acme' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Frontend Developer' })).toBeVisible();
  await expectAccessible(page, 'notification settings');
  await page.getByRole('radio', { name: /A daily digest/ }).check();
  await expect(page.getByText('Saved: a daily digest.')).toBeVisible();
  await page.getByRole('radio', { name: /An email for each new application/ }).check();
  await expect(page.getByText('Saved: an email for each new application.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('radio', { name: /An email for each new application/ })).toBeChecked();

  const since = new Date();
  const candidate = await submitApplication(E2E_API_URL, { jobSlug: job.slug, jobId: job.id, fullName: `Nina ${letters()} Notify` });
  const message = await mailbox().waitForMessage(member.email, { subject: 'New application for Frontend Developer', since, timeoutMs: 30_000 });
  expect(message.Text).toContain(`${candidate.fullName} applied for Frontend Developer at Acme.`);
  const [link] = linksIn(message, `/dashboard/jobs/${job.id}/applications/${candidate.id}`);
  await page.goto(new URL(link).pathname);
  await expect(page.getByRole('heading', { name: candidate.fullName })).toBeVisible();

  // Unfollowing from the settings page ends it.
  await page.goto('/dashboard/settings/notifications');
  await page.getByRole('button', { name: 'Unfollow Frontend Developer' }).click();
  await expect(page.getByText('You follow no jobs yet')).toBeVisible();
});

test('the notification settings fit a 390 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/login?next=${encodeURIComponent('/dashboard/settings/notifications')}`);
  await page.getByLabel('Email').fill(member.email);
  await page.getByLabel('Password').fill(member.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Your notifications at Acme' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  if (process.env.E2E_SCREENSHOTS) await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/notifications-390.png`, fullPage: true });
  await page.goto(`/dashboard/jobs/${job.id}`);
  await expect(page.getByRole('button', { name: 'Follow', exact: true })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  if (process.env.E2E_SCREENSHOTS) await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/job-follow-390.png` });
});
