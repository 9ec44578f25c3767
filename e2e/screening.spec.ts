// Screening questions in Chromium: a recruiter gives a fresh job three questions (one knockout) in the job editor;
// candidates answer them on the apply form; Postgres stores the answers, flags the knockout and keeps the source.
import { randomBytes, randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { USERS } from '../tests/app/db/seed.ts';
import { asDistinctCandidate, fillApplication, newCandidate, resumeInput, resumePdf, sql, type Candidate } from './support/spa.ts';

const SHOTS = 'test-results/screening';
const ACME = 'ac000000-0000-4000-8000-000000000000';
const suffix = [...randomBytes(4)].map((b) => String.fromCharCode(97 + (b % 26))).join('');
const job = { id: randomUUID(), slug: `screening-${suffix}`, title: `Screening ${suffix}` };
const SPONSORSHIP = 'Will you need visa sponsorship?';
const MODE = 'Which way of working suits you?';
const NOTICE = 'When could you start?';

test.beforeAll(async () => {
  await sql(`insert into public.jobs (id, org_id, slug, title, status, published_at) values ($1, $2, $3, $4, 'open', now())`, [
    job.id,
    ACME,
    job.slug,
    job.title,
  ]);
});
test.afterAll(async () => {
  await sql(`delete from public.applications where job_id = $1`, [job.id]);
  await sql(`delete from public.jobs where id = $1`, [job.id]);
  // The notice the consent test published for Acme, so other specs apply as before.
  await sql(`delete from public.privacy_notices where org_id = $1`, [ACME]);
});
test.describe.configure({ mode: 'serial' });
const people: { kept?: Candidate; knocked?: Candidate } = {};

// Two sign-ins, three applications and two axe runs on a shared 2-core machine.
test.setTimeout(240_000);

async function signedIn(browser: Browser, path: string, user: { email: string; password: string } = USERS.acmeRecruiter): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(path);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  return page;
}

const storedAnswers = async (email: string) =>
  (
    await sql<{ answers: unknown; knockout: unknown; source: string | null }>(
      `select answers, knockout, source from public.applications where email = $1`,
      [email],
    )
  )[0];

async function apply(page: Page, c: Candidate, answers: { sponsorship: 'Yes' | 'No'; mode: string; notice: string }, query = '') {
  await asDistinctCandidate(page);
  await page.goto(`/jobs/${job.slug}/apply${query}`);
  await fillApplication(page, c);
  await resumeInput(page).setInputFiles(await resumePdf(c, { pages: 1 }));
  await page.getByRole('group', { name: SPONSORSHIP }).getByLabel(answers.sponsorship).check();
  await page.getByRole('group', { name: MODE }).getByLabel(answers.mode).check();
  await page.getByLabel(NOTICE).fill(answers.notice);
  await page.getByRole('button', { name: 'Submit application' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Application sent' })).toBeVisible();
  // The candidate is not told about a knockout.
  await expect(page.getByText(/knock/i)).toHaveCount(0);
}

test('a recruiter adds three questions (one knockout); candidates answer them and Postgres stores and flags the answers', async ({
  browser,
  page,
}) => {
  const recruiter = await signedIn(browser, `/dashboard/jobs/${job.id}/edit`);
  const questions = recruiter.getByRole('group', { name: 'Screening questions' });
  await expect(questions.getByText('No questions yet.')).toBeVisible();

  await questions.getByRole('button', { name: 'Add question' }).click();
  await questions.getByRole('textbox', { name: 'Question 1', exact: true }).fill(SPONSORSHIP);
  await questions.getByLabel('Answer type of question 1').selectOption('yes_no');
  await questions.getByLabel('Knockout answer of question 1').selectOption('yes');
  await questions.getByLabel('Required (question 1)').check();

  await questions.getByRole('button', { name: 'Add question' }).click();
  await questions.getByRole('textbox', { name: 'Question 2', exact: true }).fill(MODE);
  await questions.getByLabel('Answer type of question 2').selectOption('single_choice');
  await questions.getByLabel('Choices of question 2').fill('Remote\nHybrid');
  await questions.getByLabel('Required (question 2)').check();

  await questions.getByRole('button', { name: 'Add question' }).click();
  await questions.getByRole('textbox', { name: 'Question 3', exact: true }).fill(NOTICE);
  await questions.getByLabel('Help text of question 3').fill('A month is fine.');
  // A choice question needs two choices: the editor says so before anything is sent.
  await questions.getByLabel('Answer type of question 3').selectOption('single_choice');
  await recruiter.getByRole('button', { name: 'Save changes' }).click();
  await expect(questions.getByText('Give between 2 and 50 choices, one per line')).toBeVisible();
  await questions.getByLabel('Answer type of question 3').selectOption('short_text');
  await recruiter.setViewportSize({ width: 1280, height: 900 });
  await questions.screenshot({ path: `${SHOTS}/editor.png` });
  const axe = await new AxeBuilder({ page: recruiter }).include('form').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await recruiter.getByRole('button', { name: 'Save changes' }).click();
  await expect(recruiter.getByText('Changes saved.', { exact: true })).toBeVisible();

  const [{ questions: saved }] = await sql<{ questions: { label: string; type: string; required: boolean; knockout: unknown[] }[] }>(
    `select questions from public.jobs where id = $1`,
    [job.id],
  );
  expect(saved.map((q) => [q.label, q.type, q.required, q.knockout])).toEqual([
    [SPONSORSHIP, 'yes_no', true, [true]],
    [MODE, 'single_choice', true, []],
    [NOTICE, 'short_text', false, []],
  ]);

  // The apply form asks them, required ones first refused when left out.
  const kept = (people.kept = newCandidate());
  await asDistinctCandidate(page);
  await page.goto(`/jobs/${job.slug}/apply?utm_source=Job%20Fair`);
  await fillApplication(page, kept);
  await resumeInput(page).setInputFiles(await resumePdf(kept, { pages: 1 }));
  await page.getByRole('button', { name: 'Submit application' }).click();
  await expect(page.getByRole('group', { name: SPONSORSHIP }).getByText('Choose an answer')).toBeVisible();
  await expect(page.getByText('A month is fine.')).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/apply-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  const applyAxe = await new AxeBuilder({ page }).include('form').analyze();
  expect(applyAxe.violations.map((v) => v.id)).toEqual([]);
  await page.getByRole('group', { name: SPONSORSHIP }).getByLabel('No').check();
  await page.getByRole('group', { name: MODE }).getByLabel('Hybrid').check();
  await page.getByLabel(NOTICE).fill('In March');
  await page.getByRole('button', { name: 'Submit application' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Application sent' })).toBeVisible();
  const [sponsorshipId, modeId, noticeId] = await questionIds();
  expect(await storedAnswers(kept.email)).toEqual({
    answers: { [sponsorshipId]: false, [modeId]: 'Hybrid', [noticeId]: 'In March' },
    knockout: null,
    source: 'job-fair',
  });

  const knocked = (people.knocked = newCandidate());
  await apply(page, knocked, { sponsorship: 'Yes', mode: 'Remote', notice: 'Now' }, '?source=linkedin');
  const row = await storedAnswers(knocked.email);
  expect(row.knockout).toEqual({ question_id: sponsorshipId, question: SPONSORSHIP, answer: true });
  expect(row.source).toBe('linkedin');
});

const questionIds = async () =>
  (
    await sql<{ ids: string[] }>(`select array(select q ->> 'id' from jsonb_array_elements(questions) q) as ids from public.jobs where id = $1`, [
      job.id,
    ])
  )[0].ids;

test('the applicant page shows the answers; the knocked-out one waits under "Knocked out" with its rule until someone keeps it', async ({
  browser,
}) => {
  const recruiter = await signedIn(browser, `/dashboard/jobs/${job.id}`);
  const group = recruiter.getByRole('region', { name: /Knocked out/ });
  await expect(group).toContainText(people.knocked!.fullName);
  await expect(group).toContainText(`“${SPONSORSHIP}” answered “Yes”`);
  const list = recruiter.getByRole('region', { name: 'Applicants' });
  await expect(list.getByText(people.kept!.fullName)).toBeVisible();
  await expect(list.getByText(people.knocked!.fullName)).toHaveCount(0);
  await expect(recruiter.getByRole('region', { name: 'Applicants by source' })).toContainText('job-fair');
  await recruiter.screenshot({ path: `${SHOTS}/applicants.png`, fullPage: true });
  await recruiter.setViewportSize({ width: 390, height: 844 });
  await recruiter.screenshot({ path: `${SHOTS}/applicants-390.png`, fullPage: true });
  await recruiter.setViewportSize({ width: 1280, height: 900 });

  // Filtering by an answer and by source.
  await recruiter.getByLabel('Answered').selectOption({ label: `${MODE}: Hybrid` });
  await expect(list.getByText(people.kept!.fullName)).toBeVisible();
  await recruiter.getByLabel('Answered').selectOption({ label: `${MODE}: Remote` });
  await expect(recruiter.getByText('No applicants match')).toBeVisible();
  await recruiter.getByRole('button', { name: 'Clear screening filters' }).click();

  await group.getByRole('link', { name: people.knocked!.fullName }).click();
  const screening = recruiter.getByRole('region', { name: 'Screening' });
  await expect(screening).toContainText(`${SPONSORSHIP}Yes`);
  await expect(screening).toContainText('Came from linkedin');
  await expect(screening).toContainText('Knocked out');
  await recruiter.screenshot({ path: `${SHOTS}/applicant.png`, fullPage: true });
  await screening.getByRole('button', { name: 'Keep this application' }).click();
  await expect(screening).toContainText('Knocked out, then kept');
  const [row] = await sql<{ knockout_kept_at: string | null; stage: string }>(
    `select knockout_kept_at, stage from public.applications where email = $1`,
    [people.knocked!.email],
  );
  expect(row.knockout_kept_at).not.toBeNull();
  expect(row.stage).toBe('applied');
  await recruiter.goto(`/dashboard/jobs/${job.id}`);
  await expect(recruiter.getByRole('region', { name: 'Applicants' }).getByText(people.knocked!.fullName)).toBeVisible();
  await expect(recruiter.getByRole('region', { name: /Knocked out/ })).toHaveCount(0);
});

test('with a privacy notice, consent is required and stored with its version and time', async ({ browser, page }) => {
  const owner = await signedIn(browser, '/dashboard/settings/privacy', USERS.acmeOwner);
  await owner
    .getByRole('textbox', { name: 'Notice', exact: true })
    .fill('Acme keeps applications for 180 days.\n\nAsk privacy@acme.test to erase yours.');
  await owner.getByRole('button', { name: 'Publish version 1' }).click();
  await expect(owner.getByText('Version 1 published.')).toBeVisible();
  await owner.screenshot({ path: `${SHOTS}/privacy-settings.png`, fullPage: true });

  const c = newCandidate();
  await asDistinctCandidate(page);
  await page.goto(`/jobs/${job.slug}/apply`);
  await expect(page.getByRole('region', { name: 'Privacy notice of Acme, version 1' })).toContainText('180 days');
  await fillApplication(page, c);
  await resumeInput(page).setInputFiles(await resumePdf(c, { pages: 1 }));
  await page.getByRole('group', { name: SPONSORSHIP }).getByLabel('No').check();
  await page.getByRole('group', { name: MODE }).getByLabel('Remote').check();
  await page.getByRole('button', { name: 'Submit application' }).click();
  await expect(page.getByText('Agree to the privacy notice to apply')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/consent-required.png`, fullPage: true });
  await page.getByLabel(/I have read Acme's privacy notice/).check();
  await page.getByLabel(/keep me in mind for other roles/).check();
  await page.getByRole('button', { name: 'Submit application' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Application sent' })).toBeVisible();
  const [row] = await sql<{ version: number; privacy_consent_at: string | null; talent_pool_consent: boolean }>(
    `select n.version, a.privacy_consent_at, a.talent_pool_consent from public.applications a join public.privacy_notices n on n.id = a.privacy_notice_id where a.email = $1`,
    [c.email],
  );
  expect(row).toMatchObject({ version: 1, talent_pool_consent: true });
  expect(row.privacy_consent_at).not.toBeNull();
});
