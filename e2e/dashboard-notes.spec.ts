// Issue 16: an unsent note is kept per applicant across Next/Previous, and Ctrl+Enter adds it.
import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { E2E_API_URL } from '../playwright.config.ts';
import { JOBS, USERS } from '../tests/app/db/seed.ts';
import { submitApplication, type Submitted } from './support/candidate.ts';

const family = [...randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join('');
let first: Submitted;
let second: Submitted;

test.beforeAll(async () => {
  first = await submitApplication(E2E_API_URL, { jobSlug: JOBS.backend.slug, jobId: JOBS.backend.id, fullName: `Ada ${family}` });
  second = await submitApplication(E2E_API_URL, { jobSlug: JOBS.backend.slug, jobId: JOBS.backend.id, fullName: `Bea ${family}` });
});

async function signIn(page: Page, from: string) {
  await page.goto(from);
  await page.getByLabel('Email').fill(USERS.acmeRecruiter.email);
  await page.getByLabel('Password').fill(USERS.acmeRecruiter.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

test('an unsent note survives Next and Previous, stays with its applicant, and Ctrl+Enter adds it', async ({ page }) => {
  await signIn(page, `/dashboard/jobs/${JOBS.backend.id}?q=${family}&sort=name&dir=asc`);
  await page.getByRole('link', { name: first.fullName }).click();
  await expect(page.getByRole('heading', { level: 1, name: first.fullName })).toBeVisible();
  const note = page.getByLabel('Add a note');
  await note.fill('Half a thought about Ada');

  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: second.fullName })).toBeVisible();
  await expect(note).toHaveValue('');
  await page.getByRole('button', { name: 'Previous', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: first.fullName })).toBeVisible();
  await expect(note).toHaveValue('Half a thought about Ada');

  await note.press('Control+Enter');
  await expect(page.getByRole('list', { name: 'Notes' })).toContainText('Half a thought about Ada');
  await expect(note).toHaveValue('');
  await page.reload();
  await expect(page.getByRole('list', { name: 'Notes' })).toContainText('Half a thought about Ada');
  await expect(note).toHaveValue('');
});
