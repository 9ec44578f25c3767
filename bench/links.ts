// The apply form on emulated links in real Chromium (CDP Network.emulateNetworkConditions: a round-trip latency per
// request, upload and download caps): Submit → success when the upload finished before Submit, against one bare REST
// insert on the same link; pick → success with Submit at once, against a bare PUT of the same bytes on the same link.
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import { makeResumePdf } from '../scripts/make-fixtures.ts';
import type { RunningStack } from '../stack/stack.ts';
import { fetchFrom, newClientAddress } from '../tests/support/client-address.ts';
import { jobId } from './apply.ts';
import { anonHeaders, withBenchStack } from './bench-stack.ts';
import { withBaseline, type Figure } from './figures.ts';
import { withSpaInChromium } from './spa.ts';
import { percentile } from './stats.ts';

export type Link = { name: string; rttMs: number; upMbit: number; downMbit: number };

export const LINKS: Link[] = [
  { name: '4G', rttMs: 60, upMbit: 10, downMbit: 40 },
  { name: 'broadband', rttMs: 20, upMbit: 50, downMbit: 200 },
];
const SIZES = [
  { label: '1 MB', bytes: 1024 * 1024 },
  { label: '5 MB', bytes: 5 * 1024 * 1024 - 64 * 1024 },
];
const RUNS = Number(process.env.BENCH_LINK_RUNS ?? 3);
const JOB = 'backend-developer';
const APPLY = `/jobs/${JOB}/apply`;

/** Throttles one page's requests (and its workers') as `link` would. */
export async function emulateLink(page: Page, link: Link): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: link.rttMs,
    uploadThroughput: (link.upMbit * 1e6) / 8,
    downloadThroughput: (link.downMbit * 1e6) / 8,
  });
}

// Scripts for the page are strings, so the TypeScript loader's helpers never end up in it.

/** Resolves with performance.now() once an h1 says "Application sent" (checked every frame). */
const SUCCESS = `() => new Promise((resolve, reject) => {
  const t0 = performance.now();
  const tick = () => {
    if ([...document.querySelectorAll('h1')].some((h) => h.textContent.includes('Application sent'))) return resolve(performance.now());
    if (performance.now() - t0 > 120000) return reject(new Error('no success page within 120 s'));
    requestAnimationFrame(tick);
  };
  tick();
})`;

const PICK = `() => {
  const input = document.querySelector('input[type=file]');
  const dt = new DataTransfer();
  dt.items.add(window.__resume);
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}`;

const submitButton = `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Submit application')`;

/** Submit → success page, ms. */
const SUBMIT_TO_SUCCESS = `(async () => {
  const success = (${SUCCESS});
  const t0 = performance.now();
  ${submitButton}.click();
  return (await success()) - t0;
})()`;

/** Pick → Submit as soon as the form shows the file → success page, ms from the pick. */
const PICK_SUBMIT_AT_ONCE = `(async () => {
  const success = (${SUCCESS});
  const t0 = performance.now();
  (${PICK})();
  await new Promise((resolve) => {
    const shown = () => (document.querySelector('[role=progressbar]') || document.body.textContent.includes('Uploaded.') ? resolve() : requestAnimationFrame(shown));
    shown();
  });
  ${submitButton}.click();
  const end = (await success()) - t0;
  // Where the time went, from resource timing: each step's start and end, ms after the pick.
  const at = (re) => performance.getEntriesByType('resource').filter((e) => re.test(e.name) && e.startTime >= t0).at(-1);
  const step = (re) => { const e = at(re); return e ? [Math.round(e.startTime - t0), Math.round(e.responseEnd - t0)] : null; };
  return { ms: end, sign: step(/functions.v1.sign-upload/), put: step(/object.upload.sign./), insert: step(/rest.v1.applications/) };
})()`;

type Span = [number, number] | null;
type PickSteps = { ms: number; sign: Span; put: Span; insert: Span };

/** The median run's steps (start–end, ms after the pick), for the note. */
function stepsNote(steps: PickSteps[]): string {
  const mid = [...steps].sort((a, b) => a.ms - b.ms)[Math.floor((steps.length - 1) / 2)];
  const span = (s: Span) => (s ? `${s[0]}–${s[1]} ms` : 'not seen');
  return `median run, ms after the pick: sign-upload ${span(mid.sign)}, PUT ${span(mid.put)}, insert ${span(mid.insert)}, success ${Math.round(mid.ms)} ms`;
}

/** One fetch from the page, ms; `body` is JSON text or the picked resume. */
const timedFetch = (url: string, init: { method: string; headers: Record<string, string>; body: string | 'resume' }) => `(async () => {
  const init = ${JSON.stringify(init)};
  if (init.body === 'resume') init.body = window.__resume;
  const t0 = performance.now();
  const res = await fetch(${JSON.stringify(url)}, init);
  await res.arrayBuffer();
  if (!res.ok) throw new Error('bare request answered ' + res.status);
  return performance.now() - t0;
})()`;

/** A grant (and, with `pdf`, its stored object) made outside the throttled page, for the bare requests. */
async function grantFor(api: string, size: number, pdf?: Uint8Array): Promise<{ path: string; signedUrl: string }> {
  const res = await fetchFrom(newClientAddress())(`${api}/functions/v1/sign-upload`, {
    method: 'POST',
    headers: { ...anonHeaders, 'content-type': 'application/json' },
    body: JSON.stringify({ jobSlug: JOB, fileSize: size, contentType: 'application/pdf' }),
  });
  if (!res.ok) throw new Error(`sign-upload ${res.status}: ${await res.text()}`);
  const grant = (await res.json()) as { path: string; signedUrl: string };
  if (pdf) {
    const put = await fetch(grant.signedUrl, {
      method: 'PUT',
      headers: { ...anonHeaders, 'content-type': 'application/pdf' },
      body: new Uint8Array(pdf),
    });
    if (!put.ok) throw new Error(`PUT ${put.status}: ${await put.text()}`);
  }
  return grant;
}

/** A fresh context on the apply form, unthrottled while it loads; the resume's bytes wait in the page as a File. */
async function openForm(browser: Browser, app: string, pdf: Uint8Array, link: Link): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route('**/__bench/resume.pdf', (route) => route.fulfill({ body: Buffer.from(pdf), contentType: 'application/pdf' }));
  await page.goto(`${app}${APPLY}`);
  await page.evaluate(`(async () => {
    const bytes = await (await fetch('/__bench/resume.pdf')).arrayBuffer();
    window.__resume = new File([bytes], 'bench-resume.pdf', { type: 'application/pdf' });
  })()`);
  const name = `Bench Link ${randomUUID().slice(0, 8)}`;
  await page.getByLabel('Full name').fill(name);
  await page.getByLabel('Email').fill(`${name.replaceAll(' ', '.').toLowerCase()}@example.test`);
  // Any required consent box a job asks for.
  for (const box of await page.locator('input[type=checkbox][required], input[type=checkbox][aria-required=true]').all()) await box.check();
  await emulateLink(page, link);
  return page;
}

async function run(stack: RunningStack): Promise<Figure[]> {
  const api = stack.apiUrl;
  const job = await jobId(api);
  const figures: Figure[] = [];
  await withSpaInChromium(api, async ({ url: app, browser }) => {
    for (const size of SIZES) {
      const pdf = await makeResumePdf({
        name: 'Bench Link',
        email: 'bench.link@example.test',
        phone: '+1 555 0102',
        skillsText: 'TypeScript, PostgreSQL',
        pages: 2,
        bytesTarget: size.bytes,
      });
      for (const link of LINKS) {
        const submit: number[] = [];
        const insert: number[] = [];
        const pickToSuccess: number[] = [];
        const put: number[] = [];
        const steps: PickSteps[] = [];
        for (let i = 0; i <= RUNS; i++) {
          const warmUp = i === 0; // Vite preview's and the functions runtime's first-request costs
          // Upload finished before Submit.
          let page = await openForm(browser, app, pdf, link);
          await page.evaluate(`(${PICK})()`);
          await page.getByText('Uploaded. It is sent with your application.').waitFor({ timeout: 120_000 });
          const s = (await page.evaluate(SUBMIT_TO_SUCCESS)) as number;
          const granted = await grantFor(api, pdf.byteLength, pdf);
          const row = {
            id: randomUUID(),
            job_id: job,
            full_name: 'Bench Bare',
            email: 'bench.bare@example.test',
            resume_path: granted.path,
            resume_size: pdf.byteLength,
          };
          const b = (await page.evaluate(
            timedFetch(`${api}/rest/v1/applications`, {
              method: 'POST',
              headers: { ...anonHeaders, 'content-type': 'application/json', prefer: 'return=minimal' },
              body: JSON.stringify(row),
            }),
          )) as number;
          await page.context().close();
          // Submit pressed at once.
          page = await openForm(browser, app, pdf, link);
          const p = (await page.evaluate(PICK_SUBMIT_AT_ONCE)) as PickSteps;
          const bare = await grantFor(api, pdf.byteLength);
          const q = (await page.evaluate(
            timedFetch(bare.signedUrl, {
              method: 'PUT',
              headers: { ...anonHeaders, 'content-type': 'application/pdf', 'x-upsert': 'false' },
              body: 'resume',
            }),
          )) as number;
          await page.context().close();
          if (warmUp) continue;
          submit.push(s);
          insert.push(b);
          pickToSuccess.push(p.ms);
          steps.push(p);
          put.push(q);
        }
        const on = `${link.name} (${link.rttMs} ms RTT, ${link.upMbit}/${link.downMbit} Mbit/s up/down)`;
        figures.push(
          withBaseline({
            group: 'apply on a link',
            name: `Submit → success p50, upload finished before Submit, ${size.label}, ${on}, ${RUNS} runs`,
            value: percentile(submit, 50),
            unit: 'ms',
            baseline: { name: 'one bare REST insert from the page, p50', value: percentile(insert, 50) },
            goal: { maxRatio: 1.3 },
          }),
          withBaseline({
            group: 'apply on a link',
            name: `pick → success p50, Submit pressed at once, ${size.label}, ${on}, ${RUNS} runs`,
            value: percentile(pickToSuccess, 50),
            unit: 'ms',
            baseline: { name: 'bare PUT of the same bytes from the page, p50', value: percentile(put, 50) },
            goal: { maxRatio: 1.2 },
            note: stepsNote(steps),
          }),
        );
      }
    }
  });
  return figures;
}

export const benchLinks = () => withBenchStack('links', run, { SIGN_UPLOAD_RATE_LIMIT: '1000000' });
