// Emails to candidates, as people meet them, read through the inbox's Mailpit API: the confirmation carries a status
// link that opens the status page in another browser; a recruiter rejects with a reason and the email, it waits the
// owner's (short) delay and then arrives exactly once; a rejection cancelled from the applicant page never arrives.
import { randomBytes } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { E2E_API_URL } from '../playwright.config.ts';
import { JOBS, USERS } from '../tests/app/db/seed.ts';
import { submitApplication } from './support/candidate.ts';
import { linksIn, mailbox } from './support/mailbox.ts';
import { asDistinctCandidate, fillApplication, fromOwnAddress, newCandidate, resumeInput, resumePdf, sql } from './support/spa.ts';

const letters = () => [...randomBytes(5)].map((b, i) => String.fromCharCode((i ? 97 : 65) + (b % 26))).join('');

async function expectAccessible(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    what,
  ).toEqual([]);
}

async function signIn(page: Page, who: { email: string; password: string }, to: string) {
  await page.goto(`/login?next=${encodeURIComponent(to)}`);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${to.replace(/[/?]/g, '\\$&')}$`));
}

test('the confirmation email arrives with a status link that opens the status page in another browser', async ({ page, browser }) => {
  const candidate = newCandidate();
  await asDistinctCandidate(page);
  await page.goto('/jobs/backend-developer/apply');
  await fillApplication(page, candidate);
  await resumeInput(page).setInputFiles(await resumePdf(candidate, { pages: 1 }));
  await page.getByRole('button', { name: 'Submit application' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Application sent' })).toBeVisible();
  const id = (await page.getByTestId('application-id').textContent()) ?? '';

  const message = await mailbox().waitForMessage(candidate.email, {
    subject: 'We received your application for Backend Developer',
    timeoutMs: 20_000,
  });
  expect(message.Text).toContain(`Hi ${candidate.fullName.split(' ')[0]},`);
  const [link] = linksIn(message, `/applications/${id}?key=`);
  expect(link, 'the status link in the email').toBeTruthy();
  const url = new URL(link);

  const context = await browser.newContext();
  const visitor = await context.newPage();
  await fromOwnAddress(visitor, '**/rest/v1/rpc/**');
  await visitor.goto(`${url.pathname}${url.search}`);
  await expect(visitor.getByRole('heading', { level: 1, name: 'Backend Developer' })).toBeVisible();
  await expect(visitor.getByTestId('candidate-stage')).toHaveText('Received');
  await context.close();
});

test('a rejection with the email waits the delay and arrives once; a cancelled one never arrives', async ({ page }) => {
  test.setTimeout(180_000);
  const job = JOBS.backend;
  const sent = await submitApplication(E2E_API_URL, { jobSlug: job.slug, jobId: job.id, fullName: `Rita ${letters()} Reject` });
  const kept = await submitApplication(E2E_API_URL, { jobSlug: job.slug, jobId: job.id, fullName: `Carl ${letters()} Cancel` });

  // The owner shortens the delay to one minute in the email settings.
  await signIn(page, USERS.acmeOwner, '/dashboard');
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Emails' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Emails of Acme' })).toBeVisible();
  await expectAccessible(page, 'email settings');
  await page.getByLabel('Hours').fill('0');
  await page.getByLabel('Minutes').fill('1');
  await page.getByRole('button', { name: 'Save delay' }).click();
  await expect(page.getByText('Saved. New rejections wait 1 min.')).toBeVisible();

  try {
    // Both are rejected at once from the list, with a reason and the email.
    await page.goto(`/dashboard/jobs/${job.id}`);
    for (const who of [sent, kept]) await page.getByRole('checkbox', { name: `Select ${who.fullName}` }).check();
    const bar = page.getByRole('region', { name: 'Bulk actions' });
    await bar.getByLabel('Move to').selectOption('rejected');
    await bar.getByRole('button', { name: /^Move 2/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Reject 2 applicants' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('Sent in 1 min; until then you can cancel it on the applicant page.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Reject 2' }).click();
    await expect(dialog.getByText('Choose why the application is rejected.')).toBeVisible();
    await expectAccessible(page, 'reject dialog with its error');
    await dialog.getByLabel('Reason').selectOption({ label: 'Not enough experience' });
    await dialog.getByRole('button', { name: 'Reject 2' }).click();
    await expect(dialog).toBeHidden();
    const [{ reasons }] = await sql<{ reasons: string }>(
      `select string_agg(distinct r.label, ',') as reasons from public.applications a join public.rejection_reasons r on r.id = a.rejection_reason_id where a.id = any ($1)`,
      [[sent.id, kept.id]],
    );
    expect(reasons).toBe('Not enough experience');

    // On one applicant's page the waiting email is cancelled.
    await page.goto(`/dashboard/jobs/${job.id}/applications/${kept.id}`);
    const emails = page.getByRole('region', { name: 'Emails' });
    const waiting = emails.getByRole('listitem').filter({ hasText: 'Rejection email' });
    await expect(waiting).toContainText('Waiting');
    await expectAccessible(page, 'applicant page with a waiting email');
    await waiting.getByRole('button', { name: 'Cancel the rejection email' }).click();
    await expect(emails.getByText('The rejection email was cancelled; nothing is sent.')).toBeVisible();
    await expect(waiting).toContainText('Cancelled');

    // The other one is still waiting on its page, then turns to Sent once the minute is over.
    await page.goto(`/dashboard/jobs/${job.id}/applications/${sent.id}`);
    const other = page.getByRole('region', { name: 'Emails' }).getByRole('listitem').filter({ hasText: 'Rejection email' });
    await expect(other).toContainText('Waiting');
    expect(
      await mailbox()
        .messagesTo(sent.email)
        .then((m) => m.filter((x) => x.Subject.startsWith('Your application'))),
    ).toHaveLength(0);
    await mailbox().waitForMessage(sent.email, { subject: 'Your application for Backend Developer', timeoutMs: 120_000 });
    await expect(other).toContainText('Sent', { timeout: 15_000 });

    // A few more scheduler rounds: still exactly one rejection to the one, none to the other.
    await page.waitForTimeout(5_000);
    const rejectionsTo = async (to: string) => (await mailbox().messagesTo(to)).filter((m) => m.Subject === 'Your application for Backend Developer');
    expect(await rejectionsTo(sent.email)).toHaveLength(1);
    expect(await rejectionsTo(kept.email)).toHaveLength(0);
  } finally {
    await sql(`update public.email_settings set rejection_delay_minutes = 1440 where org_id = (select org_id from public.jobs where id = $1)`, [
      job.id,
    ]);
  }
});
