// Create or edit a job. The slug follows the title until the recruiter types one, and is frozen once anyone has applied.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { LiveRegion } from '@/components/ui/live-region';
import { Link } from '@/lib/router';
import { errorMessage } from '@/lib/errors';
import { EMPLOYMENT_TYPES } from '@/lib/job-terms';
import { useSaveJob } from '../api/save-job.ts';
import { JobSaveError } from '../api/job-errors.ts';
import { slugify } from '../slug.ts';
import { EMPLOYMENT_TYPE_LABELS, EMPTY_JOB_FORM, jobFormSchema, toJobFormValues, type Job, type JobFormInput, type JobFormValues } from '../types.ts';
import { errorClass, hintClass, inputClass, labelClass, lockedInputClass, primaryButton, secondaryButton } from './form-styles.ts';
import { PostingFields } from './posting-fields.tsx';
import { QuestionsEditor } from './questions-editor.tsx';
import { SkillsEditor } from './skills-editor.tsx';
import { Alert } from '@/components/ui/alert';

export function JobForm({
  orgId,
  job,
  slugLocked,
  readOnly,
  onSaved,
  onCancel,
  savedLink,
}: {
  orgId: string;
  job?: Job;
  /** The job has applications: its slug can no longer change. */
  slugLocked: boolean;
  readOnly: boolean;
  onSaved: (job: Job, created: boolean) => void;
  onCancel: () => void;
  /** Where the recruiter likely goes next once the changes are saved (e.g. back to the applicants). */
  savedLink?: { to: string; label: string };
}) {
  const save = useSaveJob(orgId, job?.id);
  const [slugTyped, setSlugTyped] = useState(!!job);
  const [status, setStatus] = useState('');
  const formError = useRef<HTMLDivElement>(null);
  const {
    register,
    control,
    handleSubmit,
    getValues,
    setValue,
    setError,
    reset,
    formState: { errors, isDirty },
  } = useForm<JobFormInput, unknown, JobFormValues>({
    resolver: zodResolver(jobFormSchema),
    defaultValues: job ? toJobFormValues(job) : EMPTY_JOB_FORM,
  });

  const onSubmit = handleSubmit(
    (values) =>
      save.mutate(
        { values, slugWasTyped: slugTyped },
        {
          onSuccess: (saved) => {
            reset(toJobFormValues(saved));
            setStatus(job ? 'Changes saved.' : 'Draft created.');
            onSaved(saved, !job);
          },
          onError: (error) => {
            if (error instanceof JobSaveError && error.problem.field === 'slug')
              setError('slug', { message: error.problem.message }, { shouldFocus: true });
          },
        },
      ),
    () => setStatus('The job was not saved: check the highlighted fields.'),
  );

  const generalError = save.error && !(save.error instanceof JobSaveError && save.error.problem.field === 'slug') ? errorMessage(save.error) : null;
  // A failure that belongs to no field takes focus, so keyboard and screen-reader users meet it at once.
  useEffect(() => {
    if (generalError) formError.current?.focus();
  }, [generalError]);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <LiveRegion message={status} />
      {generalError && (
        <Alert ref={formError} tone="error">
          {generalError}
        </Alert>
      )}
      <fieldset disabled={readOnly} className="space-y-6 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <legend className="sr-only">Job details</legend>
        <div className="grid gap-5 sm:grid-cols-2">
          <div className="sm:col-span-2">
            <label htmlFor="job-title" className={labelClass}>
              Title
            </label>
            <input
              id="job-title"
              className={`mt-1 ${inputClass}`}
              aria-invalid={errors.title ? true : undefined}
              aria-describedby={errors.title ? 'job-title-error' : undefined}
              {...register('title', {
                // The slug follows the title until the recruiter types one (or applications freeze it).
                onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
                  if (!slugTyped && !slugLocked) setValue('slug', e.target.value.trim() ? slugify(e.target.value) : '');
                },
              })}
            />
            {errors.title && (
              <p id="job-title-error" className={errorClass}>
                {errors.title.message}
              </p>
            )}
          </div>
          <div className="sm:col-span-2">
            <label htmlFor="job-slug" className={labelClass}>
              Address (slug)
            </label>
            <div className="mt-1 flex rounded-md shadow-sm">
              <span className="inline-flex items-center rounded-l-md border border-r-0 border-slate-300 bg-slate-50 px-3 text-sm text-slate-500">
                /jobs/
              </span>
              <input
                id="job-slug"
                className={`${slugLocked ? lockedInputClass : inputClass} rounded-l-none shadow-none`}
                readOnly={slugLocked}
                aria-invalid={errors.slug ? true : undefined}
                aria-describedby={['job-slug-hint', errors.slug ? 'job-slug-error' : ''].filter(Boolean).join(' ')}
                {...register('slug', { onChange: () => setSlugTyped(true) })}
              />
            </div>
            <p id="job-slug-hint" className={hintClass}>
              {slugLocked
                ? 'People have applied to this job, so its address is fixed: their resumes are filed under it. Create a new job for a different address.'
                : job
                  ? 'Unique across all organizations. It can change until the first application arrives.'
                  : 'Made from the title; unique across all organizations. It can change until the first application arrives.'}
            </p>
            {!slugLocked && job && (
              <button
                type="button"
                className="mt-1 text-xs font-medium text-indigo-700 hover:underline"
                onClick={() => setValue('slug', slugify(getValues('title')), { shouldDirty: true, shouldValidate: true })}
              >
                Make the address from the title
              </button>
            )}
            {errors.slug && (
              <p id="job-slug-error" className={errorClass}>
                {errors.slug.message}
              </p>
            )}
          </div>
          <div>
            <label htmlFor="job-location" className={labelClass}>
              Location
            </label>
            <input id="job-location" className={`mt-1 ${inputClass}`} placeholder="e.g. Berlin, Germany (hybrid)" {...register('location')} />
            {errors.location && <p className={errorClass}>{errors.location.message}</p>}
          </div>
          <div>
            <label htmlFor="job-type" className={labelClass}>
              Employment type
            </label>
            <select id="job-type" className={`mt-1 ${inputClass}`} {...register('employment_type')}>
              {EMPLOYMENT_TYPES.map((t) => (
                <option key={t} value={t}>
                  {EMPLOYMENT_TYPE_LABELS[t]}
                </option>
              ))}
            </select>
          </div>
          <div className="sm:col-span-2">
            <label htmlFor="job-description" className={labelClass}>
              Description
            </label>
            <textarea
              id="job-description"
              rows={10}
              className={`mt-1 ${inputClass}`}
              aria-invalid={errors.description ? true : undefined}
              {...register('description')}
            />
            <p className={hintClass}>
              Blank lines separate paragraphs; start a line with “- ” for a list item; **bold**; links as [text](https://…). No HTML.
            </p>
            {errors.description && <p className={errorClass}>{errors.description.message}</p>}
          </div>
        </div>
        <PostingFields register={register} errors={errors.posting} />
        <SkillsEditor control={control} register={register} errors={errors.skills} disabled={readOnly} />
        <QuestionsEditor control={control} register={register} errors={errors} disabled={readOnly} />
      </fieldset>
      {!readOnly && (
        <div className="flex items-center justify-end gap-3">
          {status && !isDirty && !save.isPending && (
            <p className="text-sm text-emerald-700">
              {status}
              {savedLink && job && (
                <>
                  {' '}
                  <Link to={savedLink.to} className="font-medium text-indigo-700 underline hover:text-indigo-900">
                    {savedLink.label}
                  </Link>
                </>
              )}
            </p>
          )}
          <button type="button" className={secondaryButton} onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className={primaryButton} disabled={save.isPending || (!!job && !isDirty)}>
            {save.isPending ? 'Saving…' : job ? 'Save changes' : 'Create draft'}
          </button>
        </div>
      )}
    </form>
  );
}
