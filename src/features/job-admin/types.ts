// A job as recruiters edit it; the zod schema is both the form's validation and its type.
import { z } from 'zod';
import { EMPLOYMENT_TYPES, type EmploymentType, type JobSkill, type JobStatus } from '@/lib/job-terms';
import { hasVisibleText } from '@/lib/visible-text';
import { EMPTY_POSTING, postingSchema, toPostingFormValues, toPostingRow, type JobPosting } from './posting.ts';
import { readQuestions, type Question } from '@/lib/questions';
import { questionsFormSchema, toQuestion, toQuestionFormValues } from './questions.ts';
import { SLUG_MAX, SLUG_PATTERN } from './slug.ts';

export const EMPLOYMENT_TYPE_LABELS: Record<EmploymentType, string> = {
  full_time: 'Full-time',
  part_time: 'Part-time',
  contract: 'Contract',
  internship: 'Internship',
  temporary: 'Temporary',
};

export const JOB_STATUS_LABELS: Record<JobStatus, string> = { draft: 'Draft', open: 'Open', closed: 'Closed' };

export type Job = JobPosting & {
  id: string;
  org_id: string;
  slug: string;
  title: string;
  location: string;
  employment_type: EmploymentType;
  description: string;
  status: JobStatus;
  skills: JobSkill[];
  questions: Question[];
  knockout_reject_after_days: number | null;
  created_at: string;
  updated_at: string;
  published_at: string | null;
};

/** Aliases are typed as one comma-separated line per skill; blank ones (spaces or invisible characters only) drop out. */
export const splitAliases = (text: string) => [
  ...new Set(
    text
      .split(',')
      .map((a) => a.trim())
      .filter(hasVisibleText),
  ),
];

/** Required text needs a visible character, as the database's has_visible_text(); trim() leaves zero-width ones in. */
const visibleOrEmpty = (text: string) => text === '' || hasVisibleText(text);

const skillSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Name the skill')
    .max(100, 'At most 100 characters')
    .refine(visibleOrEmpty, 'Name the skill: spaces or invisible characters alone are not a name'),
  weight: z.coerce.number().int().min(1).max(5),
  required: z.boolean(),
  aliases: z
    .string()
    .refine((text) => splitAliases(text).length <= 20, 'At most 20 aliases')
    .refine((text) => splitAliases(text).every((a) => a.length <= 100), 'Each alias at most 100 characters'),
});

export const jobFormSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, 'Give the job a title')
    .max(200, 'At most 200 characters')
    .refine(visibleOrEmpty, 'Give the job a title: spaces or invisible characters alone are not a title'),
  slug: z
    .string()
    .trim()
    .min(1, 'The job needs an address')
    .max(SLUG_MAX, `At most ${SLUG_MAX} characters`)
    .regex(SLUG_PATTERN, 'Lowercase letters, digits and single hyphens only, e.g. backend-developer'),
  location: z.string().trim().max(200, 'At most 200 characters'),
  employment_type: z.enum(EMPLOYMENT_TYPES),
  description: z.string().max(50_000, 'At most 50,000 characters'),
  posting: postingSchema,
  skills: z
    .array(skillSchema)
    .max(50, 'At most 50 skills')
    .superRefine((skills, ctx) => {
      const seen = new Set<string>();
      skills.forEach((s, i) => {
        const key = s.name.trim().toLowerCase();
        if (key && seen.has(key)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'This skill is listed twice', path: [i, 'name'] });
        seen.add(key);
      });
    }),
  questions: questionsFormSchema,
  /** '' when knocked-out applications wait for a person; otherwise days until the scheduler rejects them. */
  knockoutRejectAfterDays: z
    .string()
    .trim()
    .refine((s) => s === '' || (/^\d+$/.test(s) && Number(s) >= 1 && Number(s) <= 365), 'Whole days from 1 to 365'),
});
export type JobFormInput = z.input<typeof jobFormSchema>;
export type JobFormValues = z.output<typeof jobFormSchema>;

export const toJobFormValues = (job: Job): JobFormInput => ({
  title: job.title,
  slug: job.slug,
  location: job.location,
  employment_type: job.employment_type,
  description: job.description,
  posting: toPostingFormValues(job),
  skills: job.skills.map((s) => ({ name: s.name, weight: s.weight, required: s.required, aliases: s.aliases.join(', ') })),
  questions: readQuestions(job.questions).map(toQuestionFormValues),
  knockoutRejectAfterDays: job.knockout_reject_after_days === null ? '' : String(job.knockout_reject_after_days),
});

export const EMPTY_JOB_FORM: JobFormInput = {
  title: '',
  slug: '',
  location: '',
  employment_type: 'full_time',
  description: '',
  posting: EMPTY_POSTING,
  skills: [],
  questions: [],
  knockoutRejectAfterDays: '',
};

/** The row the database stores: skills in their exact jsonb shape. */
export const toJobRow = (values: JobFormValues) => ({
  title: values.title,
  slug: values.slug,
  location: values.location,
  employment_type: values.employment_type,
  description: values.description,
  ...toPostingRow(values.posting),
  skills: values.skills.map((s) => ({ name: s.name, weight: s.weight, required: s.required, aliases: splitAliases(s.aliases) })),
  questions: values.questions.map(toQuestion),
  knockout_reject_after_days: values.knockoutRejectAfterDays === '' ? null : Number(values.knockoutRejectAfterDays),
});
