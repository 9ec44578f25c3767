// Team and passwords by email, as people do it: the owner invites a recruiter on /dashboard/team, the invitation
// arrives in the stack's inbox (read through its Mailpit API), its link sets a password and lands in Acme's dashboard
// as a recruiter; "Forgot password?" works the same way; used links say so. Axe-clean, by keyboard.
import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { USERS } from '../tests/app/db/seed.ts';
import { linksIn, mailbox } from './support/mailbox.ts';
import { sql } from './support/spa.ts';

const fresh = (who: string) => `${who}-${randomUUID().slice(0, 8)}@example.test`;

async function expectAccessible(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    what,
  ).toEqual([]);
}

async function signIn(page: Page, email: string, password: string, to = '/dashboard') {
  await page.goto(`/login?next=${encodeURIComponent(to)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${to.replace(/\//g, '\\/')}$`));
}

async function verifyLink(to: string, subject: string) {
  const message = await mailbox().waitForMessage(to, { subject, timeoutMs: 15_000 });
  const [link] = linksIn(message, '/auth/v1/verify');
  expect(link).toBeTruthy();
  return link;
}

test('an owner invites a recruiter by keyboard; the invitee follows the email, sets a password and lands in Acme as a recruiter', async ({
  page,
  browser,
}) => {
  const email = fresh('new-recruiter');
  await signIn(page, USERS.acmeOwner.email, USERS.acmeOwner.password);
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Team' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Team of Acme' })).toBeVisible();
  await expect(page.getByRole('cell', { name: USERS.acmeRecruiter.email, exact: true })).toBeVisible();
  await expectAccessible(page, 'team page');

  const field = page.getByLabel('Email address');
  await field.focus();
  await page.keyboard.press('Enter');
  await expect(field).toHaveAccessibleDescription(/Enter the email address/);
  await field.fill(email);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Role', { exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Send invitation' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `Invitation sent to ${email}.` })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: email })).toContainText('Recruiter');
  await expect(page.getByRole('button', { name: `Resend the invitation to ${email}` })).toBeVisible();
  await expectAccessible(page, 'team page with a pending invitation');

  const link = await verifyLink(email, 'You have been invited');
  const inviteeContext = await browser.newContext();
  const invitee = await inviteeContext.newPage();
  await invitee.goto(link);
  await expect(invitee).toHaveURL(/\/accept-invite/);
  await expect(invitee.getByRole('heading', { name: 'Join your team' })).toBeVisible();
  await expect(invitee.getByText(`You are signing in as ${email}.`)).toBeVisible();
  await expectAccessible(invitee, 'accept-invite page');
  await invitee.getByLabel('New password', { exact: true }).fill('invited-pass-123');
  await invitee.getByLabel('New password again').fill('invited-pass-123');
  await invitee.keyboard.press('Enter');
  await expect(invitee).toHaveURL(/\/dashboard$/);
  await expect(invitee.getByRole('banner').getByText('Recruiter', { exact: true })).toBeVisible();
  await expect(invitee.getByRole('banner')).toContainText('Acme');
  await expect(invitee.getByRole('link', { name: 'Team' })).toHaveCount(0);
  await inviteeContext.close();

  await page.reload();
  await expect(page.getByRole('listitem').filter({ hasText: email })).toHaveCount(0);
  await expect(page.getByRole('cell', { name: email, exact: true })).toBeVisible();
  const rows = await sql<{ role: string }>('select m.role from public.memberships m join auth.users u on u.id = m.user_id where u.email = $1', [
    email,
  ]);
  expect(rows).toEqual([{ role: 'recruiter' }]);
});

test('the last owner cannot step down: the page shows Postgres’ refusal and keeps the role', async ({ page }) => {
  await signIn(page, USERS.acmeOwner.email, USERS.acmeOwner.password, '/dashboard/team');
  await page.getByLabel(`Role of ${USERS.acmeOwner.email}`).selectOption('viewer');
  await expect(page.getByRole('alert')).toContainText('only owner');
  await expect(page.getByLabel(`Role of ${USERS.acmeOwner.email}`)).toHaveValue('owner');
});

test('Forgot password? emails a one-time link that sets a new password; the used link then says it expired', async ({ page }) => {
  const email = fresh('forgetful');
  const [user] = await sql<{ id: string }>(
    `insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at, raw_app_meta_data, raw_user_meta_data, created_at, updated_at)
     values ('00000000-0000-0000-0000-000000000000', gen_random_uuid(), 'authenticated', 'authenticated', $1, extensions.crypt('old-pass-123', extensions.gen_salt('bf', 4)), now(), '{"provider":"email","providers":["email"]}', '{}', now(), now())
     returning id`,
    [email],
  );
  await sql(`insert into public.memberships (org_id, user_id, role) select id, $1, 'viewer' from public.organizations where slug = 'acme'`, [
    user.id,
  ]);

  await page.goto('/login');
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await expectAccessible(page, 'forgot-password page');
  await page.getByLabel('Email').fill(email);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText(`If ${email} belongs to an account`);

  const link = await verifyLink(email, 'Reset Your Password');
  await page.goto(link);
  await expect(page).toHaveURL(/\/reset-password/);
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await page.getByLabel('New password', { exact: true }).fill('new-pass-4567');
  await page.getByLabel('New password again').fill('not-the-same');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('New password again')).toHaveAccessibleDescription(/not the same/);
  await page.getByLabel('New password again').fill('new-pass-4567');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/dashboard$/);

  await page.evaluate(() => localStorage.clear());
  await signIn(page, email, 'new-pass-4567');

  await page.evaluate(() => localStorage.clear());
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'This link no longer works' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('expired or was already used');
  await expectAccessible(page, 'used-link page');
  await page.getByRole('link', { name: 'Send me a new link' }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await sql('delete from auth.users where id = $1', [user.id]);
});

test('the team pages work at 390 px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, USERS.acmeOwner.email, USERS.acmeOwner.password, '/dashboard/team');
  await expect(page.getByRole('heading', { level: 1, name: 'Team of Acme' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: 'test-results/spa/team-390.png', fullPage: true });
  await expectAccessible(page, 'team page at 390 px');
});
