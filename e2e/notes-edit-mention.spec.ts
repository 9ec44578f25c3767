// Issue 15 point 5: a note's author edits and deletes it (the earlier wording stays readable), and "@" offers the
// organisation's members; the member chosen gets an email through the outbox.
import { randomBytes } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { E2E_API_URL } from '../playwright.config.ts';
import { JOBS, USERS } from '../tests/app/db/seed.ts';
import { submitApplication, type Submitted } from './support/candidate.ts';
import { mailbox } from './support/mailbox.ts';

const family = [...randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join('');
let applicant: Submitted;

test.beforeAll(async () => {
  applicant = await submitApplication(E2E_API_URL, { jobSlug: JOBS.backend.slug, jobId: JOBS.backend.id, fullName: `Noa ${family}` });
});

test('mention a member from the keyboard, edit the note, read its earlier wording, delete it', async ({ page }) => {
  const since = new Date();
  await page.goto(`/dashboard/jobs/${JOBS.backend.id}/applications/${applicant.id}`);
  await page.getByLabel('Email').fill(USERS.acmeRecruiter.email);
  await page.getByLabel('Password').fill(USERS.acmeRecruiter.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: applicant.fullName })).toBeVisible();

  const box = page.getByLabel('Add a note');
  await box.pressSequentially(`Strong on queues ${family}, ask @own`);
  const options = page.getByRole('listbox', { name: 'Mention a member' });
  await expect(options.getByRole('option', { name: USERS.acmeOwner.email, selected: true })).toBeVisible();
  await expect(options.getByRole('option', { name: USERS.acmeRecruiter.email })).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(box).toHaveValue(`Strong on queues ${family}, ask @${USERS.acmeOwner.email} `);
  await expect(options).toHaveCount(0);
  await box.pressSequentially('to look.');
  await box.press('Control+Enter');

  const notes = page.getByRole('list', { name: 'Notes' });
  const note = notes.getByRole('listitem').filter({ hasText: family });
  await expect(note.locator('mark')).toHaveText(`@${USERS.acmeOwner.email}`);
  const mail = await mailbox().waitForMessage(USERS.acmeOwner.email, {
    subject: new RegExp(`mentioned you in a note on ${applicant.fullName}`),
    since,
    timeoutMs: 30_000,
  });
  expect(mail.To.map((t) => t.Address)).toEqual([USERS.acmeOwner.email]);

  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((x) => x.target).join(', ')}`)).toEqual([]);

  await note.getByRole('button', { name: /^Edit your note/ }).click();
  const edit = page.getByLabel('Edit the note');
  await expect(edit).toBeFocused();
  await edit.fill(`Strong on queues and caching ${family}`);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Note saved.' })).toBeVisible();
  const edited = notes.getByRole('listitem').filter({ hasText: `caching ${family}` });
  await edited.getByRole('button', { name: 'edited' }).click();
  await expect(edited.getByRole('list', { name: 'Earlier wording' })).toContainText(
    `Strong on queues ${family}, ask @${USERS.acmeOwner.email} to look.`,
  );

  await edited.getByRole('button', { name: /^Delete your note/ }).click();
  await page.getByRole('dialog', { name: 'Delete this note?' }).getByRole('button', { name: 'Delete note' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Note deleted.' })).toBeVisible();
  await expect(page.getByText(`caching ${family}`)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: applicant.fullName })).toBeVisible();
  await expect(page.getByText(`caching ${family}`)).toHaveCount(0);
});

test("another member's note offers no Edit or Delete", async ({ page, browser }) => {
  await page.goto(`/dashboard/jobs/${JOBS.backend.id}/applications/${applicant.id}`);
  await page.getByLabel('Email').fill(USERS.acmeRecruiter.email);
  await page.getByLabel('Password').fill(USERS.acmeRecruiter.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Add a note').fill(`Recruiter's own ${family}`);
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByRole('list', { name: 'Notes' })).toContainText(`Recruiter's own ${family}`);

  const owner = await (await browser.newContext()).newPage();
  await owner.goto(`/dashboard/jobs/${JOBS.backend.id}/applications/${applicant.id}`);
  await owner.getByLabel('Email').fill(USERS.acmeOwner.email);
  await owner.getByLabel('Password').fill(USERS.acmeOwner.password);
  await owner.getByRole('button', { name: 'Sign in' }).click();
  const theirs = owner
    .getByRole('list', { name: 'Notes' })
    .getByRole('listitem')
    .filter({ hasText: `Recruiter's own ${family}` });
  await expect(theirs).toBeVisible();
  await expect(theirs.getByRole('button', { name: /Edit|Delete/ })).toHaveCount(0);
});
