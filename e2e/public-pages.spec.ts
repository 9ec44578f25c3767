// Issue 16: a job's published details (salary, workplace, department) go from the editor to the job page and its
// JobPosting JSON-LD; descriptions in the Markdown subset; the editor's way back to the applicants; the dashboard's 404.
import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { createClient } from '@supabase/supabase-js';
import WebSocket from 'ws';
import { E2E_API_URL } from '../playwright.config.ts';
import { SERVICE_ROLE_KEY } from '../stack/config.ts';
import { JOBS, USERS } from '../tests/app/db/seed.ts';

const created: string[] = [];
test.afterAll(async () => {
  if (!created.length) return;
  const admin = createClient(E2E_API_URL, SERVICE_ROLE_KEY, {
    auth: { persistSession: false, autoRefreshToken: false },
    realtime: { transport: WebSocket as unknown as typeof globalThis.WebSocket },
  });
  const { error } = await admin.from('jobs').delete().in('slug', created);
  if (error) throw new Error(`cleaning up jobs failed: ${error.message}`);
});

async function signIn(page: Page, from: string) {
  await page.goto(from);
  await page.getByLabel('Email').fill(USERS.acmeRecruiter.email);
  await page.getByLabel('Password').fill(USERS.acmeRecruiter.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

const jsonLd = async (page: Page) => JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? 'null');

test('a remote job with a salary range: the editor checks it, the job page shows it, its JSON-LD carries it', async ({ page }) => {
  const title = `Remote Engineer ${[...randomBytes(4)].map((b) => String.fromCharCode(97 + (b % 26))).join('')}`;
  const slug = title.toLowerCase().replace(/ /g, '-');
  created.push(slug);
  await signIn(page, '/dashboard/jobs/new');
  await page.getByLabel('Title').fill(title);
  await page
    .getByLabel('Description')
    .fill('You will **own** the API.\n\nWe offer:\n- a laptop\n- [a budget](https://acme.test/budget)\n- <b>no html</b>');
  await page.getByLabel('Department').fill('Engineering');
  await page.getByLabel('Workplace').selectOption('remote');
  await page.getByLabel('Salary from').fill('90000');
  await page.getByLabel('Salary to').fill('70000');
  await page.getByRole('button', { name: 'Create draft' }).click();
  // The form names each missing or contradictory part before anything is sent.
  await expect(page.getByText('Say which country remote candidates must live in')).toBeVisible();
  await expect(page.getByText('Give the salary’s currency')).toBeVisible();
  await expect(page.getByText('At least the minimum')).toBeVisible();
  await page.getByLabel('Country code').fill('de');
  await page.getByLabel('Salary to').fill('110000');
  await page.getByLabel('Currency').fill('eur');
  await page.getByLabel('Paid', { exact: true }).selectOption('year');
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page.getByText('Draft created. Publish it to put it on the job board.')).toBeVisible();
  await page.getByRole('button', { name: 'Publish job' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Publish job' }).click();
  await expect(page.getByRole('button', { name: 'Close job' })).toBeVisible();

  // Saving changes offers the way back to the applicants.
  await page.getByLabel('Department').fill('Platform');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Changes saved. Back to the applicants')).toBeVisible();
  await page.getByRole('link', { name: 'Back to the applicants' }).click();
  await expect(page).toHaveURL(/\/dashboard\/jobs\/[0-9a-f-]{36}$/);

  await page.goto(`/jobs/${slug}`);
  const glance = page.getByRole('complementary', { name: 'At a glance' });
  await expect(glance).toContainText('Platform');
  await expect(glance).toContainText('Remote (Germany)');
  await expect(glance).toContainText('€90,000 – €110,000 a year');
  const about = page.getByRole('region', { name: 'About the role' });
  await expect(about.getByRole('strong')).toHaveText('own');
  await expect(about.getByRole('listitem')).toHaveText(['a laptop', 'a budget', '<b>no html</b>']);
  await expect(about.getByRole('link', { name: 'a budget' })).toHaveAttribute('href', 'https://acme.test/budget');
  await expect(about.locator('b')).toHaveCount(0);

  const data = await jsonLd(page);
  expect(data).toMatchObject({
    '@type': 'JobPosting',
    title,
    jobLocationType: 'TELECOMMUTE',
    applicantLocationRequirements: { '@type': 'Country', name: 'Germany' },
    employmentUnit: { name: 'Platform' },
    baseSalary: { '@type': 'MonetaryAmount', currency: 'EUR', value: { minValue: 90000, maxValue: 110000, unitText: 'YEAR' } },
    directApply: true,
    hiringOrganization: { name: 'Acme' },
  });
  expect(data.description).toContain('<li>&lt;b&gt;no html&lt;/b&gt;</li>');
  await page.screenshot({ path: 'test-results/public/remote-job.png', fullPage: true });
});

test('the apply page asks search engines not to index it', async ({ page }) => {
  await page.goto(`/jobs/${JOBS.backend.slug}/apply`);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});

test("the dashboard's 404 leads back to the dashboard", async ({ page }) => {
  await signIn(page, '/dashboard/no-such-page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the dashboard' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});
