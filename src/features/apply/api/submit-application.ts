// Step 3: the application row, written by the browser with the anon key. RLS admits it only for a fresh grant of
// this job whose object exists. No .select(): candidates may not read applications, not even their own.
import { connectionError, fromPostgrestError, isOffline } from '@/lib/errors';
import { restInsert } from '@/lib/public-api';
import { statusKeyHashFor } from '@/features/application-status';
import type { ApplyFormValues } from '../schema.ts';

export type ApplicationInput = {
  /** Chosen by the browser once per submission series, so a retry can never create a second row. */
  id: string;
  jobId: string;
  values: Omit<ApplyFormValues, 'resume'>;
  resumePath: string;
  resumeSize: number;
};

const orNull = (s: string) => (s.trim() ? s.trim() : null);

export async function submitApplication({ id, jobId, values, resumePath, resumeSize }: ApplicationInput): Promise<void> {
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
    // The private status link's key stays in the browser; every retry of this id sends the same hash.
    status_key_hash: await statusKeyHashFor(id, resumePath),
  });
  // A unique violation on our own id or granted path: an earlier attempt went through and only its answer was lost.
  if (!error || error.code === '23505') return;
  throw fromPostgrestError(error, {
    denied: 'Your application could not be saved: the upload expired or the job has just closed. Retry to upload your resume again.',
    invalid: 'Some of your details were not accepted. Please check the form and try again.',
  });
}
