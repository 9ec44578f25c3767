// Accessibility of the candidate pages: axe (WCAG 2.2 A/AA rules) finds no serious or critical violation, in the
// states a candidate actually sees (loaded, with validation errors, after a failure, on success), on desktop and phone.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { asDistinctCandidate, fillApplication, fromOwnAddress, newCandidate, resumeInput, resumePdf, shots } from './support/spa.ts';

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
  let failed = false;
  await page.route('**/functions/v1/sign-upload', (route) => {
    if (failed) return route.fallback();
    failed = true;
    return route.fulfill({
      status: 429,
      contentType: 'application/json',
      headers: { 'retry-after': '120' },
      body: JSON.stringify({ error: { code: 'rate_limited', message: 'Too many uploads from your network. Please try again in 2 min.' } }),
    });
  });
  await resumeInput(page).setInputFiles(await resumePdf(candidate, { pages: 1 }));
  await expect(page.getByRole('alert')).toContainText('Too many uploads from your network');
  await expectNoSeriousViolations(page, 'apply, after a failure');

  await page.getByRole('button', { name: 'Retry upload' }).click();
  await expect(page.getByText('Uploaded. It is sent with your application.')).toBeVisible();
  await expectNoSeriousViolations(page, 'apply, resume uploaded');
  await page.getByRole('button', { name: 'Submit application' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Application sent' })).toBeFocused();
  await expectHeadingsInOrder(page);
  await expectNoSeriousViolations(page, 'apply, submitted');
});

test('the status page: the stage, the withdraw dialog, withdrawn, and not found', async ({ page }) => {
  // The status RPCs count failed guesses per client address: this page is a client of its own.
  await fromOwnAddress(page, '**/rest/v1/rpc/**');
  await asDistinctCandidate(page);
  const candidate = newCandidate();
  await page.goto('/jobs/backend-developer/apply');
  await fillApplication(page, candidate);
  await resumeInput(page).setInputFiles(await resumePdf(candidate, { pages: 1 }));
  await page.getByRole('button', { name: 'Submit application' }).click();
  const link = new URL(await page.getByRole('textbox', { name: 'Private status link' }).inputValue());

  await page.goto(`${link.pathname}${link.search}`);
  await expect(page.getByTestId('candidate-stage')).toHaveText('Received');
  await expectLandmarks(page);
  await expectHeadingsInOrder(page);
  await expectNoSeriousViolations(page, 'status page');

  // The dialog takes focus on its safe choice, Escape closes it and focus goes back to the button that opened it.
  const withdraw = page.getByRole('button', { name: 'Withdraw application' });
  await withdraw.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Withdraw this application?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Keep my application' })).toBeFocused();
  await expectNoSeriousViolations(page, 'withdraw dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(withdraw).toBeFocused();

  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Withdraw', exact: true }).click();
  await expect(page.getByText('Your application was withdrawn')).toBeVisible();
  // The button pressed is gone; focus is on the confirmation, so a screen reader reads it.
  expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Your application was withdrawn');
  await expectHeadingsInOrder(page);
  await expectNoSeriousViolations(page, 'status page, withdrawn');

  await page.goto(`${link.pathname}?key=${'A'.repeat(43)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Application not found' })).toBeVisible();
  await expectLandmarks(page);
  await expectNoSeriousViolations(page, 'status page, not found');
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
