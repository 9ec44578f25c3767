// Applying as a candidate, through the real upload flow against the stack: sign-upload, the PUT straight into the
// private bucket, the anon insert. Checked in the database and on Storage's disk, not only on screen.
import { expect, test } from '@playwright/test';
import {
  MiB,
  applicationsOf,
  asDistinctCandidate,
  expectChosenResume,
  expectFormKeeps,
  fillApplication,
  newCandidate,
  pngNamedPdf,
  resumeInput,
  resumePdf,
  sha256,
  shots,
  storedResume,
  watchUploadFlow,
} from './support/spa.ts';

const APPLY = '/jobs/backend-developer/apply';
const RESUME_PATH = /^backend-developer\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\.pdf$/;

test.beforeEach(async ({ page }) => {
  await asDistinctCandidate(page);
});

test('a candidate applies with a multi-page PDF: one row, and the stored object is the very file', async ({ page }) => {
  const candidate = newCandidate();
  const resume = await resumePdf(candidate, { pages: 3 });
  const flow = watchUploadFlow(page);

  await page.goto(APPLY);
  await expect(page).toHaveTitle('Apply: Backend Developer at Acme · Smart ATS');
  await fillApplication(page, candidate);
  await resumeInput(page).setInputFiles(resume);
  await expectChosenResume(page, resume.name);
  await expect(page.getByText(/^PDF · \d+ KB$/)).toBeVisible();
  await page.screenshot({ path: shots('apply-filled'), fullPage: true });

  await page.getByRole('button', { name: 'Submit application' }).click();

  const heading = page.getByRole('heading', { level: 1, name: 'Application sent' });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  const id = (await page.getByTestId('application-id').textContent()) ?? '';
  await expect(page.getByTestId('application-reference')).toHaveText(id.slice(0, 8).toUpperCase());
  await expect(page.getByText(`contact you at ${candidate.email}`)).toBeVisible();
  await page.screenshot({ path: shots('apply-success'), fullPage: true });
  expect(flow).toEqual({ sign: 1, put: 1, insert: 1 });

  const rows = await applicationsOf(candidate.email);
  expect(rows).toHaveLength(1);
  const [row] = rows;
  expect(row.id).toBe(id);
  expect(row.job_slug).toBe('backend-developer');
  expect(row.full_name).toBe(candidate.fullName);
  expect(row.phone).toBe(candidate.phone);
  expect(row.links).toEqual({ linkedin: candidate.linkedin, portfolio: candidate.portfolio });
  expect(row.cover_letter).toBe(candidate.coverLetter);
  expect(row.resume_path).toMatch(RESUME_PATH);
  expect(Number(row.resume_size)).toBe(resume.buffer.byteLength);
  expect(sha256(await storedResume(row.resume_path))).toBe(sha256(resume.buffer));

  // The draft is gone once the application is in.
  await page.goto(APPLY);
  await expect(page.getByLabel('Full name')).toHaveValue('');
});

test('a resume over 5 MB is refused in the browser before any request', async ({ page }) => {
  const candidate = newCandidate();
  const big = await resumePdf(candidate, { pages: 2, bytesTarget: 5 * MiB + 200 * 1024 });
  expect(big.buffer.byteLength).toBeGreaterThan(5 * MiB);
  const flow = watchUploadFlow(page);

  await page.goto(APPLY);
  await fillApplication(page, candidate);
  await resumeInput(page).setInputFiles(big);
  await expect(page.getByText(/is 5\.\d MB; the limit is 5 MB/).first()).toBeVisible();
  await expect(resumeInput(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(resumeInput(page)).toHaveAccessibleDescription(/the limit is 5 MB/);

  await page.getByRole('button', { name: 'Submit application' }).click();
  await expect(resumeInput(page)).toBeFocused();
  await expect(page.getByText('Add your resume: a PDF of up to 5 MB')).toBeVisible();
  await page.screenshot({ path: shots('apply-too-large'), fullPage: true });
  expect(flow).toEqual({ sign: 0, put: 0, insert: 0 });
  expect(await applicationsOf(candidate.email)).toHaveLength(0);
});

test('a PNG renamed to .pdf is refused in the browser by its first bytes', async ({ page }) => {
  const flow = watchUploadFlow(page);
  await page.goto(APPLY);
  await resumeInput(page).setInputFiles(pngNamedPdf());
  const refusal = '“resume.pdf” is not a real PDF (it is a PNG image with a .pdf name). Export your resume as a PDF, then choose that file.';
  await expect(resumeInput(page)).toHaveAccessibleDescription(new RegExp(`^${refusal.replace(/[.()]/g, '\\$&')}`));
  await expect(page.getByText(refusal).first()).toBeVisible();
  await expect(page.getByText('PDF ·')).toHaveCount(0);
  await page.screenshot({ path: shots('apply-png'), fullPage: true });

  // A real PDF afterwards is accepted and the error goes away.
  const candidate = newCandidate();
  const resume = await resumePdf(candidate, { pages: 1 });
  await resumeInput(page).setInputFiles(resume);
  await expectChosenResume(page, resume.name);
  await expect(page.getByText('is not a real PDF')).toHaveCount(0);
  // Only the real PDF was sent, the moment it was picked: signed and uploaded, no application yet.
  await expect(page.getByText('Uploaded. It is sent with your application.')).toBeVisible();
  expect(flow).toEqual({ sign: 1, put: 1, insert: 0 });
});

test('inline validation: messages are tied to their fields and focus goes to the first invalid one', async ({ page }) => {
  await page.goto(APPLY);
  await page.getByRole('button', { name: 'Submit application' }).click();
  const name = page.getByLabel('Full name');
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription('Enter your full name');
  await expect(page.getByLabel('Email')).toHaveAccessibleDescription(/Enter your email address/);
  await expect(resumeInput(page)).toHaveAccessibleDescription(/Add your resume/);

  await page.getByLabel('Email').fill('grace@');
  await page.getByLabel('LinkedIn profile').fill('grace on linkedin');
  await page.getByLabel('Phone').fill('call me');
  await page.getByRole('button', { name: 'Submit application' }).click();
  await expect(page.getByLabel('Email')).toHaveAccessibleDescription(/Enter an email address like name@example.com/);
  await expect(page.getByLabel('LinkedIn profile')).toHaveAccessibleDescription(/starting with https:\/\//);
  // An address typed without its scheme is not refused: it gets https:// as the field is left.
  await page.getByLabel('LinkedIn profile').fill('linkedin.com/in/ava');
  await page.getByLabel('Portfolio or website').focus();
  await expect(page.getByLabel('LinkedIn profile')).toHaveValue('https://linkedin.com/in/ava');
  await expect(page.getByLabel('LinkedIn profile')).not.toHaveAttribute('aria-invalid');
  await expect(page.getByLabel('Phone')).toHaveAccessibleDescription(/Enter a phone number/);

  // The cover letter counts as you type and refuses more than 5,000 characters.
  const letter = page.getByRole('textbox', { name: 'Cover letter' });
  await letter.fill('x'.repeat(5001));
  await expect(page.getByText('5,001 / 5,000 characters')).toBeVisible();
  await page.getByRole('button', { name: 'Submit application' }).click();
  await expect(letter).toHaveAccessibleDescription(/at most 5,000 characters/);
  await page.screenshot({ path: shots('apply-invalid'), fullPage: true });

  // Zero-width and non-breaking spaces are not a name (the database refuses them too: applications_full_name_visible).
  await page.getByLabel('Full name').fill('\u200b\u00a0\u200b');
  await page.getByRole('button', { name: 'Submit application' }).click();
  await expect(page.getByLabel('Full name')).toHaveAccessibleDescription('Enter your full name: spaces or invisible characters alone are not a name');

  await page.getByLabel('Full name').fill('Grace Hopper');
  await expect(page.getByLabel('Full name')).not.toHaveAttribute('aria-invalid');
});

test('a sign-upload that keeps failing is told under the resume before Submit; Retry ends with exactly one application', async ({ page }) => {
  const candidate = newCandidate();
  const resume = await resumePdf(candidate, { pages: 2 });
  const flow = watchUploadFlow(page);
  let failing = true;
  await page.route('**/functions/v1/sign-upload', async (route) => {
    if (!failing) return route.fallback();
    await route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({
        error: { code: 'storage_unavailable', message: 'File storage is not available right now. Please try again in a moment.' },
      }),
    });
  });

  await page.goto(APPLY);
  await fillApplication(page, candidate);
  await resumeInput(page).setInputFiles(resume);
  // Two quiet retries (1 s, 3 s), then the form says so, before the candidate has pressed Submit.
  await expect(page.getByText('The upload was interrupted. Trying again…').first()).toBeVisible();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Your resume could not be uploaded', { timeout: 8_000 });
  await expect(alert).toContainText('File storage is not available right now.');
  await expect(alert).toContainText('Everything you typed is kept');
  expect(flow).toEqual({ sign: 3, put: 0, insert: 0 });
  await page.screenshot({ path: shots('apply-sign-failed'), fullPage: true });
  await expectFormKeeps(page, candidate);
  await expectChosenResume(page, resume.name);

  // Submit while it is still failing: focus goes to the reason, nothing is saved.
  await page.getByRole('button', { name: 'Submit application' }).click();
  await expect(alert).toBeFocused({ timeout: 8_000 });
  expect(await applicationsOf(candidate.email)).toHaveLength(0);

  failing = false;
  await alert.getByRole('button', { name: 'Retry upload' }).click();
  await expect(page.getByText('Uploaded. It is sent with your application.')).toBeVisible();
  await page.getByRole('button', { name: 'Submit application' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Application sent' })).toBeVisible();
  expect(flow).toEqual({ sign: 7, put: 1, insert: 1 });
  const rows = await applicationsOf(candidate.email);
  expect(rows).toHaveLength(1);
  expect(rows[0].resume_path).toMatch(RESUME_PATH);
  expect(sha256(await storedResume(rows[0].resume_path))).toBe(sha256(resume.buffer));
});

test('an insert whose answer is lost is retried with the same id: no second upload, no duplicate row', async ({ page }) => {
  const candidate = newCandidate();
  const resume = await resumePdf(candidate, { pages: 1 });
  const flow = watchUploadFlow(page);
  let loseAnswer = true;
  await page.route('**/rest/v1/applications*', async (route) => {
    if (!loseAnswer || route.request().method() !== 'POST') return route.fallback();
    loseAnswer = false;
    await route.fetch(); // the row is written…
    await route.abort('connectionreset'); // …but the browser never hears back
  });

  await page.goto(APPLY);
  await fillApplication(page, candidate);
  await resumeInput(page).setInputFiles(resume);
  await page.getByRole('button', { name: 'Submit application' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Your application could not be sent');
  await expect(alert).toContainText("We couldn't reach the server");
  await expect(alert).toContainText('your resume is already uploaded');
  expect(await applicationsOf(candidate.email)).toHaveLength(1);

  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Application sent' })).toBeVisible();
  const rows = await applicationsOf(candidate.email);
  expect(rows).toHaveLength(1);
  await expect(page.getByTestId('application-id')).toHaveText(rows[0].id);
  expect(flow).toEqual({ sign: 1, put: 1, insert: 2 });
});

test('the upload shows real progress while the candidate types and can be cancelled; one primary button after; uploading again reuses the grant', async ({
  page,
}) => {
  const candidate = newCandidate();
  const resume = await resumePdf(candidate, { pages: 2, bytesTarget: 3 * MiB });
  const flow = watchUploadFlow(page);
  // A slow uplink (256 KB/s, Chromium's own throttling), so the browser reports real progress while bytes leave it.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 256 * 1024 });

  await page.goto(APPLY);
  await resumeInput(page).setInputFiles(resume);
  const progress = page.getByRole('progressbar', { name: 'Resume upload' });
  await expect(progress).toBeVisible();
  // The candidate types meanwhile; the bar keeps moving.
  await fillApplication(page, candidate);
  await expect(async () => {
    const now = Number(await progress.getAttribute('aria-valuenow'));
    expect(now).toBeGreaterThan(5);
    expect(now).toBeLessThan(95);
  }).toPass();
  await expect(page.getByText(/^\d+% · [\d.]+ (KB|MB) of [\d.]+ MB$/)).toBeVisible();
  expect(flow.insert).toBe(0);
  await page.screenshot({ path: shots('apply-uploading'), fullPage: true });
  await page.getByRole('button', { name: 'Cancel upload' }).click();

  const notice = page.getByRole('status').filter({ hasText: 'Upload cancelled' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Nothing was sent.');
  await expectFormKeeps(page, candidate);
  expect(await applicationsOf(candidate.email)).toHaveLength(0);
  // One primary action on the page: Submit. The notice offers a secondary "Upload again".
  await expect(page.locator('button.bg-indigo-600')).toHaveCount(1);
  await expect(page.locator('button.bg-indigo-600')).toHaveText('Submit application');
  await expect(notice.getByRole('button', { name: 'Upload again' })).toBeVisible();
  await page.screenshot({ path: shots('apply-cancelled'), fullPage: true });

  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await page.getByRole('button', { name: 'Submit application' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Application sent' })).toBeVisible();
  // The grant of the first attempt is reused: one sign-upload, two PUTs to the same signed URL.
  expect(flow).toEqual({ sign: 1, put: 2, insert: 1 });
  const rows = await applicationsOf(candidate.email);
  expect(rows).toHaveLength(1);
  expect(sha256(await storedResume(rows[0].resume_path))).toBe(sha256(resume.buffer));
});

test('a reload keeps every typed value (not the file); the candidate picks the file again and applies', async ({ page }) => {
  const candidate = newCandidate();
  await page.goto(APPLY);
  await fillApplication(page, candidate);
  await page.reload();
  await expectFormKeeps(page, candidate);
  await expect(page.getByText('choose a PDF', { exact: true })).toBeVisible();
  // Each job has its own draft.
  await page.goto('/jobs/frontend-developer/apply');
  await expect(page.getByLabel('Full name')).toHaveValue('');
});

test('the whole form can be completed with the keyboard alone', async ({ page }) => {
  const candidate = newCandidate();
  const resume = await resumePdf(candidate, { pages: 2 });
  await page.goto(APPLY);
  await expect(page.getByLabel('Full name')).toBeVisible();

  // The skip link is the first stop and lands on the page's content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Back to the job description' })).toBeFocused();

  const typeInto = async (label: string, text: string) => {
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: label })).toBeFocused();
    await page.keyboard.type(text);
  };
  await typeInto('Full name', candidate.fullName);
  await typeInto('Email', candidate.email);
  await typeInto('Phone', candidate.phone);

  await page.keyboard.press('Tab');
  await expect(resumeInput(page)).toBeFocused();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await (await chooser).setFiles(resume);
  await expectChosenResume(page, resume.name);
  await expect(resumeInput(page)).toBeFocused();
  // While it uploads, Cancel upload is a stop of its own; once uploaded, the next stops are Remove and autofill's Undo.
  await expect(page.getByText('Uploaded. It is sent with your application.')).toBeVisible();

  // Autofill found only the LinkedIn field still empty; its Undo is the next stop, and works from the keyboard.
  const notice = page.getByTestId('autofill-notice');
  await expect(notice).toContainText('Filled in from your resume: LinkedIn profile.');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: `Remove ${resume.name}` })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(notice.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(notice.getByRole('button', { name: 'Fill in again' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'LinkedIn profile' })).toHaveValue('');
  await typeInto('LinkedIn profile', candidate.linkedin);
  await typeInto('Portfolio or website', candidate.portfolio);
  await typeInto('Cover letter', 'Keyboard only, start to finish.');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Submit application' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Application sent' })).toBeFocused();
  const rows = await applicationsOf(candidate.email);
  expect(rows).toHaveLength(1);
  expect(rows[0].cover_letter).toBe('Keyboard only, start to finish.');
});
