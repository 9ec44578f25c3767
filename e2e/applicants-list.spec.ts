// The applicant list of a busy job in Chromium: the bulk bar stays in reach, a move can be undone from a visible notice
// (with the history kept), and at 390 px every row still shows its stage and applied date.
import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { ACME, USERS } from '../tests/app/db/seed.ts';
import { sql } from './support/spa.ts';

const SHOTS = 'test-results/applicants-list';
const jobId = randomUUID();
const ROWS = 30;

test.beforeAll(async () => {
  await sql(
    `insert into public.jobs (id, org_id, slug, title, location, employment_type, status, published_at, description, skills)
     values ($1, $2, $3, 'Billing Engineer', 'Berlin', 'full_time', 'open', now(), 'Billing.', '[{"name":"TypeScript","weight":5,"required":false,"aliases":[]}]')`,
    [jobId, ACME, `billing-${jobId.slice(0, 8)}`],
  );
  // Scored rows straight into the table (as the service role would), enough to run well past one screen.
  for (let i = 0; i < ROWS; i++)
    await sql(
      `insert into public.applications (job_id, full_name, email, resume_path, resume_size, parse_status, score, created_at)
       values ($1, $2, $3, $4, 1234, 'done', $5, now() - make_interval(hours => $6))`,
      [jobId, `Applicant ${String(i + 1).padStart(2, '0')}`, `applicant${i + 1}@example.test`, `${jobId}/${randomUUID()}.pdf`, 90 - i, i],
    );
});

// The job is closed afterwards (its rows stay for the history): the board-search spec counts the open jobs.
test.afterAll(async () => {
  await sql(`update public.jobs set status = 'closed' where id = $1`, [jobId]);
});

async function signIn(page: Page, next: string) {
  await page.goto(next);
  await page.getByLabel('Email').fill(USERS.acmeRecruiter.email);
  await page.getByLabel('Password').fill(USERS.acmeRecruiter.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('table', { name: 'Applicants' })).toBeVisible();
}

test('ticking rows at the bottom keeps the bulk bar on screen; the move is a visible notice whose Undo restores the stages', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await signIn(page, `/dashboard/jobs/${jobId}`);
  // One of them was already in screening: Undo must put it back there, not in applied.
  await sql(`update public.applications set stage = 'screening' where job_id = $1 and full_name = 'Applicant 28'`, [jobId]);
  await page.reload();

  const last = ['Applicant 28', 'Applicant 29', 'Applicant 30'];
  for (const name of last) await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  const bar = page.getByRole('region', { name: 'Bulk actions' });
  await expect(bar).toBeInViewport();
  await expect(page.getByRole('checkbox', { name: 'Select Applicant 30' })).toBeInViewport();
  await page.screenshot({ path: `${SHOTS}/bulk-bar.png` });

  await bar.getByLabel('Move to').selectOption('interview');
  await bar.getByRole('button', { name: 'Move 3' }).click();
  const notice = page.getByRole('status').filter({ hasText: '3 applicants moved to Interview.' });
  await expect(notice).toBeVisible();
  await expect(notice).toBeInViewport();
  const undo = notice.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/moved-notice.png` });
  const stages = () =>
    sql<{ full_name: string; stage: string }>(
      `select full_name, stage from public.applications where job_id = $1 and full_name = any($2) order by 1`,
      [jobId, last],
    );
  await expect.poll(async () => (await stages()).map((r) => r.stage)).toEqual(['interview', 'interview', 'interview']);

  await undo.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Undone: 3 applicants are back where they were.' })).toBeVisible();
  expect(await stages()).toEqual([
    { full_name: 'Applicant 28', stage: 'screening' },
    { full_name: 'Applicant 29', stage: 'applied' },
    { full_name: 'Applicant 30', stage: 'applied' },
  ]);
  // The history tells both moves.
  const events = await sql<{ from_stage: string; to_stage: string }>(
    `select e.from_stage, e.to_stage from public.stage_events e join public.applications a on a.id = e.application_id
     where a.job_id = $1 and a.full_name = 'Applicant 28' and e.from_stage is not null order by e.at, e.id`,
    [jobId],
  );
  expect(events).toEqual([
    { from_stage: 'applied', to_stage: 'screening' },
    { from_stage: 'screening', to_stage: 'interview' },
    { from_stage: 'interview', to_stage: 'screening' },
  ]);
  await expect(page.getByRole('row', { name: /Applicant 29/ })).toContainText('Applied');
  await page.getByRole('button', { name: 'Close notice' }).click();
  await expect(page.getByText('Undone:')).toHaveCount(0);
});

test('at 390 px every applicant row shows its stage and applied date without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, `/dashboard/jobs/${jobId}`);
  const row = page.getByRole('row', { name: /Applicant 01/ });
  await expect(row.getByText('Applied', { exact: true }).filter({ visible: true })).toBeInViewport();
  await expect(row.locator('time')).toBeInViewport();
  await expect(row.getByRole('checkbox')).toBeInViewport();
  const table = page.getByRole('table', { name: 'Applicants' });
  expect(await table.evaluate((t) => t.parentElement!.scrollWidth - t.parentElement!.clientWidth)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SHOTS}/list-390.png`, fullPage: false });
});
