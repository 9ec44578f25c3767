// What went wrong saving a job, in the recruiter's words, and which field it belongs to.
import type { PostgrestError } from '@supabase/supabase-js';

export type JobSaveProblem = { field?: 'slug'; message: string };

export function describeJobError(error: PostgrestError): JobSaveProblem {
  if (error.code === '23505') return { field: 'slug', message: 'Another job already uses this address. Choose a different one.' };
  if (error.code === '23514' && /applications/i.test(error.message)) {
    return { field: 'slug', message: 'People have already applied to this job, so its address can no longer change (their resumes are filed under it).' };
  }
  if (error.code === '23514') return { message: `The job was not saved: ${error.message}` };
  if (error.code === '42501') return { message: 'Your role in this organization does not allow editing jobs.' };
  return { message: error.message || 'The job could not be saved. Try again.' };
}

export class JobSaveError extends Error {
  constructor(readonly problem: JobSaveProblem) {
    super(problem.message);
    this.name = 'JobSaveError';
  }
}
