// `npm run build`'s second step: static HTML for / and every open job, sitemap.xml, robots.txt and jobs.xml, from the
// jobs the API at VITE_SUPABASE_URL shows the anon key. No reachable API still makes a working build (the SPA shell and
// robots.txt) and says so. SITE_URL is the public origin for canonical and sitemap URLs (docs/public-pages.md).
import fs from 'node:fs';
import path from 'node:path';
import { loadEnv } from 'vite';
import { ROOT } from '../stack/config.ts';
import { argsOrExit, readFlags } from './cli-flags.ts';
import { fetchOpenJobs } from './prerender/jobs.ts';
import { boardPage, jobPage } from './prerender/pages.ts';
import { jobFeed, robots, sitemap } from './prerender/xml.ts';

const log = (line: string) => console.log(`prerender: ${line}`);

export async function prerender(dist: string, env: Record<string, string | undefined>) {
  const templateFile = path.join(dist, 'index.html');
  const template = fs.readFileSync(templateFile, 'utf8');
  const origin = (env.SITE_URL ?? 'http://127.0.0.1:4173').replace(/\/+$/, '');
  if (!env.SITE_URL) log(`SITE_URL is not set: canonical and sitemap URLs use ${origin}`);

  const result = await fetchOpenJobs(env.VITE_SUPABASE_URL, env.VITE_SUPABASE_ANON_KEY);
  if (!result.ok) {
    fs.writeFileSync(path.join(dist, 'robots.txt'), robots(origin, false));
    log(`no static job pages, sitemap or feed: ${result.reason}. The build is the SPA alone; crawlers see an empty shell until the next build.`);
    return { jobs: 0 };
  }
  const { jobs } = result;
  // jobs/<slug>.html: vite preview and static hosts (Netlify, Cloudflare Pages, Vercel with cleanUrls) serve /jobs/<slug> from it.
  fs.mkdirSync(path.join(dist, 'jobs'), { recursive: true });
  for (const job of jobs) fs.writeFileSync(path.join(dist, 'jobs', `${job.slug}.html`), jobPage(template, job, origin));
  fs.writeFileSync(templateFile, boardPage(template, jobs, origin));
  fs.writeFileSync(path.join(dist, 'sitemap.xml'), sitemap(jobs, origin));
  fs.writeFileSync(path.join(dist, 'robots.txt'), robots(origin, true));
  fs.writeFileSync(path.join(dist, 'jobs.xml'), jobFeed(jobs, origin));
  log(`wrote / and ${jobs.length} job pages, sitemap.xml, robots.txt and jobs.xml for ${origin}`);
  return { jobs: jobs.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const usage = 'Usage: tsx scripts/prerender.ts [--outDir dist]   (run by `npm run build` after `vite build`)';
  const { values } = argsOrExit(readFlags(process.argv.slice(2), { outDir: { type: 'string', default: 'dist' } }), usage);
  const dist = path.resolve(ROOT, values.outDir);
  // The same variables, from the same .env files, as `vite build` read; the shell's environment wins.
  const env = { ...loadEnv('production', ROOT, ['VITE_', 'SITE_']), ...process.env };
  await prerender(dist, env);
}
