// How job facts read to a person.
import type { EmploymentType, RemotePolicy, SalaryPeriod } from '@/lib/job-terms';
import type { JobDetail, JobSummary } from './types.ts';

const EMPLOYMENT_TYPES: Record<EmploymentType, string> = {
  full_time: 'Full-time',
  part_time: 'Part-time',
  contract: 'Contract',
  internship: 'Internship',
  temporary: 'Temporary',
};

export const employmentTypeLabel = (type: string) => EMPLOYMENT_TYPES[type as EmploymentType] ?? type;

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const DAY = 24 * 60 * 60 * 1000;

/** "today", "yesterday", "12 days ago", "3 months ago". */
export function postedAgo(iso: string, now = Date.now()): string {
  const days = Math.round((new Date(iso).getTime() - now) / DAY);
  if (days > -31) return relative.format(Math.min(days, 0), 'day');
  const months = Math.round(days / 30);
  if (months > -12) return relative.format(months, 'month');
  return relative.format(Math.round(days / 365), 'year');
}

export const postedOn = (iso: string) => new Date(iso).toLocaleDateString('en', { year: 'numeric', month: 'long', day: 'numeric' });

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');

/** Jobs whose title, location or organization contain every word of the query (accents and case ignored). */
export function matchesQuery(job: { title: string; location: string; organizations: { name: string } | null }, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(`${job.title} ${job.location} ${job.organizations?.name ?? ''}`);
  return words.every((word) => haystack.includes(word));
}

const REMOTE_POLICIES: Record<RemotePolicy, string> = { on_site: 'On-site', hybrid: 'Hybrid', remote: 'Remote' };
export const remotePolicyLabel = (policy: string) => REMOTE_POLICIES[policy as RemotePolicy] ?? policy;

const countries = new Intl.DisplayNames(['en'], { type: 'region' });
/** "Germany" for DE; the code itself when the runtime does not know it. */
export const countryName = (code: string) => countries.of(code) ?? code;

const PER: Record<SalaryPeriod, string> = { hour: 'an hour', day: 'a day', week: 'a week', month: 'a month', year: 'a year' };

/** "€65,000–€80,000 a year", "From €70 an hour", or null when the job names no salary. */
export function salaryLabel(job: Pick<JobDetail, 'salary_min' | 'salary_max' | 'salary_currency' | 'salary_period'>): string | null {
  if (!job.salary_currency || !job.salary_period || (job.salary_min == null && job.salary_max == null)) return null;
  const money = new Intl.NumberFormat('en', { style: 'currency', currency: job.salary_currency, maximumFractionDigits: 2, minimumFractionDigits: 0 });
  const per = PER[job.salary_period];
  if (job.salary_min != null && job.salary_max != null)
    return job.salary_min === job.salary_max
      ? `${money.format(job.salary_min)} ${per}`
      : `${money.formatRange(job.salary_min, job.salary_max)} ${per}`;
  return job.salary_min != null ? `From ${money.format(job.salary_min)} ${per}` : `Up to ${money.format(job.salary_max!)} ${per}`;
}

/** Where the work happens, in words: "Berlin, Germany · Hybrid" or "Remote (Germany)". */
export function workplaceLabel(job: Pick<JobSummary, 'location' | 'remote_policy' | 'country_code'>): string {
  if (job.remote_policy === 'remote') return job.country_code ? `Remote (${countryName(job.country_code)})` : 'Remote';
  return job.remote_policy === 'hybrid' ? 'Hybrid' : 'On-site';
}
