// The recruiter dashboard in Chromium against a throw-away stack: a candidate applies through the real upload flow,
// Acme's recruiter reviews the application with the resume rendered by react-pdf, the viewer cannot change it,
// and Globex's recruiter sees none of it.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { E2E_API_URL } from '../playwright.config.ts';
import { ANON_KEY } from '../stack/config.ts';
import { JOBS, USERS } from '../tests/app/db/seed.ts';
import { submitApplication, type Submitted } from './support/candidate.ts';

const SHOTS = 'test-results/dashboard';
const letters = () => [...randomBytes(5)].map((b) => String.fromCharCode(97 + (b % 26))).join('');

let candidate: Submitted;

test.beforeAll(async () => {
  const suffix = letters();
  candidate = await submitApplication(E2E_API_URL, {
    jobSlug: JOBS.backend.slug,
    jobId: JOBS.backend.id,
    fullName: `Ada ${suffix[0].toUpperCase()}${suffix.slice(1)} Lovelace`,
  });
});

/** No serious or critical accessibility violations on the page as it is now. */
async function expectAccessible(page: Page) {
  await page.mouse.move(0, 0); // no hover state in the way
  // A list still refetching is dimmed on purpose (aria-busy); contrast is judged on the settled page.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
  ).toEqual([]);
}

async function signIn(page: Page, user: { email: string; password: string }, from = '/dashboard') {
  await page.goto(from);
  await expect(page).toHaveURL(/\/login\?next=/);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`${from.replace(/[?]/g, '\\?')}$`));
}

const applicationUrl = () => `/dashboard/jobs/${JOBS.backend.id}/applications/${candidate.id}`;

type PageCall =
  { kind: 'update-stage'; id: string; stage: string } | { kind: 'sign-resume'; path: string } | { kind: 'read-application'; id: string };

/** Runs one call with supabase-js (its UMD build) inside the page, signed in with the page's own session. */
async function fromPage(page: Page, call: PageCall): Promise<{ rows: number; error: string | null; url?: string | null }> {
  await page.addScriptTag({ path: 'node_modules/@supabase/supabase-js/dist/umd/supabase.js' });
  return page.evaluate(
    async ({ url, key, call }) => {
      const stored = Object.entries(localStorage).find(([k]) => /^sb-.+-auth-token$/.test(k));
      if (!stored) throw new Error('no session in localStorage');
      const { access_token } = JSON.parse(stored[1]);
      type Result = { data: unknown; error: { message: string } | null };
      type Client = {
        from: (t: string) => {
          update: (v: object) => { eq: (c: string, v: string) => { select: (c: string) => Promise<Result> } };
          select: (c: string) => { eq: (c: string, v: string) => Promise<Result> };
        };
        storage: {
          from: (b: string) => {
            createSignedUrl: (p: string, s: number) => Promise<{ data: { signedUrl: string } | null; error: { message: string } | null }>;
          };
        };
      };
      const { createClient } = (window as unknown as { supabase: { createClient: (u: string, k: string, o: object) => Client } }).supabase;
      const client = createClient(url, key, {
        auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
        global: { headers: { Authorization: `Bearer ${access_token}` } },
      });
      const rows = (r: Result) => ({ rows: Array.isArray(r.data) ? r.data.length : 0, error: r.error?.message ?? null });
      if (call.kind === 'update-stage') return rows(await client.from('applications').update({ stage: call.stage }).eq('id', call.id).select('id'));
      if (call.kind === 'read-application') return rows(await client.from('applications').select('id').eq('id', call.id));
      const { data, error } = await client.storage.from('resumes').createSignedUrl(call.path, 600);
      return { rows: 0, url: data?.signedUrl ?? null, error: error?.message ?? null };
    },
    { url: E2E_API_URL, key: ANON_KEY, call },
  );
}

test('Acme recruiter reviews a new application: resume inline, stage to interview, a note that survives a reload', async ({ page }) => {
  await signIn(page, USERS.acmeRecruiter);
  await expect(page.getByRole('heading', { name: 'Jobs' })).toBeVisible();
  const backendRow = page.getByRole('row', { name: /Backend Developer/ });
  await expect(backendRow).toContainText(/\d+ new/);
  await page.screenshot({ path: `${SHOTS}/jobs.png`, fullPage: true });
  await expectAccessible(page);

  await backendRow.getByRole('link', { name: 'Backend Developer', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Backend Developer' })).toBeVisible();
  await page.getByLabel('Search name or email').fill(candidate.fullName);
  const row = page.getByRole('row', { name: new RegExp(candidate.fullName) });
  await expect(row).toBeVisible();
  await expect(page.getByRole('columnheader', { name: /Score/ })).toHaveAttribute('aria-sort', 'descending');
  await page.screenshot({ path: `${SHOTS}/applicants.png`, fullPage: true });
  await expectAccessible(page);

  // The CSV holds every row the search matches; a phone keeps its own text (arithmetic alone runs no formula).
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const csv = fs.readFileSync((await download.path())!, 'utf8');
  expect(csv.split('\r\n')[0]).toBe(
    '\uFEFFName,Email,Phone,Stage,Score,Scoring,Applied at,LinkedIn,Portfolio,Matched skills,Missing required skills,Stage history,Screening answers,Knocked out,Source,Notes,Application ID',
  );
  expect(csv).toContain(`${candidate.fullName},${candidate.email},${candidate.phone},Applied,`);
  expect(csv).not.toMatch(/,done,|,pending,/);

  await row.getByRole('link', { name: candidate.fullName }).click();
  await expect(page.getByRole('heading', { level: 1, name: candidate.fullName })).toBeVisible();
  await expect(page.getByText('I would love to build <b>billing</b> systems with you.')).toBeVisible();

  // The first page: a canvas with painted pixels, and a text layer that holds the candidate's name.
  const canvas = page.locator('.react-pdf__Page__canvas').first();
  await expect(canvas).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.react-pdf__Page__textContent')).toContainText(candidate.fullName, { timeout: 20_000 });
  const painted = await canvas.evaluate((c: HTMLCanvasElement) => {
    const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && data[i] + data[i + 1] + data[i + 2] < 600) dark++;
    return { dark, width: c.width, height: c.height };
  });
  expect(painted.width).toBeGreaterThan(100);
  expect(painted.dark).toBeGreaterThan(500);

  // Page navigation and zoom.
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByRole('spinbutton', { name: 'Page' })).toHaveValue('2');
  await expect(page.locator('.react-pdf__Page').first()).toHaveAttribute('data-page-number', '2');
  const width = (await canvas.boundingBox())!.width;
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await page.locator('.react-pdf__Page__canvas').first().boundingBox())!.width).toBeGreaterThan(width * 1.1);
  await page.getByRole('button', { name: 'Previous page' }).click();

  // Move it to interview; the history says so.
  await page.getByRole('group', { name: 'Stage' }).getByRole('button', { name: 'Interview' }).click();
  await expect(page.getByRole('group', { name: 'Stage' }).getByRole('button', { name: 'Interview' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('region', { name: 'Stage history' })).toContainText('Applied → Interview');

  const note = `Strong Postgres background (${letters()})`;
  await page.getByLabel('Add a note').fill(note);
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByRole('list', { name: 'Notes' })).toContainText(note);
  await page.screenshot({ path: `${SHOTS}/applicant.png`, fullPage: true });
  await expectAccessible(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: candidate.fullName })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Notes' })).toContainText(note);
  await expect(page.getByRole('group', { name: 'Stage' }).getByRole('button', { name: 'Interview' })).toHaveAttribute('aria-pressed', 'true');
});

test('the viewer reads the application but cannot change its stage, not even with a direct API call', async ({ page }) => {
  await signIn(page, USERS.acmeViewer, applicationUrl());
  await expect(page.getByRole('heading', { level: 1, name: candidate.fullName })).toBeVisible();
  const stages = page.getByRole('group', { name: 'Stage' }).getByRole('button');
  await expect(stages).toHaveCount(6);
  for (const button of await stages.all()) await expect(button).toBeDisabled();
  await expect(page.getByLabel('Add a note')).toHaveCount(0);

  const result = await fromPage(page, { kind: 'update-stage', id: candidate.id, stage: 'hired' });
  expect(result.rows).toBe(0);
  await page.reload();
  await expect(page.getByRole('group', { name: 'Stage' }).getByRole('button', { name: 'Hired' })).toHaveAttribute('aria-pressed', 'false');
});

test("Globex's recruiter sees none of Acme's jobs or applicants, and cannot sign Acme's resume", async ({ page }) => {
  await signIn(page, USERS.globexRecruiter);
  await expect(page.getByRole('link', { name: 'Site Reliability Engineer', exact: true })).toBeVisible();
  await expect(page.getByText('Backend Developer')).toHaveCount(0);
  await expect(page.getByText('Frontend Developer')).toHaveCount(0);

  await page.goto(`/dashboard/jobs/${JOBS.backend.id}`);
  await expect(page.getByRole('heading', { name: 'Job not found' })).toBeVisible();
  await page.goto(applicationUrl());
  await expect(page.getByRole('heading', { name: /not found/ })).toBeVisible();
  await expect(page.getByText(candidate.fullName)).toHaveCount(0);

  const signed = await fromPage(page, { kind: 'sign-resume', path: candidate.path });
  expect(signed.url).toBeNull();
  expect(signed.error).toBeTruthy();
  expect((await fromPage(page, { kind: 'read-application', id: candidate.id })).rows).toBe(0);
});
