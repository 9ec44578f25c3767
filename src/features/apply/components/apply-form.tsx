// The application form for one open job: details, resume, links, cover letter. The resume uploads in the background
// from the moment it is picked; Submit then only waits for what is left of it and writes the row, with plain-language
// failures and a Retry that keeps everything typed.
import { zodResolver } from '@/lib/zod-resolver';
import { useEffect, useId, useRef, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/textarea';
import { AutofillNotice, useAutofill } from '@/features/autofill';
import { draftStore } from '../draft.ts';
import type { Question } from '@/lib/questions';
import { ConsentCheckbox, PrivacyNoticeText, type PrivacyNotice } from '@/features/privacy-notice';
import { draftAnswers } from '../answers.ts';
import { COVER_LETTER_MAX, applySchemaFor, withHttps, type ApplyFormValues } from '../schema.ts';
import { rememberSource } from '../source.ts';
import { useApply } from '../use-apply.ts';
import { useResumeUpload } from '../use-resume-upload.ts';
import { ApplySuccess } from './apply-success.tsx';
import { ResumeDropzone } from './resume-dropzone.tsx';
import { ScreeningQuestions } from './screening-questions.tsx';
import { SubmissionStatus } from './submission-status.tsx';
import { UploadProgress } from './upload-progress.tsx';

export type ApplyJob = {
  id: string;
  slug: string;
  title: string;
  organizationName: string;
  questions: Question[];
  /** The organisation's current notice; with one, consent to it is required (Postgres checks it too). */
  privacyNotice: PrivacyNotice | null;
};

export function ApplyForm({ job }: { job: ApplyJob }) {
  const [draft] = useState(() => draftStore(job.slug));
  const upload = useResumeUpload(job.slug);
  const [source] = useState(() => rememberSource(job.slug, window.location.search));
  const notice = job.privacyNotice;
  const { phase, submit, busy } = useApply({ jobId: job.id, questions: job.questions, source, privacyNoticeId: notice?.id ?? null, draft, upload });
  const [schema] = useState(() => applySchemaFor(job.questions, !!notice));
  const form = useForm<ApplyFormValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      ...draft.values,
      answers: draftAnswers(job.questions, draft.values.answers),
      consent: false,
      talentPool: false,
      resume: upload.getState().status === 'none' ? null : upload.chosen(),
    },
    mode: 'onTouched',
  });
  const {
    register,
    control,
    formState: { errors },
  } = form;
  const autofill = useAutofill(form);
  const [submittedEmail, setSubmittedEmail] = useState('');
  const submitButton = useRef<HTMLButtonElement>(null);

  // Every keystroke lands in sessionStorage, so a reload or a crash loses nothing but the file.
  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values }) =>
          draft.saveValues({
            fullName: values.fullName,
            email: values.email,
            phone: values.phone,
            linkedin: values.linkedin,
            portfolio: values.portfolio,
            coverLetter: values.coverLetter,
            answers: values.answers,
          }),
      }),
    [form, draft],
  );
  const coverLetterLength = useWatch({ control, name: 'coverLetter' }).length;
  // Links typed without a scheme get https:// as the field is left, so the candidate sees what will be sent.
  const link = (name: 'linkedin' | 'portfolio') => {
    const field = register(name);
    return {
      ...field,
      onBlur: (e: React.FocusEvent<HTMLInputElement>) => {
        const value = withHttps(e.target.value);
        if (value !== e.target.value) form.setValue(name, value, { shouldDirty: true });
        return field.onBlur(e);
      },
    };
  };

  const onSubmit = form.handleSubmit((values) => {
    setSubmittedEmail(values.email);
    return submit(values);
  });

  if (phase.status === 'submitted') {
    return (
      <ApplySuccess
        applicationId={phase.applicationId}
        jobTitle={job.title}
        jobSlug={job.slug}
        organizationName={job.organizationName}
        email={submittedEmail}
      />
    );
  }

  return (
    <div>
      <title>{`Apply: ${job.title} at ${job.organizationName} · Smart ATS`}</title>
      <h1 className="text-3xl font-semibold tracking-tight text-slate-900">Apply for {job.title}</h1>
      <p className="mt-2 text-base text-slate-700">
        at {job.organizationName} · All fields are required unless marked optional. What you type is kept on this device until you send it.
      </p>

      <form
        onSubmit={onSubmit}
        onFocus={autofill.prepare}
        onDragEnter={autofill.prepare}
        noValidate
        className="mt-8 space-y-8"
        aria-label={`Application for ${job.title}`}
      >
        <Section title="About you">
          <Field label="Full name" autoComplete="name" error={errors.fullName?.message} {...register('fullName')} />
          <Field
            label="Email"
            type="email"
            inputMode="email"
            autoComplete="email"
            hint="The hiring team will use it to contact you."
            error={errors.email?.message}
            {...register('email')}
          />
          <Field
            label="Phone"
            type="tel"
            autoComplete="tel"
            optional
            hint="Include the country code, e.g. +49 30 1234567."
            error={errors.phone?.message}
            {...register('phone')}
          />
        </Section>

        <Section title="Your resume">
          <Controller
            name="resume"
            control={control}
            render={({ field, fieldState }) => (
              <ResumeDropzone
                file={field.value}
                error={fieldState.error?.message}
                disabled={busy}
                inputRef={field.ref}
                onBlur={field.onBlur}
                onAccept={(file, readable) => {
                  upload.pick(file, readable);
                  form.setValue('resume', upload.chosen(), { shouldDirty: true, shouldValidate: true });
                  void autofill.fillFrom(file);
                }}
                onReject={(message) => {
                  form.setValue('resume', null, { shouldDirty: true });
                  form.setError('resume', { type: 'validate', message });
                }}
                onRemove={() => {
                  upload.remove();
                  form.setValue('resume', null, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
                  autofill.cancel();
                }}
              />
            )}
          />
          <UploadProgress
            upload={upload}
            onCancel={() => upload.cancel()}
            onRetry={() => void upload.retry().catch(() => undefined)}
            focusFailure={phase.status === 'failed' && phase.step === 'upload' ? phase : null}
          />
          <AutofillNotice autofill={autofill} />
        </Section>

        {job.questions.length > 0 && (
          <Section title={`Questions from ${job.organizationName}`}>
            <ScreeningQuestions questions={job.questions} control={control} register={register} setValue={form.setValue} errors={errors.answers} />
          </Section>
        )}

        <Section title="Links and cover letter">
          <Field
            label="LinkedIn profile"
            type="url"
            inputMode="url"
            optional
            placeholder="https://www.linkedin.com/in/your-name"
            error={errors.linkedin?.message}
            {...link('linkedin')}
          />
          <Field
            label="Portfolio or website"
            type="url"
            inputMode="url"
            autoComplete="url"
            optional
            placeholder="https://your-site.com"
            error={errors.portfolio?.message}
            {...link('portfolio')}
          />
          <Textarea
            label="Cover letter"
            optional
            rows={8}
            hint="A few paragraphs about why you're interested and what you'd bring."
            maxLength={COVER_LETTER_MAX}
            length={coverLetterLength}
            error={errors.coverLetter?.message}
            {...register('coverLetter')}
          />
        </Section>

        <div className="space-y-4 border-t border-slate-200 pt-6">
          <SubmissionStatus
            phase={phase}
            upload={upload}
            onRetry={() => {
              // The alert with the Retry button goes away; the busy submit button keeps focus meanwhile.
              submitButton.current?.focus();
              void onSubmit();
            }}
          />
          {notice && (
            <section aria-labelledby="privacy-heading" className="space-y-3">
              <h2 id="privacy-heading" className="text-base font-semibold text-slate-900">
                Your privacy
              </h2>
              <PrivacyNoticeText notice={notice} organizationName={job.organizationName} />
              <ConsentCheckbox
                label={`I have read ${job.organizationName}'s privacy notice and agree that they store my application to consider me for this role.`}
                error={errors.consent?.message}
                errorId="consent-error"
              >
                <input
                  type="checkbox"
                  className="mt-0.5 size-4 shrink-0 rounded border-slate-300 text-indigo-600"
                  aria-invalid={errors.consent ? true : undefined}
                  aria-describedby={errors.consent ? 'consent-error' : undefined}
                  {...register('consent')}
                />
              </ConsentCheckbox>
              <ConsentCheckbox label={`Optional: keep me in mind for other roles at ${job.organizationName}.`}>
                <input type="checkbox" className="mt-0.5 size-4 shrink-0 rounded border-slate-300 text-indigo-600" {...register('talentPool')} />
              </ConsentCheckbox>
            </section>
          )}
          <div className="flex flex-col-reverse gap-3 sm:flex-row sm:items-center sm:justify-between">
            <p className="text-sm text-slate-600">
              {notice
                ? `Your consent is stored with version ${notice.version} of the notice and the time you applied.`
                : `By applying you agree that ${job.organizationName} may store your details to consider you for this role.`}
            </p>
            <Button ref={submitButton} type="submit" size="lg" busy={busy} className="shrink-0">
              {busy ? 'Sending…' : 'Submit application'}
            </Button>
          </div>
        </div>
      </form>
    </div>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
      <h2 id={id} className="text-base font-semibold text-slate-900">
        {title}
      </h2>
      <div className="mt-4 space-y-5">{children}</div>
    </section>
  );
}
