// The static HTML crawlers and link previews get for / and each open job: the built index.html with the page's head
// tags (title, description, canonical, Open Graph, Twitter, JSON-LD) and its content inside #root, which the SPA
// replaces when it starts (src/main.tsx removes the data-prerendered head tags so its own take over).
import { employmentTypeLabel, jobPostingJsonLd, jsonLdScriptText, salaryLabel, workplaceLabel } from '../../src/features/jobs/index.ts';
import { escapeHtml as esc, markdownToHtml, markdownToText } from '../../src/lib/markdown.ts';
import type { PublicJob } from './jobs.ts';

const SITE_NAME = 'Smart ATS';
const BOARD_DESCRIPTION = 'Open jobs and a simple way to apply: your resume goes straight to the hiring team.';

type Head = { title: string; description: string; url: string; jsonLd?: unknown };

function headTags({ title, description, url, jsonLd }: Head): string {
  const meta = (attr: 'name' | 'property', key: string, value: string) => `<meta data-prerendered ${attr}="${key}" content="${esc(value)}" />`;
  return [
    `<title data-prerendered>${esc(title)}</title>`,
    meta('name', 'description', description),
    `<link data-prerendered rel="canonical" href="${esc(url)}" />`,
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', SITE_NAME),
    meta('property', 'og:title', title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', url),
    meta('name', 'twitter:card', 'summary'),
    meta('name', 'twitter:title', title),
    meta('name', 'twitter:description', description),
    ...(jsonLd ? [`<script data-prerendered type="application/ld+json">${jsonLdScriptText(jsonLd)}</script>`] : []),
  ].join('\n    ');
}

/** The built index.html with this page's head and content; throws when the template lost the parts it fills. */
export function fillTemplate(template: string, head: Head, body: string): string {
  const withoutDefaults = template.replace(/\s*<title>[^<]*<\/title>/, '').replace(/\s*<meta name="description"[^>]*>/, '');
  if (!withoutDefaults.includes('</head>') || !withoutDefaults.includes('<div id="root"></div>')) {
    throw new Error('prerender: the built index.html has no </head> or no empty <div id="root"></div>');
  }
  return withoutDefaults.replace('</head>', `  ${headTags(head)}\n  </head>`).replace('<div id="root"></div>', `<div id="root">${body}</div>`);
}

const jobFacts = (job: PublicJob) =>
  [job.organizations?.name, job.location, workplaceLabel(job), employmentTypeLabel(job.employment_type), salaryLabel(job)].filter(
    Boolean,
  ) as string[];

export function boardPage(template: string, jobs: PublicJob[], origin: string): string {
  const items = jobs
    .map((job) => `<li><a href="/jobs/${esc(job.slug)}">${esc(job.title)}</a> <span>${jobFacts(job).map(esc).join(' · ')}</span></li>`)
    .join('\n');
  const body = `<main class="mx-auto max-w-5xl px-4 py-10"><h1>Find your next role</h1><p>${esc(BOARD_DESCRIPTION)}</p><ul aria-label="Open jobs">\n${items}\n</ul></main>`;
  return fillTemplate(template, { title: `Open jobs · ${SITE_NAME}`, description: BOARD_DESCRIPTION, url: `${origin}/` }, body);
}

export function jobPage(template: string, job: PublicJob, origin: string): string {
  const organization = job.organizations?.name ?? SITE_NAME;
  const skills = job.skills.length
    ? `<h2>Skills</h2><ul>${job.skills.map((s) => `<li>${esc(s.name)}${s.required ? ' (required)' : ''}</li>`).join('')}</ul>`
    : '';
  const body = [
    '<main class="mx-auto max-w-5xl px-4 py-10"><article>',
    `<p><a href="/">All jobs</a></p>`,
    `<p>${esc(organization)}</p><h1>${esc(job.title)}</h1>`,
    `<ul>${jobFacts(job)
      .map((f) => `<li>${esc(f)}</li>`)
      .join('')}</ul>`,
    `<section><h2>About the role</h2>${markdownToHtml(job.description)}</section>`,
    skills,
    `<p><a href="/jobs/${esc(job.slug)}/apply">Apply for this job</a></p>`,
    '</article></main>',
  ].join('\n');
  const head = {
    title: `${job.title} at ${organization} · ${SITE_NAME}`,
    description: markdownToText(job.description, 160) || `${job.title} at ${organization}`,
    url: `${origin}/jobs/${job.slug}`,
    jsonLd: jobPostingJsonLd(job, origin),
  };
  return fillTemplate(template, head, body);
}
