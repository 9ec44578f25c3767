// Rescoring after a skills change, as the recruiter who made it sees it: the old scores stay on screen marked as
// updating (never blanked to "Scoring…"), and the list keeps its order until they ask for the re-sort.
import { randomBytes, randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { E2E_API_URL } from '../playwright.config.ts';
import { ACME, USERS } from '../tests/app/db/seed.ts';
import { submitApplication } from './support/candidate.ts';
import { sql } from './support/spa.ts';

const SHOTS = 'test-results/rescoring';
const jobId = randomUUID();
const suffix = [...randomBytes(5)].map((b) => String.fromCharCode(97 + (b % 26))).join('');
const skill = (name: string, weight: number) => ({ name, weight, required: false, aliases: [] });

// Three of each profile: with Haskell weighted 5 and Elixir 1, "both" > Haskell > Elixir; swapping the weights puts Elixir second.
const GROUPS = { both: 'Haskell, Elixir', haskell: 'Haskell', elixir: 'Elixir' } as const;
type Group = keyof typeof GROUPS;
const names: Record<Group, string[]> = { both: [], haskell: [], elixir: [] };
const groupOf = (name: string) => (Object.keys(names) as Group[]).find((g) => names[g].includes(name));

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const slug = `rescoring-${suffix}`;
  await sql(
    `insert into public.jobs (id, org_id, slug, title, location, employment_type, status, published_at, description, skills)
     values ($1, $2, $3, 'Functional Engineer', 'Berlin', 'full_time', 'open', now(), 'Functional.', $4)`,
    [jobId, ACME, slug, JSON.stringify([skill('Haskell', 5), skill('Elixir', 1)])],
  );
  for (const group of Object.keys(GROUPS) as Group[])
    for (const n of ['One', 'Two', 'Three']) {
      const fullName = `${group[0].toUpperCase()}${group.slice(1)} ${n} ${suffix}`;
      names[group].push(fullName);
      await submitApplication(E2E_API_URL, { jobSlug: slug, jobId, fullName, skillsText: GROUPS[group] });
    }
  await expect
    .poll(async () => (await sql(`select 1 from public.applications where job_id = $1 and parse_status = 'done'`, [jobId])).length, {
      timeout: 180_000,
    })
    .toBe(9);
});

// Closed afterwards (rows kept): the board-search spec counts the open jobs.
test.afterAll(async () => {
  await sql(`update public.jobs set status = 'closed' where id = $1`, [jobId]);
});

const rowNames = (page: Page) => page.getByRole('table', { name: 'Applicants' }).locator('tbody tr a').allInnerTexts();

test('after a skills change the old scores stay, marked as updating, and the list re-sorts only when asked', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(`/dashboard/jobs/${jobId}`);
  await page.getByLabel('Email').fill(USERS.acmeRecruiter.email);
  await page.getByLabel('Password').fill(USERS.acmeRecruiter.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('table', { name: 'Applicants' }).locator('tbody tr')).toHaveCount(9);
  const before = await rowNames(page);
  expect(before.map(groupOf)).toEqual(['both', 'both', 'both', 'haskell', 'haskell', 'haskell', 'elixir', 'elixir', 'elixir']);

  await page.getByRole('link', { name: 'Edit job' }).click();
  await page.getByLabel('Weight of skill 1').selectOption('1');
  await page.getByLabel('Weight of skill 2').selectOption('5');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Changes saved.' })).toBeAttached();
  await page.getByRole('link', { name: 'Back to the applicants' }).click();

  // While the scorer works, every row keeps a score: marked as updating, never blanked.
  const table = page.getByRole('table', { name: 'Applicants' });
  await expect(table.getByText('Updating…').first()).toBeVisible();
  await expect(table.getByText('Scoring…')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/updating.png` });

  // Once every new score is in, the rows stay where they were and the recruiter is offered the re-sort.
  const resort = page.getByRole('button', { name: 'Scores updated — re-sort' });
  await expect(resort).toBeVisible({ timeout: 90_000 });
  await expect(table.getByText('Updating…')).toHaveCount(0);
  expect(await rowNames(page)).toEqual(before);
  await page.screenshot({ path: `${SHOTS}/resort-offered.png` });

  await resort.click();
  await expect(resort).toHaveCount(0);
  expect((await rowNames(page)).map(groupOf)).toEqual(['both', 'both', 'both', 'elixir', 'elixir', 'elixir', 'haskell', 'haskell', 'haskell']);
  await page.screenshot({ path: `${SHOTS}/resorted.png` });
});
