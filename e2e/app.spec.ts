// The public side against the seeded stack: the job board (search in ?q=), job pages, closed and unknown jobs, 404.
import { expect, test } from '@playwright/test';
import { shots } from './support/spa.ts';

test('the job board lists every organization’s open jobs from the stack, newest first', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Open jobs · Smart ATS');
  await expect(page.getByRole('heading', { level: 1, name: 'Find your next role' })).toBeVisible();
  const jobs = page.getByRole('list', { name: 'Open jobs' }).getByRole('article');
  await expect(jobs).toHaveCount(3);
  await expect(jobs.getByRole('heading', { level: 2 })).toHaveText(['Site Reliability Engineer', 'Frontend Developer', 'Backend Developer']);
  await expect(page.getByRole('status').filter({ hasText: 'open jobs' })).toHaveText('3 open jobs');
  // Closed and draft jobs stay off the board (RLS shows anon only open jobs).
  await expect(page.getByText('Data Engineer')).toHaveCount(0);
  const sre = jobs.filter({ hasText: 'Site Reliability Engineer' });
  await expect(sre).toContainText('Globex');
  await expect(jobs.filter({ hasText: 'Backend Developer' })).toContainText('Acme');
  await expect(jobs.filter({ hasText: 'Backend Developer' })).toContainText('Berlin, Germany (hybrid)');
  await expect(jobs.filter({ hasText: 'Backend Developer' })).toContainText('Full-time');
  await page.screenshot({ path: shots('board'), fullPage: true });
});

test('search filters by title, location or company and lives in the URL', async ({ page }) => {
  await page.goto('/');
  const search = page.getByRole('searchbox', { name: 'Search jobs' });
  const titles = page.getByRole('list', { name: 'Open jobs' }).getByRole('heading', { level: 2 });
  await expect(titles).toHaveCount(3);

  await search.fill('developer');
  await expect(titles).toHaveText(['Frontend Developer', 'Backend Developer']);
  await expect(page).toHaveURL(/\?q=developer$/);
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('2 jobs match “developer”');

  await search.fill('berlin');
  await expect(titles).toHaveText(['Backend Developer']);
  await search.fill('GLOBEX');
  await expect(titles).toHaveText(['Site Reliability Engineer']);

  // A shared or reloaded link shows the same results.
  await page.goto('/?q=remote%20eu');
  await expect(page.getByRole('searchbox', { name: 'Search jobs' })).toHaveValue('remote eu');
  await expect(titles).toHaveText(['Frontend Developer']);

  await page.getByRole('searchbox', { name: 'Search jobs' }).fill('cobol wizard');
  await expect(page.getByRole('heading', { name: 'No jobs match your search' })).toBeVisible();
  await page.screenshot({ path: shots('board-no-match'), fullPage: true });
  await page.getByRole('button', { name: 'Clear the search' }).click();
  await expect(titles).toHaveCount(3);
  await expect(page).toHaveURL(/\/$/);
});

test('links move within the page without reloading it; Back and Forward restore the pages and the search', async ({ page, context }) => {
  await page.goto('/?q=developer');
  // A marker on window survives only in-page navigations: a full reload would wipe it.
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  const titles = page.getByRole('list', { name: 'Open jobs' }).getByRole('heading', { level: 2 });
  await expect(titles).toHaveText(['Frontend Developer', 'Backend Developer']);

  await page.getByRole('link', { name: 'Backend Developer' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backend Developer');
  await page.getByRole('link', { name: 'Apply for this job' }).first().click();
  await expect(page).toHaveURL(/\/jobs\/backend-developer\/apply$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Apply for Backend Developer');

  await page.goBack();
  await expect(page).toHaveURL(/\/jobs\/backend-developer$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backend Developer');
  await page.goBack();
  await expect(page).toHaveURL(/\/\?q=developer$/);
  await expect(page.getByRole('searchbox', { name: 'Search jobs' })).toHaveValue('developer');
  await expect(titles).toHaveText(['Frontend Developer', 'Backend Developer']);
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backend Developer');
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

  // A Ctrl-click is the browser's: a new tab opens on the link, and this page stays where it is.
  const opened = context.waitForEvent('page');
  await page
    .getByRole('link', { name: 'All jobs' })
    .first()
    .click({ modifiers: ['ControlOrMeta'] });
  const tab = await opened;
  await tab.waitForLoadState();
  expect(new URL(tab.url()).pathname).toBe('/');
  await expect(page).toHaveURL(/\/jobs\/backend-developer$/);
});

test('a job page shows the description as paragraphs and lists, the skills and the way to apply', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Backend Developer' }).click();
  await expect(page).toHaveURL(/\/jobs\/backend-developer$/);
  await expect(page).toHaveTitle('Backend Developer at Acme · Smart ATS');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backend Developer');
  await expect(page.getByRole('main')).toBeFocused();

  const about = page.getByRole('region', { name: 'About the role' });
  await expect(about.locator('p')).toHaveCount(5);
  await expect(about.locator('p').first()).toContainText('Acme builds the scheduling and billing platform');
  // "- " lines are a list, **…** is bold, [text](mailto:…) a link: the description's Markdown subset.
  await expect(about.getByRole('listitem')).toHaveText([
    '30 days of holiday',
    'a learning budget of €2,000 a year',
    'two office days a week in Kreuzberg',
  ]);
  await expect(about.getByRole('strong')).toHaveText('What we offer');
  await expect(about.getByRole('link', { name: 'jobs@acme.test' })).toHaveAttribute('href', 'mailto:jobs@acme.test');

  const skills = page.getByRole('region', { name: 'Skills' }).getByRole('listitem');
  await expect(skills).toHaveCount(7);
  // Required skills come first and say so in words.
  await expect(skills.filter({ hasText: 'Required' })).toHaveText(['TypeScriptRequired', 'Node.jsRequired', 'PostgreSQLRequired']);
  await expect(skills.filter({ hasText: 'GraphQL' })).not.toContainText('Required');

  const glance = page.getByRole('complementary', { name: 'At a glance' });
  await expect(glance).toContainText('Acme');
  await expect(glance).toContainText('Berlin, Germany (hybrid)');
  await expect(glance).toContainText('Full-time');
  await page.screenshot({ path: shots('job'), fullPage: true });

  await page.getByRole('link', { name: 'Apply for this job' }).click();
  await expect(page).toHaveURL(/\/jobs\/backend-developer\/apply$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Apply for Backend Developer');
});

test('a closed job, a draft and an unknown slug say they take no applications', async ({ page }) => {
  for (const slug of ['data-engineer', 'product-designer', 'no-such-job']) {
    await page.goto(`/jobs/${slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This job is closed or no longer exists');
    await expect(page.getByText('It no longer accepts applications.')).toBeVisible();
    await expect(page.getByRole('link', { name: /apply/i })).toHaveCount(0);

    await page.goto(`/jobs/${slug}/apply`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This job is closed or no longer exists');
    await expect(page.getByLabel('Full name')).toHaveCount(0);
  }
  await page.screenshot({ path: shots('job-closed'), fullPage: true });
  await page.getByRole('link', { name: 'See all open jobs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Find your next role' })).toBeVisible();
});

test('an unknown address gets a 404 page with a way back', async ({ page }) => {
  await page.goto('/careers/old-page');
  await expect(page).toHaveTitle('Page not found · Smart ATS');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.screenshot({ path: shots('not-found'), fullPage: true });
  await page.getByRole('link', { name: 'See all open jobs' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('the board says so when the jobs cannot be loaded, and Try again recovers', async ({ page }) => {
  let reachable = false;
  // The refusal comes after a moment, as a real unreachable server's does, so the loading state is there to see first.
  await page.route('**/rest/v1/jobs?*', async (route) =>
    reachable ? route.fallback() : new Promise((r) => setTimeout(r, 500)).then(() => route.abort('connectionrefused')),
  );
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'Loading open jobs' })).toBeAttached();
  // A failed read may be retried before the page says anything.
  await expect(page.getByRole('alert')).toContainText('The jobs could not be loaded', { timeout: 20_000 });
  await expect(page.getByRole('alert')).toContainText("We couldn't reach the server");
  await page.screenshot({ path: shots('board-error'), fullPage: true });
  reachable = true;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('list', { name: 'Open jobs' }).getByRole('article')).toHaveCount(3);
});
