// The apply page recovers from what an outage looks like to a browser — the functions runtime down, the connection
// dropping mid-upload, an upload whose answer is lost after Storage kept the file, the browser going offline, the
// gateway refusing connections when the application is saved — by itself where a retry can help (the background
// upload tries again) or through Retry, with every typed value kept, exactly one application, the stored resume
// byte-identical, and no object left at a path the page was granted but did not use.
import { expect, test, type Page, type Route } from '@playwright/test';
import {
  applicationsOf,
  asDistinctCandidate,
  expectFormKeeps,
  fillApplication,
  newCandidate,
  resumeInput,
  resumePdf,
  sha256,
  sql,
  storedResume,
  watchUploadFlow,
} from './support/spa.ts';

const APPLY = '/jobs/backend-developer/apply';
const SIGN = '**/functions/v1/sign-upload';
const PUT = '**/storage/v1/object/upload/sign/**';
const INSERT = '**/rest/v1/applications*';

test.beforeEach(async ({ page }) => {
  await asDistinctCandidate(page);
});

/** Fails the first request `pattern` matches (method `method`) with `fault`; later ones go through. */
async function failOnce(page: Page, pattern: string, method: string, fault: (route: Route) => Promise<void>) {
  let failed = false;
  await page.route(pattern, async (route) => {
    if (failed || route.request().method() !== method) return route.fallback();
    failed = true;
    await fault(route);
  });
}

/** `alert`: what the page says before Retry; null when the background upload recovers by itself. */
type Recovery = { alert: RegExp | null; flow: { sign: number; put: number; insert: number }; meanwhile?: () => Promise<void> };

/** Applies, meets the fault, checks the alert and the form, then Retry: one application, its resume intact, no orphans. */
async function applyAndRecover(page: Page, { alert: message, flow: expected, meanwhile }: Recovery) {
  const candidate = newCandidate();
  const resume = await resumePdf(candidate, { pages: 2 });
  const flow = watchUploadFlow(page);
  const granted: string[] = [];
  page.on('response', async (res) => {
    if (res.url().includes('/functions/v1/sign-upload') && res.request().method() === 'POST' && res.ok())
      granted.push(((await res.json()) as { path: string }).path);
  });

  await page.goto(APPLY);
  await fillApplication(page, candidate);
  await resumeInput(page).setInputFiles(resume);
  await meanwhile?.();
  await page.getByRole('button', { name: 'Submit application' }).click();
  if (message) {
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(message);
    await expect(alert).not.toContainText(/[A-Z_]{6,}|PGRST|statusCode|\bat \w+ \(/); // no codes or traces, plain words
    await expectFormKeeps(page, candidate);
    await expect(page.getByText(resume.name).first()).toBeVisible();

    await page.context().setOffline(false);
    await alert.getByRole('button', { name: 'Retry' }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Application sent' })).toBeVisible();

  const rows = await applicationsOf(candidate.email);
  expect(rows).toHaveLength(1);
  await expect(page.getByTestId('application-id')).toHaveText(rows[0].id);
  expect(sha256(await storedResume(rows[0].resume_path))).toBe(sha256(resume.buffer));
  expect(flow).toEqual(expected);
  const stray = granted.filter((p) => p !== rows[0].resume_path);
  expect(await sql(`select name from storage.objects where bucket_id = 'resumes' and name = any($1)`, [stray])).toEqual([]);
}

test('the functions runtime is down (the gateway answers 503 itself) for a moment: the upload tries again by itself', async ({ page }) => {
  await failOnce(page, SIGN, 'POST', (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({ code: 'FUNCTIONS_UNAVAILABLE', message: 'The functions runtime is not reachable' }),
    }),
  );
  await applyAndRecover(page, { alert: null, flow: { sign: 2, put: 1, insert: 1 } });
});

test('the connection drops mid-upload: the upload tries again by itself, to the path it was granted', async ({ page }) => {
  await failOnce(page, PUT, 'PUT', (route) => route.abort('connectionreset'));
  await applyAndRecover(page, { alert: null, flow: { sign: 1, put: 2, insert: 1 } });
});

test("the upload's answer is lost after Storage kept the file: the retry hears 409 and counts it as stored", async ({ page }) => {
  await failOnce(page, PUT, 'PUT', async (route) => {
    const stored = await route.fetch(); // Storage keeps the file…
    expect(stored.status()).toBe(200);
    await route.abort('connectionreset'); // …and the browser never hears so
  });
  await applyAndRecover(page, { alert: null, flow: { sign: 1, put: 2, insert: 1 } });
});

test('the browser is offline when the candidate submits: Retry once it is back online', async ({ page }) => {
  const offlineOnceUploaded = async () => {
    await expect(page.getByText('Uploaded. It is sent with your application.')).toBeVisible();
    await page.context().setOffline(true);
  };
  await applyAndRecover(page, { alert: /offline/, flow: { sign: 1, put: 1, insert: 1 }, meanwhile: offlineOnceUploaded });
});

test('the gateway refuses connections when the application is saved: Retry saves it once, with the same id', async ({ page }) => {
  await failOnce(page, INSERT, 'POST', (route) => route.abort('connectionrefused'));
  await applyAndRecover(page, { alert: /couldn't reach the server/, flow: { sign: 1, put: 1, insert: 2 } });
});
