// Google's JobPosting structured data for one open job (developers.google.com/search/docs/appearance/structured-data/job-posting):
// required title, description, datePosted, hiringOrganization and jobLocation (or TELECOMMUTE with
// applicantLocationRequirements), and the recommended fields we hold. The job page and the build's static HTML share it.
import { markdownToHtml } from '@/lib/markdown';
import { countryName } from './format.ts';
import type { EmploymentType } from '@/lib/job-terms';
import type { JobDetail } from './types.ts';

const EMPLOYMENT_TYPES: Record<EmploymentType, string> = {
  full_time: 'FULL_TIME',
  part_time: 'PART_TIME',
  contract: 'CONTRACTOR',
  internship: 'INTERN',
  temporary: 'TEMPORARY',
};

export type JobPostingJsonLd = Record<string, unknown>;

/** `origin` is the public site (https://jobs.example.com), so the posting's url is absolute. */
export function jobPostingJsonLd(job: JobDetail, origin: string): JobPostingJsonLd {
  const organization = job.organizations?.name ?? 'Smart ATS';
  const remote = job.remote_policy === 'remote';
  // Google requires a description; a job without one still says what and where.
  const description = markdownToHtml(job.description.trim() ? job.description : `${job.title} at ${organization}.`);
  return {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: job.title,
    description,
    datePosted: job.published_at ?? job.created_at,
    ...(job.valid_through ? { validThrough: job.valid_through } : {}),
    employmentType: EMPLOYMENT_TYPES[job.employment_type] ?? 'OTHER',
    hiringOrganization: { '@type': 'Organization', name: organization },
    ...(job.department ? { employmentUnit: { '@type': 'Organization', name: job.department } } : {}),
    identifier: { '@type': 'PropertyValue', name: organization, value: job.id },
    ...(remote
      ? {
          jobLocationType: 'TELECOMMUTE',
          applicantLocationRequirements: { '@type': 'Country', name: countryName(job.country_code ?? '') },
        }
      : {
          jobLocation: {
            '@type': 'Place',
            address: {
              '@type': 'PostalAddress',
              ...(job.location ? { addressLocality: job.location } : {}),
              ...(job.country_code ? { addressCountry: job.country_code } : {}),
            },
          },
        }),
    ...baseSalary(job),
    directApply: true,
    url: `${origin.replace(/\/+$/, '')}/jobs/${job.slug}`,
  };
}

function baseSalary(job: JobDetail) {
  if (!job.salary_currency || !job.salary_period || (job.salary_min == null && job.salary_max == null)) return {};
  const value =
    job.salary_min != null && job.salary_max != null && job.salary_min !== job.salary_max
      ? { minValue: job.salary_min, maxValue: job.salary_max }
      : { value: job.salary_min ?? job.salary_max };
  return {
    baseSalary: {
      '@type': 'MonetaryAmount',
      currency: job.salary_currency,
      value: { '@type': 'QuantitativeValue', ...value, unitText: job.salary_period.toUpperCase() },
    },
  };
}

/** The JSON for a <script type="application/ld+json">: "<" and line separators escaped so no text can end the script. */
export const jsonLdScriptText = (data: unknown) =>
  JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
