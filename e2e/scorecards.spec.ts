// Scorecards in Chromium: a recruiter builds the job's interview kit, two members score one applicant, and each sees
// the other's scorecard only once their own is in; the viewer reads both and has nothing to submit.
import { randomBytes } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { E2E_API_URL } from '../playwright.config.ts';
import { JOBS, USERS } from '../tests/app/db/seed.ts';
import { submitApplication, type Submitted } from './support/candidate.ts';
import { sql } from './support/spa.ts';

const SHOTS = 'test-results/scorecards';
let candidate: Submitted;

test.beforeAll(async () => {
  const suffix = [...randomBytes(5)].map((b) => String.fromCharCode(97 + (b % 26))).join('');
  candidate = await submitApplication(E2E_API_URL, { jobSlug: JOBS.backend.slug, jobId: JOBS.backend.id, fullName: `Grace ${suffix} Hopper` });
  await sql(`delete from public.interview_kits where job_id = $1`, [JOBS.backend.id]);
  await sql(`update public.applications set stage = 'interview' where id = $1`, [candidate.id]);
});

async function signedIn(browser: Browser, user: { email: string; password: string }, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(path);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  return page;
}

const applicantPath = () => `/dashboard/jobs/${JOBS.backend.id}/applications/${candidate.id}`;
const scorecards = (page: Page) => page.getByRole('region', { name: 'Scorecards' });

async function score(page: Page, ratings: [string, string][], recommendation: string) {
  const form = page.getByRole('form', { name: 'Your scorecard for Interview' });
  for (const [criterion, rating] of ratings) await form.getByRole('group', { name: criterion }).getByLabel(rating).check();
  await form.getByRole('group', { name: 'Overall recommendation' }).getByLabel(recommendation, { exact: true }).check();
  await form.getByRole('button', { name: 'Submit scorecard' }).click();
  await expect(scorecards(page).getByText('You submitted your scorecard for Interview.')).toBeVisible();
}

test('two members’ scorecards appear together only after both submitted; a viewer reads them and cannot submit', async ({ browser }) => {
  const recruiter = await signedIn(browser, USERS.acmeRecruiter, `/dashboard/jobs/${JOBS.backend.id}/edit`);
  const kit = recruiter.getByRole('region', { name: 'Interview kit' });
  await kit.getByRole('textbox', { name: 'Criterion 1', exact: true }).fill('System design');
  await kit.getByLabel('Guidance for interviewers (optional)').first().fill('Trade-offs, failure modes');
  await kit.getByRole('button', { name: 'Add a criterion' }).click();
  await kit.getByRole('textbox', { name: 'Criterion 2', exact: true }).fill('Communication');
  await kit.getByRole('button', { name: 'Save the interview kit' }).click();
  await expect(kit.getByText('Interview kit saved.')).toBeVisible();

  await recruiter.goto(applicantPath());
  const form = recruiter.getByRole('form', { name: 'Your scorecard for Interview' });
  await form.getByRole('button', { name: 'Submit scorecard' }).click();
  await expect(form.getByText('Rate this criterion from 1 to 4').first()).toBeVisible();
  await expect(form.getByText('Choose an overall recommendation')).toBeVisible();
  await score(
    recruiter,
    [
      ['System design', '3 · Good'],
      ['Communication', '4 · Excellent'],
    ],
    'Yes',
  );
  await expect(scorecards(recruiter).getByText('Interview · 1 scorecard')).toBeVisible();

  const owner = await signedIn(browser, USERS.acmeOwner, applicantPath());
  await expect(scorecards(owner).getByText(/One scorecard for Interview is hidden until you submit yours/)).toBeVisible();
  await expect(scorecards(owner).getByText(USERS.acmeRecruiter.email)).toHaveCount(0);
  await score(
    owner,
    [
      ['System design', '2 · Mixed'],
      ['Communication', '3 · Good'],
    ],
    'Strong yes',
  );
  const both = scorecards(owner);
  await expect(both.getByText('Interview · 2 scorecards')).toBeVisible();
  await expect(both.getByText('Yes 1 · Strong yes 1')).toBeVisible();
  await expect(both.getByRole('row', { name: /System design 2\.5/ })).toBeVisible();
  await expect(both.getByText(USERS.acmeRecruiter.email)).toBeVisible();
  await owner.screenshot({ path: `${SHOTS}/owner-after-both.png`, fullPage: true });

  await recruiter.reload();
  await expect(scorecards(recruiter).getByText('Interview · 2 scorecards')).toBeVisible();
  await expect(scorecards(recruiter).getByText(USERS.acmeOwner.email)).toBeVisible();

  const viewer = await signedIn(browser, USERS.acmeViewer, applicantPath());
  await expect(scorecards(viewer).getByText('Interview · 2 scorecards')).toBeVisible();
  await expect(scorecards(viewer).getByRole('form')).toHaveCount(0);
  const { violations } = await new AxeBuilder({ page: viewer }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});
