// Recruiters create, edit and publish jobs: the slug follows the title and is made unique, a job with applications
// keeps its slug, and a published job is on the public board.
import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { createClient } from '@supabase/supabase-js';
import WebSocket from 'ws';
import { E2E_API_URL } from '../playwright.config.ts';
import { SERVICE_ROLE_KEY } from '../stack/config.ts';
import { JOBS, USERS } from '../tests/app/db/seed.ts';
import { submitApplication } from './support/candidate.ts';

const created: string[] = [];

// Jobs made here leave the board again, so specs that count the seeded jobs see only those.
test.afterAll(async () => {
  if (!created.length) return;
  const admin = createClient(E2E_API_URL, SERVICE_ROLE_KEY, {
    auth: { persistSession: false, autoRefreshToken: false },
    realtime: { transport: WebSocket as unknown as typeof globalThis.WebSocket },
  });
  const { error } = await admin.from('jobs').delete().in('slug', created);
  if (error) throw new Error(`cleaning up jobs failed: ${error.message}`);
});

const word = () => [...randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join('');

async function signIn(page: Page, user: { email: string; password: string }, from: string) {
  await page.goto(from);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

test('a recruiter creates a job with skills, publishes it, and candidates can find it', async ({ page }) => {
  const title = `Platform Engineer ${word()}`;
  await signIn(page, USERS.acmeRecruiter, '/dashboard/jobs/new');
  await page.getByLabel('Title').fill(title);
  const slug = title.toLowerCase().replace(/ /g, '-');
  created.push(slug, `${slug}-2`);
  await expect(page.getByLabel('Address (slug)')).toHaveValue(slug);
  await page.getByLabel('Location').fill('Hamburg, Germany');
  await page.getByLabel('Employment type').selectOption('contract');
  await page.getByLabel('Description').fill('You will run our Kubernetes clusters.\n\nOn call one week in six.');
  await page.getByRole('button', { name: 'Add skill' }).click();
  await page.getByLabel('Skill 1', { exact: true }).fill('Kubernetes');
  await page.getByLabel('Weight of skill 1').selectOption('5');
  await page.getByRole('checkbox', { name: 'Required (skill 1)' }).check();
  await page.getByLabel('Aliases of skill 1').fill('k8s, K8S');
  await page.getByRole('button', { name: 'Add skill' }).click();
  await page.getByLabel('Skill 2', { exact: true }).fill('Go');
  await page.getByRole('button', { name: 'Create draft' }).click();

  await expect(page).toHaveURL(/\/dashboard\/jobs\/[0-9a-f-]{36}\/edit$/);
  await expect(page.getByText('Draft created. Publish it to put it on the job board.')).toBeVisible();
  await expect(page.getByLabel('Aliases of skill 1')).toHaveValue('k8s, K8S');
  await page.getByRole('button', { name: 'Publish job' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Publish job' }).click();
  await expect(page.getByRole('button', { name: 'Close job' })).toBeVisible();
  await page.screenshot({ path: 'test-results/dashboard/job-editor.png', fullPage: true });

  // A second job with the same title gets the next free slug.
  await page.goto('/dashboard/jobs/new');
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page.getByLabel('Address (slug)')).toHaveValue(`${slug}-2`);

  // The published job is on the public board, signed out.
  await page.context().clearCookies();
  await page.evaluate(() => localStorage.clear());
  await page.goto(`/jobs/${slug}`);
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
});

test('a job with applications keeps its slug; the form says why', async ({ page }) => {
  await submitApplication(E2E_API_URL, { jobSlug: JOBS.frontend.slug, jobId: JOBS.frontend.id, fullName: `Grace ${word()} Hopper` });
  await signIn(page, USERS.acmeRecruiter, '/dashboard');
  await page.getByRole('link', { name: 'Edit Frontend Developer' }).click();
  await expect(page.getByLabel('Address (slug)')).toHaveAttribute('readonly', '');
  await expect(page.getByText(/People have applied to this job, so its address is fixed/)).toBeVisible();
});
