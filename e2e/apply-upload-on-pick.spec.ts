// The resume uploads the moment it is picked, while the candidate types: Submit then only writes the row. Replacing or
// removing the file stops its upload and takes back what autofill filled in from it; going Back to the job description
// and Forward again keeps the upload; a reload after it finished keeps the resume. Checked in the database and on disk.
import { expect, test, type Page } from '@playwright/test';
import {
  MiB,
  applicationsOf,
  asDistinctCandidate,
  expectChosenResume,
  fillApplication,
  newCandidate,
  resumeInput,
  resumePdf,
  sha256,
  shots,
  sql,
  storedResume,
  watchUploadFlow,
} from './support/spa.ts';

const APPLY = '/jobs/backend-developer/apply';
const UPLOADED = 'Uploaded. It is sent with your application.';

test.beforeEach(async ({ page }) => {
  await asDistinctCandidate(page);
});

/** The paths sign-upload granted to this page, in order. */
function grantedPaths(page: Page): string[] {
  const granted: string[] = [];
  page.on('response', async (res) => {
    if (res.url().includes('/functions/v1/sign-upload') && res.request().method() === 'POST' && res.ok())
      granted.push(((await res.json()) as { path: string }).path);
  });
  return granted;
}

async function throttleUplink(page: Page, bytesPerSecond: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const set = (up: number) =>
    cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: up });
  await set(bytesPerSecond);
  return { release: () => set(-1) };
}

/** The candidate starts on the form and the resume reader loads meanwhile, as it does before a person picks a file. */
async function startOnForm(page: Page) {
  const reader = page.waitForResponse((r) => /\/assets\/autofill\.worker-[\w-]+\.js$/.test(new URL(r.url()).pathname));
  await page.getByLabel('Full name').focus();
  await reader;
}

const objectsAt = (paths: string[]) => sql(`select name from storage.objects where bucket_id = 'resumes' and name = any($1)`, [paths]);

test('the resume is uploaded while the candidate types; Submit sends only the application row', async ({ page }) => {
  const candidate = newCandidate();
  const resume = await resumePdf(candidate, { pages: 2 });
  const flow = watchUploadFlow(page);

  await page.goto(APPLY);
  await resumeInput(page).setInputFiles(resume);
  await expect(page.getByText(UPLOADED)).toBeVisible();
  expect(flow).toEqual({ sign: 1, put: 1, insert: 0 });
  await expect(page.getByText(/if you don.t send your application, it is deleted about 30 minutes later/)).toBeVisible();
  await fillApplication(page, candidate);

  const afterSubmit: string[] = [];
  page.on('request', (r) => afterSubmit.push(`${r.method()} ${new URL(r.url()).pathname}`));
  await page.getByRole('button', { name: 'Submit application' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Application sent' })).toBeVisible();
  expect(afterSubmit.filter((r) => !r.startsWith('GET /assets/'))).toEqual(['POST /rest/v1/applications']);
  expect(flow).toEqual({ sign: 1, put: 1, insert: 1 });
  const rows = await applicationsOf(candidate.email);
  expect(rows).toHaveLength(1);
  expect(sha256(await storedResume(rows[0].resume_path))).toBe(sha256(resume.buffer));
});

test('replacing the resume mid-upload stores only the second file, and autofill takes the second file’s details', async ({ page }) => {
  const first = newCandidate();
  const second = newCandidate();
  // Small files on a very slow uplink (16 KB/s): the first is surely still uploading when it is replaced.
  const firstResume = await resumePdf(first, { pages: 2 });
  const secondResume = await resumePdf(second, { pages: 1 });
  const granted = grantedPaths(page);
  const link = await throttleUplink(page, 16 * 1024);

  await page.goto(APPLY);
  await startOnForm(page);
  await resumeInput(page).setInputFiles(firstResume);
  const notice = page.getByTestId('autofill-notice');
  await expect(notice).toContainText('Filled in from your resume: Full name, Email, Phone, and LinkedIn profile.');
  await expect(page.getByLabel('Full name')).toHaveValue(first.fullName);
  await expect(page.getByRole('progressbar', { name: 'Resume upload' })).toBeVisible();

  await resumeInput(page).setInputFiles(secondResume);
  await expectChosenResume(page, secondResume.name);
  // The first file's details make room for the second's; it never says "those fields already have your details".
  await expect(page.getByLabel('Full name')).toHaveValue(second.fullName);
  await expect(page.getByLabel('Email')).toHaveValue(second.email);
  await expect(notice).toContainText('Filled in from your resume: Full name, Email, Phone, and LinkedIn profile.');
  await expect(notice).not.toContainText('already have your details');
  await link.release();
  await expect(page.getByText(UPLOADED)).toBeVisible();
  await page.screenshot({ path: shots('apply-replaced'), fullPage: true });

  await page.getByRole('button', { name: 'Submit application' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Application sent' })).toBeVisible();
  const rows = await applicationsOf(second.email);
  expect(rows).toHaveLength(1);
  expect(rows[0].full_name).toBe(second.fullName);
  expect(sha256(await storedResume(rows[0].resume_path))).toBe(sha256(secondResume.buffer));
  expect(granted).toHaveLength(2);
  // The first upload was stopped before it finished: nothing is stored at its path.
  expect(await objectsAt(granted.filter((p) => p !== rows[0].resume_path))).toEqual([]);
});

test('removing the resume takes back what autofill filled in from it, and keeps what was typed', async ({ page }) => {
  const candidate = newCandidate();
  const resume = await resumePdf(candidate, { pages: 1 });
  await page.goto(APPLY);
  await startOnForm(page);
  await page.getByLabel('Phone').fill('+44 20 7946 0000');
  await resumeInput(page).setInputFiles(resume);
  const notice = page.getByTestId('autofill-notice');
  await expect(notice).toContainText('Filled in from your resume: Full name, Email, and LinkedIn profile.');

  await page.getByRole('button', { name: `Remove ${resume.name}` }).click();
  await expect(page.getByLabel('Full name')).toHaveValue('');
  await expect(page.getByLabel('Email')).toHaveValue('');
  await expect(page.getByLabel('LinkedIn profile')).toHaveValue('');
  await expect(page.getByLabel('Phone')).toHaveValue('+44 20 7946 0000');
  await expect(notice).toHaveText('');

  // The same file again fills the same fields again.
  await resumeInput(page).setInputFiles(resume);
  await expect(notice).toContainText('Filled in from your resume: Full name, Email, and LinkedIn profile.');
  await expect(page.getByLabel('Full name')).toHaveValue(candidate.fullName);
});

test('Back to the job description mid-upload keeps uploading; Forward again finds the resume, and Submit sends it once', async ({ page }) => {
  const candidate = newCandidate();
  const resume = await resumePdf(candidate, { pages: 2, bytesTarget: 2 * MiB });
  const flow = watchUploadFlow(page);
  const link = await throttleUplink(page, 512 * 1024);
  let aborted = 0;
  page.on('requestfailed', (r) => {
    if (r.method() === 'PUT') aborted += 1;
  });

  await page.goto(APPLY);
  await fillApplication(page, candidate);
  await resumeInput(page).setInputFiles(resume);
  await expect(page.getByRole('progressbar', { name: 'Resume upload' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the job description' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Backend Developer' })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${APPLY}$`));
  await expectChosenResume(page, resume.name);
  await link.release();
  await expect(page.getByText(UPLOADED)).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Submit application' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Application sent' })).toBeVisible();
  expect(aborted).toBe(0);
  expect(flow).toEqual({ sign: 1, put: 1, insert: 1 });
  const rows = await applicationsOf(candidate.email);
  expect(sha256(await storedResume(rows[0].resume_path))).toBe(sha256(resume.buffer));
});

test('browser Back then Forward mid-upload keeps the picked resume', async ({ page }) => {
  const candidate = newCandidate();
  const resume = await resumePdf(candidate, { pages: 2, bytesTarget: 2 * MiB });
  const link = await throttleUplink(page, 512 * 1024);
  await page.goto('/jobs/backend-developer');
  await page.getByRole('link', { name: /Apply/ }).first().click();
  await expect(page).toHaveURL(new RegExp(`${APPLY}$`));
  await resumeInput(page).setInputFiles(resume);
  await expect(page.getByRole('progressbar', { name: 'Resume upload' })).toBeVisible();

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Backend Developer' })).toBeVisible();
  await page.goForward();
  await expectChosenResume(page, resume.name);
  await link.release();
  await expect(page.getByText(UPLOADED)).toBeVisible({ timeout: 20_000 });
});

test('a reload after the upload finished keeps the resume: Submit sends the row without uploading again', async ({ page }) => {
  const candidate = newCandidate();
  const resume = await resumePdf(candidate, { pages: 1 });
  const flow = watchUploadFlow(page);
  await page.goto(APPLY);
  await fillApplication(page, candidate);
  await resumeInput(page).setInputFiles(resume);
  await expect(page.getByText(UPLOADED)).toBeVisible();

  await page.reload();
  await expectChosenResume(page, resume.name);
  await expect(page.getByText(UPLOADED)).toBeVisible();
  await page.getByRole('button', { name: 'Submit application' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Application sent' })).toBeVisible();
  expect(flow).toEqual({ sign: 1, put: 1, insert: 1 });
  expect(await applicationsOf(candidate.email)).toHaveLength(1);
});
