// The apply form: one zod schema that validates in the browser and is the form's type. Limits match the
// applications table's checks, so a row the form accepts is a row the database accepts.
import * as z from 'zod/v4-mini';
import { hasVisibleText } from '@/lib/visible-text';
import { MAX_RESUME_BYTES, formatFileSize } from './check-pdf.ts';
import type { ChosenResume } from './resume-upload.ts';
import { answersSchema, type AnswerInputs } from './answers.ts';
import { withHttps } from './links.ts';
import type { Question } from '@/lib/questions';

export { withHttps };

export const COVER_LETTER_MAX = 5000;

// The database's checks: applications.email, and is_valid_application_links() (http(s), a host with a dot, no spaces).
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const WEB_ADDRESS = /^https?:\/\/[^\s/]+\.[^\s]+$/i;
const PHONE = /^\+?[\d\s().\-/]+$/;

const optionalLink = (what: string, example: string) =>
  z.string().check(
    z.overwrite(withHttps),
    z.maxLength(2048, 'This address is too long (at most 2,048 characters)'),
    z.refine((v) => v === '' || WEB_ADDRESS.test(v), `Enter the full address of your ${what}, starting with https://, e.g. ${example}`),
  );

export const applySchema = z.object({
  fullName: z.string().check(
    z.trim(),
    z.minLength(1, 'Enter your full name'),
    z.maxLength(200, 'Your name can be at most 200 characters'),
    // applications_full_name_visible: trim() leaves zero-width spaces and other invisible characters in place.
    z.refine((v) => v === '' || hasVisibleText(v), 'Enter your full name: spaces or invisible characters alone are not a name'),
  ),
  email: z.string().check(
    z.trim(),
    z.minLength(1, 'Enter your email address'),
    z.maxLength(254, 'Your email address can be at most 254 characters'),
    z.refine((v) => v === '' || EMAIL.test(v), 'Enter an email address like name@example.com'),
  ),
  phone: z.string().check(
    z.trim(),
    z.maxLength(40, 'Your phone number can be at most 40 characters'),
    z.refine((v) => v === '' || (PHONE.test(v) && v.replace(/\D/g, '').length >= 6), 'Enter a phone number with digits only, e.g. +49 30 1234567'),
  ),
  linkedin: optionalLink('LinkedIn profile', 'https://www.linkedin.com/in/your-name'),
  portfolio: optionalLink('portfolio or website', 'https://your-site.com'),
  coverLetter: z
    .string()
    .check(z.maxLength(COVER_LETTER_MAX, `Your cover letter can be at most ${COVER_LETTER_MAX.toLocaleString('en')} characters`)),
  // Checked for type, signature and size when chosen (check-pdf.ts) and uploading since; here it only has to be there.
  resume: z.custom<ChosenResume | null>(
    (v) => typeof v === 'object' && v !== null && typeof (v as ChosenResume).fingerprint === 'string',
    `Add your resume: a PDF of up to ${formatFileSize(MAX_RESUME_BYTES)}`,
  ),
});

/** The form for one job: the fixed fields, one answer per screening question and, with a privacy notice, consent. */
export const applySchemaFor = (questions: Question[], consentRequired: boolean) =>
  z.extend(applySchema, {
    answers: answersSchema(questions),
    consent: z.boolean().check(z.refine((v) => v || !consentRequired, 'Agree to the privacy notice to apply')),
    talentPool: z.boolean(),
  });

export type ApplyFormValues = z.infer<typeof applySchema> & { answers: AnswerInputs; consent: boolean; talentPool: boolean };

/** The typed answers without the file: what a draft keeps across reloads. */
export type ApplyDraftValues = Omit<ApplyFormValues, 'resume' | 'consent' | 'talentPool'>;

export const emptyApplyValues: ApplyDraftValues = { fullName: '', email: '', phone: '', linkedin: '', portfolio: '', coverLetter: '', answers: {} };
