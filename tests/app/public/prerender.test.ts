// `npm run build`'s static pages, built against this test stack: each open job's HTML carries its title, description
// and valid JobPosting JSON-LD without JavaScript (served by vite preview, fetched like curl); the sitemap and feed list
// exactly the open jobs; unsafe text stays text; and a build with no reachable API still succeeds and says so.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../stack/lock.ts';
import { ROOT } from '../../../stack/config.ts';
import { sql, stack } from '../../support/clients.ts';
import { JOBS } from '../db/seed.ts';
import { jobPostingProblems } from './job-posting-rules.ts';

const run = promisify(execFile);
const SITE = 'https://jobs.example.test';
const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'prerender-'));
const hostile = { id: 'ac000000-0000-4000-9000-0000000000e1', slug: 'prerender-escaping-check' };
let preview: ChildProcess | undefined;
let origin = '';
let log = '';

const prerender = (env: Record<string, string>) =>
  run('npx', ['tsx', 'scripts/prerender.ts', '--outDir', dist], { cwd: ROOT, env: { ...process.env, ...env } });

beforeAll(async () => {
  await sql(
    `insert into public.jobs (id, org_id, slug, title, location, status, description, remote_policy, country_code)
     values ($1, 'ac000000-0000-4000-8000-000000000000', $2, $3, 'Hamburg', 'open', $4, 'on_site', 'DE')`,
    [hostile.id, hostile.slug, 'Escaper </script><script>alert(1)</script>', '<img src=x onerror=alert(1)>\n- [bad](javascript:alert(1))'],
  );
  const env = { VITE_SUPABASE_URL: stack.apiUrl, VITE_SUPABASE_ANON_KEY: stack.anonKey, SITE_URL: SITE };
  await run('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', dist, '--emptyOutDir'], { cwd: ROOT, env: { ...process.env, ...env } });
  log = (await prerender(env)).stdout;
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  preview = spawn('npx', ['vite', 'preview', '--outDir', dist, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: ROOT,
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(origin).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('vite preview did not start');
}, 120_000);

afterAll(async () => {
  if (preview?.pid) process.kill(-preview.pid);
  await sql('delete from public.jobs where id = $1', [hostile.id]);
  fs.rmSync(dist, { recursive: true, force: true });
});

const page = async (pathname: string) => {
  const response = await fetch(`${origin}${pathname}`);
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text() };
};
const jsonLdOf = (html: string) => {
  const scripts = [...html.matchAll(/<script data-prerendered type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts[0]![1]!);
};
const openSlugs = async () => (await sql<{ slug: string }>(`select slug from public.jobs where status = 'open' order by slug`)).map((r) => r.slug);

describe('static pages of the production build', () => {
  it('say what they wrote', () =>
    expect(log).toMatch(/prerender: wrote \/ and \d+ job pages, sitemap.xml, robots.txt and jobs.xml for https:\/\/jobs.example.test/));

  it('give each open job its title, description, canonical, Open Graph and Twitter tags without JavaScript', async () => {
    const { status, type, body } = await page(`/jobs/${JOBS.backend.slug}`);
    expect(status).toBe(200);
    expect(type).toMatch(/text\/html/);
    expect(body).toContain('<h1>Backend Developer</h1>');
    expect(body).toContain('Acme builds the scheduling and billing platform');
    expect(body).toContain('<li>30 days of holiday</li>');
    expect(body).toContain('<title data-prerendered>Backend Developer at Acme · Smart ATS</title>');
    expect(body).toContain(`<link data-prerendered rel="canonical" href="${SITE}/jobs/backend-developer" />`);
    expect(body).toMatch(/<meta data-prerendered property="og:title" content="Backend Developer at Acme · Smart ATS" \/>/);
    expect(body).toMatch(/<meta data-prerendered property="og:description" content="Acme builds[^"]+" \/>/);
    expect(body).toMatch(/<meta data-prerendered name="twitter:card" content="summary" \/>/);
    expect(body).toMatch(/<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js"><\/script>/);
  });

  it('carry JobPosting JSON-LD that meets Google’s required fields, for every open job', async () => {
    for (const slug of await openSlugs()) {
      const data = jsonLdOf((await page(`/jobs/${slug}`)).body);
      expect(jobPostingProblems(data), slug).toEqual([]);
      expect(data.url).toBe(`${SITE}/jobs/${slug}`);
    }
    const backend = jsonLdOf((await page(`/jobs/${JOBS.backend.slug}`)).body);
    expect(backend).toMatchObject({
      jobLocation: { address: { addressLocality: 'Berlin, Germany (hybrid)', addressCountry: 'DE' } },
      baseSalary: { currency: 'EUR', value: { minValue: 65000, maxValue: 80000, unitText: 'YEAR' } },
      identifier: { value: JOBS.backend.id },
    });
    expect(jobPostingProblems(jsonLdOf((await page(`/jobs/${JOBS.frontend.slug}`)).body))).toEqual([]);
    expect(jsonLdOf((await page(`/jobs/${JOBS.frontend.slug}`)).body)).toMatchObject({
      jobLocationType: 'TELECOMMUTE',
      applicantLocationRequirements: { name: 'Germany' },
    });
  });

  it('the rules catch a posting without its required fields (the check can fail)', () => {
    expect(jobPostingProblems({ '@context': 'https://schema.org/', '@type': 'JobPosting', title: 'x' })).toEqual(
      expect.arrayContaining([
        'description missing',
        'datePosted is not an ISO 8601 date',
        'hiringOrganization.name missing',
        'jobLocation with a PostalAddress missing',
      ]),
    );
    expect(jobPostingProblems({ jobLocationType: 'TELECOMMUTE' })).toContain('remote job without applicantLocationRequirements');
  });

  it('keep hostile titles and descriptions as text: no script breaks out, no javascript: link', async () => {
    const { body } = await page(`/jobs/${hostile.slug}`);
    expect(body).not.toContain('<script>alert(1)</script>');
    expect(body).not.toContain('<img src=x');
    expect(body).not.toMatch(/href="javascript:/i);
    expect(body).toContain('<h1>Escaper &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(jsonLdOf(body).title).toBe('Escaper </script><script>alert(1)</script>');
  });

  it('list exactly the open jobs in sitemap.xml and jobs.xml, and never a closed or draft one', async () => {
    const slugs = await openSlugs();
    const sitemap = await page('/sitemap.xml');
    expect(sitemap.type).toMatch(/xml/);
    const locs = [...sitemap.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]).sort();
    expect(locs).toEqual(slugs.map((s) => `${SITE}/jobs/${s}`).sort());
    expect(locs).not.toContain(`${SITE}/jobs/${JOBS.dataEngineer.slug}`);
    expect(fs.existsSync(path.join(dist, 'jobs', `${JOBS.productDesigner.slug}.html`))).toBe(false);
    const feed = (await page('/jobs.xml')).body;
    expect([...feed.matchAll(/<url>([^<]+)<\/url>/g)].map((m) => m[1]).sort()).toEqual(locs);
    expect(feed).toContain('<salary>€65,000 – €80,000 a year</salary>');
  });

  it('keep apply and status pages out of robots’ reach and point them at the sitemap', async () => {
    const robots = await page('/robots.txt');
    expect(robots.body).toContain('Disallow: /jobs/*/apply');
    expect(robots.body).toContain('Disallow: /applications/');
    expect(robots.body).toContain(`Sitemap: ${SITE}/sitemap.xml`);
  });

  it('give / the list of open jobs, and leave other addresses to the SPA', async () => {
    const board = await page('/');
    expect(board.body).toContain('<h1>Find your next role</h1>');
    for (const slug of await openSlugs()) expect(board.body).toContain(`<a href="/jobs/${slug}">`);
    expect((await page(`/jobs/${JOBS.backend.slug}/apply`)).status).toBe(200);
  });

  it('a build whose API cannot be reached still succeeds and says why', async () => {
    const { stdout } = await prerender({ VITE_SUPABASE_URL: 'http://127.0.0.1:9', VITE_SUPABASE_ANON_KEY: stack.anonKey, SITE_URL: SITE });
    expect(stdout).toMatch(/prerender: no static job pages, sitemap or feed: http:\/\/127.0.0.1:9 could not be reached/);
    expect(fs.readFileSync(path.join(dist, 'robots.txt'), 'utf8')).not.toContain('Sitemap:');
  });
});
