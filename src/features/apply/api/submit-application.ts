// Step 3: the application row, written by the browser with the anon key. RLS admits it only for a fresh grant of
// this job whose object exists. No .select(): candidates may not read applications, not even their own.
import { AppError, connectionError, fromPostgrestError, isOffline } from '@/lib/errors';
import { restInsert } from '@/lib/public-api';
import { statusKeyHashFor } from '@/features/application-status';
import type { Answers } from '@/lib/questions';
import type { ApplyFormValues } from '../schema.ts';

export type ApplicationInput = {
  /** Chosen by the browser once per submission series, so a retry can never create a second row. */
  id: string;
  jobId: string;
  values: Omit<ApplyFormValues, 'resume' | 'answers' | 'consent' | 'talentPool'>;
  /** Checked by Postgres against the job's questions (application_answers_problem). */
  answers: Answers;
  source: string | null;
  /** The notice version consented to; the database stamps the time. */
  privacyNoticeId: string | null;
  talentPool: boolean;
  resumePath: string;
  resumeSize: number;
};

const orNull = (s: string) => (s.trim() ? s.trim() : null);

// The hint check_application_answers() gives with its message, which is already in the candidate's words.
const ANSWERS_HINT = "Answer each of the job's questions with a value of its type.";

// check_privacy_consent()'s hint: consent missing, or to a version replaced since the form opened.
const CONSENT_HINT = "Consent to the organization's current privacy notice is required.";

export async function submitApplication(input: ApplicationInput): Promise<void> {
  const { id, jobId, values, answers, source, privacyNoticeId, talentPool, resumePath, resumeSize } = input;
  if (isOffline()) throw connectionError();
  const links: { linkedin?: string; portfolio?: string } = {};
  if (values.linkedin.trim()) links.linkedin = values.linkedin.trim();
  if (values.portfolio.trim()) links.portfolio = values.portfolio.trim();

  const { error } = await restInsert('applications', {
    id,
    job_id: jobId,
    full_name: values.fullName.trim(),
    email: values.email.trim(),
    phone: orNull(values.phone),
    links,
    cover_letter: orNull(values.coverLetter),
    resume_path: resumePath,
    resume_size: resumeSize,
    answers,
    ...(source ? { source } : {}),
    ...(privacyNoticeId ? { privacy_notice_id: privacyNoticeId, talent_pool_consent: talentPool } : {}),
    // The private status link's key stays in the browser; every retry of this id sends the same hash.
    status_key_hash: await statusKeyHashFor(id, resumePath),
  });
  // A unique violation on our own id or granted path: an earlier attempt went through and only its answer was lost.
  if (!error || error.code === '23505') return;
  // The grant stays unused (kind 'invalid'), so fixing the answer and sending again needs no new upload.
  if (error.code === '23514' && (error.hint === ANSWERS_HINT || error.hint === CONSENT_HINT))
    throw new AppError('invalid', `${error.message}. Correct it and send again; your resume is already uploaded.`, { code: error.code });
  throw fromPostgrestError(error, {
    denied: 'Your application could not be saved: the upload expired or the job has just closed. Retry to upload your resume again.',
    invalid: 'Some of your details were not accepted. Please check the form and try again.',
  });
}
