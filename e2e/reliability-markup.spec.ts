// Markup typed into any field stays text in the browser: an application and a note full of HTML and script, and a
// job whose title, location and description are HTML, shown on the dashboard and the public job page. Nothing runs
// (no dialog, no window.__pwned), no element is made from it, and the text reads exactly as typed.
import { expect, test, type Page } from '@playwright/test';
import { E2E_API_URL } from '../playwright.config.ts';
import { ACME, USERS } from '../tests/app/db/seed.ts';
import { MARKUP } from '../tests/reliability/support/payloads.ts';
import { submitApplication, type Submitted } from './support/candidate.ts';
import { asSuperuser } from './support/reliability.ts';

const slug = `markup-${Date.now().toString(36)}`;
let jobId: string;
let candidate: Submitted;

test.beforeAll(async () => {
  jobId = await asSuperuser(async (db) => {
    const { rows } = await db.query<{ id: string }>(
      `insert into public.jobs (org_id, slug, title, location, description, status) values ($1, $2, $3, $4, $5, 'open') returning id`,
      [ACME, slug, MARKUP.jobTitle, MARKUP.jobLocation, MARKUP.jobDescription],
    );
    return rows[0].id;
  });
  candidate = await submitApplication(E2E_API_URL, { jobSlug: slug, jobId, fullName: MARKUP.fullName });
  // The API keeps all of this verbatim (tests/reliability/catalogue/text.ts); here it only has to be in the row.
  await asSuperuser(async (db) => {
    await db.query(`update public.applications set email = $2, phone = $3, links = $4, cover_letter = $5 where id = $1`, [
      candidate.id,
      MARKUP.email,
      MARKUP.phone,
      { portfolio: MARKUP.portfolio, linkedin: 'https://www.linkedin.com/in/ada' },
      MARKUP.coverLetter,
    ]);
    await db.query(`insert into public.notes (application_id, author, body) values ($1, $2, $3)`, [
      candidate.id,
      USERS.acmeRecruiter.userId,
      MARKUP.note,
    ]);
  });
});

test.afterAll(async () => {
  await asSuperuser(async (db) => {
    await db.query('delete from public.applications where job_id = $1', [jobId]);
    await db.query('delete from public.jobs where id = $1', [jobId]);
  });
});

/** Records every dialog and every script that got to run, on every page of the test. */
async function watchForScripts(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript(() => {
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      (window as unknown as Record<string, unknown>)[name] = () => ((window as unknown as { __pwned?: string }).__pwned ??= name);
    }
  });
  return async () => {
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null)).toBeNull();
    expect(dialogs).toEqual([]);
    // Nothing was parsed into elements: no image with src "x", no svg or iframe from the markup.
    expect(await page.locator('img[src="x"], svg[onload], iframe[srcdoc], a[href^="javascript:"]').count()).toBe(0);
  };
}

test('the dashboard shows every field of a markup-filled application as text, and runs none of it', async ({ page }) => {
  const nothingRan = await watchForScripts(page);
  await page.goto(`/dashboard/jobs/${jobId}`);
  await page.getByLabel('Email').fill(USERS.acmeRecruiter.email);
  await page.getByLabel('Password').fill(USERS.acmeRecruiter.password);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page.getByRole('heading', { level: 1, name: MARKUP.jobTitle })).toBeVisible();
  // (Role names with `">` in them trip Playwright's selector parser, so these match by text.)
  const row = page.getByRole('row').filter({ hasText: MARKUP.fullName });
  await expect(row).toBeVisible();
  await nothingRan();

  await row.getByRole('link').filter({ hasText: MARKUP.fullName }).click();
  await expect(page.locator('h1')).toHaveText(MARKUP.fullName);
  for (const text of [MARKUP.email, MARKUP.phone, MARKUP.coverLetter, MARKUP.note]) await expect(page.getByText(text, { exact: true })).toBeVisible();
  const portfolio = page.getByRole('link', { name: /^evil\.example\// });
  await expect(portfolio).toHaveAttribute('href', MARKUP.portfolio);
  await expect(portfolio).toHaveAttribute('rel', /noopener/);
  await page.screenshot({ path: 'test-results/reliability/markup-applicant.png', fullPage: true });
  await nothingRan();
});

test('the public job page shows a markup title, location and description as text', async ({ page }) => {
  const nothingRan = await watchForScripts(page);
  await page.goto(`/jobs/${slug}`);
  await expect(page.getByRole('heading', { level: 1, name: MARKUP.jobTitle })).toBeVisible();
  await expect(page.getByText(MARKUP.jobLocation).first()).toBeVisible();
  await expect(page.getByText(/<img src=x onerror=/).first()).toBeVisible();
  await nothingRan();
});
