// What a job publishes beyond its description: department, where the work happens, salary range, closing date.
// The database checks the same rules (migration job_posting_details); the form says them first, in words.
import { z } from 'zod';
import { REMOTE_POLICIES, SALARY_PERIODS, type RemotePolicy, type SalaryPeriod } from '@/lib/job-terms';
import type { Job } from './types.ts';

export const REMOTE_POLICY_LABELS: Record<RemotePolicy, string> = { on_site: 'On-site', hybrid: 'Hybrid', remote: 'Remote' };

export const SALARY_PERIOD_LABELS: Record<SalaryPeriod, string> = {
  hour: 'per hour',
  day: 'per day',
  week: 'per week',
  month: 'per month',
  year: 'per year',
};

export type JobPosting = {
  department: string;
  remote_policy: RemotePolicy;
  country_code: string | null;
  salary_min: number | null;
  salary_max: number | null;
  salary_currency: string | null;
  salary_period: SalaryPeriod | null;
  valid_through: string | null;
};

const amount = z
  .string()
  .trim()
  .refine((s) => s === '' || (/^\d+(\.\d{1,2})?$/.test(s) && Number(s) < 1e9), 'A number like 65000 or 42.50, below 1,000,000,000');

export const postingSchema = z
  .object({
    department: z.string().trim().max(100, 'At most 100 characters'),
    remote_policy: z.enum(REMOTE_POLICIES),
    country_code: z
      .string()
      .trim()
      .refine((s) => s === '' || /^[A-Za-z]{2}$/.test(s), 'Two letters, e.g. DE or US')
      .transform((s) => s.toUpperCase()),
    salary_min: amount,
    salary_max: amount,
    salary_currency: z
      .string()
      .trim()
      .refine((s) => s === '' || /^[A-Za-z]{3}$/.test(s), 'Three letters, e.g. EUR or USD')
      .transform((s) => s.toUpperCase()),
    salary_period: z.enum(['', ...SALARY_PERIODS]),
    valid_through: z.string().refine((s) => s === '' || /^\d{4}-\d{2}-\d{2}$/.test(s), 'A date'),
  })
  .superRefine((p, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message });
    if (p.remote_policy === 'remote' && !p.country_code) issue('country_code', 'Say which country remote candidates must live in');
    const hasAmount = p.salary_min !== '' || p.salary_max !== '';
    if (hasAmount && !p.salary_currency) issue('salary_currency', 'Give the salary’s currency');
    if (hasAmount && !p.salary_period) issue('salary_period', 'Say what the salary is paid per');
    if (!hasAmount && (p.salary_currency || p.salary_period)) issue('salary_min', 'Give an amount, or clear the currency and period');
    if (p.salary_min !== '' && p.salary_max !== '' && Number(p.salary_min) > Number(p.salary_max)) issue('salary_max', 'At least the minimum');
    if (p.salary_max !== '' && Number(p.salary_max) === 0) issue('salary_max', 'More than 0');
  });
export type PostingFormInput = z.input<typeof postingSchema>;
export type PostingFormValues = z.output<typeof postingSchema>;

/** The date input shows the closing day in the recruiter's time zone. */
const toDateInput = (iso: string | null) => {
  if (!iso) return '';
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export const EMPTY_POSTING: PostingFormInput = {
  department: '',
  remote_policy: 'on_site',
  country_code: '',
  salary_min: '',
  salary_max: '',
  salary_currency: '',
  salary_period: '',
  valid_through: '',
};

export const toPostingFormValues = (job: Job): PostingFormInput => ({
  department: job.department,
  remote_policy: job.remote_policy,
  country_code: job.country_code ?? '',
  salary_min: job.salary_min == null ? '' : String(job.salary_min),
  salary_max: job.salary_max == null ? '' : String(job.salary_max),
  salary_currency: job.salary_currency ?? '',
  salary_period: job.salary_period ?? '',
  valid_through: toDateInput(job.valid_through),
});

const num = (s: string) => (s === '' ? null : Number(s));

/** Applications are welcome until the end of the chosen day, in the recruiter's time zone. */
export const toPostingRow = (p: PostingFormValues): JobPosting => ({
  department: p.department,
  remote_policy: p.remote_policy,
  country_code: p.country_code || null,
  salary_min: num(p.salary_min),
  salary_max: num(p.salary_max),
  salary_currency: p.salary_currency || null,
  salary_period: p.salary_period || null,
  valid_through: p.valid_through ? new Date(`${p.valid_through}T23:59:59`).toISOString() : null,
});
