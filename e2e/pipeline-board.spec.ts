// Issue 15 point 2: a job's pipeline board. A card dragged to Interview and one moved with the keyboard update the
// list and the stage history; rejecting asks for the reason; a move Postgres refuses goes back with its reason.
import { randomBytes } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { E2E_API_URL } from '../playwright.config.ts';
import { ACME, JOBS, USERS } from '../tests/app/db/seed.ts';
import { submitApplication, type Submitted } from './support/candidate.ts';
import { asSuperuser } from './support/reliability.ts';

const family = [...randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join('');
let ada: Submitted;
let bea: Submitted;
let cyd: Submitted;

// The later tests start from where the first left the cards.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  const apply = (first: string) =>
    submitApplication(E2E_API_URL, { jobSlug: JOBS.backend.slug, jobId: JOBS.backend.id, fullName: `${first} ${family}` });
  [ada, bea, cyd] = [await apply('Ada'), await apply('Bea'), await apply('Cyd')];
});

async function signIn(page: Page, from: string) {
  await page.goto(from);
  await page.getByLabel('Email').fill(USERS.acmeRecruiter.email);
  await page.getByLabel('Password').fill(USERS.acmeRecruiter.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

const column = (page: Page, stage: string) => page.getByRole('region', { name: new RegExp(`^${stage}`) });
const card = (page: Page, who: Submitted) => page.getByRole('listitem').filter({ has: page.getByRole('link', { name: who.fullName }) });

async function stageHistory(id: string) {
  return asSuperuser(
    async (db) => (await db.query('select from_stage, to_stage from public.stage_events where application_id = $1 order by at, id', [id])).rows,
  );
}

test('drag to Interview and a keyboard move update the list and the history; rejecting asks for a reason', async ({ page }) => {
  await signIn(page, `/dashboard/jobs/${JOBS.backend.id}?q=${family}`);
  await page.getByRole('navigation', { name: 'Applicant views' }).getByRole('link', { name: 'Board' }).click();
  await expect(page).toHaveURL(new RegExp(`/board\\?q=${family}`));
  await expect(page.getByRole('searchbox', { name: 'Search name or email' })).toHaveValue(family);
  await expect(column(page, 'Applied').getByRole('heading')).toContainText('3');

  // Drag with the mouse, in small steps as a hand does.
  const from = await card(page, ada).boundingBox();
  const to = await column(page, 'Interview').boundingBox();
  await page.mouse.move(from!.x + 20, from!.y + from!.height - 10);
  await page.mouse.down();
  await page.mouse.move(to!.x + to!.width / 2, to!.y + 60, { steps: 12 });
  await page.mouse.up();
  await expect(column(page, 'Interview').getByRole('link', { name: ada.fullName })).toBeVisible();
  await expect(column(page, 'Interview').getByRole('heading')).toContainText('1');
  await expect(page.getByRole('status').filter({ hasText: `${ada.fullName} moved to Interview.` })).toBeAttached();

  // The keyboard: pick up, two columns right, drop; the focus follows the card.
  const move = page.getByRole('button', { name: `Move ${bea.fullName}` });
  await move.focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('status').filter({ hasText: `Picked up ${bea.fullName}` })).toBeAttached();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('status').filter({ hasText: 'Over Screening.' })).toBeAttached();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(column(page, 'Interview').getByRole('link', { name: bea.fullName })).toBeVisible();
  await expect(page.getByRole('button', { name: `Move ${bea.fullName}` })).toBeFocused();

  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((x) => x.target).join(', ')}`)).toEqual([]);

  // Rejected asks for the reason; Escape in the dialog leaves the card where it was.
  await page.getByRole('button', { name: `Move ${cyd.fullName}` }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  // The one reject dialog (the email feature's), as on the list and the applicant page.
  const dialog = page.getByRole('dialog', { name: `Reject ${cyd.fullName}` });
  await expect(dialog.getByText(/until then you can cancel it on the applicant page/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Reject' }).click();
  await expect(dialog.getByText('Choose why the application is rejected.')).toBeVisible();
  await dialog.getByLabel('Reason').selectOption({ label: 'Not enough experience' });
  await dialog.getByRole('checkbox', { name: /Send the rejection email/ }).uncheck();
  await dialog.getByRole('button', { name: 'Reject' }).click();
  await expect(column(page, 'Rejected').getByRole('link', { name: cyd.fullName })).toBeVisible();

  expect(await stageHistory(ada.id)).toEqual([
    { from_stage: null, to_stage: 'applied' },
    { from_stage: 'applied', to_stage: 'interview' },
  ]);
  expect((await stageHistory(bea.id)).at(-1)).toEqual({ from_stage: 'applied', to_stage: 'interview' });
  const rejected = await asSuperuser(
    async (db) =>
      (
        await db.query(
          `select r.label, (select count(*)::int from public.email_outbox o where o.application_id = a.id and o.template = 'rejection') as emails
           from public.applications a join public.rejection_reasons r on r.id = a.rejection_reason_id where a.id = $1`,
          [cyd.id],
        )
      ).rows,
  );
  expect(rejected).toEqual([{ label: 'Not enough experience', emails: 0 }]);

  // The list shows the same stages, with the same search.
  await page.getByRole('navigation', { name: 'Applicant views' }).getByRole('link', { name: 'List' }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/jobs/${JOBS.backend.id}\\?q=${family}$`));
  await expect(page.getByRole('row', { name: new RegExp(ada.fullName) })).toContainText('Interview');
  await expect(page.getByRole('row', { name: new RegExp(bea.fullName) })).toContainText('Interview');
  await expect(page.getByRole('row', { name: new RegExp(cyd.fullName) })).toContainText('Rejected');

  // The applicant page's history says who moved it.
  await page.getByRole('link', { name: ada.fullName }).click();
  await expect(page.getByRole('region', { name: 'Stage history' })).toContainText('Applied → Interview by you');
});

test('a move Postgres refuses goes back to its column with the reason', async ({ page }) => {
  await signIn(page, `/dashboard/jobs/${JOBS.backend.id}/board?q=${family}`);
  await expect(page.getByRole('button', { name: `Move ${ada.fullName}` })).toBeVisible();
  const setRole = (role: string) =>
    asSuperuser((db) =>
      db.query('update public.memberships set role = $1 where org_id = $2 and user_id = $3', [role, ACME, USERS.acmeRecruiter.userId]),
    );
  // The recruiter is made a viewer while the board is open: the next move is refused by RLS.
  await setRole('viewer');
  try {
    await page.getByRole('button', { name: `Move ${ada.fullName}` }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await expect(page.getByRole('alert').filter({ hasText: 'could not be moved to Offer' })).toContainText('back in Interview');
    await expect(column(page, 'Interview').getByRole('link', { name: ada.fullName })).toBeVisible();
    await expect(column(page, 'Offer').getByRole('link', { name: ada.fullName })).toHaveCount(0);
  } finally {
    await setRole('recruiter');
  }
  expect((await stageHistory(ada.id)).at(-1)).toEqual({ from_stage: 'applied', to_stage: 'interview' });
});

test('the board at 390 px: columns scroll sideways and a card still opens its applicant', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, `/dashboard/jobs/${JOBS.backend.id}/board?q=${family}`);
  await expect(column(page, 'Applied')).toBeVisible();
  await page.screenshot({ path: `test-results/board/board-390.png`, fullPage: true });
  await column(page, 'Interview').getByRole('link', { name: bea.fullName }).click();
  await expect(page.getByRole('heading', { level: 1, name: bea.fullName })).toBeVisible();
});
