// The resume viewer in Chromium against a throw-away stack, on what its fast first paint must not break: the resume
// is signed and fetched once (pdf.js gets those bytes, and one worker serves every resume), j / k step between
// applicants, a failed fetch shows the error with Try again, a resume the user may not read is never requested, and
// the skill highlights sit on the glyphs they mark.
import { expect, test, type Page, type Request } from '@playwright/test';
import { E2E_API_URL } from '../playwright.config.ts';
import { JOBS, USERS } from '../tests/app/db/seed.ts';
import { submitApplication, type Submitted } from './support/candidate.ts';
import { sql } from './support/spa.ts';

// Skills between spaces, not commas: each highlighted word is its own run of ink on the canvas.
const SKILLS_TEXT = 'Ships TypeScript services on Node.js with PostgreSQL and Docker behind REST APIs every single week';
const word = () => Math.random().toString(36).slice(2, 8).replace(/\d/g, 'x');

let first: Submitted;
let second: Submitted;

test.beforeAll(async () => {
  const suffix = word();
  first = await submitApplication(E2E_API_URL, {
    jobSlug: JOBS.backend.slug,
    jobId: JOBS.backend.id,
    fullName: `Katherine ${suffix} Johnson`,
    skillsText: SKILLS_TEXT,
  });
  second = await submitApplication(E2E_API_URL, {
    jobSlug: JOBS.backend.slug,
    jobId: JOBS.backend.id,
    fullName: `Dorothy ${suffix} Vaughan`,
    skillsText: SKILLS_TEXT,
  });
});

const applicantUrl = (id: string, jobId: string = JOBS.backend.id) => `/dashboard/jobs/${jobId}/applications/${id}`;

async function signIn(page: Page, user: { email: string; password: string }) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

/** Every request the page makes for resumes: signing one (POST) and reading its bytes (GET of a signed URL). */
function resumeRequests(page: Page) {
  const seen: Request[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/storage/v1/object/sign/')) seen.push(r);
  });
  return {
    signs: (path?: string) => seen.filter((r) => r.method() === 'POST' && (!path || r.url().includes(path))).length,
    reads: (path?: string) => seen.filter((r) => r.method() === 'GET' && (!path || r.url().includes(path))).length,
  };
}

/** The first page's canvas has been drawn (more than 500 dark pixels) and its text layer holds `name`. */
async function expectPainted(page: Page, name: string) {
  await expect(page.locator('.react-pdf__Page__textContent')).toContainText(name, { timeout: 20_000 });
  await expect
    .poll(
      () =>
        page.locator('.react-pdf__Page__canvas').evaluate((c: HTMLCanvasElement) => {
          const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
          let dark = 0;
          for (let i = 0; i < data.length && dark <= 500; i += 4) if (data[i + 3] > 0 && data[i] + data[i + 1] + data[i + 2] < 600) dark++;
          return dark;
        }),
      { timeout: 20_000 },
    )
    .toBeGreaterThan(500);
}

test('a cold load signs and fetches the resume once; j / k step to the next applicant and back on the same pdf.js worker', async ({ page }) => {
  await signIn(page, USERS.acmeRecruiter);
  const requests = resumeRequests(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));

  await page.goto(applicantUrl(first.id));
  await expect(page.getByRole('heading', { level: 1, name: first.fullName })).toBeVisible();
  await expectPainted(page, first.fullName);
  expect(requests.signs(first.path)).toBe(1);
  expect(requests.reads(first.path)).toBe(1);

  // Step to a neighbour in the list, whichever side has one, then back.
  const next = page.getByRole('button', { name: 'Next', exact: true });
  const [there, back] = (await next.isEnabled()) ? ['j', 'k'] : ['k', 'j'];
  const neighbour = (
    (await page.getByRole('button', { name: there === 'j' ? 'Next' : 'Previous', exact: true }).getAttribute('title')) ?? ''
  ).replace(/^(Next|Previous): | \([jk]\)$/g, '');
  expect(neighbour).not.toBe('');
  await page.keyboard.press(there);
  await expect(page.getByRole('heading', { level: 1, name: neighbour })).toBeVisible();
  await expect(page).not.toHaveURL(new RegExp(first.id));
  await expectPainted(page, neighbour);
  await page.keyboard.press(back);
  await expect(page.getByRole('heading', { level: 1, name: first.fullName })).toBeVisible();
  await expectPainted(page, first.fullName);

  // Back on the first applicant, its bytes came from the cache; one worker served all three documents.
  expect(requests.signs(first.path)).toBe(1);
  expect(requests.reads(first.path)).toBe(1);
  expect(requests.reads()).toBe(2);
  expect(workers.filter((url) => /pdf\.worker/.test(url))).toHaveLength(1);
});

test('a resume that cannot be fetched shows the error with Try again, which then shows it', async ({ page }) => {
  await signIn(page, USERS.acmeRecruiter);
  let failing = true;
  await page.route('**/storage/v1/object/sign/**', (route) =>
    failing && route.request().method() === 'GET'
      ? route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":"unavailable"}' })
      : route.continue(),
  );
  await page.goto(applicantUrl(second.id));
  await expect(page.getByRole('heading', { level: 1, name: second.fullName })).toBeVisible();
  const alert = page.getByRole('alert').filter({ hasText: 'The resume could not be loaded' });
  await expect(alert).toBeVisible({ timeout: 20_000 });
  failing = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expectPainted(page, second.fullName);
  await expect(alert).toHaveCount(0);
});

test('when pdf.js’s worker cannot load, the viewer says so instead of spinning', async ({ page }) => {
  await signIn(page, USERS.acmeRecruiter);
  await page.route('**/pdf.worker*', (route) => route.abort());
  await page.goto(applicantUrl(second.id));
  await expect(page.getByRole('heading', { level: 1, name: second.fullName })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be shown as a PDF' })).toBeVisible({ timeout: 20_000 });
});

test('no resume is signed or fetched for an applicant the user may not read, nor under another job’s address', async ({ page }) => {
  await signIn(page, USERS.globexRecruiter);
  const requests = resumeRequests(page);
  await page.goto(applicantUrl(first.id));
  await expect(page.getByRole('heading', { name: /not found/ })).toBeVisible();

  // Acme's recruiter may read the application, but not under the frontend job's address.
  await page.evaluate(() => localStorage.clear());
  await signIn(page, USERS.acmeRecruiter);
  await page.goto(applicantUrl(first.id, JOBS.frontend.id));
  await expect(page.getByRole('heading', { name: /not found/ })).toBeVisible();
  // Long enough for a prefetch to have gone out, had there been one.
  await page.waitForTimeout(500);
  expect(requests.signs()).toBe(0);
  expect(requests.reads()).toBe(0);
});

/**
 * Each highlight against the ink it marks: in the band of the mark's line on the canvas, the runs of ink (split at
 * gaps wider than a fifth of the font size, so at spaces) whose middle lies within the mark. CSS pixels.
 */
const marksAndInk = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.react-pdf__Page__canvas')!;
    const box = canvas.getBoundingClientRect();
    const k = canvas.width / box.width;
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    const dark = (x: number, y: number) => {
      const i = (y * canvas.width + x) * 4;
      return data[i + 3] > 0 && data[i] + data[i + 1] + data[i + 2] < 600;
    };
    return Array.from(document.querySelectorAll<HTMLElement>('.react-pdf__Page__textContent mark.skill-hit')).map((mark) => {
      const m = mark.getBoundingClientRect();
      const line = mark.parentElement!.getBoundingClientRect();
      const fontPx = parseFloat(getComputedStyle(mark).fontSize) * (line.height / mark.parentElement!.offsetHeight);
      const [y0, y1] = [Math.max(0, Math.floor((line.top - box.top) * k)), Math.min(canvas.height, Math.ceil((line.bottom - box.top) * k))];
      const inked = (x: number) => {
        for (let y = y0; y < y1; y++) if (dark(x, y)) return true;
        return false;
      };
      const runs: [number, number][] = [];
      let gap = Infinity;
      for (let x = 0; x < canvas.width; x++) {
        if (!inked(x)) {
          gap++;
          continue;
        }
        if (gap > (fontPx * k) / 5 || !runs.length) runs.push([x, x]);
        else runs[runs.length - 1][1] = x;
        gap = 0;
      }
      const mine = runs
        .map(([a, b]) => [(a + 0.5) / k + box.left, (b + 0.5) / k + box.left])
        .filter(([a, b]) => (a + b) / 2 > m.left && (a + b) / 2 < m.right);
      const columns = mine.flatMap(([a, b]) => [a, b]);
      let [top, bottom] = [Infinity, -Infinity];
      for (const [a, b] of mine)
        for (let x = Math.floor((a - box.left) * k); x < (b - box.left) * k; x++)
          for (let y = y0; y < y1; y++)
            if (dark(x, y)) {
              top = Math.min(top, (y + 0.5) / k + box.top);
              bottom = Math.max(bottom, (y + 0.5) / k + box.top);
            }
      return {
        fontPx,
        text: mark.textContent,
        mark: { left: m.left, right: m.right, top: m.top, bottom: m.bottom },
        ink: mine.length ? { left: Math.min(...columns), right: Math.max(...columns), top, bottom } : null,
      };
    });
  });

test('skill highlights cover the glyphs of the words they mark, at any zoom', async ({ page }) => {
  await signIn(page, USERS.acmeRecruiter);
  await page.goto(applicantUrl(first.id));
  // Scoring runs after the application is in; the page looks again while it is pending.
  await expect(page.locator('mark.skill-hit').first()).toBeVisible({ timeout: 30_000 });
  await expectPainted(page, first.fullName);

  for (const zoom of ['100%', '200%']) {
    if (zoom !== '100%') {
      while (!(await page.getByRole('button', { name: /reset to fit width/ }).textContent())?.startsWith(zoom))
        await page.getByRole('button', { name: 'Zoom in' }).click();
      await expectPainted(page, first.fullName);
    }
    await expect
      .poll(async () => (await marksAndInk(page)).map((m) => m.text))
      .toEqual(expect.arrayContaining(['TypeScript', 'Node.js', 'PostgreSQL', 'Docker', 'REST APIs']));
    for (const { text, mark, ink, fontPx } of await marksAndInk(page)) {
      const tolerance = Math.max(1, fontPx / 12); // anti-aliasing on the canvas, rounding in the text layer
      expect(ink, `ink under "${text}" at ${zoom}`).not.toBeNull();
      expect(mark.left, `left edge of "${text}" at ${zoom}`).toBeLessThanOrEqual(ink!.left + tolerance);
      expect(mark.right, `right edge of "${text}" at ${zoom}`).toBeGreaterThanOrEqual(ink!.right - tolerance);
      expect(mark.top, `top of "${text}" at ${zoom}`).toBeLessThanOrEqual(ink!.top + tolerance);
      expect(mark.bottom, `bottom of "${text}" at ${zoom}`).toBeGreaterThanOrEqual(ink!.bottom - tolerance);
      // Covering, not smearing: no more than a letter's width past the word on either side.
      expect(ink!.left - mark.left, `"${text}" starts early at ${zoom}`).toBeLessThan((ink!.right - ink!.left) / text!.length);
      expect(mark.right - ink!.right, `"${text}" runs on at ${zoom}`).toBeLessThan((ink!.right - ink!.left) / text!.length);
    }
  }
});

test('an evidence line’s page opens the resume at that page and moves focus there', async ({ page }) => {
  // Scored for real; then one piece of evidence is said to be on page 2 (the generator's skills all sit on page 1).
  await expect
    .poll(
      async () => (await sql<{ parse_status: string }>(`select parse_status from public.applications where id = $1`, [first.id]))[0]?.parse_status,
      {
        timeout: 30_000,
      },
    )
    .toBe('done');
  await sql(
    `update public.applications set score_details = jsonb_set(score_details, '{matched,0,evidence}', '[{"page": 2, "snippet": "Senior Engineer, Company 2-1"}]')
     where id = $1`,
    [first.id],
  );
  await signIn(page, USERS.acmeRecruiter);
  await page.goto(applicantUrl(first.id));
  await expectPainted(page, first.fullName);
  const evidence = page.getByRole('button', { name: /^p\. 2\b.*show this page of the resume/ });
  await evidence.click();
  await expect(page.getByRole('spinbutton', { name: 'Page' })).toHaveValue('2');
  await expect(page.locator('.react-pdf__Page__textContent')).toContainText('Company 2-1', { timeout: 20_000 });
  await expect(page.getByRole('group', { name: 'Page 2 of the resume' })).toBeFocused();
  await page.screenshot({ path: 'test-results/resume-viewer/evidence-page-2.png' });
});
