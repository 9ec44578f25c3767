// The candidate's data download, in Chromium: from the status link in another browser, "Download my data" saves the
// JSON of what they submitted (checked field by field, nothing internal) and the resume link downloads the very PDF;
// axe-clean, and usable at 390 px.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  asDistinctCandidate,
  fillApplication,
  fromOwnAddress,
  newCandidate,
  resumeInput,
  resumePdf,
  shots,
  sql,
  storedResume,
} from './support/spa.ts';

const APPLY = '/jobs/backend-developer/apply';

async function applyAndTakeLink(page: Page) {
  const candidate = newCandidate();
  await asDistinctCandidate(page);
  await page.goto(APPLY);
  await fillApplication(page, candidate);
  await resumeInput(page).setInputFiles(await resumePdf(candidate, { pages: 1 }));
  await page.getByRole('button', { name: 'Submit application' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Application sent' })).toBeVisible();
  const id = (await page.getByTestId('application-id').textContent()) ?? '';
  const url = new URL(await page.getByRole('textbox', { name: 'Private status link' }).inputValue());
  const [row] = await sql<{ resume_path: string }>('select resume_path from public.applications where id = $1', [id]);
  return { id, candidate, link: `${url.pathname}${url.search}`, resumePath: row.resume_path };
}

test('the candidate downloads their data and their resume from the status page', async ({ page, browser }) => {
  const applied = await applyAndTakeLink(page);
  await sql(`update public.applications set score = 93, parsed = '{"skills":["internal-only"]}' where id = $1`, [applied.id]);

  const context = await browser.newContext();
  await fromOwnAddress(context, '**/rest/v1/rpc/**');
  await fromOwnAddress(context, '**/functions/v1/download-application-data');
  const visitor = await context.newPage();
  await visitor.goto(applied.link);
  await expect(visitor.getByRole('heading', { level: 2, name: 'Download your data' })).toBeVisible();

  const saving = visitor.waitForEvent('download');
  await visitor.getByRole('button', { name: 'Download my data' }).click();
  const saved = await saving;
  expect(saved.suggestedFilename()).toBe(`application-${applied.id.slice(0, 8).toUpperCase()}.json`);
  const data = JSON.parse(await readFile((await saved.path())!, 'utf8'));
  expect(data).toMatchObject({
    application: { id: applied.id, jobTitle: 'Backend Developer', organizationName: 'Acme', stage: 'received' },
    profile: { fullName: applied.candidate.fullName, email: applied.candidate.email },
    resume: { downloadUrl: expect.any(String) },
  });
  expect(JSON.stringify(data)).not.toMatch(/internal-only|"score"|"parsed"/);

  const ready = visitor.getByRole('status').filter({ hasText: 'Your data is ready' });
  await expect(ready).toBeFocused();
  const resumeDownload = visitor.waitForEvent('download');
  await visitor.getByRole('link', { name: /Download your resume/ }).click();
  const resume = await resumeDownload;
  expect(resume.suggestedFilename()).toMatch(/^resume-[0-9A-F]{8}\.pdf$/);
  const bytes = await readFile((await resume.path())!);
  expect(bytes.equals(await storedResume(applied.resumePath))).toBe(true);

  const axe = await new AxeBuilder({ page: visitor }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  expect(axe.violations).toEqual([]);
  await visitor.screenshot({ path: shots('privacy-download'), fullPage: true });
  await visitor.setViewportSize({ width: 390, height: 844 });
  expect(await visitor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await visitor.screenshot({ path: shots('privacy-download-390'), fullPage: true });
  await context.close();
});
