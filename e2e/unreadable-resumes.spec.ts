// Resumes nobody can read: a password-protected PDF is refused before anything is sent; a scan is sent with a warning.
import { expect, test, type Page } from '@playwright/test';
import { E2E_API_URL } from '../playwright.config.ts';
import { JOBS, USERS } from '../tests/app/db/seed.ts';
import { submitApplication } from './support/candidate.ts';
import {
  applicationsOf,
  asDistinctCandidate,
  expectChosenResume,
  fillApplication,
  lockedPdf,
  newCandidate,
  resumeInput,
  scannedPdf,
  shots,
  watchUploadFlow,
} from './support/spa.ts';

const APPLY = '/jobs/backend-developer/apply';
const LOCKED = 'This PDF is locked with a password; please export it without one.';

test.beforeEach(async ({ page }) => {
  await asDistinctCandidate(page);
});

async function signIn(page: Page, user: { email: string; password: string }) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

test('a password-protected PDF is refused in the browser with a plain message, before any request', async ({ page }) => {
  const candidate = newCandidate();
  const flow = watchUploadFlow(page);
  await page.goto(APPLY);
  await fillApplication(page, candidate);
  await resumeInput(page).setInputFiles(lockedPdf());
  await expect(page.getByText(LOCKED).first()).toBeVisible();
  await expect(resumeInput(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(resumeInput(page)).toHaveAccessibleDescription(new RegExp(`^${LOCKED.replace(/[.;]/g, '\\$&')}`));
  await expect(page.getByText('PDF ·')).toHaveCount(0);
  await page.screenshot({ path: shots('apply-locked'), fullPage: true });

  await page.getByRole('button', { name: 'Submit application' }).click();
  await expect(resumeInput(page)).toBeFocused();
  expect(flow).toEqual({ sign: 0, put: 0, insert: 0 });
  expect(await applicationsOf(candidate.email)).toHaveLength(0);
});

test('a scan without a text layer is accepted with a warning and sent', async ({ page }) => {
  const candidate = newCandidate();
  const scan = await scannedPdf();
  const flow = watchUploadFlow(page);
  await page.goto(APPLY);
  await fillApplication(page, candidate);
  await resumeInput(page).setInputFiles(scan);
  await expectChosenResume(page, scan.name);
  const warning = page.getByTestId('resume-scan-warning');
  await expect(warning).toContainText('search and ranking cannot read a scan');
  await expect(resumeInput(page)).toHaveAccessibleDescription(/looks like a scan/);
  await page.setViewportSize({ width: 390, height: 900 });
  await page.screenshot({ path: shots('apply-scan-390'), fullPage: true });

  await page.getByRole('button', { name: 'Submit application' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Application sent' })).toBeVisible();
  expect(flow).toEqual({ sign: 1, put: 1, insert: 1 });
  expect(await applicationsOf(candidate.email)).toHaveLength(1);
});

test('the viewer says why instead of spinning for a resume it cannot open: locked with a password, or corrupt', async ({ page }) => {
  const applicant = await submitApplication(E2E_API_URL, {
    jobSlug: JOBS.backend.slug,
    jobId: JOBS.backend.id,
    fullName: `Ada ${Date.now().toString(36).replace(/\d/g, 'x')} Lovelace`,
  });
  await signIn(page, USERS.acmeRecruiter);
  // The stored resume is a good one; the bytes the viewer receives are swapped for an unreadable file.
  let served = lockedPdf().buffer;
  await page.route('**/storage/v1/object/sign/**', (route) =>
    route.request().method() === 'GET' ? route.fulfill({ status: 200, contentType: 'application/pdf', body: served }) : route.continue(),
  );
  page.on('dialog', (dialog) => void dialog.dismiss().then(() => expect(dialog.message(), 'no password prompt').toBe('')));
  await page.goto(`/dashboard/jobs/${JOBS.backend.id}/applications/${applicant.id}`);
  await expect(page.getByRole('alert').filter({ hasText: 'This PDF is locked with a password' })).toBeVisible({ timeout: 20_000 });
  await page.screenshot({ path: shots('viewer-locked'), fullPage: true });

  served = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage that is no PDF at all\n');
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be shown as a PDF' })).toBeVisible({ timeout: 20_000 });
});
