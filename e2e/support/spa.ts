// Helpers for the candidate-side specs: the stack's database and object store, realistic resumes, and the apply form.
import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import pg from 'pg';
import { makeResumePdf, scan } from '../../scripts/make-fixtures.ts';
import { encryptedPdf } from '../../tests/fixtures/lib/encrypted-pdf.ts';
import { ROOT } from '../../stack/config.ts';
import { fetchFrom, newClientAddress } from '../../tests/support/client-address.ts';
import { textImagePng } from '../../tests/fixtures/lib/png.ts';

// global-setup exports E2E_DB_URL for the throw-away stack; a stack started by hand (E2E_API_URL) names its own.
const dbUrl = () => process.env.E2E_DB_URL ?? 'postgresql://postgres:postgres@127.0.0.1:55522/postgres';
const storageDir = () => process.env.E2E_STORAGE_DIR ?? path.join(ROOT, '.supabase-local/e2e/storage');

export const MiB = 1024 * 1024;

export async function sql<T extends Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: dbUrl() });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The bytes Storage keeps for an object of the `resumes` bucket. */
export const storedResume = (objectPath: string) => readFile(path.join(storageDir(), 'resumes', objectPath));

export type Candidate = { fullName: string; email: string; phone: string; linkedin: string; portfolio: string; coverLetter: string };

/** A candidate nobody else uses, so a spec can find exactly its own row. */
export function newCandidate(): Candidate {
  const suffix = [...randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join('');
  const name = `Grace ${suffix[0].toUpperCase()}${suffix.slice(1)} Hopper`;
  return {
    fullName: name,
    email: `grace.${suffix}@example.test`,
    // Own phone and LinkedIn too: the dashboard lists one person's submissions to a job (same email, phone or LinkedIn) once.
    phone: `+49 30 ${[...randomBytes(7)].map((b) => b % 10).join('')}`,
    linkedin: `https://www.linkedin.com/in/grace-${suffix}`,
    portfolio: `https://grace-${suffix}.dev`,
    coverLetter: 'I have built billing systems on Node.js and PostgreSQL for six years.\n\nI would love to bring that to Acme.',
  };
}

export type ResumeFile = { name: string; mimeType: string; buffer: Buffer };

export async function resumePdf(
  candidate: Candidate,
  { pages = 3, bytesTarget }: { pages?: number; bytesTarget?: number } = {},
): Promise<ResumeFile> {
  const bytes = await makeResumePdf({
    name: candidate.fullName,
    email: candidate.email,
    phone: candidate.phone,
    skillsText: 'TypeScript, Node.js, PostgreSQL, Docker, Redis, REST APIs',
    pages,
    bytesTarget,
  });
  return { name: `${candidate.fullName.split(' ')[1].toLowerCase()}-resume.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(bytes) };
}

/** A resume that needs a password to open (RC4, a user password): pdf.js cannot read a word of it without one. */
export const lockedPdf = (): ResumeFile => ({
  name: 'locked-resume.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from(encryptedPdf(['Jane Doe', 'Python, Go, PostgreSQL'], 'open-sesame', 'owner-secret')),
});

/** A scanned resume: one page that is an image of text, no text layer. */
export const scannedPdf = async (): Promise<ResumeFile> => ({
  name: 'scanned-resume.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from(await scan()),
});

/** A PNG image saved with a .pdf name: the browser calls it application/pdf, its first bytes say otherwise. */
export const pngNamedPdf = (): ResumeFile => ({ name: 'resume.pdf', mimeType: 'application/pdf', buffer: Buffer.from(textImagePng(['NOT A PDF'])) });

/**
 * Sends the page's requests matching `url` from a loopback address of their own (tests/support/client-address.ts):
 * rate limits key on the peer the gateway sees, not on a header the page could forge, and Chromium always connects
 * from 127.0.0.1, so Node makes these requests for it. Each test is then a client of its own, as different people
 * are, and specs re-run against a long-lived stack never share one budget. Preflights go on as the browser's.
 */
export async function fromOwnAddress(target: Page | BrowserContext, url: string, address = newClientAddress()) {
  const send = fetchFrom(address);
  await target.route(url, async (route) => {
    const request = route.request();
    if (request.method() === 'OPTIONS') return route.fallback();
    const body = request.postDataBuffer();
    const res = await send(request.url(), {
      method: request.method(),
      headers: await request.allHeaders(),
      body: body ? Uint8Array.from(body) : undefined,
    });
    const headers: Record<string, string> = {};
    res.headers.forEach((value, name) => {
      if (!['content-length', 'transfer-encoding', 'connection', 'keep-alive'].includes(name)) headers[name] = value;
    });
    await route.fulfill({ status: res.status, headers, body: Buffer.from(await res.arrayBuffer()) });
  });
}

/** Each test applies from its own network address, as different candidates do: sign-upload rate-limits per address. */
export const asDistinctCandidate = (page: Page) => fromOwnAddress(page, '**/functions/v1/sign-upload');

/** Counts the three requests of the upload flow as the page makes them. */
export function watchUploadFlow(page: Page) {
  const counts = { sign: 0, put: 0, insert: 0 };
  page.on('request', (request) => {
    const url = request.url();
    if (url.includes('/functions/v1/sign-upload') && request.method() === 'POST') counts.sign += 1;
    if (url.includes('/storage/v1/object/upload/sign/') && request.method() === 'PUT') counts.put += 1;
    if (url.includes('/rest/v1/applications') && request.method() === 'POST') counts.insert += 1;
  });
  return counts;
}

export const resumeInput = (page: Page) => page.getByLabel('Resume', { exact: false }).and(page.locator('input[type=file]'));

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The chosen file is shown and is part of the picker's description (what a screen reader reads with it). */
export async function expectChosenResume(page: Page, name: string) {
  await expect(page.getByText(name, { exact: true }).first()).toBeVisible();
  await expect(resumeInput(page)).toHaveAccessibleDescription(new RegExp(`${escapeRegExp(name)} PDF · `));
}

export async function fillApplication(page: Page, c: Candidate) {
  await page.getByLabel('Full name').fill(c.fullName);
  await page.getByLabel('Email').fill(c.email);
  await page.getByLabel('Phone').fill(c.phone);
  await page.getByLabel('LinkedIn profile').fill(c.linkedin);
  await page.getByLabel('Portfolio or website').fill(c.portfolio);
  await page.getByRole('textbox', { name: 'Cover letter' }).fill(c.coverLetter);
}

export async function expectFormKeeps(page: Page, c: Candidate) {
  await expect(page.getByLabel('Full name')).toHaveValue(c.fullName);
  await expect(page.getByLabel('Email')).toHaveValue(c.email);
  await expect(page.getByLabel('Phone')).toHaveValue(c.phone);
  await expect(page.getByLabel('LinkedIn profile')).toHaveValue(c.linkedin);
  await expect(page.getByLabel('Portfolio or website')).toHaveValue(c.portfolio);
  await expect(page.getByRole('textbox', { name: 'Cover letter' })).toHaveValue(c.coverLetter);
}

/** The candidate's rows, found by their unique email (the service role sees every application). */
export const applicationsOf = (email: string) =>
  sql<{
    id: string;
    job_slug: string;
    full_name: string;
    phone: string | null;
    links: Record<string, string>;
    cover_letter: string | null;
    resume_path: string;
    resume_size: string;
  }>(
    `select a.id, j.slug as job_slug, a.full_name, a.phone, a.links, a.cover_letter, a.resume_path, a.resume_size
       from public.applications a join public.jobs j on j.id = a.job_id
      where a.email = $1`,
    [email],
  );

export const shots = (name: string) => `test-results/spa/${name}.png`;
