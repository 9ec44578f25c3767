// sitemap.xml (exactly the open jobs), robots.txt, and jobs.xml: a job feed for syndication in the element layout
// job boards such as Indeed read (source / job with title, date, referencenumber, url, company, city, country, …).
import { employmentTypeLabel, salaryLabel } from '../../src/features/jobs/index.ts';
import { escapeHtml as esc, markdownToHtml } from '../../src/lib/markdown.ts';
import type { PublicJob } from './jobs.ts';

const jobUrl = (origin: string, job: PublicJob) => `${origin}/jobs/${job.slug}`;

export function sitemap(jobs: PublicJob[], origin: string): string {
  const urls = jobs.map((job) => `  <url><loc>${esc(jobUrl(origin, job))}</loc><lastmod>${new Date(job.updated_at).toISOString()}</lastmod></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** Apply and status pages are for candidates, the dashboard for members: none belongs in search results. */
export function robots(origin: string, withSitemap: boolean): string {
  const lines = ['User-agent: *', 'Allow: /', 'Disallow: /jobs/*/apply', 'Disallow: /applications/', 'Disallow: /dashboard', 'Disallow: /login'];
  if (withSitemap) lines.push('', `Sitemap: ${origin}/sitemap.xml`);
  return `${lines.join('\n')}\n`;
}

export function jobFeed(jobs: PublicJob[], origin: string, now = new Date()): string {
  const el = (name: string, value: string | null | undefined) => (value ? `    <${name}>${esc(value)}</${name}>` : null);
  const items = jobs.map((job) =>
    [
      '  <job>',
      el('title', job.title),
      el('date', new Date(job.published_at ?? job.created_at).toUTCString()),
      el('referencenumber', job.id),
      el('url', jobUrl(origin, job)),
      el('company', job.organizations?.name),
      el('city', job.location),
      el('country', job.country_code),
      el('remotetype', job.remote_policy === 'remote' ? 'Fully remote' : job.remote_policy === 'hybrid' ? 'Hybrid remote' : null),
      el('category', job.department),
      el('jobtype', employmentTypeLabel(job.employment_type)),
      el('salary', salaryLabel(job)),
      el('expirationdate', job.valid_through ? new Date(job.valid_through).toUTCString() : null),
      el('description', markdownToHtml(job.description)),
      '  </job>',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<source>\n  <publisher>Smart ATS</publisher>\n  <publisherurl>${esc(origin)}/</publisherurl>\n  <lastBuildDate>${now.toUTCString()}</lastBuildDate>\n${items.join('\n')}\n</source>\n`;
}
