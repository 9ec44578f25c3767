// Resume search in Chromium: a word only one resume says, typed into the dashboard's search, gives that applicant
// with the word highlighted in the snippet and its page; the hit opens the applicant with the resume viewer on that
// page and the word marked in its text layer. Keyboard only, axe clean, and usable at 390 px.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { E2E_API_URL } from '../playwright.config.ts';
import { JOBS, USERS } from '../tests/app/db/seed.ts';
import { submitApplication, type Submitted } from './support/candidate.ts';
import { sql } from './support/spa.ts';

const word = () => Math.random().toString(36).slice(2, 8).replace(/\d/g, 'q');
const SKILL = `Zyx${word()}`; // a made-up tool name: no other resume in the stack says it
let applicant: Submitted;

test.beforeAll(async () => {
  applicant = await submitApplication(E2E_API_URL, {
    jobSlug: JOBS.backend.slug,
    jobId: JOBS.backend.id,
    fullName: `Mary ${word()} Jackson`,
    skillsText: `TypeScript, Node.js, ${SKILL}, PostgreSQL`,
  });
  await expect
    .poll(
      async () => (await sql<{ n: number }>('select count(*)::int as n from public.resume_pages where application_id = $1', [applicant.id]))[0].n,
      {
        timeout: 60_000,
      },
    )
    .toBeGreaterThan(0);
});

async function signIn(page: Page) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(USERS.acmeRecruiter.email);
  await page.getByLabel('Password').fill(USERS.acmeRecruiter.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

for (const width of [1280, 390]) {
  test(`search → snippet → the resume at that page (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await signIn(page);
    const box = page.getByRole('searchbox', { name: 'Search all applicants' });
    await box.focus();
    await page.keyboard.type(SKILL.toLowerCase().slice(0, -1)); // half typed: the last word matches as a prefix
    const results = page.getByRole('list', { name: 'Search results' });
    const hit = results.getByRole('link', { name: new RegExp(applicant.fullName) });
    await expect(hit).toBeVisible({ timeout: 15_000 });
    await expect(hit.locator('mark')).toHaveText(SKILL);
    await expect(hit).toContainText('Resume, page 1');
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    if (width === 390) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `test-results/resume-search-${width}.png`, fullPage: true });

    await hit.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/applications/${applicant.id}\\?page=1&hl=${SKILL}`));
    await expect(page.locator('.react-pdf__Page__textContent mark', { hasText: SKILL })).toBeVisible({ timeout: 30_000 });
    await page.screenshot({ path: `test-results/resume-search-open-${width}.png` });
  });
}

test('an empty result says so, and Escape clears the box', async ({ page }) => {
  await signIn(page);
  const box = page.getByRole('searchbox', { name: 'Search all applicants' });
  await box.fill(`nothing${word()}matches`);
  await expect(page.getByRole('status').filter({ hasText: /No applicants match/ })).toBeVisible({ timeout: 15_000 });
  await box.press('Escape');
  await expect(box).toHaveValue('');
});
