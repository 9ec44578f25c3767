// How job facts read to a person.
import type { EmploymentType } from './types.ts';

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

/** Blank lines separate paragraphs; single line breaks inside a paragraph are kept. */
export const paragraphs = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en');

/** Jobs whose title, location or organization contain every word of the query (accents and case ignored). */
export function matchesQuery(job: { title: string; location: string; organizations: { name: string } | null }, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(`${job.title} ${job.location} ${job.organizations?.name ?? ''}`);
  return words.every((word) => haystack.includes(word));
}
