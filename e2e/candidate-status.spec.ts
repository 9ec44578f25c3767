// The candidate's private status page, in Chromium: the link from the success page works from another browser and
// follows the stage a recruiter sets (never notes or score); a wrong key, no key, and another application's id with
// a valid key all read "not found" alike; withdrawing removes the resume from the bucket within a minute and the
// applicant from the recruiter's list.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createClient } from '@supabase/supabase-js';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import WebSocket from 'ws';
import { E2E_API_URL } from '../playwright.config.ts';
import { ANON_KEY, ROOT } from '../stack/config.ts';
import { JOBS, USERS } from '../tests/app/db/seed.ts';
import { submitApplication } from './support/candidate.ts';
import { asDistinctCandidate, fillApplication, fromOwnAddress, newCandidate, resumeInput, resumePdf, shots, sql } from './support/spa.ts';

const APPLY = '/jobs/backend-developer/apply';
const storageDir = () => process.env.E2E_STORAGE_DIR ?? path.join(ROOT, '.supabase-local/e2e/storage');
const objectOnDisk = (objectPath: string) => fs.existsSync(path.join(storageDir(), 'resumes', ...objectPath.split('/')));
const objectRow = async (objectPath: string) =>
  (await sql(`select 1 from storage.objects where bucket_id = 'resumes' and name = $1`, [objectPath])).length === 1;

type Applied = { id: string; key: string; link: string; email: string; fullName: string; resumePath: string };

/** The status RPCs limit failed attempts per client address; each page reads as a client of its own, as different people would. */
const asDistinctVisitor = (target: Page | BrowserContext) => fromOwnAddress(target, '**/rest/v1/rpc/**');

/** A candidate applies through the form and copies the status link from the success page. */
async function applyAndTakeLink(page: Page): Promise<Applied> {
  const candidate = newCandidate();
  await asDistinctCandidate(page);
  await page.goto(APPLY);
  await fillApplication(page, candidate);
  await resumeInput(page).setInputFiles(await resumePdf(candidate, { pages: 1 }));
  await page.getByRole('button', { name: 'Submit application' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Application sent' })).toBeVisible();
  const id = (await page.getByTestId('application-id').textContent()) ?? '';
  const link = await page.getByRole('textbox', { name: 'Private status link' }).inputValue();
  const url = new URL(link);
  expect(url.pathname).toBe(`/applications/${id}`);
  const key = url.searchParams.get('key') ?? '';
  expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
  const [row] = await sql<{ resume_path: string }>('select resume_path from public.applications where id = $1', [id]);
  return { id, key, link: `${url.pathname}${url.search}`, email: candidate.email, fullName: candidate.fullName, resumePath: row.resume_path };
}

/** A fresh browser with no trace of the candidate's session: "the link works from another browser". */
async function otherBrowser(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  await asDistinctVisitor(context);
  return context.newPage();
}

const recruiterClient = async () => {
  const client = createClient(E2E_API_URL, ANON_KEY, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    realtime: { transport: WebSocket as unknown as typeof globalThis.WebSocket },
  });
  const { error } = await client.auth.signInWithPassword(USERS.acmeRecruiter);
  if (error) throw new Error(`recruiter sign-in failed: ${error.message}`);
  return client;
};

test('the link on the success page is shown once, works from another browser, and follows the stage a recruiter sets', async ({ page, browser }) => {
  const applied = await applyAndTakeLink(page);
  await expect(page.getByText('Save it now: it is shown only this once.')).toBeVisible();
  await page.screenshot({ path: shots('status-link'), fullPage: true });
  // Only the key's SHA-256 is stored, and the key has left this tab's storage.
  const [{ status_key_hash }] = await sql<{ status_key_hash: string }>('select status_key_hash from public.applications where id = $1', [applied.id]);
  expect(status_key_hash).toBe(createHash('sha256').update(applied.key).digest('hex'));
  expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.includes('status-key')))).toEqual([]);

  // Internal things the candidate must never see.
  const note = `Internal note ${randomUUID()}`;
  await sql(`update public.applications set score = 87 where id = $1`, [applied.id]);
  await sql(`insert into public.notes (application_id, author, body) values ($1, $2, $3)`, [applied.id, USERS.acmeRecruiter.userId, note]);

  const visitor = await otherBrowser(browser);
  await visitor.goto(applied.link);
  await expect(visitor.getByRole('heading', { level: 1, name: 'Backend Developer' })).toBeVisible();
  await expect(visitor).toHaveTitle('Application status · Backend Developer · Smart ATS');
  await expect(visitor.getByText('Acme', { exact: true })).toBeVisible();
  await expect(visitor.getByText(/Applied on \w+ \d{1,2}, \d{4}/)).toBeVisible();
  await expect(visitor.getByTestId('candidate-stage')).toHaveText('Received');
  await expect(visitor.getByRole('listitem').filter({ hasText: 'Received' })).toHaveAttribute('aria-current', 'step');
  const text = await visitor.getByRole('main').innerText();
  expect(text).not.toContain(note);
  expect(text).not.toMatch(/\b87\b|score/i);
  await visitor.screenshot({ path: shots('status-received'), fullPage: true });

  // The recruiter moves the application on through the API, as the dashboard does.
  const recruiter = await recruiterClient();
  const moved = await recruiter.from('applications').update({ stage: 'interview' }).eq('id', applied.id).select('id');
  expect(moved.error).toBeNull();
  await visitor.reload();
  await expect(visitor.getByTestId('candidate-stage')).toHaveText('Interviewing');
  await expect(visitor.getByRole('listitem').filter({ hasText: 'Interviewing' })).toHaveAttribute('aria-current', 'step');
  await expect(visitor.getByText(/^Last update on /)).toBeVisible();
  await visitor.screenshot({ path: shots('status-interviewing'), fullPage: true });

  await recruiter.from('applications').update({ stage: 'rejected' }).eq('id', applied.id);
  await visitor.reload();
  await expect(visitor.getByTestId('candidate-stage')).toHaveText('Closed');
  await expect(visitor.getByText('This application is closed.')).toBeVisible();
  expect(await visitor.getByRole('main').innerText()).not.toMatch(/reject/i);
  await visitor.context().close();
});

test('a wrong key, no key, an unknown id and another application’s id with a valid key all read the same "not found"', async ({ page, browser }) => {
  const applied = await applyAndTakeLink(page);
  const other = await submitApplication(E2E_API_URL, { jobSlug: JOBS.backend.slug, jobId: JOBS.backend.id, fullName: 'Other Applicant Person' });
  const wrongKey = randomBytes(32).toString('base64url');

  const visitor = await otherBrowser(browser);
  const answers: string[] = [];
  visitor.on('response', async (res) => {
    if (res.url().includes('/rest/v1/rpc/application_status')) answers.push(`${res.status()} ${await res.text()}`);
  });
  const texts: string[] = [];
  for (const link of [
    `/applications/${applied.id}?key=${wrongKey}`,
    `/applications/${other.id}?key=${applied.key}`,
    `/applications/${randomUUID()}?key=${applied.key}`,
    `/applications/${applied.id}`,
  ]) {
    await visitor.goto(link);
    await expect(visitor.getByRole('heading', { level: 1, name: 'Application not found' })).toBeVisible();
    await expect(visitor).toHaveTitle('Application not found · Smart ATS');
    texts.push(await visitor.getByRole('main').innerText());
  }
  await visitor.screenshot({ path: shots('status-not-found'), fullPage: true });
  // The page and the API's answers are identical, whatever was wrong (no key is refused without asking).
  expect(new Set(texts).size).toBe(1);
  expect(answers).toHaveLength(3);
  expect(new Set(answers)).toEqual(new Set(['200 {"status": "not_found"}']));

  // The right link still works.
  await visitor.goto(applied.link);
  await expect(visitor.getByTestId('candidate-stage')).toHaveText('Received');
  await visitor.context().close();
});

test('withdrawing takes the applicant off the recruiter’s list and deletes the resume from the bucket within a minute', async ({ page, browser }) => {
  const applied = await applyAndTakeLink(page);
  expect(await objectRow(applied.resumePath)).toBe(true);
  expect(objectOnDisk(applied.resumePath)).toBe(true);

  // Before: the recruiter finds the applicant.
  const dashboard = await (await browser.newContext()).newPage();
  await dashboard.goto('/dashboard');
  await dashboard.getByLabel('Email').fill(USERS.acmeRecruiter.email);
  await dashboard.getByLabel('Password').fill(USERS.acmeRecruiter.password);
  await dashboard.getByRole('button', { name: 'Sign in' }).click();
  await expect(dashboard).toHaveURL(/\/dashboard$/);
  await dashboard.goto(`/dashboard/jobs/${JOBS.backend.id}`);
  await dashboard.getByLabel('Search name or email').fill(applied.fullName);
  await expect(dashboard.getByRole('row', { name: new RegExp(applied.fullName) })).toBeVisible();

  const visitor = await otherBrowser(browser);
  await visitor.goto(applied.link);
  await visitor.getByRole('button', { name: 'Withdraw application' }).click();
  const dialog = visitor.getByRole('dialog', { name: 'Withdraw this application?' });
  await expect(dialog).toBeVisible();
  await visitor.screenshot({ path: shots('status-withdraw-dialog') });
  await dialog.getByRole('button', { name: 'Withdraw', exact: true }).click();
  const confirmation = visitor.getByRole('status').filter({ hasText: 'Your application was withdrawn' });
  await expect(confirmation).toBeFocused();
  const withdrawnAt = Date.now();
  await expect(visitor.getByTestId('candidate-stage')).toHaveText('Closed');
  await expect(visitor.getByRole('button', { name: 'Withdraw application' })).toHaveCount(0);
  await visitor.screenshot({ path: shots('status-withdrawn'), fullPage: true });
  const [row] = await sql<{ withdrawn_at: Date | null }>('select withdrawn_at from public.applications where id = $1', [applied.id]);
  expect(row.withdrawn_at).not.toBeNull();

  // The resume leaves the bucket: its object row and its bytes on Storage's disk.
  await expect
    .poll(async () => (await objectRow(applied.resumePath)) || objectOnDisk(applied.resumePath), { timeout: 60_000, intervals: [500] })
    .toBe(false);
  test.info().annotations.push({ type: 'withdrawal', description: `resume gone ${Date.now() - withdrawnAt} ms after withdrawing` });

  // After: the recruiter's list no longer has the applicant.
  await dashboard.reload();
  await dashboard.getByLabel('Search name or email').fill(applied.fullName);
  await expect(dashboard.getByText('No applicants match')).toBeVisible();
  await expect(dashboard.getByRole('row', { name: new RegExp(applied.fullName) })).toHaveCount(0);
  await dashboard.screenshot({ path: shots('status-dashboard-after-withdrawal'), fullPage: true });

  // The link still answers, now as withdrawn.
  await visitor.reload();
  await expect(visitor.getByText(/^You withdrew this application on /)).toBeVisible();
  await visitor.context().close();
  await dashboard.context().close();
});
