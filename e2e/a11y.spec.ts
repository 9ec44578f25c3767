// Accessibility of the candidate pages: axe (WCAG 2.2 A/AA rules) finds no serious or critical violation, in the
// states a candidate actually sees (loaded, with validation errors, after a failure, on success), on desktop and phone.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { asDistinctCandidate, fillApplication, newCandidate, resumeInput, resumePdf, shots } from './support/spa.ts';

async function expectNoSeriousViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
  expect(report, `${what}: serious or critical axe violations`).toEqual([]);
}

/** One h1, and no heading level skipped on the way down. */
async function expectHeadingsInOrder(page: Page) {
  const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));
}

async function expectLandmarks(page: Page) {
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

test('the job board', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('article')).toHaveCount(3);
  await expectLandmarks(page);
  await expectHeadingsInOrder(page);
  await expectNoSeriousViolations(page, '/');
});

test('a job page', async ({ page }) => {
  await page.goto('/jobs/backend-developer');
  await expect(page.getByRole('heading', { level: 1, name: 'Backend Developer' })).toBeVisible();
  await expectLandmarks(page);
  await expectHeadingsInOrder(page);
  await expectNoSeriousViolations(page, '/jobs/backend-developer');
});

test('the apply page: empty, with errors, after a failure and on success', async ({ page }) => {
  await asDistinctCandidate(page);
  await page.goto('/jobs/backend-developer/apply');
  await expect(page.getByLabel('Full name')).toBeVisible();
  await expectLandmarks(page);
  await expectHeadingsInOrder(page);
  await expectNoSeriousViolations(page, 'apply, empty');

  await page.getByRole('button', { name: 'Submit application' }).click();
  await expect(page.getByLabel('Full name')).toBeFocused();
  await expectNoSeriousViolations(page, 'apply, with validation errors');

  const candidate = newCandidate();
  await fillApplication(page, candidate);
  await resumeInput(page).setInputFiles(await resumePdf(candidate, { pages: 1 }));
  let failed = false;
  await page.route('**/functions/v1/sign-upload', (route) => {
    if (failed) return route.fallback();
    failed = true;
    return route.fulfill({ status: 429, contentType: 'application/json', headers: { 'retry-after': '120' }, body: JSON.stringify({ error: { code: 'rate_limited', message: 'Too many uploads from your network. Please try again in 2 min.' } }) });
  });
  await page.getByRole('button', { name: 'Submit application' }).click();
  await expect(page.getByRole('alert')).toContainText('Too many uploads from your network');
  await expectNoSeriousViolations(page, 'apply, after a failure');

  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Application sent' })).toBeFocused();
  await expectHeadingsInOrder(page);
  await expectNoSeriousViolations(page, 'apply, submitted');
});

test('closed job and 404 pages', async ({ page }) => {
  await page.goto('/jobs/data-engineer');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoSeriousViolations(page, 'closed job');
  await page.goto('/nowhere');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expectNoSeriousViolations(page, '404');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test('board, job and apply pages fit the screen', async ({ page }) => {
    for (const [path, name] of [
      ['/', 'board'],
      ['/jobs/backend-developer', 'job'],
      ['/jobs/backend-developer/apply', 'apply'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('main [aria-hidden="true"].animate-pulse')).toHaveCount(0);
      // Nothing wider than the screen: no sideways scrolling.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.screenshot({ path: shots(`phone-${name}`), fullPage: true });
      await expectNoSeriousViolations(page, `${path} on a phone`);
    }
  });
});
