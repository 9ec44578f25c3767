// Signing in: the form says what is missing or malformed before anything is sent, a wrong password gets a plain
// message (and no session), and the right one lands on the page the recruiter asked for.
import { expect, test } from '@playwright/test';
import { USERS } from '../tests/app/db/seed.ts';

test('the sign-in form checks its fields, refuses a wrong password plainly, then signs in to the page asked for', async ({ page }) => {
  const signIns: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/auth/v1/token')) signIns.push(r.url());
  });
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/login\?next=%2Fdashboard$/);
  const email = page.getByLabel('Email');
  const password = page.getByLabel('Password');
  await expect(email).toBeFocused();

  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(email).toHaveAccessibleDescription(/Enter your email address/);
  await expect(password).toHaveAccessibleDescription(/Enter your password/);
  await email.fill('recruiter at acme');
  await password.fill('x');
  await page.keyboard.press('Enter');
  await expect(email).toHaveAccessibleDescription(/Enter an email address like name@company.com/);
  expect(signIns).toEqual([]); // nothing was sent while the form was invalid

  await email.fill(`  ${USERS.acmeRecruiter.email}  `);
  await password.fill('not-the-password');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  expect(signIns).toHaveLength(1);

  await password.fill(USERS.acmeRecruiter.password);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
