// What went wrong saving a job, in the recruiter's words, and which field it belongs to.
import type { PostgrestError } from '@supabase/supabase-js';
import { AppError, fromPostgrestError, type ErrorKind } from '@/lib/errors';

export type JobSaveProblem = { field?: 'slug'; kind: ErrorKind; message: string };

export function describeJobError(error: PostgrestError): JobSaveProblem {
  if (error.code === '23505') return { field: 'slug', kind: 'conflict', message: 'Another job already uses this address. Choose a different one.' };
  if (error.code === '23514' && /applications/i.test(error.message)) {
    return {
      field: 'slug',
      kind: 'invalid',
      message: 'People have already applied to this job, so its address can no longer change (their resumes are filed under it).',
    };
  }
  if (error.code === '23514' && /jobs_questions_shape/.test(error.message))
    return { kind: 'invalid', message: 'The job was not saved: one of its screening questions is incomplete. Check each question and its choices.' };
  const general = fromPostgrestError(error, {
    denied: 'Your role in this organization does not allow editing jobs.',
    invalid: 'The job was not saved: the database refused one of its values.',
  });
  return { kind: general.kind, message: general.message };
}

export class JobSaveError extends AppError {
  constructor(readonly problem: JobSaveProblem) {
    super(problem.kind, problem.message);
    this.name = 'JobSaveError';
  }
}
