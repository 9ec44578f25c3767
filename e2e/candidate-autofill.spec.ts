// Autofill from the resume, in Chromium: the picked PDF is read in a Web Worker on this device (pdf.js and the
// scoring module's parser), only empty fields are filled, the candidate sees what was filled and can undo it, and
// a file it cannot read (a scan) or a read that misses the 2 s deadline leaves the form as usable as before.
import { expect, test, type Page, type Request } from '@playwright/test';
import { fixtureBytes } from '../scripts/make-fixtures.ts';
import { applicationsOf, asDistinctCandidate, newCandidate, resumeInput, resumePdf, shots } from './support/spa.ts';

const APPLY = '/jobs/backend-developer/apply';
// makeResumePdf writes the LinkedIn handle as the name's letters and digits, lower case.
const handle = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '');

test.beforeEach(async ({ page }) => {
  await asDistinctCandidate(page);
});

/** Every request the page makes from now on, for proving that reading the resume sent nothing anywhere. */
function recordRequests(page: Page): Request[] {
  const seen: Request[] = [];
  page.on('request', (r) => seen.push(r));
  return seen;
}

test('picking a resume fills the empty fields, leaves typed ones alone, says what it filled, and can undo it', async ({ page }) => {
  const candidate = newCandidate();
  const resume = await resumePdf(candidate, { pages: 2 });
  await page.goto(APPLY);
  const typedEmail = `typed.${candidate.email}`;
  await page.getByLabel('Email').fill(typedEmail);

  const requests = recordRequests(page);
  const picked = Date.now();
  await resumeInput(page).setInputFiles(resume);
  const notice = page.getByTestId('autofill-notice');
  await expect(notice).toContainText('Filled in from your resume: Full name, Phone, and LinkedIn profile.', { timeout: 2_000 });
  const fillMs = Date.now() - picked;
  test.info().annotations.push({ type: 'autofill', description: `fields filled ${fillMs} ms after the file was picked` });
  expect(fillMs).toBeLessThan(2_000);

  await expect(page.getByLabel('Full name')).toHaveValue(candidate.fullName);
  await expect(page.getByLabel('Email')).toHaveValue(typedEmail);
  await expect(page.getByLabel('Phone')).toHaveValue(candidate.phone);
  await expect(page.getByLabel('LinkedIn profile')).toHaveValue(`https://linkedin.com/in/${handle(candidate.fullName)}`);
  await expect(page.getByLabel('Portfolio or website')).toHaveValue('');
  // Filled values are valid values: no field shows an error.
  await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0);
  await page.screenshot({ path: shots('autofill-filled'), fullPage: true });

  // Reading the file made no request but the worker's own script: the bytes went nowhere but the resume's own upload
  // (sign-upload is told only the size; the PUT goes to the signed URL of the private bucket).
  const upload = (r: Request) =>
    (r.method() === 'POST' && r.url().includes('/functions/v1/sign-upload')) ||
    (r.method() === 'PUT' && r.url().includes('/storage/v1/object/upload/sign/resumes/'));
  const others = requests.filter((r) => !/\/assets\/autofill\.worker-[\w-]+\.js$/.test(new URL(r.url()).pathname) && !upload(r));
  expect(others.map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
  const signed = requests.find((r) => r.url().includes('/functions/v1/sign-upload') && r.method() === 'POST');
  expect(Object.keys(JSON.parse(signed?.postData() ?? '{}')).sort()).toEqual(['contentType', 'fileSize', 'jobSlug']);

  // Undo takes back exactly what was filled; the typed email stays. Fill in again puts it back.
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(notice).toContainText('Removed what was filled in: Full name, Phone, and LinkedIn profile.');
  await expect(page.getByLabel('Full name')).toHaveValue('');
  await expect(page.getByLabel('Phone')).toHaveValue('');
  await expect(page.getByLabel('LinkedIn profile')).toHaveValue('');
  await expect(page.getByLabel('Email')).toHaveValue(typedEmail);
  await expect(notice.getByRole('button', { name: 'Fill in again' })).toBeFocused();
  await notice.getByRole('button', { name: 'Fill in again' }).click();
  await expect(page.getByLabel('Full name')).toHaveValue(candidate.fullName);
  await expect(notice.getByRole('button', { name: 'Undo' })).toBeFocused();

  // The filled form is sent as it stands.
  await page.getByRole('button', { name: 'Submit application' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Application sent' })).toBeVisible();
  const [row] = await applicationsOf(typedEmail);
  expect(row).toMatchObject({
    full_name: candidate.fullName,
    phone: candidate.phone,
    links: { linkedin: `https://linkedin.com/in/${handle(candidate.fullName)}` },
  });
});

test('starting on the form loads the reader in the background, and the picked resume is read by that same worker', async ({ page }) => {
  const candidate = newCandidate();
  await page.goto(APPLY);
  const loads: string[] = [];
  page.on('request', (r) => {
    if (/\/assets\/autofill\.worker-[\w-]+\.js$/.test(new URL(r.url()).pathname)) loads.push(r.url());
  });
  await expect(page.getByLabel('Full name')).toBeVisible();
  expect(loads).toEqual([]); // nothing before the candidate starts
  await page.getByLabel('Full name').focus();
  await expect.poll(() => loads.length).toBe(1);
  await page.getByLabel('Phone').fill('+49 30 1234567');

  await resumeInput(page).setInputFiles(await resumePdf(candidate, { pages: 1 }));
  await expect(page.getByTestId('autofill-notice')).toContainText('Filled in from your resume: Full name, Email, and LinkedIn profile.');
  await expect(page.getByLabel('Phone')).toHaveValue('+49 30 1234567');
  expect(loads).toHaveLength(1);
});

test('a value typed while the resume is being read is kept', async ({ page }) => {
  const candidate = newCandidate();
  await page.goto(APPLY);
  // Hold the worker's script back a little, so the typing surely happens while the resume is read.
  await page.route('**/assets/autofill.worker-*.js', async (route) => {
    await new Promise((r) => setTimeout(r, 400));
    await route.continue();
  });
  await resumeInput(page).setInputFiles(await resumePdf(candidate, { pages: 1 }));
  await expect(page.getByTestId('autofill-notice')).toContainText('Reading your details from the resume');
  await page.getByLabel('Full name').fill('Grace Typed-By-Hand');
  await expect(page.getByTestId('autofill-notice')).toContainText('Filled in from your resume: Email, Phone, and LinkedIn profile.');
  await expect(page.getByLabel('Full name')).toHaveValue('Grace Typed-By-Hand');
  await expect(page.getByLabel('Email')).toHaveValue(candidate.email);
});

test('a scan-only PDF fills nothing, says so quietly, and the form works as before', async ({ page }) => {
  const scan = (await fixtureBytes())['scan.pdf'];
  const candidate = newCandidate();
  await page.goto(APPLY);
  await resumeInput(page).setInputFiles({ name: 'scanned-resume.pdf', mimeType: 'application/pdf', buffer: Buffer.from(scan) });
  const notice = page.getByTestId('autofill-notice');
  await expect(notice).toHaveText("We couldn't read your details from this file, so please type them in.", { timeout: 2_500 });
  await expect(notice.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByLabel('Full name')).toHaveValue('');
  await page.screenshot({ path: shots('autofill-scan'), fullPage: true });

  await page.getByLabel('Full name').fill(candidate.fullName);
  await page.getByLabel('Email').fill(candidate.email);
  await page.getByRole('button', { name: 'Submit application' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Application sent' })).toBeVisible();
  expect(await applicationsOf(candidate.email)).toHaveLength(1);
});

test('a read that misses the 2 s deadline is dropped: a quiet note, and nothing is filled later', async ({ page }) => {
  const candidate = newCandidate();
  await page.goto(APPLY);
  // The worker's script arrives after 3 s, as on a very slow connection.
  await page.route('**/assets/autofill.worker-*.js', async (route) => {
    await new Promise((r) => setTimeout(r, 3_000));
    await route.continue().catch(() => undefined);
  });
  await resumeInput(page).setInputFiles(await resumePdf(candidate, { pages: 1 }));
  const notice = page.getByTestId('autofill-notice');
  await expect(notice).toContainText('Reading your details from the resume');
  const reading = Date.now();
  await expect(notice).toHaveText("We couldn't read your details from this file, so please type them in.", { timeout: 3_000 });
  expect(Date.now() - reading).toBeLessThan(2_500);
  // The form was never blocked, and the late worker fills nothing.
  await page.getByLabel('Email').fill(candidate.email);
  await page.waitForTimeout(3_000);
  await expect(page.getByLabel('Full name')).toHaveValue('');
  await expect(page.getByLabel('Email')).toHaveValue(candidate.email);
});
